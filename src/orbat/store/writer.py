"""Storing one article: its document row, the entities it names (resolved against the store) and
every relation and event it states as a claim, all in one transaction."""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.engine import Connection

import orbat
from orbat.model import Extraction
from orbat.store.db import Store, now
from orbat.store.schema import claim_args, claims, documents, sources
from orbat.store.stories import Stories

ROLES = (("agent", "agent"), ("from", "from_"), ("to", "to"), ("target", "target"), ("location", "locations"))


# Parts of the package that store, show or export what was extracted, not decide it
NOT_EXTRACTION = frozenset({"store", "serve", "export", "cli.py", "store_cli.py", "export_cli.py", "ingest.py",
                            "render.py", "__main__.py"})


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """orbat's version plus a digest of the code and word lists that decide what is extracted."""
    root = Path(orbat.__file__).parent
    digest = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.suffix in (".py", ".tsv") and not NOT_EXTRACTION & set(p.relative_to(root).parts):
            digest.update(p.read_bytes())
    return f"{orbat.__version__}+{digest.hexdigest()[:8]}"


def content_hash(text: str) -> str:
    """The hash a text is known by: the same words in the same order give the same hash."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


@dataclass
class Outcome:
    status: str  # stored | duplicate | skipped: ... | failed: ...
    origin: str
    document_id: int | None = None
    message: str | None = None
    counts: dict = field(default_factory=dict)


def source_name(source: str | None, site: str | None, url: str | None) -> str | None:
    """The outlet a document is credited to: as given, else its site name, else its web domain."""
    if source or site:
        return source or site
    host = urlsplit(url).hostname if url else None
    return re.sub(r"^www\d?\.", "", host) if host else None


def ensure_source(conn: Connection, name: str | None) -> None:
    if name and conn.execute(select(sources.c.name).where(sources.c.name == name)).first() is None:
        conn.execute(sources.insert().values(name=name, reliability="F"))


def find_document(conn: Connection, digest: str) -> int | None:
    return conn.execute(select(documents.c.id).where(documents.c.content_hash == digest)).scalar()


def record_failure(store: Store, record, source: str | None = None) -> Outcome:
    """Keep a document that could not be read or was skipped, with its status and message."""
    digest = hashlib.sha256(f"{record.origin}\0{record.status}\0{record.message}".encode()).hexdigest()
    with store.write() as conn:
        found = find_document(conn, digest)
        if found is None:
            found = conn.execute(documents.insert().values(
                content_hash=digest, origin=record.origin, kind=record.kind, url=record.url, title=record.title,
                source=source_name(source, record.site, record.url), published=record.published,
                language=record.language, status=record.status, message=record.message, raw=record.raw,
                ingested_at=now())).inserted_primary_key[0]
    return Outcome(record.status, record.origin, found, record.message)


def store_extraction(conn: Connection, resolver, result: Extraction, record, digest: str,
                     stories: Stories, version: str) -> Outcome:
    """Insert the document and its claims; the caller holds the write transaction."""
    doc = result.document
    source = source_name(doc.source, record.site, doc.url)
    ensure_source(conn, source)
    story_id, signature = stories.match(conn, doc.text)
    doc_id = conn.execute(documents.insert().values(
        content_hash=digest, origin=record.origin, kind=record.kind, url=doc.url, source=source, title=doc.title,
        author=record.author, published=doc.published, published_source=doc.published_source,
        language=doc.language, status="stored", message=_notes(record, doc), raw=record.raw, text=doc.text, story_id=story_id,
        minhash=signature, extractor_version=version, ingested_at=now())).inserted_primary_key[0]
    if story_id is None:
        conn.execute(documents.update().where(documents.c.id == doc_id).values(story_id=doc_id))
    ids = resolve_entities(conn, resolver, result)
    n_rel, n_ev = insert_claims(conn, doc_id, result, ids, version)
    stories.add(doc_id, story_id or doc_id, signature)
    return Outcome("stored", record.origin, doc_id, getattr(record, "warning", None),
                   counts={"relations": n_rel, "events": n_ev})


def _notes(record, doc) -> str | None:
    """The document's message: what reading it changed (bytes replaced in decoding), why its date was dropped."""
    return "; ".join(filter(None, (getattr(record, "warning", None), doc.published_note))) or None


def resolve_entities(conn: Connection, resolver, result: Extraction) -> dict[str, int]:
    """Stored entity ids for the article's entities; a generic unit name is resolved inside its parent."""
    parent: dict[str, str] = {}
    for r in result.relations:
        if r.relation == "part_of" and r.polarity == "affirmed":
            parent.setdefault(r.subject, r.object)
    for ev in result.events:
        if ev.type in ("defection", "split"):
            for a in ev.agent:
                for f in ev.from_:
                    parent.setdefault(a, f)
    by_id = {e.id: e for e in result.entities}
    ids: dict[str, int] = {}

    def visit(eid: str, depth: int = 0) -> int:
        if eid not in ids:
            scope = None
            p = parent.get(eid)
            if p and p != eid and p in by_id and depth < 8:
                scope = visit(p, depth + 1)
            e = by_id[eid]
            names = [e.name, *e.aliases]
            canonical = (e.attributes or {}).get("canonical")
            if e.type == "state_force" and canonical and canonical not in names:
                names = [canonical, *names]  # "Syrian soldiers": the national force the extractor named them for
            ids[eid] = resolver.resolve(conn, names, e.type, scope)
        return ids[eid]

    for e in result.entities:
        visit(e.id)
    return ids


def insert_claims(conn: Connection, doc_id: int, result: Extraction, ids: dict[str, int],
                  version: str) -> tuple[int, int]:
    names = {e.id: e.name for e in result.entities}
    rows = []
    for r in result.relations:
        rows.append(_claim_row(doc_id, version, r, "relation", r.relation) | {
            "subject_id": ids[r.subject], "object_id": ids[r.object],
            "subject_name": names[r.subject], "object_name": names[r.object], "role": r.role, "rank": r.rank,
            "valid_from": r.valid_from, "valid_until": r.valid_until, "date": r.holds_at})
    for ev in result.events:
        rows.append(_claim_row(doc_id, version, ev, "event", ev.type) | {
            "date": ev.date, "quantity": json.dumps(ev.quantity) if ev.quantity else None})
    if not rows:
        return 0, 0
    for row in rows:
        for k in ("subject_id", "object_id", "subject_name", "object_name", "role", "rank", "valid_from",
                  "valid_until", "date", "quantity"):
            row.setdefault(k, None)
    claim_ids = conn.execute(claims.insert().returning(claims.c.id, sort_by_parameter_order=True), rows).scalars().all()
    args = []
    for cid, ev in zip(claim_ids[len(result.relations):], result.events):
        for role, attr in ROLES:
            for eid in getattr(ev, attr):
                args.append({"claim_id": cid, "role": role, "entity_id": ids[eid], "name": names[eid]})
    if args:
        conn.execute(claim_args.insert(), args)
    return len(result.relations), len(result.events)


def _claim_row(doc_id: int, version: str, item, kind: str, type_: str) -> dict:
    return {"document_id": doc_id, "kind": kind, "type": type_, "date_text": item.date_text,
            "date_anchor": item.date_anchor, "polarity": item.polarity, "modality": item.modality,
            "confidence": round(item.confidence, 3), "sentence": item.evidence.sentence,
            "start": item.evidence.start, "end": item.evidence.end, "status": "active",
            "extractor_version": version}
