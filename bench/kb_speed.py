#!/usr/bin/env python3
"""Knowledge-base speed: ingest throughput on real articles, and `show --at` latency on a store of
at least one million claims (synthetic, for size).

    python bench/kb_speed.py [--shared ../shared] [--db PATH|postgresql://...] [--claims 1000000]

1. Ingests every FA-KES article of SHARED/bench/corpus/fakes into a fresh store, in process, and
   reports documents per second (extraction included).
2. Adds synthetic documents, entities and claims (relation claims with dates, and events with
   arguments) until the store holds --claims claims, then times `show` (the same function the
   command calls, after the process has started) for random entities at random dates.
A script, not a test.
"""
from __future__ import annotations

import argparse
import itertools
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from orbat.ingest import ingest
from orbat.sources import iter_records
from orbat.store import open_store
from orbat.store.schema import aliases, claim_args, claims, documents, entities
from orbat.store.views import show

ROOT = Path(__file__).resolve().parents[1]
RELATIONS = ("part_of", "backed_by", "allied_with", "hostile_to", "member_of", "operates_in")
BATCH = 20_000


def ingest_corpus(store, shared: Path) -> None:
    files = sorted((shared / "bench" / "corpus" / "fakes").glob("*.txt"))
    if not files:
        print(f"no corpus under {shared}; skipping ingest throughput")
        return
    t0 = time.perf_counter()
    summary = ingest(store, iter_records([str(f) for f in files]))
    dt = time.perf_counter() - t0
    print(f"ingest: {len(files)} articles in {dt:.1f} s = {len(files) / dt:.1f} documents/s "
          f"({dict(summary.counts)})")


def fill(store, target: int, seed: int = 7) -> None:
    """Synthetic entities, documents and claims until the store holds `target` claims."""
    rng = random.Random(seed)
    with store.read() as conn:
        have = conn.execute(select(func.count()).select_from(claims)).scalar()
        first_doc = (conn.execute(select(func.max(documents.c.id))).scalar() or 0) + 1
        first_ent = (conn.execute(select(func.max(entities.c.id))).scalar() or 0) + 1
        first_claim = (conn.execute(select(func.max(claims.c.id))).scalar() or 0) + 1
    need = target - have
    if need <= 0:
        return
    n_ent, n_doc = max(1000, need // 50), max(100, need // 20)
    t0 = time.perf_counter()
    with store.write() as conn:
        conn.execute(entities.insert(), [{"id": first_ent + i, "name": f"Synthetic Brigade {i}",
                                          "type": "armed_group", "created_at": "2026-01-01"} for i in range(n_ent)])
        conn.execute(aliases.insert(), [{"entity_id": first_ent + i, "name": f"Synthetic Brigade {i}",
                                         "key": f"synthetic brigade {i}", "origin": "article"} for i in range(n_ent)])
        conn.execute(documents.insert(), [{"id": first_doc + i, "content_hash": f"synthetic-{first_doc + i}",
                                           "status": "stored", "story_id": first_doc + i, "source": "synthetic",
                                           "published": f"20{rng.randint(10, 24)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                                           "ingested_at": "2026-01-01"} for i in range(n_doc)])
    cum = list(itertools.accumulate(1 / (i + 1) ** 0.8 for i in range(n_ent)))  # a few entities are named far more often
    made = 0
    while made < need:
        rows, args = [], []
        for _ in range(min(BATCH, need - made)):
            cid = first_claim + made
            s, o = rng.choices(range(n_ent), cum_weights=cum, k=2)
            year = rng.randint(2012, 2024)
            row = {"id": cid, "document_id": first_doc + rng.randrange(n_doc), "polarity": "affirmed",
                   "modality": rng.choice(("asserted", "reported", "likely")), "confidence": 0.7,
                   "sentence": "A synthetic sentence for size.", "start": 0, "end": 30, "status": "active",
                   "subject_id": first_ent + s, "object_id": first_ent + o, "valid_from": None, "valid_until": None,
                   "date": None}
            if rng.random() < 0.8:
                row |= {"kind": "relation", "type": rng.choice(RELATIONS),
                        "valid_from": f"{year}-{rng.randint(1, 12):02d}" if rng.random() < 0.5 else None,
                        "valid_until": f"{year + 1}" if rng.random() < 0.3 else None}
            else:
                row |= {"kind": "event", "type": rng.choice(("defection", "joining", "clash")),
                        "date": f"{year}-{rng.randint(1, 12):02d}", "subject_id": None, "object_id": None}
                args += [{"claim_id": cid, "role": "agent", "entity_id": first_ent + s},
                         {"claim_id": cid, "role": "from" if row["type"] != "joining" else "to",
                          "entity_id": first_ent + o}]
            rows.append(row)
            made += 1
        with store.write() as conn:
            conn.execute(claims.insert(), rows)
            if args:
                conn.execute(claim_args.insert(), args)
    if store.dialect == "postgresql":  # what autovacuum would soon do after a bulk load
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("ANALYZE")
    print(f"filled {need} synthetic claims, {n_ent} entities, {n_doc} documents in {time.perf_counter() - t0:.0f} s")


def time_show(store, runs: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    with store.read() as conn:
        ids = conn.execute(select(entities.c.id)).scalars().all()
        total = conn.execute(select(func.count()).select_from(claims)).scalar()
    times = []
    with store.read() as conn:
        for _ in range(runs):
            eid = rng.choice(ids)
            day = f"{rng.randint(2012, 2025)}-{rng.randint(1, 12):02d}-01"
            t0 = time.perf_counter()
            show(conn, eid, day)
            times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    p95 = times[int(0.95 * len(times)) - 1]
    print(f"show --at on {total} claims ({store.dialect}), {runs} random entities and dates: "
          f"median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms, max {times[-1]:.1f} ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--db", help="store to use (default: a new SQLite file in a temporary folder)")
    ap.add_argument("--claims", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=500)
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    store = open_store(args.db or str(Path(tmp.name) / "bench.db"))
    ingest_corpus(store, args.shared)
    fill(store, args.claims)
    time_show(store, args.runs)
    store.close()


if __name__ == "__main__":
    sys.exit(main())
