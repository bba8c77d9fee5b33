#!/usr/bin/env python3
"""Agreement between the two annotations of the sampled documents (corpus/agreement/ against the first
annotation of the same document in train/, dev/ or test/), with the shared scorer's own matching.

    python corpus/agree.py [--corpus corpus] [--shared ../shared]

The second annotation is turned into the extractor's JSON (an entity per key, its names as aliases) and
scored against the first: the F1 of entities, relations and event arguments is the agreement (F1 is
symmetric in the two annotators, so it does not matter which is taken as gold). Standard library only.
"""
import argparse
import importlib.util
import json
import os
import sys
from pathlib import Path


def as_output(gold: dict) -> dict:
    ents = [{"id": e["key"], "name": e["names"][0], "aliases": e["names"][1:], "type": e["type"]}
            for e in gold["entities"]]
    rels = [{"subject": r["s"] if isinstance(r["s"], str) else r["s"][0], "relation": r["r"],
             "object": r["o"] if isinstance(r["o"], str) else r["o"][0],
             "valid_from": r.get("from"), "valid_until": r.get("until"),
             "polarity": r.get("polarity", "affirmed")} for r in gold["relations"]]
    evs = [{"type": v["type"], "date": v.get("date"), "polarity": v.get("polarity", "affirmed"),
            **{role: v.get(role) or [] for role in ("agent", "from", "to", "target")}} for v in gold["events"]]
    return {"document": {"text": ""}, "entities": ents, "relations": rels, "events": evs}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default="corpus")
    ap.add_argument("--shared", default=os.environ.get("ORBAT_SHARED", "../shared"))
    a = ap.parse_args()
    spec = importlib.util.spec_from_file_location("score", Path(a.shared) / "bench" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    totals = {k: score.Counts() for k in ("entities", "relations", "event_args")}
    totals.update(rel_dates=[0, 0], event_dates=[0, 0], violations=0)
    corpus = Path(a.corpus)
    n = 0
    for second in sorted((corpus / "agreement").glob("*.gold.json")):
        first = next((p for s in ("train", "dev", "test") for p in [corpus / s / second.name] if p.exists()), None)
        if first is None:
            continue
        g1 = json.loads(first.read_text(encoding="utf-8"))
        g2 = json.loads(second.read_text(encoding="utf-8"))
        g1["forbid"], g1["require"] = {}, {}
        score.score_doc(g1, as_output(g2), totals)
        n += 1
    print(f"{n} documents annotated twice")
    for k in ("entities", "relations", "event_args"):
        p, r, f = totals[k].prf()
        print(f"{k:11} agreement F1 {f:.3f}  (second against first: P {p:.3f}, R {r:.3f})")
    for k in ("rel_dates", "event_dates"):
        ok, of = totals[k]
        print(f"{k:11} {ok}/{of} of the first annotation's dates given alike by the second")
    return 0


if __name__ == "__main__":
    sys.exit(main())
