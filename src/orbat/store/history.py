"""From claims to the world as of a date.

Every claim about a pair of entities becomes evidence on one edge (subject, relation, object):
a relation's `valid_from`, a joining and an appointment open it, its `valid_until`, a defection, a
split and a leader's death or removal close it, an undated relation supports it without placing
it, and a negated relation disputes it.

Time from attestation: every claim is attested on its document's publication date, or, for a
relation its sentence places at a date of its own ('In 1994 ...'), on that date. An edge is
only known to hold around the dates it was attested: from ATTESTED_BEFORE days before its first
attestation or dated point to ATTESTED_AFTER days after its last, not forever. Inside that window the edge holds at a date when the last dated point before that date
opened it, or, with none before, when the first one after it closes it (it held until then) or
when only undated claims speak of it. An event with no date of its own is placed at its
document's date: it happened on or before it. Claims from documents of unknown date keep the old
reading (an undated relation holds at every date). Nothing is chosen silently: each edge keeps
the claims for and against it, and the constraints (orbat.store.constraints) that reject or
dispute it say why.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.engine import Connection

from orbat.store.edtf import bounds
from orbat.store.schema import claim_args, claims, documents, entities, sources

LIVE = ("active", "confirmed")
MODALITIES = ("asserted", "reported", "likely", "possible")
SYMMETRIC = ("allied_with", "hostile_to")
GRADES = "ABCDEF"
ATTESTED_BEFORE = 180  # days an edge is taken to have held before its first attestation
ATTESTED_AFTER = 365  # days after its last
# "confirmed" needs two independent stories asserting the fact whose calibrated confidences, taken
# together (the chance that not all of them are wrong), reach this: chosen on the judged FA-KES
# sample (bench/kb/sample_lines.py calibrate; see the README)
CONFIRM_CONFIDENCE = 0.5
# a line whose independent readings, taken together, do not reach this combined calibrated
# confidence is a doubtful reading: listed with credibility 4 ("doubtful reading"; --max-credibility 3
# leaves it out), and it disputes no other line (see orbat.store.constraints)
LIST_CONFIDENCE = 0.5


def shift(day: str, days: int) -> str:
    """An ISO day moved by `days`."""
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def attested_day(published: str | None) -> str | None:
    """The ISO day a document of publication date `published` (EDTF) attests its claims on: the
    last day its date covers ('2016-05' -> 2016-05-31), or None when the date is unknown."""
    span = bounds(published) if published else None
    return span[1] if span else None


# a leadership change that ends a role ("was killed", "resigned") rather than begins one
_LEFT_OFFICE = re.compile(r"\b(?:kill(?:ed|ing|s)|died|dies|dead|death|assassinat(?:ed|ing|ion)|execut(?:ed|ing|ion)|"
                          r"removed|removing|dismiss(?:ed|al)|sacked|resign(?:ed|ation)|stepped down|ous(?:ted|ting)|"
                          r"captured|capturing|arrest(?:ed|ing)?|detained)\b", re.I)
_TOOK_OFFICE = re.compile(r"\b(?:appointed|named|elected|succeeded|succeed|took over|took command|assumed command|"
                          r"replaced|new leader|chosen|sworn in)\b", re.I)


def _attested(row) -> str | None:
    """The day a claim is attested on: its document's; for a relation with no start or end of its own,
    the middle of the date its sentence says it held at ('In 1994 ULIMO split into Kromah's
    ULIMO-K'), if that is not after the document's."""
    day = attested_day(row.published)
    span = bounds(row.date) if row.kind == "relation" and row.date and not (row.valid_from or row.valid_until) else None
    if span:
        lo, hi = date.fromisoformat(span[0]), date.fromisoformat(span[1])
        held = (lo + (hi - lo) / 2).isoformat()  # the middle of the year or month it gives
        if day is None or held <= day:
            return held
    return day


@dataclass
class Claim:
    id: int
    kind: str
    type: str
    document_id: int
    story_id: int
    source: str | None
    reliability: str
    modality: str
    polarity: str
    confidence: float
    sentence: str
    subject: int | None = None
    object: int | None = None
    role: str | None = None
    rank: str | None = None
    valid_from: str | None = None
    valid_until: str | None = None
    date: str | None = None
    args: dict[str, list[int]] = field(default_factory=dict)
    attested: str | None = None  # ISO day of the document's date (or of the relation's own date)

    @property
    def placed(self) -> str | None:
        """An event's date, or, when the article gives none, its document's date (on or before)."""
        return self.date if bounds(self.date) else self.attested


@dataclass
class Point:
    """A dated claim that opens or closes an edge. It takes effect on `day`: on the first day its date
    covers, except a relation said to hold until a date ("until 2009") or a leader's end ("killed in
    2009"), which held into that period and ends on its last day. An event that moves a tie (a defection
    in October 2019) ends it when it begins, as the tie it opens (joining the new group) begins then too."""
    lo: str  # the first and last day its date covers
    hi: str
    value: str
    opens: bool
    claim: Claim

    @property
    def day(self) -> str:
        return self.hi if not self.opens and (self.claim.kind == "relation" or self.claim.type == "leadership_change") \
            else self.lo


@dataclass
class Edge:
    subject: int
    relation: str
    object: int
    points: list[Point] = field(default_factory=list)
    undated: list[Claim] = field(default_factory=list)
    against: list[Claim] = field(default_factory=list)
    roles: set = field(default_factory=set)
    ranks: set = field(default_factory=set)
    life: tuple[str | None, str | None] = (None, None)  # when both ends existed (constraints)
    conflicts: list[str] = field(default_factory=list)  # why the line is disputed beyond denials
    rejected: list[str] = field(default_factory=list)   # why the constraints refuse the line
    faint: bool = False  # below LIST_CONFIDENCE: a doubtful reading

    @property
    def likelihood(self) -> float:
        """How likely the line is, from its independent readings' calibrated confidences (`combined`)."""
        return combined(self.support)

    @property
    def timeless(self) -> bool:
        """Whether a claim without dates of its own comes from a document of unknown date: the line
        then holds at every date (within the life of its ends), as nothing places it in time."""
        return any(c.attested is None for c in self.undated)

    @property
    def first_seen(self) -> str | None:
        return min((c.attested for c in self.support if c.attested), default=None)

    @property
    def last_seen(self) -> str | None:
        return max((c.attested for c in self.support if c.attested), default=None)

    def window(self) -> tuple[str | None, str | None]:
        """The days the edge can hold: its attestations with their margins, widened by its own
        dated points and narrowed to the life of its ends; (None, None) when nothing dates it."""
        first, last = (None, None) if self.timeless else (self.first_seen, self.last_seen)
        if first:
            first = min([first, *(p.lo for p in self.points)])
            last = max([last, *(p.lo for p in self.points)])
        lo = shift(first, -ATTESTED_BEFORE) if first else None
        hi = shift(last, ATTESTED_AFTER) if last else None
        born, ended = self.life
        if born and (lo is None or born > lo):
            lo = born
        if ended and (hi is None or ended < hi):
            hi = ended
        return lo, hi

    def state_at(self, day: str) -> tuple[bool, str | None, str | None]:
        """(holds, since, until) at `day`: the dated points around it, as EDTF values."""
        lo, hi = self.window()
        inside = (lo is None or lo <= day) and (hi is None or day <= hi)
        pts = sorted(self.points, key=lambda p: (p.day, not p.opens))
        before = [p for p in pts if p.day <= day]
        after = [p for p in pts if p.day > day]
        since = next((p.value for p in reversed(before) if p.opens), None)
        until = next((p.value for p in after if not p.opens), None)
        if before:
            holds = before[-1].opens and inside
            return holds, (since if holds else None), (until if holds else before[-1].value)
        if after and not after[0].opens:
            return inside, None, until
        if after:  # it opens later ("was appointed"): before that only an earlier attestation holds it
            return self._undated_cover(day, before=after[0].day) and inside, None, None
        return self._undated_cover(day) and inside, None, None

    def _undated_cover(self, day: str, before: str | None = None) -> bool:
        """Whether the undated claims (those attested before `before`, if given), from their first to
        their last attestation with the margins, cover `day` (all of time when none of them is dated by
        its document)."""
        if not self.undated:
            return False
        if self.timeless:
            return True
        seen = [c.attested for c in self.undated if c.attested and (before is None or c.attested < before)]
        return bool(seen) and shift(min(seen), -ATTESTED_BEFORE) <= day <= shift(max(seen), ATTESTED_AFTER)

    @property
    def support(self) -> list[Claim]:
        return [p.claim for p in self.points] + self.undated

    def periods(self) -> list[tuple[Point | None, Point | None]]:
        """The (opening, closing) points of each period the edge held, read as `state_at` reads them:
        a run of openings starts a period at its first, the next closing ends it; None where open."""
        out: list[tuple[Point | None, Point | None]] = []
        start: Point | None = None
        is_open = False
        for p in sorted(self.points, key=lambda p: (p.day, not p.opens)):
            if p.opens and not is_open:
                start, is_open = p, True
            elif not p.opens and (is_open or not out):
                out.append((start if is_open else None, p))
                is_open = False
        if is_open:
            out.append((start, None))
        return out

    def summary(self) -> dict:
        """What the edge rests on: claim ids, documents, stories, sources, dispute, modality, credibility."""
        support = self.support
        cred = credibility(support, self.against, bool(self.conflicts))
        if self.faint:
            cred = max(cred, 4)
        return {"claims": sorted({c.id for c in support} | {c.id for c in self.against}),
                "documents": sorted({c.document_id for c in support}),
                "stories": len({c.story_id for c in support}),
                "sources": sorted({c.source for c in support if c.source}),
                "against": sorted({c.document_id for c in self.against}),
                "disputed": bool(self.against or self.conflicts), "conflicts": list(self.conflicts),
                "modality": firmest(support), "credibility": cred,
                "basis": "doubtful reading" if self.faint else basis(support, cred),
                "likelihood": round(self.likelihood, 3),
                "confidence": max((c.confidence for c in support), default=0.0),
                "first_seen": self.first_seen, "last_seen": self.last_seen,
                "role": ", ".join(sorted(self.roles)) or None, "rank": ", ".join(sorted(self.ranks)) or None}


