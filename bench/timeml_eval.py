"""Score orbat.extract.dates.find_dates against TimeML (TimeBank 1.2) TIMEX3 annotations.

Usage (from the repo root):
    .venv/bin/python bench/timeml_eval.py /work/shared/bench/timeml/TimeBank [-v]

Only the standard library is used. For each .tml file the TEXT element is
stripped of its tags to recover the raw text; every TIMEX3 inside it becomes a
gold span (character offsets into that raw text). find_dates is anchored at the
document creation time (the DCT TIMEX3).

Scoring covers gold timexes of type DATE only. Predictions of kind 'date' are
scored; predictions of kind duration/set/time are ignored, except that a
'date' prediction overlapping a gold timex of another type (DURATION, SET, TIME)
is neither a true nor a false positive (it is simply dropped), since the
tagger and TimeML draw the date/time boundary differently.
  span:  a prediction matches a gold DATE when their spans overlap (lenient).
  value: the spans overlap AND the prediction's value, mapped to TimeML
         conventions by to_timeml(), equals the gold value.
Each gold and each prediction is matched at most once (greedy, in text order).

EDTF -> TimeML value mapping (to_timeml):
  - a mention whose text is one of orbat.extract.dates.REF_WORDS ("now", "currently",
    "recently", "soon", ...) maps to PRESENT_REF / PAST_REF / FUTURE_REF
    (the tagger gives "now"-like words the publication date, the others None);
  - a trailing '~' or '?' (approximate / uncertain) is dropped;
  - None (an unresolved expression) never equals a gold value;
  - EDTF day intervals Monday..Sunday -> ISO week '1998-W02'; Saturday..Sunday
    -> weekend '1998-W02-WE';
  - EDTF level-2 sub-year codes: seasons -21..-24 -> SP SU FA WI, quarters
    -33..-36 -> Q1..Q4, halves -40/-41 -> H1/H2 ('1997-36' -> '1997-Q4');
  - EDTF decade '199X' -> TimeML decade '199';  century '19XX' -> '19';
  - otherwise the value is compared as is (both write 'XXXX-10' style unknowns).
"""
from __future__ import annotations

import argparse
import re
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

_SRC = Path(__file__).resolve().parents[1] / "src"
if str(_SRC) not in sys.path:
    sys.path.insert(0, str(_SRC))

from orbat.extract.dates import REF_WORDS, find_dates, parse_anchor  # noqa: E402

_REFS = {"present": "PRESENT_REF", "past": "PAST_REF", "future": "FUTURE_REF"}
# EDTF level-2 sub-year codes -> TimeML: seasons, quarters, halves.
_SUBYEAR = {"21": "SP", "22": "SU", "23": "FA", "24": "WI", "33": "Q1", "34": "Q2",
            "35": "Q3", "36": "Q4", "40": "H1", "41": "H2"}


@dataclass
class Gold:
    """One gold TIMEX3 span in the raw text."""
    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass
class Doc:
    """A TimeML document: name, raw text, creation date and gold timexes."""
    name: str
    text: str
    dct: str
    golds: list


def load_doc(path: Path) -> Doc:
    """Parse one .tml file into raw text plus gold TIMEX3 spans."""
    root = ET.parse(path).getroot()
    dct = root.find("DCT/TIMEX3").get("value")
    parts: list[str] = []
    golds: list[Gold] = []
    pos = 0

    def walk(el):
        nonlocal pos
        start = pos
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)
        if el.tag == "TIMEX3":
            golds.append(Gold(start, pos, el.get("type"), el.get("value", ""), "".join(parts)[start:pos]))

    walk(root.find("TEXT"))
    return Doc(path.stem, "".join(parts), dct, golds)


