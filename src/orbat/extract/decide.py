"""The learned decision: which candidate relations and event arguments an article states.

The rules (`relations`, `events`) propose; this module decides. Every pair of entities named in one
sentence is a relation candidate, and every entity beside a trigger word an argument candidate. Each is
described by features of the sentence's dependency parse (`parse`), the entity types, the words between,
and what the rules made of it, and a multinomial logistic regression trained on the corpus's train split
(`train`) gives the probability of each reading. The rules' readings stand (they were written to be
precise), with the model's calibrated probability as their `confidence`; a reading the rules missed is
added when its probability reaches the threshold chosen on the corpus's dev split.
"""
from __future__ import annotations

import gzip
import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from orbat.extract import parse
from orbat.extract.collect import SYMMETRIC, Collector
from orbat.extract.events import TRIGGERS
from orbat.extract.view import Slot, View

WEIGHTS = Path(__file__).with_name("weights")
ARMED = {"armed_group", "coalition", "state_force"}
ACTORS = ARMED | {"state", "organization"}
# GUIDE.md's signatures: which entity types each relation joins (subject types, object types)
SIGNATURES = {
    "part_of": (ARMED, ACTORS),
    "backed_by": (ARMED, {"state", "organization", "state_force"}),
    "affiliated_with": (ARMED, {"organization", "armed_group", "coalition"}),
    "member_of": ({"person"}, ACTORS - {"state"}),
    "operates_in": (ARMED, {"place"}),
    "controls": (ARMED | {"state"}, {"place"}),
    "allied_with": (ACTORS | {"person"}, ACTORS | {"person"}),
    "hostile_to": (ACTORS | {"person"}, ACTORS | {"person"}),
}
TYPED = frozenset({"member_of", "operates_in", "controls"})  # the types say which side is the subject
EVENT_TYPES = {"leadership": "leadership_change", "pitted": "clash"}
ROLES = ("agent", "from", "to", "target")


def allowed(label: str, ta: str, tb: str) -> bool:
    """Whether a label ('part_of>' a of b, 'part_of<' b of a, 'hostile_to', 'member_of') fits the types."""
    if label == "none":
        return True
    return subject_first(label, ta, tb) is not None


def subject_first(label: str, ta: str, tb: str) -> bool | None:
    """Whether the first of two entities is the label's subject (None: the types do not fit it)."""
    rel = label.rstrip("<>")
    subj, obj = SIGNATURES[rel]
    fwd, bwd = ta in subj and tb in obj, tb in subj and ta in obj
    if label.endswith(">"):
        return True if fwd else None
    if label.endswith("<"):
        return False if bwd else None
    if rel in SYMMETRIC:
        return True if fwd else None
    return True if fwd else (False if bwd else None)


def label_of(relation: str, a_is_subject: bool) -> str:
    if relation in SYMMETRIC or relation in TYPED:
        return relation
    return relation + (">" if a_is_subject else "<")


@dataclass
class Pair:
    """A relation candidate: two entities named in one sentence, `a` first."""
    view: View
    a: Slot
    b: Slot
    rule: str
    feats: dict = field(default_factory=dict)


@dataclass
class Arg:
    """An event-argument candidate: an entity named in the sentence of a trigger word."""
    view: View
    type: str
    pos: int
    slot: Slot
    rule: str
    feats: dict = field(default_factory=dict)