def firmest(claim_list: list[Claim]) -> str:
    """The firmest modality among the claims (asserted, then reported, likely, possible)."""
    return min((c.modality for c in claim_list), key=lambda m: MODALITIES.index(m) if m in MODALITIES else 9,
               default="asserted")


def independent(claim_list: list[Claim]) -> int:
    """How many independent stories the claims come from: one per near-duplicate story, and one
    sentence repeated word for word in several stories (a copied paragraph, a boilerplate line that
    the extractor misreads each time) counts once."""
    return len(readings(claim_list))


def readings(claim_list: list[Claim]) -> list[list[Claim]]:
    """The claims grouped into independent readings, as `independent` counts them: one per
    near-duplicate story, and a sentence repeated word for word in several stories is one reading."""
    groups: list[list[Claim]] = []
    by_story: dict[int, int] = {}
    by_words: dict[str, int] = {}
    for c in sorted(claim_list, key=lambda c: c.id):
        words = " ".join(c.sentence.casefold().split())  # "" when the sentence was not read
        g = by_story.get(c.story_id, by_words.get(words) if words else None)
        if g is None:
            g = len(groups)
            groups.append([])
        groups[g].append(c)
        by_story.setdefault(c.story_id, g)
        if words:
            by_words.setdefault(words, g)
    return groups