def to_timeml(mention) -> str | None:
    """Map a DateMention's EDTF value to TimeML's value conventions (see module docstring)."""
    ref = REF_WORDS.get(" ".join(mention.text.lower().split()))
    if ref:
        return _REFS[ref]
    value = mention.value
    if value is None:
        return None
    value = value.rstrip("~?")
    if "/" in value:
        first, last = (date.fromisoformat(v) for v in value.split("/"))
        year, week, weekday = first.isocalendar()
        if weekday == 1 and (last - first).days == 6:
            return f"{year}-W{week:02d}"
        if weekday == 6 and (last - first).days == 1:
            return f"{year}-W{week:02d}-WE"
        return value
    m = re.fullmatch(r"(\d{4})-(\d\d)", value)
    if m and m[2] in _SUBYEAR:
        return f"{m[1]}-{_SUBYEAR[m[2]]}"
    if re.fullmatch(r"\d{3}X", value):
        return value[:3]
    if re.fullmatch(r"\d{2}XX", value):
        return value[:2]
    return value


def _overlap(a0: int, a1: int, b0: int, b1: int) -> bool:
    """Whether two half-open character spans overlap."""
    return a0 < b1 and b0 < a1


def score_doc(doc: Doc, counts: dict, log: list | None = None) -> None:
    """Add one document's DATE counts to `counts`; append errors to `log` when given."""
    preds = [m for m in find_dates(doc.text, parse_anchor(doc.dct)) if m.kind == "date"]
    golds = [g for g in doc.golds if g.type == "DATE"]
    others = [g for g in doc.golds if g.type != "DATE"]
    matched: set[int] = set()
    for p in preds:
        hit = next((i for i, g in enumerate(golds)
                    if i not in matched and _overlap(p.start, p.end, g.start, g.end)), None)
        if hit is None:
            if not any(_overlap(p.start, p.end, g.start, g.end) for g in others):
                counts["pred"] += 1
                if log is not None:
                    log.append(f"{doc.name}  FP    {p.text!r} -> {p.value}")
            continue
        matched.add(hit)
        counts["pred"] += 1
        counts["span_tp"] += 1
        g = golds[hit]
        if to_timeml(p) == g.value:
            counts["value_tp"] += 1
        elif log is not None:
            log.append(f"{doc.name}  WRONG {p.text!r} -> {p.value}  gold {g.text!r} = {g.value}  [dct {doc.dct}]")
    counts["gold"] += len(golds)
    if log is not None:
        for i, g in enumerate(golds):
            if i not in matched:
                ctx = doc.text[max(0, g.start - 40):g.end + 20].replace("\n", " ")
                log.append(f"{doc.name}  MISS  {g.text!r} = {g.value}   ...{ctx}...")


def prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts."""
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def evaluate(folder: Path, log: list | None = None) -> dict:
    """Score every .tml file in `folder`; return counts, span/value P/R/F1 and ms per document."""
    docs = [load_doc(p) for p in sorted(Path(folder).glob("*.tml"))]
    counts = {"gold": 0, "pred": 0, "span_tp": 0, "value_tp": 0}
    for doc in docs:
        score_doc(doc, counts, log)
    t0 = time.perf_counter()
    for doc in docs:
        find_dates(doc.text, parse_anchor(doc.dct))
    ms = (time.perf_counter() - t0) * 1000 / max(len(docs), 1)
    return {"docs": len(docs), **counts,
            "span": prf(counts["span_tp"], counts["pred"], counts["gold"]),
            "value": prf(counts["value_tp"], counts["pred"], counts["gold"]),
            "ms_per_doc": ms,
            "kb_per_doc": sum(len(d.text) for d in docs) / 1024 / max(len(docs), 1)}


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path, help="folder of TimeML .tml files")
    ap.add_argument("-v", "--verbose", action="store_true", help="print misses, false positives and wrong values")
    args = ap.parse_args(argv)
    log: list[str] | None = [] if args.verbose else None
    r = evaluate(args.folder, log)
    if log:
        print("\n".join(log))
    print(f"{r['docs']} documents, {r['gold']} gold DATE timexes, {r['pred']} predicted dates")
    for key in ("span", "value"):
        p, rc, f = r[key]
        print(f"{key:5}  P {p:.3f}  R {rc:.3f}  F1 {f:.3f}")
    print(f"{r['ms_per_doc']:.2f} ms per document ({r['kb_per_doc']:.1f} KB average)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
