"""`orbat ingest` and `orbat reprocess`: extract articles and store them as claims, one document
per transaction, counting every outcome.

Each article takes three steps: `Ingestor.prepare` (a failed or duplicate record needs no
extraction), `extract_record` (the extractor alone, no store: this is what worker processes and
Ray tasks run, see `orbat.scale`) and `Ingestor.store` (the write transaction). `ingest` runs them
in input order, extracting in this process (`jobs=1`) or in `jobs` worker processes while this
one writes; either way the store is written in input order, so it comes out the same."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from sqlalchemy import select, update

from orbat.extract.pipeline import extract
from orbat.model import Extraction
from orbat.resolve import AliasTable
from orbat.scale.inputs import Mark  # noqa: F401 - defined where Ray's reading tasks find it without the extractor
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


@dataclass
class ExtractorFailure:
    """What an extractor exception leaves: it is recorded as 'failed: extractor error'."""
    message: str


@dataclass
class Plan:
    """What `Ingestor.prepare` decided for one record: `outcome` when it needs no extraction (a
    duplicate), else the content `digest` to extract and store under, or `fail` to record a
    failed or skipped record as it is."""
    outcome: Outcome | None = None
    digest: str | None = None
    fail: bool = False

    @property
    def extract(self) -> bool:
        return self.digest is not None


def extract_kwargs(record, source: str | None = None) -> dict:
    """The extractor's arguments for a record."""
    return {"raw": record.raw, "published": record.published, "url": record.url, "source": source or record.site,
            "title": record.title, "published_source": record.published_source}


def run_extract(kwargs: dict) -> Extraction | ExtractorFailure:
    """`orbat.extract.extract`, with an extractor bug turned into a value: it must not stop a batch."""
    try:
        return extract(**kwargs)
    except Exception as err:  # noqa: BLE001 - recorded with the document, the batch goes on
        return ExtractorFailure(f"{type(err).__name__}: {err}")


def extract_record(record, source: str | None = None) -> Extraction | ExtractorFailure:
    return run_extract(extract_kwargs(record, source))


def prepare(record, known: Callable[[str], int | None]) -> Plan:
    """Whether a record needs extracting. `known` finds a content hash's document (in the store);
    the write transaction looks again, so this only saves work."""
    if record.status != "ok" or not (record.raw or "").strip():
        if record.status == "ok":
            record.status, record.message = "failed: empty", "no article text"
        return Plan(fail=True)
    digest = content_hash(record.raw)
    found = known(digest)
    if found is not None:
        return Plan(outcome=Outcome("duplicate", record.origin, found, "the same text is already stored"))
    return Plan(digest=digest)


class _Open:
    """A store whose `write()` is a transaction already open (for `record_failure` inside a batch)."""

    def __init__(self, conn):
        self.conn = conn

    def write(self):
        from contextlib import nullcontext
        return nullcontext(self.conn)


class Ingestor:
    """Stores records (see `orbat.sources.Record`) into one store."""

    def __init__(self, store: Store, aliases: AliasTable | None = None, source: str | None = None):
        self.store = store
        self.source = source
        self.resolver = Resolver(aliases or AliasTable.load())
        self.stories = Stories()
        self.version = extractor_version()

    def add(self, record) -> Outcome:
        plan = self.prepare(record)
        return self.store_one(record, plan, extract_record(record, self.source) if plan.extract else None)

    def prepare(self, record) -> Plan:
        def known(digest: str) -> int | None:
            with self.store.read() as conn:
                return find_document(conn, digest)
        return prepare(record, known)

    def store_one(self, record, plan: Plan, result: Extraction | ExtractorFailure | None) -> Outcome:
        """Write one record as `plan` says, in its own transaction."""
        if plan.outcome is not None:
            return plan.outcome
        if plan.fail:
            return record_failure(self.store, record, self.source)
        if result is None:  # the same text was in flight in this run; look whether it was stored
            with self.store.read() as conn:
                found = find_document(conn, plan.digest)
            if found is not None:
                return Outcome("duplicate", record.origin, found, "the same text is already stored")
            result = extract_record(record, self.source)
        if isinstance(result, ExtractorFailure):
            record.status, record.message = "failed: extractor error", result.message
            return record_failure(self.store, record, self.source)
        with self.store.write() as conn:
            return self._write(conn, record, plan, result)

    def store_batch(self, items: list[tuple]) -> list[Outcome]:
        """Write (record, plan, result) items in one transaction: a batch is stored whole or not at all.
        An item whose text was in flight without a result is written on its own after the batch."""
        outcomes: list[Outcome | None] = []
        later = []
        with self.store.write() as conn:
            for i, (record, plan, result) in enumerate(items):
                if plan.outcome is not None:
                    outcomes.append(plan.outcome)
                elif plan.fail or isinstance(result, ExtractorFailure):
                    if isinstance(result, ExtractorFailure):
                        record.status, record.message = "failed: extractor error", result.message
                    outcomes.append(record_failure(_Open(conn), record, self.source))
                elif result is None:
                    found = find_document(conn, plan.digest)
                    outcomes.append(Outcome("duplicate", record.origin, found, "the same text is already stored")
                                    if found is not None else None)
                    if found is None:
                        later.append(i)
                else:
                    outcomes.append(self._write(conn, record, plan, result))
        for i in later:
            record, plan, _ = items[i]
            outcomes[i] = self.store_one(record, plan, None)
        return outcomes

    def _write(self, conn, record, plan: Plan, result: Extraction) -> Outcome:
        known = find_document(conn, plan.digest)
        if known is not None:
            return Outcome("duplicate", record.origin, known, "the same text is already stored")
        return store_extraction(conn, self.resolver, result, record, plan.digest, self.stories, self.version)


