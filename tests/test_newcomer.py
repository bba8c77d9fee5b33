"""Issue 15, a newcomer's first hour: what the repository holds is enough for `make demo`, the shared
bench data is one documented variable, optional parts are extras that say how to install them."""
from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from orbat.extract.pipeline import extract

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "jaysh-al-izza-defections.txt"
UNITS = {"Central Force", "al-Hamza Brigade", "Ahrar al-Izza Brigade", "1st Infantry Brigade",
         "al-Atarib Battalion", "Murak Hawks Brigades", "Special Forces Battalion", "Anti-Armor Company"}


def _facts(result):
    names = {e["id"]: e["name"] for e in result["entities"]}
    return {(names[r["subject"]], r["relation"], names[r["object"]], r.get("valid_from"), r.get("valid_until"),
             r["polarity"]) for r in result["relations"]}


def _as_dict(result):
    return result if isinstance(result, dict) else result.to_dict()


def test_example_article_is_our_own_and_needs_nothing_else():
    """The demo's article is in the repository, with a crawler's chrome (a donation widget's month)."""
    text = EXAMPLE.read_text(encoding="utf-8")
    assert "JUNE 2022" in text and "Share this article" in text
    assert "../shared" not in (REPO / "Makefile").read_text().split("demo:")[1].split("\ntest:")[0]


def test_example_article_gives_the_order_of_battle_before_and_after():
    result = _as_dict(extract(EXAMPLE.read_text(encoding="utf-8"), published="2019-12-16"))
    facts = _facts(result)
    for unit in UNITS:
        assert (unit, "part_of", "Jaysh al-Izza", None, "2019-10", "affirmed") in facts, unit
    assert ("5th Division", "part_of", "Sham Legion", "2019-12-14", None, "affirmed") in facts
    assert ("Sham Legion", "backed_by", "Turkey", None, None, "affirmed") in facts
    assert not any(f[0] == "Jaysh al-Izza" and f[1] == "part_of" and f[5] == "affirmed" for f in facts)
    assert "JUNE" not in result["document"]["text"] and "Share this" not in result["document"]["text"]


def test_example_article_without_a_date_takes_no_year_from_the_widget():
    result = _as_dict(extract(EXAMPLE.read_text(encoding="utf-8")))
    assert not result["document"].get("published")
    dates = {r.get("valid_from") for r in result["relations"]} | {r.get("valid_until") for r in result["relations"]}
    assert "XXXX-10" in dates and "XXXX-12-14" in dates
    assert not any(d and d.startswith("2022") for d in dates)


def test_demo_shows_the_example_before_and_after(cli, tmp_path):
    db = str(tmp_path / "demo.db")
    assert cli("ingest", EXAMPLE, "--published", "2019-12-16", "--db", db).returncode == 0
    before = cli("show", "Jaysh al-Izza", "--at", "2019-09-01", "--db", db, "--format", "json")
    after = cli("show", "Jaysh al-Izza", "--at", "2020-01-01", "--db", db, "--format", "json")
    legion = cli("show", "Faylaq al-Sham", "--at", "2020-01-01", "--db", db, "--format", "json")
    import json
    units_before = {u["name"] for u in json.loads(before.stdout)["units"]}
    assert UNITS <= units_before
    assert not json.loads(after.stdout)["units"]
    assert "5th Division" in {u["name"] for u in json.loads(legion.stdout)["units"]}


# --- the shared data: one variable, said once, required in CI ---------------------------------------------

def _pytest(env_extra: dict, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ORBAT_REQUIRE")}
    env.update(env_extra)
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args], cwd=REPO,
                          env=env, capture_output=True, text=True, timeout=300)


SEED_TEST = "tests/test_published.py::test_seed_page_has_no_publication_date"


def test_without_shared_data_its_tests_are_skipped_with_one_message(tmp_path):
    proc = _pytest({"ORBAT_SHARED": str(tmp_path / "none")}, SEED_TEST)
    assert proc.returncode == 0, proc.stdout
    assert "1 skipped" in proc.stdout
    assert proc.stdout.count(f"no shared bench data at {tmp_path / 'none'}") == 1, proc.stdout


def test_ci_fails_when_the_shared_data_is_missing(tmp_path):
    proc = _pytest({"ORBAT_SHARED": str(tmp_path / "none"), "ORBAT_REQUIRE_SHARED": "1"}, SEED_TEST)
    assert proc.returncode == 1, proc.stdout
    assert "ORBAT_REQUIRE_SHARED" in proc.stdout


def test_make_passes_shared_to_the_tests():
    makefile = (REPO / "Makefile").read_text()
    assert re.search(r'ORBAT_SHARED="\$\(SHARED\)" \$\(VENV\)/bin/python -m pytest', makefile)


# --- extras ----------------------------------------------------------------------------------------------

def test_a_missing_export_library_says_which_extra(monkeypatch):
    from orbat.export import MissingExtra, load_writer
    monkeypatch.delitem(sys.modules, "orbat.export.stix", raising=False)
    monkeypatch.setitem(sys.modules, "stix2", None)
    with pytest.raises(MissingExtra, match=r"orbat\[exports\]"):
        load_writer("stix")
    assert load_writer("events-csv")  # the core formats need nothing more


def test_json_export_is_called_jsonl_and_json_stays_an_alias(tmp_path):
    from orbat.export import export
    from orbat.store import open_store
    store = open_store(str(tmp_path / "kb.db"))
    try:
        a, b = io.StringIO(), io.StringIO()
        export(store, "jsonl", a)
        export(store, "json", b)
    finally:
        store.close()
    assert a.getvalue() == b.getvalue()
    assert all(line.startswith("{") for line in a.getvalue().splitlines())


