"""`stix`: a STIX 2.1 bundle built with the `stix2` library, written one object at a time.

Armed groups and coalitions are `threat-actor`s, state forces `threat-actor`s of type
nation-state, states and other organizations `identity` (class organization), people `identity`
(class individual), places `location`. A consolidated relation becomes one `relationship` per
period it held, with start_time/stop_time, confidence from its Admiralty credibility (the STIX 2.1
appendix scale), and external references to the articles behind it. Events are OpenCTI-style
custom `event` objects, linked to their participants by `related-to` and to places by
`located-at`. docs/export.md lists the relationship types chosen and the custom properties.
"""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone
from typing import TextIO

import stix2
from stix2.properties import ListProperty, StringProperty, TimestampProperty

from orbat.export.countries import country
from orbat.export.facts import EdgeFact, EntityFact, EventFact, Evidence, Facts
from orbat.store.edtf import bounds

NAMESPACE = uuid.UUID("6f0b1a52-0a37-4c57-9a2e-6f7262617421")  # orbat's own: ids are stable across exports
# orbat relation -> (STIX relationship type, whether the sponsor/object is the source)
RELATIONSHIP = {"part_of": ("part-of", False),  # OpenCTI extension
                "member_of": ("part-of", False),  # OpenCTI extension: an individual part of an organization
                "backed_by": ("supports", True),  # OpenCTI extension: the sponsor supports the group
                "allied_with": ("cooperates-with", False),  # OpenCTI extension
                "hostile_to": ("targets", False),  # STIX 2.1
                "affiliated_with": ("related-to", False),  # STIX 2.1 common relationship
                "operates_in": ("located-at", False),  # STIX 2.1
                "controls": ("located-at", False)}  # STIX 2.1; x_orbat_relation says which
CONFIDENCE = {1: 90, 2: 70, 3: 50, 4: 30, 5: 10}  # Admiralty credibility -> STIX confidence; 6 gives none
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


@stix2.v21.CustomObject("event", [
    ("name", StringProperty(required=True)),
    ("description", StringProperty()),
    ("event_types", ListProperty(StringProperty)),
    ("start_time", TimestampProperty()),
    ("stop_time", TimestampProperty()),
])
class Event:
    """OpenCTI's Event entity, as OpenCTI writes it in STIX."""


def stix_id(kind: str, *key) -> str:
    return f"{kind}--{uuid.uuid5(NAMESPACE, ':'.join(map(str, key)))}"


def instant(value: str | None, last: bool = False) -> datetime | None:
    """The first (or last) moment of an EDTF date, in UTC."""
    span = bounds(value)
    if span is None:
        return None
    day = datetime.fromisoformat(span[1] if last else span[0]).replace(tzinfo=timezone.utc)
    return day + timedelta(days=1, milliseconds=-1) if last else day


def _stamp(value: str | None) -> datetime:
    try:
        moment = datetime.fromisoformat(value or "")
    except ValueError:
        return EPOCH
    return moment.astimezone(timezone.utc) if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _references(evidence: list[Evidence]) -> list[dict]:
    refs = {}
    for e in evidence:
        ref = {"source_name": e.source or "orbat", "external_id": f"orbat-document-{e.document_id}"}
        if e.url:
            ref["url"] = e.url
        if e.title or e.published:
            ref["description"] = " ".join(p for p in (e.title, f"({e.published})" if e.published else None) if p)
        refs[e.document_id] = ref
    return list(refs.values())


def entity_ref(eid: int, etype: str) -> str:
    kind = {"armed_group": "threat-actor", "coalition": "threat-actor", "state_force": "threat-actor",
            "place": "location"}.get(etype, "identity")
    return stix_id(kind, "entity", eid)


def entity_object(e: EntityFact):
    common = dict(id=entity_ref(e.id, e.type), name=e.name, created=_stamp(e.created_at),
                  modified=_stamp(e.created_at), x_orbat_id=e.id, x_orbat_type=e.type, allow_custom=True)
    if e.type in ("armed_group", "coalition", "state_force"):
        kinds = {"threat_actor_types": ["nation-state"]} if e.type == "state_force" else {}
        return stix2.v21.ThreatActor(aliases=e.aliases or None, **kinds, **common)
    aliases = {"x_opencti_aliases": e.aliases} if e.aliases else {}
    if e.type == "place":
        code = country([e.name, *e.aliases])
        where = {"country": code} if code else {"region": "unknown"}
        return stix2.v21.Location(**where, **aliases, **common)
    cls = {"person": "individual"}.get(e.type, "organization")
    sectors = {"sectors": ["government-national"]} if e.type == "state" else {}
    return stix2.v21.Identity(identity_class=cls, **sectors, **aliases, **common)


