#!/usr/bin/env python3
"""The as-of bench: what `orbat show X --at DATE` answers about the dated part_of and member_of
facts of a corpus split (the frozen test split by default), on a fresh store of that split's documents.
The test split is scored only to report; choose on `--split train` or `dev`.

    python bench/kb/asof.py [--split test] [--db /tmp/asof.db] [-v]

Each gold relation part_of / member_of with `from` and/or `until` (EDTF) implies answers:
- inside: on a day it held (the midpoint between the end of `from`'s period and the start of
  `until`'s; with only `from`, the last day of `from`'s period; with only `until`, the day before
  `until`'s period starts), `show SUBJECT --at DAY` lists OBJECT (as a parent, or a membership);
- before: the day before `from`'s period starts, it does not list OBJECT;
- after: the day after `until`'s period ends, it does not list OBJECT.
An answer is right when the subject is found (one of its gold names, with no pick: an ambiguous
name is read as the candidate the store links to the object at some date, else the first) and the listing is as implied; a
subject the store cannot find is a wrong answer whatever is implied (show answers nothing). The
object is recognised by any of its gold names (`find_entity`, each candidate of an ambiguous name).
Builds the store when --db does not exist (the documents as JSON lines, with their publication
dates, outlets and a corpus: url).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
RELS = ("part_of", "member_of")


def golds(split: str) -> list[tuple[Path, dict]]:
    return [(p, json.loads(p.read_text(encoding="utf-8"))) for p in sorted((CORPUS / split).glob("*.gold.json"))]


def build(db: str, split: str) -> None:
    from orbat.ingest import ingest
    from orbat.sources import iter_records
    from orbat.store import open_store
    with tempfile.TemporaryDirectory() as tmp:
        lines = Path(tmp) / f"{split}.jsonl"
        with lines.open("w", encoding="utf-8") as f:
            for path, g in golds(split):
                text = (path.parent / g["text_file"]).read_text(encoding="utf-8", errors="replace")
                rec = {"text": text, "source": g.get("outlet"), "url": f"corpus:{split}/{g['id']}"}
                if g.get("published"):
                    rec["published"] = g["published"]
                f.write(json.dumps(rec) + "\n")
        store = open_store(db)
        summary = ingest(store, iter_records([str(lines)]))
        store.close()
    print(f"{db}: {summary.counts}", file=sys.stderr)


def day(d: date, n: int = 0) -> str:
    return (d + timedelta(days=n)).isoformat()


def probes(frm: str | None, until: str | None) -> list[tuple[str, str, bool]]:
    """(kind, ISO day, listed?) implied by a relation holding from `frm` until `until` (EDTF)."""
    from orbat.store.edtf import bounds
    f, u = bounds(frm) if frm else None, bounds(until) if until else None
    out = []
    if f and u:
        a, b = date.fromisoformat(f[1]), date.fromisoformat(u[0])
        mid = a + (b - a) / 2 if b > a else a
        out.append(("inside", mid.isoformat(), True))
    elif f:
        out.append(("inside", f[1], True))
    elif u:
        out.append(("inside", day(date.fromisoformat(u[0]), -1), True))
    if f:
        out.append(("before", day(date.fromisoformat(f[0]), -1), False))
    if u:
        out.append(("after", day(date.fromisoformat(u[1]), 1), False))
    return out


def candidates(conn, names: list[str]) -> set[int]:
    from orbat.store.views import Ambiguous, NotFound, find_entity
    found: set[int] = set()
    for n in names:
        try:
            found.add(find_entity(conn, n))
        except Ambiguous as amb:
            found.update(c["id"] for c in amb.candidates)
        except NotFound:
            pass
    return found


def run(db: str, split: str, verbose: bool) -> dict:
    from orbat.store import open_store
    from orbat.store.views import show
    store = open_store(db, create=False, write=False)
    tally = {"inside": [0, 0], "before": [0, 0], "after": [0, 0]}
    found_subjects = [0, 0]
    on_known = [0, 0]  # answers about those facts only: the store's reading of time, apart from extraction
    known = [0, 0]  # dated facts whose line `show` lists at some date (the extractor found it)
    with store.read() as conn:
        for path, g in golds(split):
            ents = {e["key"]: e for e in g["entities"]}
            for r in g["relations"]:
                if r["r"] not in RELS or not (r.get("from") or r.get("until")) or r.get("polarity") == "negated":
                    continue
                subj, obj = ents[r["s"]]["names"], ents[r["o"]]["names"]
                sids, oids = candidates(conn, subj), candidates(conn, obj)
                found_subjects[0] += bool(sids)
                found_subjects[1] += 1
                lists = ("parents", "memberships") if r["r"] == "part_of" else ("memberships", "parents")
                # an ambiguous name: the candidate the store links to the object at some date, else the first
                known_ids = [sid for sid in sorted(sids) if any(it["id"] in oids for k in lists for it in show(conn, sid)[k])]
                sid = (known_ids or sorted(sids) or [None])[0]
                ever = bool(known_ids)
                known[0] += ever
                known[1] += 1
                for kind, at, want in probes(r.get("from"), r.get("until")):
                    listed = sid is not None and any(it["id"] in oids for k in lists for it in show(conn, sid, at=at)[k])
                    answers = [listed] if sid is not None else []
                    right = bool(answers) and (want in answers)
                    tally[kind][0] += right
                    tally[kind][1] += 1
                    if ever:
                        on_known[0] += right
                        on_known[1] += 1
                    if verbose:
                        print(f"{'ok ' if right else 'BAD'} {kind:6} {at} {subj[0]} {r['r']} {obj[0]} "
                              f"[{r.get('from') or ''}..{r.get('until') or ''}] "
                              f"{'subject not found' if sid is None else ('listed' if any(answers) else 'not listed')}"
                              f"{'' if sid is None else ('; line known' if ever else '; line never listed')}"
                              f"  ({g['id']})")
    store.close()
    right = sum(v[0] for v in tally.values())
    total = sum(v[1] for v in tally.values())
    for kind, (ok, n) in tally.items():
        print(f"{kind:6}: {ok} of {n} right")
    print(f"subjects found: {found_subjects[0]} of {found_subjects[1]} dated facts; "
          f"the line listed at some date (without --at): {known[0]}")
    print(f"as-of answers right: {right} of {total} ({100 * right / max(total, 1):.1f} %)")
    print(f"of the answers about facts whose line the store lists at some date: {on_known[0]} of {on_known[1]} "
          f"right ({100 * on_known[0] / max(on_known[1], 1):.1f} %)")
    return {"right": right, "total": total, "tally": tally}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "asof.db"))
    ap.add_argument("--split", default="test", choices=("train", "dev", "test"))
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    if not Path(args.db).exists():
        build(args.db, args.split)
    run(args.db, args.split, args.verbose)


if __name__ == "__main__":
    main()