class Model:
    """A linear multinomial classifier over named binary features, with a calibration curve."""

    def __init__(self, data: dict):
        self.labels: list[str] = data["labels"]
        self.intercept: list[float] = data["intercept"]
        self.weights: dict[str, list] = data["weights"]
        self.calibration: tuple[list, list] = tuple(data.get("calibration") or ([0.0, 1.0], [0.0, 1.0]))
        self.add: float = data.get("add", 0.5)  # a reading the rules missed is added at or above this

    def proba(self, feats: dict) -> list[float]:
        z = list(self.intercept)
        for f in feats:
            for i, w in self.weights.get(f, ()):
                z[i] += w
        top = max(z)
        e = [math.exp(v - top) for v in z]
        s = sum(e)
        return [v / s for v in e]

    def calibrated(self, p: float) -> float:
        xs, ys = self.calibration
        if p <= xs[0]:
            return ys[0]
        for k in range(1, len(xs)):
            if p <= xs[k]:
                x0, x1, y0, y1 = xs[k - 1], xs[k], ys[k - 1], ys[k]
                return y0 + (y1 - y0) * (p - x0) / (x1 - x0) if x1 > x0 else y1
        return ys[-1]

    @classmethod
    def load(cls, path: Path) -> "Model":
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            return cls(json.load(fh))


@lru_cache(maxsize=1)
def models() -> tuple[Model, Model] | None:
    """The shipped relation and argument models, or None before `make train` has made them."""
    rel, arg = WEIGHTS / "relations.json.gz", WEIGHTS / "arguments.json.gz"
    if not (rel.exists() and arg.exists()):
        return None
    return Model.load(rel), Model.load(arg)


def _closest(slots: list[Slot]) -> list[tuple[Slot, Slot]]:
    """One pair per two entities of a sentence: their closest mentions, earlier first."""
    best: dict[tuple[str, str], tuple[int, Slot, Slot]] = {}
    for i, x in enumerate(slots):
        for y in slots[i + 1:]:
            if x.eid == y.eid:
                continue
            a, b = (x, y) if x.start <= y.start else (y, x)
            key = tuple(sorted((a.eid, b.eid)))
            gap = b.start - a.end
            if key not in best or gap < best[key][0]:
                best[key] = (gap, a, b)
    return [(a, b) for _, a, b in best.values()]


def has_trigger(text: str) -> bool:
    """Whether a sentence holds an event's trigger word."""
    return any(pat.search(text) for _, pat in TRIGGERS)


def _triggers(view: View, types=None) -> list[tuple[str, int]]:
    """The trigger words of a sentence outside its names, as (event type, offset); of `types` only, if given."""
    named = [(s.start, s.end) for s in view.slots if not s.anaphor]
    out = []
    for typ, pat in TRIGGERS:
        if types is not None and EVENT_TYPES.get(typ, typ) not in types:
            continue
        for m in pat.finditer(view.text):
            pos = view.start + m.start()
            if not any(a <= pos < b for a, b in named):
                out.append((EVENT_TYPES.get(typ, typ), pos))
    return out


