"""`orbat ingest` and `orbat reprocess`: extract articles and store them as claims, one document
per transaction, counting every outcome."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable

from sqlalchemy import select, update

from orbat.extract.pipeline import extract
from orbat.resolve import AliasTable
from orbat.store.db import Store
from orbat.store.resolver import Resolver
from orbat.store.schema import claims, documents
from orbat.store.stories import Stories
from orbat.store.writer import (Outcome, content_hash, extractor_version, find_document, insert_claims,
                                record_failure, resolve_entities, store_extraction)


@dataclass
class Summary:
    counts: Counter = field(default_factory=Counter)
    failures: list[Outcome] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        kind = outcome.status.split(":")[0]
        self.counts[kind] += 1
        if kind == "failed":
            self.failures.append(outcome)

    @property
    def failed(self) -> int:
        return self.counts["failed"]


class Ingestor:
    """Stores records (see `orbat.sources.Record`) into one store."""

    def __init__(self, store: Store, aliases: AliasTable | None = None, source: str | None = None):
        self.store = store
        self.source = source
        self.resolver = Resolver(aliases or AliasTable.load())
        self.stories = Stories()
        self.version = extractor_version()

    def add(self, record) -> Outcome:
        if record.status != "ok" or not (record.raw or "").strip():
            if record.status == "ok":
                record.status, record.message = "failed: empty", "no article text"
            return record_failure(self.store, record, self.source)
        digest = content_hash(record.raw)
        with self.store.read() as conn:
            known = find_document(conn, digest)
        if known is not None:
            return Outcome("duplicate", record.origin, known, "the same text is already stored")
        try:
            result = extract(record.raw, published=record.published, url=record.url,
                             source=self.source or record.site, title=record.title,
                             published_source=record.published_source)
        except Exception as err:  # an extractor bug must not stop the batch; it is recorded
            record.status, record.message = "failed: extractor error", f"{type(err).__name__}: {err}"
            return record_failure(self.store, record, self.source)
        with self.store.write() as conn:
            known = find_document(conn, digest)
            if known is not None:
                return Outcome("duplicate", record.origin, known, "the same text is already stored")
            return store_extraction(conn, self.resolver, result, record, digest, self.stories, self.version)


def ingest(store: Store, records: Iterable, *, aliases: AliasTable | None = None, source: str | None = None,
           on_outcome: Callable[[Outcome], None] | None = None) -> Summary:
    ingestor = Ingestor(store, aliases, source)
    summary = Summary()
    for record in records:
        outcome = ingestor.add(record)
        summary.add(outcome)
        if on_outcome:
            on_outcome(outcome)
    return summary


def reprocess(store: Store, *, everything: bool = False, aliases: AliasTable | None = None,
              on_outcome: Callable[[Outcome], None] | None = None) -> Summary:
    """Re-extract stored documents made by another extractor version (or all of them).

    The old claims stay, marked `superseded`; an analyst's verdict on an old claim (confirmed,
    rejected) carries over to the new claim with the same type, arguments and evidence span."""
    version = extractor_version()
    resolver = Resolver(aliases or AliasTable.load())
    summary = Summary()
    with store.read() as conn:
        q = select(documents.c.id, documents.c.raw, documents.c.url, documents.c.source, documents.c.title,
                   documents.c.published, documents.c.published_source, documents.c.origin) \
            .where(documents.c.status == "stored")
        if not everything:
            q = q.where((documents.c.extractor_version != version) | documents.c.extractor_version.is_(None))
        todo = conn.execute(q.order_by(documents.c.id)).all()
    for doc_id, raw, url, source, title, published, provenance, origin in todo:
        given = published if provenance not in ("dateline", "byline") else None
        result = extract(raw, published=given, url=url, source=source, title=title,
                         published_source=provenance if given else None)
        with store.write() as conn:
            old = conn.execute(select(claims.c.type, claims.c.subject_id, claims.c.object_id, claims.c.start,
                                      claims.c.end, claims.c.status)
                               .where(claims.c.document_id == doc_id, claims.c.status.in_(("confirmed", "rejected")))).all()
            conn.execute(update(claims).where(claims.c.document_id == doc_id, claims.c.status != "superseded")
                         .values(status="superseded"))
            ids = resolve_entities(conn, resolver, result)
            n_rel, n_ev = insert_claims(conn, doc_id, result, ids, version)
            for type_, subj, obj, start, end, verdict in old:
                conn.execute(update(claims).where(
                    claims.c.document_id == doc_id, claims.c.status == "active", claims.c.type == type_,
                    claims.c.subject_id.is_(subj) if subj is None else claims.c.subject_id == subj,
                    claims.c.object_id.is_(obj) if obj is None else claims.c.object_id == obj,
                    claims.c.start == start, claims.c.end == end).values(status=verdict))
            conn.execute(update(documents).where(documents.c.id == doc_id).values(
                extractor_version=version, text=result.document.text))
        outcome = Outcome("stored", origin, doc_id, counts={"relations": n_rel, "events": n_ev})
        summary.add(outcome)
        if on_outcome:
            on_outcome(outcome)
    return summary
