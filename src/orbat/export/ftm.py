"""`ftm`: FollowTheMoney entities as JSON lines, for Aleph, nomenklatura and the `ftm` tools.

Groups, coalitions and other organizations are `Organization`s, states and state forces
`PublicBody`s, people `Person`s, places `Address`es. A consolidated relation becomes one interval
entity per period it held: `Membership` (part_of, member_of), `Directorship` (member_of in a
leading role) or `UnknownLink` (sponsorship, alliance, hostility, affiliation, presence, control),
with `role` naming the relation. Each event claim is an `Event`; a merger or rename also gives a
`Succession`. Source articles are `Article`s, cited by `proof`. Dates keep their EDTF precision
('2019-10' stays '2019-10').
"""
from __future__ import annotations

import json
import re
from typing import Iterator, TextIO

from followthemoney import model
from followthemoney.proxy import EntityProxy
from followthemoney.util import make_entity_id
from sqlalchemy import select

from orbat.export.countries import country
from orbat.export.facts import EdgeFact, EntityFact, EventFact, Evidence, Facts, chunks
from orbat.store.schema import documents

KEY = "orbat"
SCHEMA = {"armed_group": "Organization", "coalition": "Organization", "organization": "Organization",
          "state_force": "PublicBody", "state": "PublicBody", "person": "Person", "place": "Address"}
ORGS = ("Organization", "PublicBody")
LEADING = re.compile(r"leader|command|chief|head|emir|founder|director|general", re.I)
SUCCESSION = {"merger": ("agent", "to"), "rename": ("from", "to")}  # event type: (predecessors, successors)
CREDIBILITY = {1: "confirmed", 2: "probably true", 3: "possibly true", 4: "doubtful", 5: "improbable",
               6: "cannot be judged"}
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def entity_id(i: int) -> str:
    return make_entity_id("entity", i, key_prefix=KEY)


def document_id(i: int) -> str:
    return make_entity_id("document", i, key_prefix=KEY)


def ftm_date(value: str | None) -> str | None:
    """An EDTF date as a FollowTheMoney date at the same precision; None where a part is unknown."""
    m = _DATE.match((value or "").strip().rstrip("?~%"))
    if not m:
        return None
    if m[2] and not 1 <= int(m[2]) <= 12:  # a season: only the year is a date
        return m[1]
    return "-".join(p for p in m.groups() if p)


def ftm_span(value: str | None) -> tuple[str | None, str | None]:
    """(start, end) of an EDTF date or interval, as FollowTheMoney dates."""
    if value and "/" in value:
        a, b = value.split("/", 1)
        return ftm_date(a), ftm_date(b)
    return ftm_date(value), None


def _make(schema: str, *key) -> EntityProxy:
    proxy = model.make_entity(schema, key_prefix=KEY)
    proxy.make_id(*key)
    return proxy


def _cite(proxy: EntityProxy, evidence: list[Evidence], docs: set[int]) -> None:
    for e in evidence:
        proxy.add("sourceUrl", e.url, quiet=True)
        proxy.add("publisher", e.source, quiet=True)
        proxy.add("proof", document_id(e.document_id))
        proxy.add("recordId", f"claim:{e.claim_id}")
        docs.add(e.document_id)


def _edge_schema(fact: EdgeFact, types: dict[int, str]) -> tuple[str, str, str]:
    s, rel, o = fact.key
    if rel in ("part_of", "member_of") and types[s] != "Address" and types[o] in ORGS:
        if rel == "member_of" and any(LEADING.search(r) for r in fact.edge.roles):
            return "Directorship", "director", "organization"
        return "Membership", "member", "organization"
    return "UnknownLink", "subject", "object"


