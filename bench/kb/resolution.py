#!/usr/bin/env python3
"""The resolution bench: name pairs labelled same or different, and whether the store's resolver
puts the two names on one entity.

    python bench/kb/resolution.py [--build] [-v]

resolution_pairs.tsv holds the pairs: `corpus` pairs drawn (seeded, with --build) from the gold
files of corpus/ (names the gold lists for one entity are the same; names of two entities of one
document, or of two keys of one conflict, are different: the draw prefers pairs that share a word,
the hard cases), and `store` pairs written by hand from names in the FA-KES store, each with why.
For each pair the first name is stored as an entity of an empty store, then the second is
resolved as a new article's entity (the alias table, match keys and fuzzy matching all apply,
as in `orbat ingest`); the pair is predicted same when both land on one entity. Prints
precision and recall of "same".
"""
from __future__ import annotations

import argparse
import csv
import glob
import json
import random
import re
import sys
import tempfile
from collections import defaultdict
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PAIRS = HERE / "resolution_pairs.tsv"
SEED = 12
GENERIC = set("""regime government forces force troops army armies military soldiers fighters units unit militants
militant rebels rebel jihadists group groups his her their the pro militia militias police men gunmen officials
armed security president""".split())


def _is_name(name: str) -> bool:
    """A proper name, not a description ('government forces', 'Syrian army', 'his men')."""
    from orbat.kinds import _demonyms
    from orbat.extract.names import name_key
    words = re.findall(r"[\w'’-]+", name)
    if not words:
        return False
    if re.fullmatch(r"[A-Z][A-Z0-9.&-]{1,7}", name):
        return True
    content = [w for w in words if w[:1].isupper() and w.casefold().strip("'’s") not in GENERIC
               and name_key(w) not in _demonyms()]
    return bool(content)


def _kind(t: str) -> str:
    from orbat.store.resolver import kind_of
    return kind_of(t)


def build() -> None:
    """Draw the corpus pairs from the gold files; keep the hand-written store pairs as they are."""
    rnd = random.Random(SEED)
    docs = []
    for f in sorted(glob.glob(str(ROOT / "corpus" / "*" / "*.gold.json"))):
        d = json.loads(Path(f).read_text(encoding="utf-8"))
        ents = [(e["key"], e["type"], sorted({n for n in e["names"] if _is_name(n)})) for e in d["entities"]]
        docs.append((Path(f).name, d.get("conflict"), [e for e in ents if e[2]]))
    same, different = [], []
    by_conflict_key: dict[tuple, list] = defaultdict(list)
    for doc, conflict, ents in docs:
        for key, t, names in ents:
            by_conflict_key[(conflict, key)].append((doc, t, names))
            pairs = [(a, b) for a, b in combinations(names, 2) if a.casefold() != b.casefold()]
            for a, b in rnd.sample(pairs, min(2, len(pairs))):
                same.append((a, t, b, t, "same", f"corpus:{doc} ({key})"))
        for (k1, t1, n1), (k2, t2, n2) in combinations(ents, 2):
            if _kind(t1) != _kind(t2):
                continue
            for a in n1:
                for b in n2:
                    wa, wb = set(a.casefold().split()), set(b.casefold().split())
                    if wa & wb and a.casefold() != b.casefold():
                        different.append((a, t1, b, t2, "different", f"corpus:{doc} ({k1} / {k2})"))
    for (conflict, key), seen in by_conflict_key.items():
        if len(seen) > 1:
            (d1, t1, n1), (d2, t2, n2) = seen[0], seen[1]
            a, b = rnd.choice(n1), rnd.choice(n2)
            if a.casefold() != b.casefold():
                same.append((a, t1, b, t2, "same", f"corpus:{d1} / {d2} ({key})"))
    rnd.shuffle(same)
    rnd.shuffle(different)
    corpus = same[:170] + different[:170]
    store = [r for r in _read() if r["origin"] == "store"]
    with PAIRS.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["a", "type_a", "b", "type_b", "label", "origin", "why"])
        for a, ta, b, tb, label, why in corpus:
            w.writerow([a, ta, b, tb, label, "corpus", why])
        for r in store:
            w.writerow([r["a"], r["type_a"], r["b"], r["type_b"], r["label"], "store", r["why"]])


def _read() -> list[dict]:
    if not PAIRS.exists():
        return []
    return list(csv.DictReader(PAIRS.open(encoding="utf-8"), delimiter="\t"))


def predict(rows: list[dict]) -> list[bool]:
    """For each pair, whether the store's resolver puts both names on one entity."""
    from orbat.resolve import AliasTable
    from orbat.store import open_store
    from orbat.store.resolver import Resolver
    table = AliasTable.load()
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "pairs.db"))
        with store.engine.connect() as conn:
            for r in rows:
                trans = conn.begin()
                resolver = Resolver(table)
                a = resolver.resolve(conn, [r["a"]], r["type_a"], None)
                b = resolver.resolve(conn, [r["b"]], r["type_b"], None)
                out.append(a == b)
                trans.rollback()
        store.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", action="store_true", help="redraw the corpus pairs from corpus/ (seeded)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every wrong pair")
    args = ap.parse_args()
    if args.build:
        build()
    rows = _read()
    guesses = predict(rows)
    for origin in ("corpus", "store", None):
        sel = [(r, g) for r, g in zip(rows, guesses) if origin is None or r["origin"] == origin]
        tp = sum(1 for r, g in sel if g and r["label"] == "same")
        fp = sum(1 for r, g in sel if g and r["label"] != "same")
        fn = sum(1 for r, g in sel if not g and r["label"] == "same")
        p = tp / (tp + fp) if tp + fp else 1.0
        rec = tp / (tp + fn) if tp + fn else 1.0
        n_same = sum(1 for r, _ in sel if r["label"] == "same")
        print(f"{origin or 'all':7} {len(sel):4} pairs ({n_same} same): precision {p:.3f}, recall {rec:.3f}"
              f"  (tp {tp}, fp {fp}, fn {fn})")
    if args.verbose:
        for r, g in zip(rows, guesses):
            if g != (r["label"] == "same"):
                print(f"  {'FP' if g else 'FN'} {r['a']!r} [{r['type_a']}] ~ {r['b']!r} [{r['type_b']}]: {r['why']}")


if __name__ == "__main__":
    main()
