"""Issue 13, item 9: no cell of `events-csv` starts a spreadsheet formula (OWASP's CSV injection
advice): article sentences, titles and --source values that begin with = + - @, a tab or a carriage
return come out behind an apostrophe."""
from __future__ import annotations

import csv
import io

import pytest

from orbat.export import export
from orbat.export.events_csv import inert
from orbat.ingest import ingest
from orbat.sources import iter_records
from orbat.store import open_store

FORMULA = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
TEXT = ('@SUM(1+1) Clashes near Kafr Nabl\n\n'
        '=HYPERLINK("http://x.example","click") The Sham Legion fought the Syrian Arab Army near Kafr Nabl on '
        '3 April 2020, a monitor said. +cmd|" /C calc"!A0 The Hamza Division clashed with the Syrian Arab Army '
        'near Atarib on 4 April 2020.\n')


@pytest.mark.parametrize("cell", [c + "1+2" for c in FORMULA])
def test_a_formula_cell_is_made_text(cell):
    assert inert(cell) == "'" + cell
    assert inert("Sham Legion") == "Sham Legion" and inert(0.6) == 0.6 and inert("") == ""


def test_events_csv_writes_no_formula_cell(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    store = open_store(str(tmp_path / "kb.db"))
    try:
        summary = ingest(store, iter_records([str(tmp_path / "a.txt")], published="2020-04-05"),
                         source='-2+3+cmd|" /C calc"!A0')
        assert summary.counts["stored"] == 1
        out = io.StringIO()
        assert export(store, "events-csv", out) >= 1
    finally:
        store.close()
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    cells = [v for r in rows for v in r.values()]
    assert not [c for c in cells if c.startswith(FORMULA)]
    assert any(c.startswith("'=HYPERLINK(") for c in cells)
    assert {r["source"] for r in rows} == {"'-2+3+cmd|\" /C calc\"!A0"}