# --- events-csv: opposing sides, dates as the knowledge base gives them ---------------------------------

def _event_store(path):
    from orbat.store import open_store
    from orbat.store.schema import claim_args, claims, documents, entities
    store = open_store(str(path))
    names = ["Free Syrian Army", "Islamic State", "Jaysh al-Islam", "Faylaq al-Rahman"]
    with store.write() as conn:
        conn.execute(entities.insert(), [{"id": i + 1, "name": n, "type": "armed_group", "created_at": "2026-01-01"}
                                         for i, n in enumerate(names)])
        conn.execute(documents.insert(), [{"id": 1, "content_hash": "d1", "status": "stored", "story_id": 1,
                                           "published": "2016-05-03", "ingested_at": "2026-01-01"}])
        base = {"document_id": 1, "kind": "event", "polarity": "affirmed", "modality": "asserted",
                "confidence": 0.6, "status": "active", "start": 0, "end": 10}
        conn.execute(claims.insert(), [
            base | {"id": 1, "type": "clash", "date": "2016-04", "sentence": "FSA and IS clashed in April."},
            base | {"id": 2, "type": "clash", "date": None, "sentence": "Jaysh al-Islam and Faylaq al-Rahman clashed."},
            base | {"id": 3, "type": "alliance", "date": "XXXX-10", "sentence": "FSA and Jaysh al-Islam allied in October."},
            base | {"id": 4, "type": "clash", "date": "2016-02", "sentence": "IS attacked the FSA."}])
        conn.execute(claim_args.insert(), [
            {"claim_id": 1, "role": "agent", "entity_id": 1}, {"claim_id": 1, "role": "agent", "entity_id": 2},
            {"claim_id": 2, "role": "agent", "entity_id": 3}, {"claim_id": 2, "role": "agent", "entity_id": 4},
            {"claim_id": 3, "role": "agent", "entity_id": 1}, {"claim_id": 3, "role": "agent", "entity_id": 3},
            {"claim_id": 4, "role": "agent", "entity_id": 2}, {"claim_id": 4, "role": "target", "entity_id": 1}])
    return store


def test_events_csv_puts_the_sides_of_a_clash_in_actor1_and_actor2(tmp_path):
    import csv
    from orbat.export import export
    store = _event_store(tmp_path / "kb.db")
    out = io.StringIO()
    export(store, "events-csv", out)
    store.close()
    rows = {r["event_id"]: r for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert (rows["1"]["actor1"], rows["1"]["assoc_actor_1"], rows["1"]["actor2"]) == (
        "Free Syrian Army", "", "Islamic State")
    assert (rows["4"]["actor1"], rows["4"]["actor2"]) == ("Islamic State", "Free Syrian Army")
    # allies are one side: ACLED's associated actor
    assert (rows["3"]["actor1"], rows["3"]["assoc_actor_1"], rows["3"]["actor2"]) == (
        "Free Syrian Army", "Jaysh al-Islam", "")
    # dates: the article's, else the publication date the event happened on or before
    assert (rows["1"]["event_date"], rows["1"]["date_basis"]) == ("2016-04", "article")
    assert (rows["2"]["event_date"], rows["2"]["time_precision"], rows["2"]["date_basis"]) == (
        "2016-05-03", "3", "on or before publication")
    assert rows["3"]["event_date"] == "2016-05-03"  # "October" with no year
    assert all(r["event_date"] for r in rows.values())


def test_an_undated_event_is_in_a_date_range_by_its_publication_date(tmp_path):
    import csv
    from orbat.export import export
    from orbat.export.scope import Scope
    store = _event_store(tmp_path / "kb.db")
    out = io.StringIO()
    export(store, "events-csv", out, Scope(start="2016-05-01", end="2016-05-31"))
    store.close()
    assert {r["event_id"] for r in csv.DictReader(io.StringIO(out.getvalue()))} == {"2", "3"}


# --- the web graph, without a browser -------------------------------------------------------------------

def test_evidence_marks_names_as_whole_words():
    from orbat.serve.queries import marks
    sentence = "The extremist IS group, which is jihadist, fought Islamic State defectors near al-Bab."
    got = [sentence[m["start"]:m["end"]] for m in marks(sentence, ["IS", "Islamic State", "Bab"])]
    assert got == ["IS", "Islamic State", "Bab"]


def test_every_parent_of_a_unit_is_drawn_and_the_box_explained(tmp_path):
    from test_browser_graph import ROOT, build_big_store
    from orbat.serve.graph import orbat
    from orbat.store import open_store
    from orbat.store.views import find_entity
    db = str(tmp_path / "big.db")
    build_big_store(db)
    store = open_store(db)
    with store.read() as conn:
        view = orbat(conn, find_entity(conn, ROOT), "2018-05-16")
    store.close()
    nodes = {n["label"]: n for n in view["graph"]["nodes"]}
    ids = {n["id"]: n["label"] for n in view["graph"]["nodes"]}
    edges = {(ids[e["source"]], e["kind"], ids[e["target"]]) for e in view["graph"]["edges"]}
    box = ids[nodes[ROOT]["parent"]]
    other = ({"Grand Coalition", "Eastern Front"} - {box}).pop()
    assert (ROOT, "part_of", other) in edges
    notes = {n["unit"]: n for n in view["graph"]["nesting"]}
    assert notes[ROOT]["inside"] == box and notes[ROOT]["also"] == [other] and "best supported" in notes[ROOT]["why"]
    assert notes["5th Brigade"]["also"] == ["6th Brigade"] and ("5th Brigade", "part_of", "6th Brigade") in edges