def ingest(store: Store, records: Iterable, *, aliases: AliasTable | None = None, source: str | None = None,
           on_outcome: Callable[[Outcome], None] | None = None, on_mark: Callable[[Mark], None] | None = None,
           jobs: int = 1) -> Summary:
    """Store every record of `records` (which may hold `Mark`s, handed to `on_mark` in order).
    With `jobs` > 1 the extractor runs in that many worker processes (`orbat.scale.pool`)."""
    ingestor = Ingestor(store, aliases, source)
    summary = Summary()
    in_flight: set[str] = set()

    def planned() -> Iterator[tuple]:
        for item in records:
            if isinstance(item, Mark):
                yield item, None, None
                continue
            plan = ingestor.prepare(item)
            if plan.extract and plan.digest in in_flight:  # the same text earlier in this run
                yield item, plan, None
                continue
            if plan.extract and jobs > 1:
                in_flight.add(plan.digest)
            yield item, plan, extract_kwargs(item, source) if plan.extract else None

    if jobs > 1:
        from orbat.scale.pool import extract_in_order
        steps = extract_in_order(planned(), jobs)
    else:
        steps = ((item, plan, run_extract(kw) if kw is not None else None) for item, plan, kw in planned())
    for item, plan, result in steps:
        if isinstance(item, Mark):
            if on_mark:
                on_mark(item)
            continue
        outcome = ingestor.store_one(item, plan, result)
        if plan.digest:
            in_flight.discard(plan.digest)
        summary.add(outcome)
        if on_outcome:
            on_outcome(outcome)
    return summary


def stored_documents(store: Store, everything: bool) -> list:
    version = extractor_version()
    with store.read() as conn:
        q = select(documents.c.id, documents.c.raw, documents.c.url, documents.c.source, documents.c.title,
                   documents.c.published, documents.c.published_source, documents.c.origin) \
            .where(documents.c.status == "stored")
        if not everything:
            q = q.where((documents.c.extractor_version != version) | documents.c.extractor_version.is_(None))
        return conn.execute(q.order_by(documents.c.id)).all()


def reextract_kwargs(row) -> dict:
    """The extractor's arguments for a stored document: a date the text gave is found again, not given."""
    _doc_id, raw, url, source, title, published, provenance, _origin = row
    given = published if provenance not in ("dateline", "byline") else None
    return {"raw": raw, "published": given, "url": url, "source": source, "title": title,
            "published_source": provenance if given else None}


def replace_claims(conn, resolver, doc_id: int, result: Extraction, version: str) -> tuple[int, int]:
    """Supersede a document's claims with `result`'s; an analyst's verdict carries over (see `reprocess`)."""
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
    return n_rel, n_ev


def reprocess_outcome(store: Store, resolver, row, result, version: str) -> Outcome:
    """Write one re-extraction in its own transaction; a failed one leaves the document as it was."""
    doc_id, origin = row[0], row[-1]
    if isinstance(result, ExtractorFailure):
        return Outcome("failed: extractor error", origin, doc_id, result.message)
    with store.write() as conn:
        n_rel, n_ev = replace_claims(conn, resolver, doc_id, result, version)
    return Outcome("stored", origin, doc_id, counts={"relations": n_rel, "events": n_ev})


def reprocess(store: Store, *, everything: bool = False, aliases: AliasTable | None = None,
              on_outcome: Callable[[Outcome], None] | None = None, jobs: int = 1, rows: list | None = None) -> Summary:
    """Re-extract stored documents made by another extractor version (or all of them).

    The old claims stay, marked `superseded`; an analyst's verdict on an old claim (confirmed,
    rejected) carries over to the new claim with the same type, arguments and evidence span.
    With `jobs` > 1 the extractor runs in worker processes; the writes keep document order.
    `rows`: the documents to do, as `stored_documents` lists them (default: those it lists)."""
    version = extractor_version()
    resolver = Resolver(aliases or AliasTable.load())
    summary = Summary()
    todo = ((row, None, reextract_kwargs(row)) for row in (rows if rows is not None else stored_documents(store, everything)))
    if jobs > 1:
        from orbat.scale.pool import extract_in_order
        steps = extract_in_order(todo, jobs)
    else:
        steps = ((row, None, run_extract(kw)) for row, _, kw in todo)
    for row, _, result in steps:
        outcome = reprocess_outcome(store, resolver, row, result, version)
        summary.add(outcome)
        if on_outcome:
            on_outcome(outcome)
    return summary