def relationships(fact: EdgeFact, types: dict[int, str]):
    s, rel, o = fact.key
    kind, reverse = RELATIONSHIP.get(rel, ("related-to", False))
    src, dst = entity_ref(s, types[s]), entity_ref(o, types[o])
    if reverse:
        src, dst = dst, src
    support = fact.support
    when = max((_stamp(e.ingested_at) for e in support), default=EPOCH)
    cred = fact.credibility
    for n, (since, until) in enumerate(fact.spans):
        start, stop = instant(since), instant(until)
        if start and stop and stop <= start:
            stop = instant(until, last=True)
            stop = stop if stop > start else None
        optional = {"start_time": start, "stop_time": stop, "confidence": CONFIDENCE.get(cred),
                    "x_orbat_valid_from": since, "x_orbat_valid_until": until, "x_orbat_roles": sorted(fact.edge.roles),
                    "x_orbat_ranks": sorted(fact.edge.ranks), "x_orbat_disputed_by": [e.claim_id for e in fact.against],
                    "description": " | ".join(dict.fromkeys(e.sentence for e in support if e.sentence))}
        yield stix2.v21.Relationship(
            id=stix_id("relationship", "edge", s, rel, o, n), relationship_type=kind, source_ref=src, target_ref=dst,
            created=when, modified=when, external_references=_references(support), x_orbat_relation=rel,
            x_orbat_credibility=cred, x_orbat_claims=[e.claim_id for e in support], allow_custom=True,
            **{k: v for k, v in optional.items() if v})


def event_objects(ev: EventFact, names: dict[int, tuple[str, str]]):
    e = ev.evidence
    when = _stamp(e.ingested_at)
    who = "; ".join(f"{role} {', '.join(names[i][0] for i in ids)}" for role, ids in ev.args.items())
    times = {k: v for k, v in (("start_time", instant(ev.date)), ("stop_time", instant(ev.date, last=True))) if v}
    event = Event(id=stix_id("event", "event", ev.id), name=f"{ev.type}" + (f": {who}" if who else ""),
                  description=e.sentence, event_types=[ev.type], created=when, modified=when,
                  confidence=round(e.confidence * 100), external_references=_references([e]),
                  x_orbat_polarity=e.polarity, x_orbat_modality=e.modality, x_orbat_claim=ev.id,
                  allow_custom=True, **times, **({"x_orbat_date": ev.date} if ev.date else {}))
    yield event
    for role, ids in ev.args.items():
        for i in ids:
            other = entity_ref(i, names[i][1])
            kind, src, dst = ("located-at", event.id, other) if role == "location" else ("related-to", other, event.id)
            yield stix2.v21.Relationship(id=stix_id("relationship", "event", ev.id, role, i), relationship_type=kind,
                                         source_ref=src, target_ref=dst, created=when, modified=when,
                                         x_orbat_role=role, allow_custom=True)


def write(facts: Facts, out: TextIO) -> int:
    """Stream a bundle of the facts in scope; returns the number of objects."""
    names = facts.names
    types = {i: t for i, (_, t) in names.items()}
    used: set[int] = set() if facts.focus is None else {facts.focus}
    n = 0

    def emit(obj) -> None:
        nonlocal n
        out.write((",\n" if n else "") + obj.serialize())
        n += 1

    out.write('{"type": "bundle", "id": "bundle--%s", "objects": [\n' % uuid.uuid4())
    for fact in facts.edges(sentences=True):
        used.update((fact.edge.subject, fact.edge.object))
        for obj in relationships(fact, types):
            emit(obj)
    for ev in facts.events(sentences=True):
        used.update(ev.participants)
        for obj in event_objects(ev, names):
            emit(obj)
    for e in facts.entities(used):
        emit(entity_object(e))
    out.write("\n]}\n")
    return n
