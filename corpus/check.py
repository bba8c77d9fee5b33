#!/usr/bin/env python3
"""Check (and fix up) the project's annotated corpus against GUIDE.md's vocabulary.

    python corpus/check.py corpus/train/x.gold.json ...   # check files
    python corpus/check.py --fix FILE ...                  # also turn "quote" into "at" offsets
    python corpus/check.py --stats corpus                  # counts per split, conflict, outlet

A gold file is what ../shared/bench/score.py reads (entities with key/type/names, relations s/r/o,
events with roles) plus the corpus's own fields: conflict, outlet, style, split, and for every
relation and event "at": [start, end], the character offsets of its evidence sentence in the text.
Standard library only.
"""
import argparse
import collections
import json
import os
import re
import sys
from pathlib import Path

ENTITY_TYPES = {"armed_group", "coalition", "state_force", "state", "organization", "person", "place"}
RELATIONS = {"part_of", "backed_by", "allied_with", "affiliated_with", "hostile_to", "member_of",
             "operates_in", "controls"}
EVENTS = {"formation", "defection", "joining", "merger", "split", "alliance", "dissolution", "rename",
          "leadership_change", "clash", "capture"}
ROLES = ("agent", "from", "to", "target", "locations")
MODALITY = {"asserted", "reported", "likely", "possible"}
STYLES = {"wire", "local", "analysis", "encyclopedic", "statement", "crawled", "unpunctuated", "news"}
SPLITS = {"train", "dev", "test"} | set(filter(None, os.environ.get("CORPUS_SPLITS", "").split(",")))
EDTF = re.compile(r"^(\d{4}|XXXX)(-(\d{2}|XX)(-(\d{2}|XX))?)?[?~%]?(/(\d{4}|XXXX)(-\d{2}(-\d{2})?)?[?~%]?)?$")
ARMED = {"armed_group", "coalition", "state_force"}


def text_of(gold_path, gold):
    return (gold_path.parent / gold["text_file"]).read_text(encoding="utf-8")


def locate(text, quote):
    """Offsets of a quote in the text, tolerant of whitespace differences."""
    i = text.find(quote)
    if i >= 0:
        return [i, i + len(quote)]
    pat = r"\s+".join(re.escape(w) for w in quote.split())
    m = re.search(pat, text)
    return [m.start(), m.end()] if m else None


