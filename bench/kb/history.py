#!/usr/bin/env python3
"""The history bench: statements about Syrian actors 2011-2018, written from public history (each
with its source in history.tsv), checked against a fresh store of the FA-KES corpus.

    python bench/kb/history.py [--db /tmp/fakes.db] [--shared ../shared] [-v]

`not_shown` statements are facts public history rules out: the line must not be listed by
`orbat show SUBJECT [--at DATE]` (strict; a line listed only as disputed is counted apart).
`shown` statements are facts the corpus states: the line must be listed. A statement with a date
is checked as of that date, one without over all dates (`show` without --at). Also checks that
each of the big actors' names resolves to one entity without a pick. Builds the store with
fakes_store.py when --db does not exist.
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from fakes_store import ROOT, build  # noqa: E402

NAMES = ("Free Syrian Army", "Jaysh al-Islam", "Ahrar al-Sham", "Nusra Front", "Hay'at Tahrir al-Sham",
         "Islamic State", "Syrian Democratic Forces", "YPG", "Syrian Arab Army", "Hezbollah", "Russia",
         "Turkey", "Iran")
LISTS = {("part_of", "subject"): "parents", ("part_of", "object"): "units", ("backed_by", "subject"): "sponsors",
         ("backed_by", "object"): "backs", ("allied_with", "subject"): "allies", ("allied_with", "object"): "allies",
         ("hostile_to", "subject"): "enemies", ("hostile_to", "object"): "enemies",
         ("affiliated_with", "subject"): "affiliations", ("affiliated_with", "object"): "affiliates"}


def lookup(conn, name, table):
    from orbat.store.views import Ambiguous, NotFound, find_entity
    try:
        return find_entity(conn, name, table), None
    except NotFound:
        return None, "not found"
    except Ambiguous as amb:
        return amb.candidates[0]["id"], f"ambiguous ({len(amb.candidates)})"


def placed_in_time(conn) -> tuple[int, int, int, int]:
    """(relation claims from dated documents with a place in time, all of them, events dated, all
    events from dated documents), as the store's own loader sees them."""
    from sqlalchemy import select
    from orbat.store.edtf import bounds
    from orbat.store.history import load_claims
    from orbat.store.schema import entities
    from orbat.store.schema import claims, documents
    ids = set(conn.execute(select(entities.c.id)).scalars())
    dated = set(conn.execute(select(claims.c.id).join(documents, documents.c.id == claims.c.document_id)
                             .where(documents.c.published.is_not(None))).scalars())
    cs = [c for c in load_claims(conn, ids) if c.id in dated]
    rel = [c for c in cs if c.kind == "relation"]
    ev = [c for c in cs if c.kind == "event"]
    # an older store code (the 'before' figures) has no attestation: only the claims' own dates count
    rel_placed = sum(1 for c in rel if getattr(c, "attested", None) or bounds(c.valid_from) or bounds(c.valid_until))
    ev_placed = sum(1 for c in ev if bounds(getattr(c, "placed", c.date)))
    return rel_placed, len(rel), ev_placed, len(ev)


def check(conn, row, table) -> dict:
    from orbat.store.edtf import as_day
    from orbat.store.views import show
    s, s_note = lookup(conn, row["subject"], table)
    o, o_note = lookup(conn, row["object"], table)
    listed = None
    if s is not None and o is not None:
        view = show(conn, s, as_day(row["at"]) if row["at"] else None)
        listed = next((it for it in view[LISTS[(row["relation"], "subject")]] if it["id"] == o), None)
    shown = listed is not None
    ok = shown if row["expect"] == "shown" else not shown
    return {**row, "ok": ok, "listed": listed, "note": "; ".join(n for n in (s_note, o_note) if n)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="/tmp/fakes.db")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("-v", "--verbose", action="store_true", help="print every statement")
    args = ap.parse_args()
    if not Path(args.db).exists():
        build(args.db, Path(args.shared))
    from orbat.resolve import AliasTable
    from orbat.store import open_store
    table = AliasTable.load()
    store = open_store(args.db)
    rows = list(csv.DictReader((HERE / "history.tsv").open(encoding="utf-8"), delimiter="\t"))
    with store.read() as conn:
        results = [check(conn, r, table) for r in rows]
        names = {n: lookup(conn, n, table) for n in NAMES}
        placed = placed_in_time(conn)
    store.close()
    print(f"time       {placed[0]}/{placed[1]} relation claims from dated documents are placed in time "
          f"(first and last seen, or their own dates); {placed[2]}/{placed[3]} event claims dated "
          f"(by the article, or at least by the document)")
    for expect in ("not_shown", "shown"):
        rs = [r for r in results if r["expect"] == expect]
        good = sum(r["ok"] for r in rs)
        line = f"{expect:10} {good}/{len(rs)} right ({100 * good / len(rs):.0f} %)"
        if expect == "not_shown":
            confirmed = sum(1 for r in rs if not r["ok"] and r["listed"]["credibility"] == 1)
            disputed = sum(1 for r in rs if not r["ok"] and r["listed"]["disputed"])
            doubtful = sum(1 for r in rs if not r["ok"] and r["listed"]["credibility"] >= 4)
            line += (f"; of the wrong ones shown, {confirmed} as confirmed, {disputed} as disputed "
                     f"(not shown or shown only as disputed: {good + disputed}/{len(rs)}; not shown or shown "
                     f"only with credibility 4 or worse, disputed or a doubtful reading: {good + doubtful}/{len(rs)})")
        else:
            firm = sum(1 for r in rs if r["ok"] and r["listed"]["credibility"] <= 3)
            line += f"; {firm} of them with credibility 1-3 (not disputed nor a doubtful reading)"
        print(line)
    good = sum(r["ok"] for r in results)
    print(f"{'all':10} {good}/{len(results)} right ({100 * good / len(results):.0f} %)")
    clean = [n for n, (i, note) in names.items() if i is not None and note is None]
    print(f"names      {len(clean)}/{len(NAMES)} resolve to one entity without a pick")
    for n, (i, note) in names.items():
        if note:
            print(f"  {n}: {note}")
    for r in results:
        if args.verbose or not r["ok"]:
            it = r["listed"]
            shown = (f"shown: credibility {it['credibility']} {it.get('basis', '')}, {it['stories']} stories, "
                     f"claims {it['claims'][:6]}") if it else "not shown"
            mark = "ok " if r["ok"] else "BAD"
            print(f"{mark} {r['id']} {r['expect']:9} {r['subject']} {r['relation']} {r['object']}"
                  f"{' @' + r['at'] if r['at'] else ''}: {shown}{' (' + r['note'] + ')' if r['note'] else ''}")


if __name__ == "__main__":
    main()