def combined(claim_list: list[Claim]) -> float:
    """The chance that not every independent reading is wrong, from the extractor's calibrated
    confidences: 1 - the product of (1 - the best confidence in each reading), a reading being a
    story, or one sentence however many stories repeat it."""
    wrong = 1.0
    for group in readings(claim_list):
        p = max(c.confidence for c in group)
        wrong *= 1.0 - min(max(p, 0.0), 1.0)
    return 1.0 - wrong


def outlets(claim_list: list[Claim]) -> int:
    """How many outlets the claims come from (a document of unknown outlet counts as its own)."""
    return len({c.source or f"story {c.story_id}" for c in claim_list})


def credibility(support: list[Claim], against: list[Claim], conflicted: bool = False) -> int:
    """The Admiralty credibility of a consolidated fact: 1 confirmed (two or more independent
    stories from at least two outlets assert it, one newsroom repeating itself being no
    corroboration, and their calibrated confidences together reach CONFIRM_CONFIDENCE), 2 probably
    true (asserted, but by one story or below that confidence: "single source"), 3 possibly true
    (only reported or likely), 4 doubtful (possible, denied somewhere, or in conflict with another
    line such as the same pair's hostility), 5 improbable (more stories against than for),
    6 cannot be judged."""
    if not support:
        return 6
    pro = {c.story_id for c in support}
    con = {c.story_id for c in against}
    if len(con) > len(pro):
        return 5
    if con or conflicted:
        return 4
    modalities = {c.modality for c in support}
    if "asserted" in modalities:
        firm = [c for c in support if c.modality == "asserted"]
        confirmed = independent(firm) >= 2 and outlets(firm) >= 2 and combined(firm) >= CONFIRM_CONFIDENCE
        return 1 if confirmed else 2
    if "reported" in modalities or "likely" in modalities:
        return 3
    return 4


BASIS = {1: "confirmed", 2: "single source", 3: "reported", 4: "disputed", 5: "improbable", 6: "cannot be judged"}