def check(path, fix=False):
    errs = []
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        return [f"unreadable: {e}"]
    for f in ("id", "text_file", "conflict", "outlet", "style", "split", "entities", "relations", "events"):
        if f not in gold:
            errs.append(f"missing field {f}")
    if errs:
        return errs
    if gold["split"] not in SPLITS or gold["split"] != path.parent.name:
        errs.append(f"split {gold['split']!r} is not the folder {path.parent.name!r}")
    if gold["style"] not in STYLES:
        errs.append(f"style {gold['style']!r} not in {sorted(STYLES)}")
    try:
        text = text_of(path, gold)
    except OSError as e:
        return errs + [f"text unreadable: {e}"]
    low = text.casefold()
    types = {}
    for e in gold["entities"]:
        k = e.get("key")
        if k in types:
            errs.append(f"entity key {k} twice")
        types[k] = e.get("type")
        if e.get("type") not in ENTITY_TYPES:
            errs.append(f"entity {k}: type {e.get('type')!r}")
        if not e.get("names") or not any(n.casefold() in low for n in e["names"]):
            errs.append(f"entity {k}: no name of {e.get('names')} occurs in the text")
    changed = False

    def evidence(item, what):
        nonlocal changed
        if "quote" in item and fix:
            at = locate(text, item["quote"])
            if at is None:
                errs.append(f"{what}: quote not found: {item['quote'][:60]!r}")
                return
            item["at"] = at
            del item["quote"]
            changed = True
        at = item.get("at")
        if not (isinstance(at, list) and len(at) == 2 and 0 <= at[0] < at[1] <= len(text)):
            errs.append(f"{what}: 'at' offsets missing or out of range")

    for i, r in enumerate(gold["relations"]):
        what = f"relation {i} {r.get('s')} {r.get('r')} {r.get('o')}"
        if r.get("r") not in RELATIONS:
            errs.append(f"{what}: unknown relation")
        for side in ("s", "o"):
            for k in (r.get(side) if isinstance(r.get(side), list) else [r.get(side)]):
                if k not in types:
                    errs.append(f"{what}: unknown key {k!r}")
        s_t, o_t = types.get(r.get("s") if isinstance(r.get("s"), str) else None), \
            types.get(r.get("o") if isinstance(r.get("o"), str) else None)
        if r.get("r") == "member_of" and s_t not in (None, "person"):
            errs.append(f"{what}: member_of takes a person")
        if r.get("r") in ("operates_in", "controls") and o_t not in (None, "place"):
            errs.append(f"{what}: object must be a place")
        if r.get("r") in ("part_of", "allied_with", "hostile_to", "backed_by") and "place" in (s_t, o_t):
            errs.append(f"{what}: a place is no side of {r['r']}")
        if r.get("polarity", "affirmed") not in ("affirmed", "negated"):
            errs.append(f"{what}: polarity")
        if r.get("modality", "asserted") not in MODALITY:
            errs.append(f"{what}: modality")
        for f in ("from", "until"):
            if r.get(f) and not EDTF.match(r[f]):
                errs.append(f"{what}: {f} {r[f]!r} is not EDTF")
        evidence(r, what)
    for i, ev in enumerate(gold["events"]):
        what = f"event {i} {ev.get('type')}"
        if ev.get("type") not in EVENTS:
            errs.append(f"{what}: unknown type")
        for role in ROLES:
            for k in ev.get(role) or []:
                if k not in types:
                    errs.append(f"{what}: {role} {k!r} unknown")
        if not ev.get("agent"):
            errs.append(f"{what}: no agent")
        if ev.get("date") and not EDTF.match(ev["date"]):
            errs.append(f"{what}: date {ev['date']!r} is not EDTF")
        if ev.get("modality", "asserted") not in MODALITY:
            errs.append(f"{what}: modality")
        evidence(ev, what)
    if changed and not errs:
        path.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return errs


def stats(root):
    rows = collections.defaultdict(lambda: collections.Counter())
    conflicts = collections.defaultdict(set)
    for gf in sorted(Path(root).glob("*/*.gold.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        c = rows[g["split"]]
        c["docs"] += 1
        c["relations"] += len(g["relations"])
        c["events"] += len(g["events"])
        c["entities"] += len(g["entities"])
        conflicts[g["split"]].add(g["conflict"])
    total = collections.Counter()
    for split, c in sorted(rows.items()):
        if split in ("train", "dev", "test"):  # the agreement sample annotates some of them a second time
            total.update(c)
        print(f"{split:6} {c['docs']:4} docs {c['relations']:5} relations {c['events']:4} events "
              f"{c['entities']:5} entities  conflicts: {', '.join(sorted(conflicts[split]))}")
    print(f"{'all':6} {total['docs']:4} docs {total['relations']:5} relations {total['events']:4} events "
          f"{len(set().union(*(conflicts[s] for s in ('train', 'dev', 'test')))) if conflicts else 0} conflicts")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*")
    ap.add_argument("--fix", action="store_true", help="turn each 'quote' into 'at' offsets")
    ap.add_argument("--stats", metavar="ROOT")
    a = ap.parse_args()
    if a.stats:
        stats(a.stats)
        return 0
    bad = 0
    for f in a.files:
        errs = check(Path(f), a.fix)
        for e in errs:
            print(f"{f}: {e}")
        bad += bool(errs)
    print(f"{len(a.files) - bad} of {len(a.files)} files clean")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