def edge_entities(fact: EdgeFact, types: dict[int, str], docs: set[int]) -> Iterator[EntityProxy]:
    """One interval entity per period the relation held."""
    s, rel, o = fact.key
    schema, source, target = _edge_schema(fact, types)
    support, against = fact.support, fact.against
    cred = fact.credibility
    for n, (since, until) in enumerate(fact.spans):
        p = _make(schema, "edge", s, rel, o, n)
        p.add(source, entity_id(s))
        p.add(target, entity_id(o))
        p.add("startDate", ftm_span(since)[0])
        p.add("endDate", ftm_span(until)[0])
        p.add("role", sorted(fact.edge.roles) if rel == "member_of" else rel.replace("_", " "))
        p.add("status", "ended" if until else None)
        p.add("description", f"orbat {rel}: credibility {cred} ({CREDIBILITY[cred]})"
                             + (f", disputed by {len(against)} claim(s)" if against else ""))
        p.add("summary", [e.sentence for e in support])
        _cite(p, support, docs)
        yield p


def event_entities(ev: EventFact, names: dict[int, tuple[str, str]], types: dict[int, str],
                   docs: set[int]) -> Iterator[EntityProxy]:
    """The event, and for a merger or rename the succession of groups it records."""
    p = _make("Event", "event", ev.id)
    who = "; ".join(f"{role} {', '.join(names[i][0] for i in ids)}" for role, ids in ev.args.items())
    p.add("name", f"{ev.type}" + (f": {who}" if who else ""))
    start, end = ftm_span(ev.date)
    p.add("date" if end is None else "startDate", start)
    p.add("endDate", end)
    p.add("involved", [entity_id(i) for i in sorted(ev.participants) if types.get(i) != "Address"])
    p.add("location", [names[i][0] for i in ev.args.get("location", [])])
    e = ev.evidence
    p.add("summary", e.sentence)
    p.add("description", f"orbat {ev.type}: {e.polarity}, {e.modality}, confidence {e.confidence:g}")
    _cite(p, [e], docs)
    yield p
    if ev.type in SUCCESSION and e.polarity == "affirmed":
        before, after = SUCCESSION[ev.type]
        for a in ev.args.get(before, []):
            for b in ev.args.get(after, []):
                if a != b:
                    s = _make("Succession", "succession", ev.id, a, b)
                    s.add("predecessor", entity_id(a))
                    s.add("successor", entity_id(b))
                    s.add("date", start)
                    _cite(s, [e], docs)
                    yield s


def entity(e: EntityFact) -> EntityProxy:
    p = model.make_entity(SCHEMA.get(e.type, "LegalEntity"), key_prefix=KEY)
    p.id = entity_id(e.id)
    p.add("name", e.name)
    p.add("alias", e.aliases)
    p.add("keywords", e.type)
    p.add("country", country([e.name, *e.aliases]), quiet=True)
    if p.schema.name == "Address":
        p.add("full", e.name)
    return p


def article(row) -> EntityProxy:
    p = model.make_entity("Article", key_prefix=KEY)
    p.id = document_id(row.id)
    p.add("title", row.title or f"document {row.id}")
    p.add("author", row.author)
    p.add("publishedAt", ftm_date(row.published))
    p.add("sourceUrl", row.url, quiet=True)
    p.add("publisher", row.source)
    p.add("language", row.language, quiet=True)
    return p


def write(facts: Facts, out: TextIO) -> int:
    """Stream the entities as JSON lines; returns how many were written."""
    names = facts.names
    types = {i: SCHEMA.get(t, "LegalEntity") for i, (_, t) in names.items()}
    used: set[int] = set() if facts.focus is None else {facts.focus}
    docs: set[int] = set()
    n = 0

    def emit(proxy: EntityProxy) -> None:
        nonlocal n
        out.write(json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
        n += 1

    for fact in facts.edges(sentences=True):
        used.update((fact.edge.subject, fact.edge.object))
        for proxy in edge_entities(fact, types, docs):
            emit(proxy)
    for ev in facts.events(sentences=True):
        used.update(ev.participants)
        for proxy in event_entities(ev, names, types, docs):
            emit(proxy)
    for e in facts.entities(used):
        emit(entity(e))
    for chunk in chunks(docs):
        cols = (documents.c.id, documents.c.title, documents.c.author, documents.c.published, documents.c.url,
                documents.c.source, documents.c.language)
        for row in facts.conn.execute(select(*cols).where(documents.c.id.in_(chunk)).order_by(documents.c.id)):
            emit(article(row))
    return n