def basis(support: list[Claim], cred: int) -> str:
    """What the credibility rests on, in words: 'confirmed', 'single source' (asserted, not
    corroborated), 'reported' (attributed or hedged), 'disputed', 'improbable'."""
    if cred == 4 and not any(c.modality == "possible" for c in support):
        return "disputed"
    if cred == 4:
        return "possible"
    return BASIS[cred]


def families(conn: Connection, ids: set[int]) -> dict[int, int]:
    """Each of `ids` and every entity merged into one of them, directly or through others, mapped to
    that one of `ids`."""
    owner = {i: i for i in ids}
    frontier = list(ids)
    while frontier:
        rows = conn.execute(select(entities.c.id, entities.c.merged_into)
                            .where(entities.c.merged_into.in_(frontier))).all()
        frontier = [i for i, _ in rows if i not in owner]
        owner.update({i: owner[m] for i, m in rows if i in frontier})
    return owner


def family(conn: Connection, root: int) -> set[int]:
    """`root` and every entity merged into it, directly or through others."""
    return set(families(conn, {root}))


def names_of(conn: Connection, ids: set[int]) -> dict[int, tuple[str, str]]:
    """(name, type) of each entity id."""
    rows = conn.execute(select(entities.c.id, entities.c.name, entities.c.type).where(entities.c.id.in_(ids))).all()
    return {i: (n, t) for i, n, t in rows}


def roots(conn: Connection, ids: set[int]) -> dict[int, int]:
    """Each id mapped to the entity it was (finally) merged into, or itself."""
    parent: dict[int, int | None] = {}
    todo = set(ids)
    while todo:
        rows = conn.execute(select(entities.c.id, entities.c.merged_into).where(entities.c.id.in_(todo))).all()
        todo = set()
        for i, m in rows:
            parent[i] = m
            if m is not None and m not in parent:
                todo.add(m)

    def top(i: int) -> int:
        seen = set()
        while parent.get(i) is not None and i not in seen:
            seen.add(i)
            i = parent[i]
        return i

    return {i: top(i) for i in ids}


def load_claims(conn: Connection, ids: set[int], min_reliability: str = "F",
                include_rejected: bool = False, min_confidence: float = 0.0, among: bool = False) -> list[Claim]:
    """Relation and event claims that name any of `ids`, from sources graded `min_reliability` or
    better, with extractor confidence of at least `min_confidence`. With `among`, only the claims
    between them: relations with both ends in `ids`, and the joining, defection and split events
    (those that open or close part_of) naming one of them."""
    statuses = LIVE + (("rejected",) if include_rejected else ())
    cols = (claims.c.id, claims.c.kind, claims.c.type, claims.c.document_id, documents.c.story_id,
            documents.c.source, sources.c.reliability, claims.c.modality, claims.c.polarity, claims.c.confidence,
            claims.c.sentence, claims.c.subject_id, claims.c.object_id, claims.c.role, claims.c.rank,
            claims.c.valid_from, claims.c.valid_until, claims.c.date, documents.c.published)
    base = (select(*cols).join(documents, documents.c.id == claims.c.document_id)
            .outerjoin(sources, sources.c.name == documents.c.source).where(claims.c.status.in_(statuses)))
    event_ids = select(claim_args.c.claim_id).where(claim_args.c.entity_id.in_(ids))
    events = base.where(claims.c.kind == "event", claims.c.id.in_(event_ids))
    if among:
        queries = (base.where(claims.c.subject_id.in_(ids), claims.c.object_id.in_(ids)),
                   events.where(claims.c.type.in_(("joining", "defection", "split"))))
    else:  # three indexed lookups, not one OR that PostgreSQL would answer with a scan of every claim
        queries = (base.where(claims.c.subject_id.in_(ids)), base.where(claims.c.object_id.in_(ids)), events)
    rows = {row.id: row for q in queries for row in conn.execute(q)}
    out = []
    for row in rows.values():
        grade = row.reliability or "F"
        if GRADES.index(grade) > GRADES.index(min_reliability) or row.confidence < min_confidence:
            continue
        out.append(Claim(row.id, row.kind, row.type, row.document_id, row.story_id or row.document_id, row.source,
                         grade, row.modality, row.polarity, row.confidence, row.sentence, row.subject_id,
                         row.object_id, row.role, row.rank, row.valid_from, row.valid_until, row.date,
                         attested=_attested(row)))
    events = {c.id: c for c in out if c.kind == "event"}
    if events:
        for cid, role, eid in conn.execute(select(claim_args.c.claim_id, claim_args.c.role, claim_args.c.entity_id)
                                           .where(claim_args.c.claim_id.in_(list(events)))):
            events[cid].args.setdefault(role, []).append(eid)
    return out


