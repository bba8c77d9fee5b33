"""`--ray [ADDRESS]`: read and extract as a Ray Data pipeline, on a local Ray instance or a cluster.

    files ─ from_items ─ flat_map(read_rows) ─ map_batches(Extractor, actors) ─ iter_batches ─ driver writes

Reading (`orbat.scale.inputs.read_rows`: a file's records, JSON lines and WARC shards alike) runs as
Ray tasks, `READ_FILES` files each, at most one task per `ACTORS_PER_READER` actors at a time (a
reading worker imports the readers, not the extractor); extraction runs in a pool of actors
(`Extractor`), one per CPU, each loading the pipeline once and checking a batch's content hashes
against the store first, so a rerun after a crash extracts only what is not stored yet.

Writing keeps input order, so the store is the one `--jobs 1` builds: the driver writes the batches
as they come out of the pipeline in input order (`preserve_order`), one transaction a batch, through
the writer `orbat ingest` uses, on SQLite and PostgreSQL alike. Writes take turns at the store's lock
whoever makes them, so one writer costs no throughput; actors that wrote their own batches in turn
deadlocked whenever Ray Data handed an actor a later batch before the first one (docs/scale.md).

On a cluster, --db must be a database every node reaches (PostgreSQL); a SQLite file works for a
local instance, which is started lean: no dashboard, no metrics, no task events. Ray is an extra:
pip install 'orbat[ray]'."""
from __future__ import annotations

import logging
import math
import os
import pickle
from collections.abc import Callable

from orbat.ingest import (Ingestor, Summary, prepare, reextract_kwargs, reprocess_outcome, run_extract,
                          extract_kwargs)
from orbat.scale.inputs import ReadOptions, read_rows

INSTALL = "--ray needs Ray, which the core install leaves out: pip install 'orbat[ray]'"
WRITE_BATCH = 32       # documents per write transaction of the driver
EXTRACT_BATCH = 16     # articles per call of an extraction actor
READ_FILES = 16        # input files per reading task
ACTORS_PER_READER = 4  # reading an article costs about a tenth of extracting it
READ_CPUS = 0.25       # a reading task is mostly I/O and parsing; it must not wait for the actors' cores
EXTRACT_CPUS = 0.75    # with READ_CPUS, one core holds one actor and one reading task
# A local instance for one command: the services a laptop needs and no more
LOCAL_CONFIG = {"enable_metrics_collection": False, "task_events_report_interval_ms": 0, "enable_timeline": False}


class RayMissing(Exception):
    """Ray is not installed; the message says how to install it."""


def _ray():
    try:
        import ray
        import ray.data  # noqa: F401 - Ray Data is part of the extra, not of Ray's core
    except ImportError:
        raise RayMissing(INSTALL) from None
    return ray


def connect(address: str | None, cpus: int | None = None):
    """Ray, connected to the cluster at `address`, or to a local instance started with `cpus` CPUs
    (all of them when None); an instance this process already runs is used as it is."""
    ray = _ray()
    if not ray.is_initialized():
        # Ray Data's actors always take their function from the object store, and Ray's core logs an error
        # line for each saying so (ray-project/ray#53727); real failures still reach us as exceptions
        os.environ.setdefault("RAY_BACKEND_LOG_LEVEL", "fatal")
        quiet = {"logging_level": logging.ERROR, "log_to_driver": False, "include_dashboard": False,
                 "configure_logging": True}
        if address:
            ray.init(address=address, **quiet)
        else:
            ray.init(num_cpus=cpus, _system_config=LOCAL_CONFIG, **quiet)
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True  # the store is written in input order
    ctx.enable_progress_bars = False              # orbat's own bar counts files
    ctx.print_on_execution_start = False
    for name in ("ray", "ray.data"):  # Ray Data's notes (progress bars off, execution finished) are not the user's
        logging.getLogger(name).setLevel(logging.ERROR)
    return ray


def _actors(ray, cls, n: int, **settings):
    """map_batches arguments for a pool of `n` actors of `cls` made with `settings`: a subclass holding
    them, so that no constructor arguments wait in the object store."""
    bound = type(cls.__name__, (cls,), {"settings": settings})
    return {"fn": bound, "compute": ray.data.ActorPoolStrategy(size=n), "num_cpus": EXTRACT_CPUS,
            "batch_size": EXTRACT_BATCH}


def _extract_actors(ray, jobs: int | None) -> int:
    cpus = int(ray.cluster_resources().get("CPU", 1))
    return max(1, min(jobs, cpus) if jobs else cpus)


def _absolute(db: str | None) -> str | None:
    """A SQLite path as the actors must see it (their working folder is not the driver's)."""
    from orbat.store.db import store_url
    url = store_url(db)
    if url.startswith("sqlite:///"):
        return os.path.abspath(url[len("sqlite:///"):])
    return db


class _StoreReader:
    """The store, opened once per actor to look content hashes or documents up."""

    def __init__(self, db: str | None):
        from orbat.store import open_store
        self.store = open_store(db, migrate=False, create=False, write=False)

    def known(self, digests: list[str]) -> dict[str, int]:
        from sqlalchemy import select

        from orbat.store.schema import documents
        if not digests:
            return {}
        with self.store.read() as conn:
            return dict(conn.execute(select(documents.c.content_hash, documents.c.id)
                                     .where(documents.c.content_hash.in_(digests))).all())


