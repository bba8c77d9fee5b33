"""From claims to the world as of a date.

Every claim about a pair of entities becomes evidence on one edge (subject, relation, object):
a relation's `valid_from` and a joining event open it, its `valid_until` and a defection or split
close it, an undated relation supports it without placing it, and a negated relation disputes it.
The edge holds at a date when the last dated point before that date opened it, or, with none
before, when the first one after it closes it (it held until then) or when only undated claims
speak of it. Nothing is chosen silently: each edge keeps the claims for and against it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.engine import Connection

from orbat.store.edtf import bounds
from orbat.store.schema import claim_args, claims, documents, entities, sources

LIVE = ("active", "confirmed")
MODALITIES = ("asserted", "reported", "likely", "possible")
SYMMETRIC = ("allied_with", "hostile_to")
GRADES = "ABCDEF"


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


@dataclass
class Point:
    lo: str
    value: str
    opens: bool
    claim: Claim


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

    def state_at(self, day: str) -> tuple[bool, str | None, str | None]:
        """(holds, since, until) at `day`: the dated points around it, as EDTF values."""
        pts = sorted(self.points, key=lambda p: (p.lo, not p.opens))
        before = [p for p in pts if p.lo <= day]
        after = [p for p in pts if p.lo > day]
        since = next((p.value for p in reversed(before) if p.opens), None)
        until = next((p.value for p in after if not p.opens), None)
        if before:
            holds = before[-1].opens
            return holds, (since if holds else None), (until if holds else before[-1].value)
        if after:
            return (not after[0].opens), None, until
        return bool(self.undated), None, None

    @property
    def support(self) -> list[Claim]:
        return [p.claim for p in self.points] + self.undated

    def periods(self) -> list[tuple[Point | None, Point | None]]:
        """The (opening, closing) points of each period the edge held, read as `state_at` reads them:
        a run of openings starts a period at its first, the next closing ends it; None where open."""
        out: list[tuple[Point | None, Point | None]] = []
        start: Point | None = None
        is_open = False
        for p in sorted(self.points, key=lambda p: (p.lo, not p.opens)):
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
        return {"claims": sorted({c.id for c in support} | {c.id for c in self.against}),
                "documents": sorted({c.document_id for c in support}),
                "stories": len({c.story_id for c in support}),
                "sources": sorted({c.source for c in support if c.source}),
                "against": sorted({c.document_id for c in self.against}),
                "disputed": bool(self.against), "modality": firmest(support),
                "credibility": credibility(support, self.against),
                "role": ", ".join(sorted(self.roles)) or None, "rank": ", ".join(sorted(self.ranks)) or None}


def firmest(claim_list: list[Claim]) -> str:
    """The firmest modality among the claims (asserted, then reported, likely, possible)."""
    return min((c.modality for c in claim_list), key=lambda m: MODALITIES.index(m) if m in MODALITIES else 9,
               default="asserted")


def credibility(support: list[Claim], against: list[Claim]) -> int:
    """The Admiralty credibility of a consolidated fact: 1 confirmed by independent stories,
    2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged."""
    if not support:
        return 6
    pro = {c.story_id for c in support}
    con = {c.story_id for c in against}
    if len(con) > len(pro):
        return 5
    if con:
        return 4
    modalities = {c.modality for c in support}
    if "asserted" in modalities or "reported" in modalities:
        if len(pro) >= 2:
            return 1
        return 2 if "asserted" in modalities else 3
    return 3 if "likely" in modalities else 4


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
                include_rejected: bool = False) -> list[Claim]:
    """Relation and event claims that name any of `ids`, from sources graded `min_reliability` or better."""
    statuses = LIVE + (("rejected",) if include_rejected else ())
    cols = (claims.c.id, claims.c.kind, claims.c.type, claims.c.document_id, documents.c.story_id,
            documents.c.source, sources.c.reliability, claims.c.modality, claims.c.polarity, claims.c.confidence,
            claims.c.sentence, claims.c.subject_id, claims.c.object_id, claims.c.role, claims.c.rank,
            claims.c.valid_from, claims.c.valid_until, claims.c.date)
    base = (select(*cols).join(documents, documents.c.id == claims.c.document_id)
            .outerjoin(sources, sources.c.name == documents.c.source).where(claims.c.status.in_(statuses)))
    event_ids = select(claim_args.c.claim_id).where(claim_args.c.entity_id.in_(ids))
    # three indexed lookups, not one OR that PostgreSQL would answer with a scan of every claim
    queries = (base.where(claims.c.subject_id.in_(ids)), base.where(claims.c.object_id.in_(ids)),
               base.where(claims.c.kind == "event", claims.c.id.in_(event_ids)))
    rows = {row.id: row for q in queries for row in conn.execute(q)}
    out = []
    for row in rows.values():
        grade = row.reliability or "F"
        if GRADES.index(grade) > GRADES.index(min_reliability):
            continue
        out.append(Claim(row.id, row.kind, row.type, row.document_id, row.story_id or row.document_id, row.source,
                         grade, row.modality, row.polarity, row.confidence, row.sentence, row.subject_id,
                         row.object_id, row.role, row.rank, row.valid_from, row.valid_until, row.date))
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
            e.points.append(Point(span[0], value, opens, c))
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

        if c.type in ("defection", "split"):
            for a in agents:
                for f in froms:
                    point(edge(a, rel(a), f), c.date, False, c)
                for t in tos if c.type == "defection" else ():
                    point(edge(a, rel(a), t), c.date, True, c)
        elif c.type in ("joining", "leadership_change"):
            for a in agents:
                for t in tos:
                    e = edge(a, rel(a), t)
                    point(e, c.date, True, c)
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

    def name(self, i: int) -> str:
        return self.names[i][0]


def neighbourhood(conn: Connection, ids: set[int], min_reliability: str = "F") -> Neighbourhood:
    """Every edge that a live claim about one of the (root) entities `ids` speaks of."""
    owner = families(conn, ids)
    claim_list = load_claims(conn, set(owner), min_reliability)
    involved = {i for c in claim_list for i in (c.subject, c.object, *sum(c.args.values(), [])) if i is not None}
    root_of = roots(conn, involved | set(owner))
    names = names_of(conn, set(root_of.values()))
    people = {i for i, (_, t) in names.items() if t == "person"}
    return Neighbourhood(edges(claim_list, root_of, people), claim_list, root_of, names)