def edges(claim_list: list[Claim], root: dict[int, int], person: set[int]) -> dict[tuple, Edge]:
    """The edges these claims speak of, keyed (subject, relation, object) on merged entities."""
    out: dict[tuple, Edge] = {}

    def edge(s: int, rel: str, o: int) -> Edge | None:
        s, o = root.get(s, s), root.get(o, o)
        if s == o:
            return None
        if rel in SYMMETRIC and s > o:
            s, o = o, s
        return out.setdefault((s, rel, o), Edge(s, rel, o))

    def point(e: Edge | None, value: str | None, opens: bool, c: Claim) -> None:
        span = bounds(value)
        if e is not None and span is not None:
            e.points.append(Point(span[0], span[1], value, opens, c))
        elif e is not None and opens:
            e.undated.append(c)

    for c in claim_list:
        if c.kind == "relation":
            e = edge(c.subject, c.type, c.object)
            if e is None:
                continue
            if c.polarity == "negated":
                e.against.append(c)
                continue
            e.roles.update([c.role] if c.role else [])
            e.ranks.update([c.rank] if c.rank else [])
            if bounds(c.valid_from) or bounds(c.valid_until):
                point(e, c.valid_from, True, c) if c.valid_from else None
                point(e, c.valid_until, False, c) if c.valid_until else None
            else:
                e.undated.append(c)
            continue
        if c.polarity == "negated":
            continue
        agents, froms, tos = c.args.get("agent", []), c.args.get("from", []), c.args.get("to", [])

        def rel(a: int) -> str:
            return "member_of" if root.get(a, a) in person or a in person else "part_of"

        when = c.placed
        if c.type in ("defection", "split"):
            for a in agents:
                for f in froms:
                    point(edge(a, rel(a), f), when, False, c)
                for t in tos if c.type == "defection" else ():
                    point(edge(a, rel(a), t), when, True, c)
        elif c.type in ("joining", "leadership_change"):
            ends = c.type == "leadership_change" and bool(_LEFT_OFFICE.search(c.sentence or "")) \
                and not _TOOK_OFFICE.search(c.sentence or "")
            for a in agents:
                for t in tos:
                    e = edge(a, rel(a), t)
                    point(e, when, not ends, c)  # appointed: it opens; killed or removed: it closes
                    if e is not None and c.type == "leadership_change":
                        e.roles.add("leader")
    return out


@dataclass
class Neighbourhood:
    """The edges around some entities, with the claims they come from and the names of their ends."""
    edges: dict[tuple[int, str, int], Edge]
    claims: list[Claim]
    root_of: dict[int, int]
    names: dict[int, tuple[str, str]]  # root id -> (name, type)
    rejected: dict[tuple[int, str, int], Edge] = field(default_factory=dict)  # refused by the constraints
    rejected_events: list[tuple[Claim, str]] = field(default_factory=list)
    doubtful: dict[tuple[int, str, int], Edge] = field(default_factory=dict)  # below LIST_CONFIDENCE
    min_reliability: str = "F"  # the filters the claims were read with
    min_confidence: float = 0.0

    def name(self, i: int) -> str:
        return self.names[i][0]


def neighbourhood(conn: Connection, ids: set[int], min_reliability: str = "F", min_confidence: float = 0.0,
                  constrained: bool = True, doubtful: bool = True, among: bool = False) -> Neighbourhood:
    """Every edge that a live claim about one of the (root) entities `ids` speaks of (with `among`,
    a claim between them: see `load_claims`), checked against the order-of-battle constraints: the
    edges they refuse move to `rejected`, each with its reasons (see orbat.store.constraints). Those
    whose readings fall below LIST_CONFIDENCE are checked apart (`doubtful`) and then listed again
    marked `faint`, unless `doubtful` is False."""
    owner = families(conn, ids)
    claim_list = load_claims(conn, set(owner), min_reliability, min_confidence=min_confidence, among=among)
    involved = {i for c in claim_list for i in (c.subject, c.object, *sum(c.args.values(), [])) if i is not None}
    root_of = roots(conn, involved | set(owner))
    names = names_of(conn, set(root_of.values()))
    people = {i for i, (_, t) in names.items() if t == "person"}
    nb = Neighbourhood(edges(claim_list, root_of, people), claim_list, root_of, names,
                       min_reliability=min_reliability, min_confidence=min_confidence)
    if constrained:
        from orbat.store.constraints import apply_constraints
        apply_constraints(conn, nb)
        if doubtful:
            for key, e in nb.doubtful.items():
                e.faint = True
                nb.edges[key] = e
    return nb