class Extractor:
    """An extraction actor: loads the pipeline once, then extracts batch after batch, skipping the
    articles whose content is stored already."""

    settings: dict = {}

    def __init__(self):
        from orbat.scale.pool import warm_up
        self.source = self.settings["source"]
        self.reader = _StoreReader(self.settings["db"])
        warm_up()

    def __call__(self, batch: dict) -> dict:
        from orbat.store.writer import content_hash
        records = [pickle.loads(r) if len(r) else None for r in batch["record"]]
        known = self.reader.known(sorted({content_hash(r.raw) for r in records
                                          if r is not None and r.status == "ok" and (r.raw or "").strip()}))
        items, results = [], []
        for record in records:
            if record is None:
                items.append(b"")
                results.append(b"")
                continue
            plan = prepare(record, known.get)
            items.append(pickle.dumps((record, plan)))
            results.append(pickle.dumps(run_extract(extract_kwargs(record, self.source)) if plan.extract else None))
        return {"mark": batch["mark"], "item": items, "result": results}


def ingest_ray(entries: list, options: ReadOptions, *, db: str | None, store, address: str | None = None,
               jobs: int | None = None, aliases=None, source: str | None = None,
               on_outcome: Callable | None = None, on_mark: Callable | None = None) -> Summary:
    """Ingest `entries` (see `orbat.scale.inputs.list_inputs`) through Ray into `store` (opened on `db`)."""
    ray = connect(address, jobs)
    db = _absolute(db)
    single = len(entries) == 1
    actors = _extract_actors(ray, jobs)
    items = [{"entry": pickle.dumps(e)} for e in entries]
    blocks = max(math.ceil(len(items) / READ_FILES), 2 * actors)  # work for every actor, even from a few files
    ds = ray.data.from_items(items, override_num_blocks=max(1, min(len(items), blocks)))
    ds = ds.flat_map(read_rows, fn_args=(options, single), num_cpus=READ_CPUS,
                     concurrency=max(1, math.ceil(actors / ACTORS_PER_READER)))
    ds = ds.map_batches(**_actors(ray, Extractor, actors, db=db, source=source))
    summary = Summary()
    ingestor = Ingestor(store, aliases, source)
    for batch in ds.iter_batches(batch_size=WRITE_BATCH, batch_format="numpy", prefetch_batches=2):
        marks, items_ = [], []
        for item, result, mark in zip(batch["item"], batch["result"], batch["mark"]):
            if len(mark):
                marks.append((len(items_), pickle.loads(mark)))
            else:
                record, plan = pickle.loads(item)
                items_.append((record, plan, pickle.loads(result)))
        outcomes = ingestor.store_batch(items_) if items_ else []
        _report(outcomes, marks, summary, on_outcome, on_mark)
    return summary


def _report(outcomes, marks, summary, on_outcome, on_mark) -> None:
    """Count a committed batch's outcomes, handing marks over where they stood among them."""
    pending = list(marks)
    for i, outcome in enumerate(outcomes):
        while pending and pending[0][0] <= i:
            if on_mark:
                on_mark(pending.pop(0)[1])
            else:
                pending.pop(0)
        summary.add(outcome)
        if on_outcome:
            on_outcome(outcome)
    for _, mark in pending:
        if on_mark:
            on_mark(mark)


class Reextractor:
    """A reprocess actor: reads the stored documents of a batch of ids and extracts them again."""

    settings: dict = {}

    def __init__(self):
        from orbat.scale.pool import warm_up
        self.reader = _StoreReader(self.settings["db"])
        warm_up()

    def __call__(self, batch: dict) -> dict:
        from sqlalchemy import select

        from orbat.store.schema import documents
        ids = [int(i) for i in batch["id"]]
        with self.reader.store.read() as conn:
            rows = {r[0]: tuple(r) for r in conn.execute(
                select(documents.c.id, documents.c.raw, documents.c.url, documents.c.source, documents.c.title,
                       documents.c.published, documents.c.published_source, documents.c.origin)
                .where(documents.c.id.in_(ids)))}
        return {"id": batch["id"], "result": [pickle.dumps((rows[i], run_extract(reextract_kwargs(rows[i]))))
                                              for i in ids]}


def reprocess_ray(store, rows: list, *, db: str | None, address: str | None = None, jobs: int | None = None,
                  aliases=None, on_outcome: Callable | None = None) -> Summary:
    """`orbat reprocess` with the extraction in Ray actors; the driver writes the documents in id
    order, one transaction each."""
    from orbat.resolve import AliasTable
    from orbat.store.resolver import Resolver
    from orbat.store.writer import extractor_version

    ray = connect(address, jobs)
    db = _absolute(db)
    summary = Summary()
    if not rows:
        return summary
    actors = _extract_actors(ray, jobs)
    ds = ray.data.from_items([{"id": int(r[0])} for r in rows],
                             override_num_blocks=max(1, min(len(rows), max(2 * actors, len(rows) // EXTRACT_BATCH))))
    ds = ds.map_batches(**_actors(ray, Reextractor, actors, db=db))
    version = extractor_version()
    resolver = Resolver(aliases or AliasTable.load())
    for batch in ds.iter_batches(batch_size=WRITE_BATCH, batch_format="numpy"):
        for blob in batch["result"]:
            outcome = reprocess_outcome(store, resolver, *pickle.loads(blob), version)
            summary.add(outcome)
            if on_outcome:
                on_outcome(outcome)
    return summary