def candidates(views: list[View], col: Collector, every_rel: bool = True,
               every_arg: bool = True) -> tuple[list[Pair], list[Arg]]:
    """Every relation and argument candidate of the article's sentences, with its features. Without
    `every_rel` (relations) or `every_arg` (arguments), only the rules' readings (all a model that adds
    nothing needs, to give them their confidence); only the sentences with a candidate are parsed."""
    rule_rel: dict[tuple[int, str, str], str] = {}
    for r in col.relations:
        rule_rel[(r.evidence.start, r.subject, r.object)] = r.relation
    rule_arg: dict[tuple[int, str, str], str] = {}
    for ev in col.events:
        for role in ROLES:
            for eid in getattr(ev, "from_" if role == "from" else role):
                rule_arg.setdefault((ev.evidence.start, ev.type, eid), role)
    read_pairs = {(start, frozenset((s, o))) for start, s, o in rule_rel}
    read_types: dict[int, set[str]] = {}
    for start, typ, _ in rule_arg:
        read_types.setdefault(start, set()).add(typ)
    work = []
    for view in views:
        pairs = [(a, b) for a, b in _closest(view.slots)
                 if any(allowed(lab, a.type, b.type) for lab in _LABELS)]
        if not every_rel:
            pairs = [(a, b) for a, b in pairs if (view.start, frozenset((a.eid, b.eid))) in read_pairs]
        if every_arg:
            trig = _triggers(view) if view.slots else []
        else:
            types = read_types.get(view.start)
            trig = _triggers(view, types) if view.slots and types else []
        if pairs or (trig and any(s.type != "place" for s in view.slots)):
            work.append((view, pairs, trig))
    docs = parse.parse([v.text for v, _, _ in work])
    out_pairs, out_args = [], []
    for (view, pairs, trig), doc in zip(work, docs):
        heads = {id(s): parse.token_at(doc, s.start - view.start, s.end - view.start) for s in view.slots}
        inside = [(s.start - view.start, s.end - view.start) for s in view.slots]
        for a, b in pairs:
            ta, tb = heads[id(a)], heads[id(b)]
            if ta is None or tb is None or ta.i == tb.i:
                continue
            if (view.start, a.eid, b.eid) in rule_rel:
                rule = label_of(rule_rel[(view.start, a.eid, b.eid)], True)
            elif (view.start, b.eid, a.eid) in rule_rel:
                rule = label_of(rule_rel[(view.start, b.eid, a.eid)], False)
            else:
                rule = "none"
            out_pairs.append(Pair(view, a, b, rule, pair_features(doc, view, a, b, ta, tb, rule, inside)))
        for typ, pos in trig:
            tt = parse.token_at(doc, pos - view.start, pos - view.start + 1)
            if tt is None:
                continue
            for s in _nearest_each(view.slots, pos):
                if s.type == "place" or heads[id(s)] is None or heads[id(s)].i == tt.i:
                    continue
                rule = rule_arg.get((view.start, typ, s.eid), "none")
                out_args.append(Arg(view, typ, pos, s, rule, arg_features(typ, tt, heads[id(s)], s, pos, rule)))
    return out_pairs, out_args


_LABELS = [lab for rel in SIGNATURES for lab in ((rel,) if rel in SYMMETRIC | TYPED else (rel + ">", rel + "<"))]


def _nearest_each(slots: list[Slot], pos: int) -> list[Slot]:
    best: dict[str, Slot] = {}
    for s in slots:
        if s.eid not in best or abs(s.start - pos) < abs(best[s.eid].start - pos):
            best[s.eid] = s
    return list(best.values())


def pair_features(doc, view: View, a: Slot, b: Slot, ta, tb, rule: str, inside) -> dict[str, float]:
    types = f"{a.type}|{b.type}"
    f = {"bias": 1.0, "t=" + types: 1.0, "rule=" + rule: 1.0, f"rule={rule}|t={types}": 1.0}
    f.update(parse.path_features(ta, tb))
    for k in [k for k in f if k.startswith(("shape=", "lex="))]:
        f[k + "|t=" + types] = 1.0
    lo, hi = a.end - view.start, b.start - view.start
    between = [t for t in doc if lo <= t.idx < hi and not any(x <= t.idx < y for x, y in inside)]
    f[f"nbw={min(len(between), 12) // 3}"] = 1.0
    for t in between[:12]:
        if not t.is_space:
            f["bw=" + t.lemma_.lower()] = 1.0
    f[f"nslots={min(sum(lo <= x < hi for x, _ in inside), 3)}"] = 1.0
    first = doc[ta.left_edge.i - 1] if ta.left_edge.i > 0 else None
    f["pre=" + (first.lower_ if first is not None else "^")] = 1.0
    right = tb.right_edge.i + 1
    f["post=" + (doc[right].lower_ if right < len(doc) else "$")] = 1.0
    f["adep=" + ta.dep_] = 1.0
    f["bdep=" + tb.dep_] = 1.0
    f["bhead=" + tb.head.lemma_.lower()] = 1.0
    for k in [k for k in f if k.startswith(("bw=", "pre=", "post=", "bhead="))]:
        f[k + "|t=" + types] = 1.0  # a word means one thing between a group and a place, another between two groups
    if a.anaphor or b.anaphor:
        f["anaphor"] = 1.0
    return f


