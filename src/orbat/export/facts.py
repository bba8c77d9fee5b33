"""The facts an export writes, read from the store as streams.

Entities come under their merged root with every alias; relation claims, and the events that open
or close relations (defections, splits, joinings, leadership changes), are read in the order of the
edge they speak of, so each edge is consolidated by `orbat.store.history.edges` as soon as its last
claim is read; events come one claim at a time. Server-side cursors (`yield_per`) keep the rows of
a large store out of memory.

The lines are judged as `orbat show` judges them: one pass of the order-of-battle constraints
(`orbat.store.constraints`) over the entities in scope says which lines are refused (left out,
as show leaves them out; `orbat review` lists them), which are disputed, the life of each line's
ends (a line is not taken to hold before its ends were formed), and which are doubtful readings
(credibility 4). The refused lineage events (a rebel group "formed from" a state's force) are left
out of the events as show leaves them out of the lineage. That pass holds the claims in scope in
memory (their sentences included), as `orbat review` does.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import groupby
from typing import Iterator

from sqlalchemy import and_, case, func, null, or_, select, union_all
from sqlalchemy.engine import Connection

from orbat.export.scope import Scope
from orbat.resolve import AliasTable
from orbat.store.edtf import bounds
from orbat.store.history import SYMMETRIC, Claim, Edge, Neighbourhood, attested_day, edges, neighbourhood, roots
from orbat.store.schema import aliases, claim_args, claims, documents, entities, sources
from orbat.store.views import find_entity

BATCH = 5000
CHUNK = 500  # ids per IN (...) list
OPENERS = {"defection": ("from", "to"), "split": ("from",), "joining": ("to",), "leadership_change": ("to",)}


@dataclass
class Evidence:
    """One claim behind a fact, and the document that makes it."""
    claim_id: int
    status: str
    modality: str
    polarity: str
    confidence: float
    document_id: int
    url: str | None
    title: str | None
    source: str | None
    published: str | None
    ingested_at: str
    sentence: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class EntityFact:
    id: int
    name: str
    type: str
    scope_id: int | None
    created_at: str
    aliases: list[str] = field(default_factory=list)


@dataclass
class EdgeFact:
    """A consolidated relation: the spans it held over (EDTF since/until, None when open) and its evidence."""
    edge: Edge
    spans: list[tuple[str | None, str | None]]
    evidence: dict[int, Evidence]

    @property
    def key(self) -> tuple[int, str, int]:
        return self.edge.subject, self.edge.relation, self.edge.object

    @property
    def credibility(self) -> int:
        """As `orbat show` gives it: denials, the constraints' conflicts and doubtful readings count."""
        return self.edge.summary()["credibility"]

    @property
    def disputed(self) -> bool:
        """Denied somewhere, or in conflict with another line (see orbat.store.constraints)."""
        return bool(self.edge.against or self.edge.conflicts)

    @property
    def support(self) -> list[Evidence]:
        return [self.evidence[i] for i in dict.fromkeys(c.id for c in self.edge.support)]

    @property
    def against(self) -> list[Evidence]:
        return [self.evidence[c.id] for c in self.edge.against]


@dataclass
class EventFact:
    id: int
    type: str
    date: str | None
    date_text: str | None
    quantity: dict | None
    args: dict[str, list[int]]
    evidence: Evidence

    @property
    def participants(self) -> set[int]:
        return {i for ids in self.args.values() for i in ids}


def spans(edge: Edge) -> list[tuple[str | None, str | None]]:
    """The periods an edge held (`Edge.periods`) as EDTF since/until values; an edge only undated
    claims support held at unknown times."""
    out = [(opening.value if opening else None, closing.value if closing else None)
           for opening, closing in edge.periods()]
    return out or ([(None, None)] if edge.undated else [])


def chunks(ids) -> Iterator[list[int]]:
    """`ids`, sorted, in lists short enough for an IN (...)."""
    ids = sorted(ids)
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


