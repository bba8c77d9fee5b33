"""The records that `orbat extract` prints: document, entity, relation, event, evidence.

Field names follow the JSON contract of the annotation guide; `to_dict` gives that JSON.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Evidence:
    sentence: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"sentence": self.sentence, "start": self.start, "end": self.end}


@dataclass
class Entity:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    attributes: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "type": self.type,
                "aliases": list(self.aliases), "attributes": dict(self.attributes)}


@dataclass
class Relation:
    subject: str
    relation: str
    object: str
    evidence: Evidence
    valid_from: str | None = None
    valid_until: str | None = None
    polarity: str = "affirmed"
    modality: str = "asserted"
    role: str | None = None
    rank: str | None = None
    confidence: float = 0.7
    date_text: str | None = None
    date_anchor: str | None = None
    holds_at: str | None = None  # EDTF: a date the sentence says the tie held at, when it gives no start or end
    trigger: int | None = field(default=None, repr=False, compare=False)  # where the rule matched; not printed
    # where the article states it again: (sentence start, where the rule matched); not printed
    restated: list[tuple[int, int]] = field(default_factory=list, repr=False, compare=False)

    def to_dict(self) -> dict:
        return {"subject": self.subject, "relation": self.relation, "object": self.object,
                "valid_from": self.valid_from, "valid_until": self.valid_until,
                "polarity": self.polarity, "modality": self.modality,
                "role": self.role, "rank": self.rank,
                "date_text": self.date_text, "date_anchor": self.date_anchor, "holds_at": self.holds_at,
                "evidence": self.evidence.to_dict(), "confidence": round(self.confidence, 2)}


@dataclass
class Event:
    id: str
    type: str
    evidence: Evidence
    date: str | None = None
    date_text: str | None = None
    date_anchor: str | None = None
    agent: list[str] = field(default_factory=list)
    from_: list[str] = field(default_factory=list)
    to: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)
    quantity: dict | None = None
    polarity: str = "affirmed"
    modality: str = "asserted"
    confidence: float = 0.6

    def to_dict(self) -> dict:
        return {"id": self.id, "type": self.type, "date": self.date, "date_text": self.date_text,
                "date_anchor": self.date_anchor,
                "agent": list(self.agent), "from": list(self.from_), "to": list(self.to),
                "target": list(self.target), "locations": list(self.locations),
                "quantity": self.quantity, "polarity": self.polarity, "modality": self.modality,
                "evidence": self.evidence.to_dict(), "confidence": round(self.confidence, 2)}


@dataclass
class Document:
    text: str
    title: str | None = None
    published: str | None = None
    published_source: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = "en"
    published_note: str | None = None  # why a date the page gave was not kept

    def to_dict(self) -> dict:
        return {"title": self.title, "published": self.published,
                "published_source": self.published_source, "published_note": self.published_note,
                "text": self.text,
                "url": self.url, "source": self.source, "language": self.language}


@dataclass
class Extraction:
    document: Document
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"document": self.document.to_dict(),
                "entities": [e.to_dict() for e in self.entities],
                "relations": [r.to_dict() for r in self.relations],
                "events": [e.to_dict() for e in self.events]}
