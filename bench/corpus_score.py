"""Score extraction on a split of the project's corpus, in one process, with the shared scorer's rules.

    python bench/corpus_score.py --split dev                 # totals, as ../shared/bench/score.py prints them
    python bench/corpus_score.py --split test --by-type      # and per relation type (the frozen test split:
                                                             #   report it, never choose with it)
    python bench/corpus_score.py --split dev --rules-only    # the rules without the learned decision
    python bench/corpus_score.py --split dev --add 0.6,0.6   # other thresholds (relations, arguments) for
                                                             #   adding what the rules missed than the shipped

The scoring itself is `score_doc` of ../shared/bench/score.py, imported, so the figures are the ones
score.py would print for the same folder (score.py runs `orbat extract` once per file, which is slower).
"""
from __future__ import annotations

import argparse
import copy
import json
import os
import sys
import time
from pathlib import Path

from orbat.extract import decide
from orbat.extract.pipeline import extract
from orbat.extract.train import scorer

RELATIONS = ("part_of", "member_of", "hostile_to", "allied_with", "backed_by", "affiliated_with", "operates_in",
             "controls")


def totals_for(mod) -> dict:
    t = {k: mod.Counts() for k in ("entities", "relations", "event_args")}
    t.update(rel_dates=[0, 0], event_dates=[0, 0], violations=0, failed=0, docs=0)
    return t


def only(doc: dict, rel: str) -> dict:
    d = copy.copy(doc)
    d["relations"] = [r for r in doc["relations"] if (r.get("r") or r.get("relation")) == rel]
    d["events"] = []
    return d


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="dev")
    ap.add_argument("--corpus", default="corpus")
    ap.add_argument("--shared", default=os.environ.get("ORBAT_SHARED", "../shared"))
    ap.add_argument("--by-type", action="store_true")
    ap.add_argument("--rules-only", action="store_true")
    ap.add_argument("--add", help="relation,argument thresholds for adding readings, instead of the shipped")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    mod = scorer(Path(a.shared))
    if a.add and decide.models():
        rel, arg = decide.models()
        rel.add, arg.add = (float(x) for x in a.add.split(","))
    totals = totals_for(mod)
    per_type = {r: totals_for(mod) for r in RELATIONS}
    t0 = time.perf_counter()
    for gf in sorted((Path(a.corpus) / a.split).glob("*.gold.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        raw = (gf.parent / gold["text_file"]).read_text(encoding="utf-8")
        args = gold.get("args", [])
        published = args[args.index("--published") + 1] if "--published" in args else None
        out = extract(raw, published=published, learned=not a.rules_only).to_dict()
        totals["docs"] += 1
        misses, extras, _ = mod.score_doc(gold, out, totals)
        if a.verbose:
            print(f"{gf.name}: missed {len(misses)}, extra {len(extras)}")
            for m in misses:
                print("   missed", m)
            for x in extras:
                print("   extra ", x)
        if a.by_type:
            for r in RELATIONS:
                mod.score_doc(only(gold, r), only(out, r), per_type[r])
    summary = {"split": a.split, "docs": totals["docs"], "violations": totals["violations"],
               "seconds": round(time.perf_counter() - t0, 1)}
    for k in ("entities", "relations", "event_args"):
        p, r, f = totals[k].prf()
        summary[k] = {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3)}
    for k in ("rel_dates", "event_dates"):
        ok, n = totals[k]
        summary[k] = {"correct": ok, "of": n}
    if a.by_type:
        summary["by_type"] = {}
        for r in RELATIONS:
            c = per_type[r]["relations"]
            p, rr, f = c.prf()
            summary["by_type"][r] = {"p": round(p, 3), "r": round(rr, 3), "f1": round(f, 3), "gold": c.tp + c.fn}
    if a.json:
        print(json.dumps(summary))
        return 0
    for k in ("entities", "relations", "event_args"):
        s = summary[k]
        print(f"{k:11} P {s['p']:.3f}  R {s['r']:.3f}  F1 {s['f1']:.3f}")
    for k in ("rel_dates", "event_dates"):
        print(f"{k:11} {summary[k]['correct']}/{summary[k]['of']} correct")
    print(f"{summary['docs']} docs, {summary['violations']} violations, {summary['seconds']} s")
    for r, s in summary.get("by_type", {}).items():
        print(f"  {r:16} P {s['p']:.3f}  R {s['r']:.3f}  F1 {s['f1']:.3f}  ({s['gold']} gold)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