def arg_features(typ: str, trig, tok, s: Slot, pos: int, rule: str) -> dict[str, float]:
    f = {"bias": 1.0, "T=" + typ: 1.0, "trig=" + trig.lemma_.lower(): 1.0, f"T={typ}|st={s.type}": 1.0,
         "rule=" + rule: 1.0, f"rule={rule}|T={typ}": 1.0,
         f"T={typ}|side={'before' if s.start < pos else 'after'}": 1.0}
    for k, v in parse.path_features(trig, tok).items():
        f[k] = v
        if k.startswith(("shape=", "prep=", "lex=", "len=")):
            f[f"T={typ}|{k}"] = v
    f[f"T={typ}|dep={tok.dep_}"] = 1.0
    if s.anaphor:
        f["anaphor"] = 1.0
    return f


def best_label(model: Model, c: Pair) -> tuple[str, float, float]:
    """The most probable relation for a pair that its types allow, its probability, and the probability
    of the rules' own reading."""
    probs = dict(zip(model.labels, model.proba(c.feats)))
    best, p = "none", 0.0
    for lab, q in probs.items():
        if lab != "none" and q > p and allowed(lab, c.a.type, c.b.type):
            best, p = lab, q
    return best, p, probs.get(c.rule, 0.0)


def best_role(model: Model, c: Arg) -> tuple[str, float, float]:
    probs = dict(zip(model.labels, model.proba(c.feats)))
    best, p = max(((lab, q) for lab, q in probs.items() if lab != "none"), key=lambda x: x[1])
    return best, p, probs.get(c.rule, 0.0)


def apply(pairs: list[Pair], args: list[Arg], col: Collector, rel_model: Model, arg_model: Model) -> None:
    """The rules' readings stand, each with the model's calibrated probability as its confidence; the
    readings the rules missed are added where the model's probability reaches `add`."""
    conf: dict[tuple, float] = {}
    for c in pairs:
        best, p, p_rule = best_label(rel_model, c)
        if c.rule != "none":
            conf[(c.view.start, frozenset((c.a.eid, c.b.eid)), c.rule.rstrip("<>"))] = p_rule
        elif p >= rel_model.add:
            s, o = (c.a, c.b) if subject_first(best, c.a.type, c.b.type) else (c.b, c.a)
            col.relation(c.view, s, best.rstrip("<>"), o, c.b.start, confidence=rel_model.calibrated(p))
    for r in col.relations:
        p = conf.get((r.evidence.start, frozenset((r.subject, r.object)), r.relation))
        if p is not None:
            r.confidence = rel_model.calibrated(p)

    added: dict[tuple[int, str], dict[str, tuple[str, float, int]]] = {}
    rule_p: dict[tuple[int, str], float] = {}
    views: dict[int, View] = {}
    for c in args:
        best, p, p_rule = best_role(arg_model, c)
        key = (c.view.start, c.type)
        if c.rule != "none":
            rule_p[key] = max(rule_p.get(key, 0.0), p_rule)
        elif p >= arg_model.add:
            roles = added.setdefault(key, {})
            if c.slot.eid not in roles or p > roles[c.slot.eid][1]:
                roles[c.slot.eid] = (best, p, c.pos)
            views[c.view.start] = c.view
    for ev in col.events:
        key = (ev.evidence.start, ev.type)
        if key in rule_p:
            ev.confidence = arg_model.calibrated(rule_p[key])
        for eid, (role, p, _) in added.pop(key, {}).items():
            if eid not in ev.agent + ev.from_ + ev.to + ev.target:
                getattr(ev, "from_" if role == "from" else role).append(eid)
    for (start, typ), roles in added.items():
        if not any(r in ("agent", "target") for r, _, _ in roles.values()):
            continue
        by = {r: [eid for eid, (rr, _, _) in roles.items() if rr == r] for r in ROLES}
        ev = col.event(views[start], typ, min(pos for _, _, pos in roles.values()), agent=by["agent"],
                       from_=by["from"], to=by["to"], target=by["target"], locations=views[start].places())
        if ev is not None:
            ev.confidence = arg_model.calibrated(max(p for _, p, _ in roles.values()))
