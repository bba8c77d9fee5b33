#!/usr/bin/env python3
"""Draw the sample of shown lines for judging, and score the judged sample.

    python bench/kb/sample_lines.py draw  [--db /tmp/fakes.db] [--seed N] > lines.tsv   # every confirmed line + 110 others
    python bench/kb/sample_lines.py score [--db /tmp/fakes.db]                # against judged_lines.tsv
    python bench/kb/sample_lines.py calibrate [--db /tmp/fakes.db]            # "confirmed" by threshold

A shown line is one `orbat show` lists over all dates (no --at) for either end, with the default
filters: an edge the constraints let through. The sample is stratified: every line of credibility
1 ("confirmed"), and a seeded random draw of 110 of the others; the share right among all lines
weights the two strata by their sizes in the store. judged_lines.tsv keeps, for each judged line,
the verdict (right / wrong) and the reason, by subject, relation and object, so a later store can
be scored on the lines it still shows (lines not judged are counted apart).
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RELS = ("part_of", "backed_by", "allied_with", "hostile_to", "affiliated_with", "member_of", "operates_in",
        "controls")
OTHERS = 110
SEED = 2026  # the sample of 2026-12-03 (the one of seed 12 was judged on an older store and extractor);
# the sample of 2026-12-04 was drawn with --seed 1204


def key(x: dict) -> tuple[str, str, str]:
    """A line's identity: a symmetric relation is the same line whichever end the store names first."""
    from orbat.store.history import SYMMETRIC
    s, rel, o = x["subject"], x["relation"], x["object"]
    a, b = sorted((s, o))
    return (a, rel, b) if rel in SYMMETRIC else (s, rel, o)


def judged_lines() -> dict[tuple[str, str, str], dict]:
    return {key(r): r for r in csv.DictReader((HERE / "judged_lines.tsv").open(encoding="utf-8"), delimiter="\t")}


def shown_lines(db: str) -> list[dict]:
    from sqlalchemy import select
    from orbat.store import open_store
    from orbat.store.history import combined, independent, neighbourhood
    from orbat.store.schema import entities
    store = open_store(db)
    out = []
    with store.read() as conn:
        ids = set(conn.execute(select(entities.c.id).where(entities.c.merged_into.is_(None))).scalars())
        nb = neighbourhood(conn, ids)
        sentences = {c.id: c for c in nb.claims}
        for (s, rel, o), e in sorted(nb.edges.items()):
            if rel not in RELS:
                continue
            sm = e.summary()
            ev = [sentences[i] for i in sm["claims"][:3] if i in sentences]
            asserted = [c for c in e.support if c.modality == "asserted"]
            firm = sorted((c.confidence for c in asserted), reverse=True)
            out.append({"subject": nb.name(s), "relation": rel, "object": nb.name(o), "firm": firm,
                        "combined": combined(asserted) if independent(asserted) >= 2 else 0.0,
                        "outlets": len({c.source for c in e.support if c.modality == "asserted"}),
                        "credibility": sm["credibility"], "basis": sm.get("basis"), "stories": sm["stories"],
                        "first_seen": sm["first_seen"], "last_seen": sm["last_seen"],
                        "claims": " ".join(map(str, sm["claims"])),
                        "evidence": " || ".join(f"[{c.id} {c.modality}] {c.sentence[:300]}" for c in ev)})
    store.close()
    return out


def draw(db: str, seed: int = SEED) -> None:
    lines = shown_lines(db)
    confirmed = [x for x in lines if x["credibility"] == 1]
    others = [x for x in lines if x["credibility"] != 1]
    sample = confirmed + random.Random(seed).sample(others, min(OTHERS, len(others)))
    w = csv.DictWriter(sys.stdout, ["subject", "relation", "object", "credibility", "basis", "stories", "claims",
                                    "first_seen", "last_seen", "evidence"], delimiter="\t", extrasaction="ignore")
    w.writeheader()
    w.writerows(sample)


def score(db: str) -> None:
    judged = judged_lines()
    lines = shown_lines(db)
    strata = {"confirmed": [x for x in lines if x["credibility"] == 1],
              "other": [x for x in lines if x["credibility"] != 1]}
    shares = {}
    for name, xs in strata.items():
        known = [judged[k]["verdict"] == "right" for x in xs if (k := key(x)) in judged]
        shares[name] = (sum(known) / len(known)) if known else None
        print(f"{name:10} {len(xs):4} lines shown, {len(known):4} judged, "
              + (f"{sum(known)} right ({100 * shares[name]:.1f} %)" if known else "none judged"))
    total = sum(len(xs) for xs in strata.values())
    if all(v is not None for v in shares.values()):
        weighted = sum(len(strata[k]) * shares[k] for k in strata) / total
        print(f"all lines  {total:4} shown, right (strata weighted by size): {100 * weighted:.1f} %")
    for label, creds in (("credibility 1", {1}), ("credibility 2-3", {2, 3}), ("credibility 4", {4}),
                         ("credibility 1-3", {1, 2, 3})):
        xs = [x for x in lines if x["credibility"] in creds]
        known = [judged[k]["verdict"] == "right" for x in xs if (k := key(x)) in judged]
        if known:
            print(f"{label:16} {len(xs):4} lines shown, {len(known):4} judged, {sum(known)} right "
                  f"({100 * sum(known) / len(known):.1f} %)")
    if all(v is not None for v in shares.values()):  # what `show --max-credibility 3` lists
        firm = {name: [x for x in xs if x["credibility"] <= 3] for name, xs in strata.items()}
        share = {}
        for name, xs in firm.items():
            known = [judged[k]["verdict"] == "right" for x in xs if (k := key(x)) in judged]
            share[name] = sum(known) / len(known) if known else 0.0
        n = sum(len(xs) for xs in firm.values())
        print(f"lines of credibility 1-3 (show --max-credibility 3): {n} shown, right (strata weighted by size): "
              f"{100 * sum(len(firm[k]) * share[k] for k in firm) / max(n, 1):.1f} %")
    wrong_judged = sum(1 for r in judged.values() if r["verdict"] == "wrong")
    hidden = [k for k, r in judged.items() if r["verdict"] == "wrong"
              and k not in {key(x) for x in lines}]
    print(f"judged wrong lines no longer shown: {len(hidden)} of {wrong_judged}")


def calibrate(db: str) -> None:
    """Share right among judged lines that asserted claims from two independent stories and two
    outlets would confirm, for each threshold on their combined confidence (history.combined)."""
    from orbat.store.history import combined
    judged = {k: r["verdict"] == "right" for k, r in judged_lines().items()}
    lines = [x for x in shown_lines(db) if key(x) in judged and x["combined"] > 0 and x["outlets"] >= 2]
    for t in (0.0, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95):
        xs = [judged[key(x)] for x in lines if x["combined"] >= t]
        share = f"{100 * sum(xs) / len(xs):.1f} %" if xs else "-"
        print(f"threshold {t:.2f}: {len(xs):3} judged lines would be confirmed, right {share}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("action", choices=("draw", "score", "calibrate"))
    ap.add_argument("--db", default="/tmp/fakes.db")
    ap.add_argument("--seed", type=int, default=SEED, help=f"seed of draw's random part (default {SEED})")
    args = ap.parse_args()
    if args.action == "draw":
        draw(args.db, args.seed)
    else:
        {"score": score, "calibrate": calibrate}[args.action](args.db)


if __name__ == "__main__":
    main()