class Facts:
    """Streams of the facts in `scope`, read over one connection."""

    def __init__(self, conn: Connection, scope: Scope, table: AliasTable | None = None):
        self.conn = conn
        self.scope = scope
        merged = conn.execute(select(entities.c.id).where(entities.c.merged_into.is_not(None))).scalars().all()
        self.root = {i: r for i, r in roots(conn, set(merged)).items() if i != r}
        self.focus = find_entity(conn, scope.entity, table) if scope.entity else None
        self.keep = self._neighbourhood(self.focus, scope.depth) if self.focus is not None else None
        self._names: dict[int, tuple[str, str]] | None = None
        self._judged: Neighbourhood | None = None

    @property
    def judged(self) -> Neighbourhood:
        """The lines in scope as the constraints judge them (see the module), computed once."""
        if self._judged is None:
            ids = self.keep if self.keep is not None else set(self.names)
            self._judged = neighbourhood(self.conn, ids, min_confidence=self.scope.min_confidence)
        return self._judged

    def _live(self):
        cond = claims.c.status.in_(self.scope.statuses)
        if self.scope.min_confidence > 0:
            cond = and_(cond, claims.c.confidence >= self.scope.min_confidence)
        return cond

    def _stream(self, query):
        return self.conn.execution_options(yield_per=BATCH).execute(query)

    @property
    def names(self) -> dict[int, tuple[str, str]]:
        """(name, type) of every root entity."""
        if self._names is None:
            rows = self.conn.execute(select(entities.c.id, entities.c.name, entities.c.type)
                                     .where(entities.c.merged_into.is_(None)))
            self._names = {i: (n, t) for i, n, t in rows}
        return self._names

    def _neighbourhood(self, focus: int, depth: int) -> set[int]:
        """Roots within `depth` hops of `focus`, over relations and shared events."""
        members = defaultdict(set)
        for i, r in self.root.items():
            members[r].add(i)
        seen, frontier = {focus}, {focus}
        for _ in range(depth):
            raw = frontier | {m for r in frontier for m in members[r]}
            found = set()
            for chunk in chunks(raw):
                rel = select(claims.c.subject_id, claims.c.object_id).where(
                    claims.c.kind == "relation", self._live(),
                    or_(claims.c.subject_id.in_(chunk), claims.c.object_id.in_(chunk)))
                found.update(i for row in self.conn.execute(rel) for i in row if i is not None)
                a, b = claim_args.alias("a"), claim_args.alias("b")
                ev = (select(b.c.entity_id).select_from(a).join(b, b.c.claim_id == a.c.claim_id)
                      .join(claims, claims.c.id == a.c.claim_id).where(a.c.entity_id.in_(chunk), self._live()))
                found.update(self.conn.execute(ev).scalars())
            frontier = {self.root.get(i, i) for i in found} - seen
            seen |= frontier
            if not frontier:
                break
        return seen

    def entities(self, ids: set[int] | None = None) -> Iterator[EntityFact]:
        """Root entities (those in `ids`, or all), each with the names of everything merged into it."""
        extra: dict[int, list[str]] = defaultdict(list)  # names of the entities merged into each root
        if self.root:
            rows = self.conn.execute(select(entities.c.id, entities.c.name, aliases.c.name).select_from(entities)
                                     .outerjoin(aliases, aliases.c.entity_id == entities.c.id)
                                     .where(entities.c.merged_into.is_not(None)).order_by(entities.c.id, aliases.c.id))
            for i, name, alias in rows:
                if i in self.root:
                    extra[self.root[i]] += [name, alias] if alias else [name]
        q = (select(entities.c.id, entities.c.name, entities.c.type, entities.c.scope_id, entities.c.created_at,
                    aliases.c.name.label("alias"))
             .select_from(entities).outerjoin(aliases, aliases.c.entity_id == entities.c.id)
             .where(entities.c.merged_into.is_(None)).order_by(entities.c.id, aliases.c.id))
        for eid, rows in groupby(self._stream(q), key=lambda r: r.id):
            rows = list(rows)
            if ids is not None and eid not in ids:
                continue
            r = rows[0]
            names = [x.alias for x in rows if x.alias] + extra.get(eid, [])
            scope = self.root.get(r.scope_id, r.scope_id)
            yield EntityFact(eid, r.name, r.type, scope, r.created_at, [n for n in dict.fromkeys(names) if n != r.name])

    @staticmethod
    def _evidence_columns(sentences: bool) -> list:
        cols = [claims.c.id.label("claim_id"), claims.c.kind, claims.c.type, claims.c.status, claims.c.modality,
                claims.c.polarity, claims.c.confidence, claims.c.role, claims.c.rank, claims.c.valid_from,
                claims.c.valid_until, claims.c.date, claims.c.document_id,
                func.coalesce(documents.c.story_id, documents.c.id).label("story_id"),
                func.coalesce(sources.c.reliability, "F").label("reliability"), documents.c.url, documents.c.title,
                documents.c.source, documents.c.published, documents.c.ingested_at]
        if sentences:
            cols += [claims.c.sentence, claims.c.start, claims.c.end]
        else:
            cols += [null().label("sentence"), null().label("start"), null().label("end")]
        return cols

    @staticmethod
    def _with_documents(q):
        return (q.join(documents, documents.c.id == claims.c.document_id)
                .outerjoin(sources, sources.c.name == documents.c.source))

    def _merged_cte(self):
        """Each merged entity and its root, computed by the database so that it can order by roots."""
        e = entities.alias("up_e")
        up = (select(entities.c.id.label("id"), entities.c.merged_into.label("up"))
              .where(entities.c.merged_into.is_not(None)).cte("up", recursive=True))
        up = up.union(select(up.c.id, e.c.merged_into).join(e, e.c.id == up.c.up).where(e.c.merged_into.is_not(None)))
        return (select(up.c.id, up.c.up.label("root")).join(entities, entities.c.id == up.c.up)
                .where(entities.c.merged_into.is_(None)).cte("merged_root"))

    def edges(self, sentences: bool = False) -> Iterator[EdgeFact]:
        """Consolidated relation edges in scope, in (subject, relation, object) order."""
        mr = self._merged_cte()
        rs, ro, ra, rt = mr.alias("rs"), mr.alias("ro"), mr.alias("ra"), mr.alias("rt")
        cols = self._evidence_columns(sentences)

        s0, o0 = func.coalesce(rs.c.root, claims.c.subject_id), func.coalesce(ro.c.root, claims.c.object_id)
        swap = and_(claims.c.type.in_(SYMMETRIC), s0 > o0)
        rel = self._with_documents(
            select(case((swap, o0), else_=s0).label("s"), claims.c.type.label("rel"),
                   case((swap, s0), else_=o0).label("o"), null().label("arg_role"), *cols)
            .select_from(claims).outerjoin(rs, rs.c.id == claims.c.subject_id)
            .outerjoin(ro, ro.c.id == claims.c.object_id)
        ).where(claims.c.kind == "relation", claims.c.subject_id.is_not(None), claims.c.object_id.is_not(None),
                self._live())

        ag, other, agent = claim_args.alias("ag"), claim_args.alias("other"), entities.alias("agent")
        a0, t0 = func.coalesce(ra.c.root, ag.c.entity_id), func.coalesce(rt.c.root, other.c.entity_id)
        opens = or_(*[and_(claims.c.type == t, other.c.role.in_(roles)) for t, roles in OPENERS.items()])
        ev = self._with_documents(
            select(a0.label("s"), case((agent.c.type == "person", "member_of"), else_="part_of").label("rel"),
                   t0.label("o"), other.c.role.label("arg_role"), *cols)
            .select_from(claims)
            .join(ag, and_(ag.c.claim_id == claims.c.id, ag.c.role == "agent"))
            .join(other, and_(other.c.claim_id == claims.c.id, opens))
            .outerjoin(ra, ra.c.id == ag.c.entity_id).outerjoin(rt, rt.c.id == other.c.entity_id)
            .join(agent, agent.c.id == a0)
        ).where(claims.c.kind == "event", claims.c.polarity == "affirmed", self._live())

        both = union_all(rel, ev).subquery()
        q = select(both).order_by(both.c.s, both.c.rel, both.c.o, both.c.claim_id)
        for key, rows in groupby(self._stream(q), key=lambda r: (r.s, r.rel, r.o)):
            fact = self._edge(key, list(rows))
            if fact is not None:
                yield fact

    def _edge(self, key: tuple[int, str, int], rows: list) -> EdgeFact | None:
        s, rel, o = key
        if self.keep is not None and (s not in self.keep or o not in self.keep):
            return None
        claim_list, evidence = [], {}
        for r in rows:
            c = Claim(r.claim_id, r.kind, r.type, r.document_id, r.story_id, r.source, r.reliability, r.modality,
                      r.polarity, r.confidence, r.sentence or "", role=r.role, rank=r.rank,
                      valid_from=r.valid_from, valid_until=r.valid_until, date=r.date,
                      attested=attested_day(r.published))  # --at reads time from attestation, as show does
            if r.kind == "relation":
                c.subject, c.object = s, o
            else:
                c.args = {"agent": [s], r.arg_role: [o]}
            claim_list.append(c)
            evidence[r.claim_id] = _evidence(r)
        edge = edges(claim_list, {}, {s} if rel == "member_of" else set()).get(key)
        if edge is None or key in self.judged.rejected:
            return None  # refused by the constraints: show leaves it out, orbat review lists it
        verdict = self.judged.edges.get(key)
        if verdict is not None:
            edge.life, edge.conflicts, edge.faint = verdict.life, list(verdict.conflicts), verdict.faint
        periods = spans(edge)
        if not periods:
            return None  # only denied
        if self.scope.at and not edge.state_at(self.scope.at)[0]:
            return None
        if (self.scope.start or self.scope.end) and not self.scope.spans_ok(periods):
            return None
        return EdgeFact(edge, periods, evidence)

    def events(self, sentences: bool = False) -> Iterator[EventFact]:
        """Event claims in scope, one at a time, their participants mapped to merged roots."""
        q = self._with_documents(
            select(*self._evidence_columns(sentences), claims.c.date_text, claims.c.quantity,
                   claim_args.c.role.label("arg_role"), claim_args.c.entity_id)
            .select_from(claims).outerjoin(claim_args, claim_args.c.claim_id == claims.c.id)
        ).where(claims.c.kind == "event", self._live())
        q = q.order_by(claims.c.id, claim_args.c.role, claim_args.c.entity_id)
        refused = {c.id for c, _ in self.judged.rejected_events}
        for cid, rows in groupby(self._stream(q), key=lambda r: r.claim_id):
            if cid in refused:
                continue
            rows = list(rows)
            r = rows[0]
            # dated as the knowledge base dates it: an event the article gives no date placed at its
            # document's date (it happened on or before it; orbat.store.history)
            if not self.scope.event_ok(r.date if bounds(r.date) else r.published):
                continue
            args: dict[str, list[int]] = {}
            for x in rows:
                if x.entity_id is not None:
                    ids = args.setdefault(x.arg_role, [])
                    root = self.root.get(x.entity_id, x.entity_id)
                    if root not in ids:
                        ids.append(root)
            fact = EventFact(cid, r.type, r.date, r.date_text, json.loads(r.quantity) if r.quantity else None, args,
                             _evidence(r))
            if self.keep is not None and not (fact.participants and fact.participants <= self.keep):
                continue
            yield fact


def _evidence(r) -> Evidence:
    return Evidence(r.claim_id, r.status, r.modality, r.polarity, r.confidence, r.document_id, r.url, r.title,
                    r.source, r.published, r.ingested_at, r.sentence, r.start, r.end)
