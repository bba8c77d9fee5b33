#!/usr/bin/env python3
"""Export speed: time and peak memory of each `orbat export` format on a store of a million claims.

    python bench/export_speed.py [--db PATH] [--claims 1000000] [--formats events-csv ftm ...]

Fills a fresh SQLite store in a temporary folder with bench/kb_speed.py's synthetic entities,
documents and claims (or tops up --db), then runs each export in a process of its own, so that each
peak resident memory (resource.getrusage) is that export's alone, and prints its time, output size,
peak memory, and the memory the process held before exporting (Python, orbat and the libraries).
events-csv, ftm, stix and json stream; graphml and gexf hold the graph. A script, not a test.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

FORMATS = ("events-csv", "ftm", "stix", "json", "graphml", "gexf")


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def child(fmt: str, db: str, out: str) -> None:
    """Run one export and print what it cost, as JSON."""
    from importlib import import_module

    from orbat.export import WRITERS, export
    from orbat.store import open_store

    import_module(f"orbat.export.{WRITERS[fmt][0]}")  # its libraries count in the baseline, not the peak
    import_module("orbat.export.facts")
    store = open_store(db, migrate=False)
    before = _rss_mb()
    t0 = time.perf_counter()
    with open(out, "w", encoding="utf-8", newline="") as f:
        n = export(store, fmt, f)
    print(json.dumps({"seconds": time.perf_counter() - t0, "written": n, "peak_mb": _rss_mb(), "before_mb": before}))


def fill_store(db: str, claims: int) -> None:
    """Make or top up the store, and print how many claims it holds."""
    from kb_speed import fill
    from sqlalchemy import func, select

    from orbat.store import open_store
    from orbat.store.schema import claims as claims_table

    store = open_store(db)
    fill(store, claims)
    with store.read() as conn:
        print(conn.execute(select(func.count()).select_from(claims_table)).scalar())
    store.close()


def _run(*args: str) -> str:
    proc = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True)
    if proc.returncode:
        raise RuntimeError(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "failed")
    return proc.stdout.strip().splitlines()[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="SQLite store to use (default: a new one in a temporary folder)")
    ap.add_argument("--claims", type=int, default=1_000_000)
    ap.add_argument("--formats", nargs="+", choices=FORMATS, default=list(FORMATS))
    ap.add_argument("--fill", nargs=2, metavar=("DB", "CLAIMS"), help=argparse.SUPPRESS)
    ap.add_argument("--child", nargs=3, metavar=("FORMAT", "DB", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.fill:
        return fill_store(args.fill[0], int(args.fill[1]))
    if args.child:
        return child(*args.child)

    # This process stays small and imports nothing of orbat: a child's peak RSS starts from its parent's.
    tmp = tempfile.TemporaryDirectory()
    db = args.db or str(Path(tmp.name) / "bench.db")
    print(f"store: {_run('--fill', db, str(args.claims))} claims ({db})")
    print(f"{'format':<11} {'seconds':>8} {'written':>10} {'output MB':>10} {'peak RSS MB':>12} {'before MB':>10}")
    for fmt in args.formats:
        out = Path(tmp.name) / f"export.{fmt}"
        try:
            r = json.loads(_run("--child", fmt, db, str(out)))
        except RuntimeError as err:
            print(f"{fmt:<11} failed: {err}")
            continue
        print(f"{fmt:<11} {r['seconds']:>8.1f} {r['written']:>10} {out.stat().st_size / 2**20:>10.1f} "
              f"{r['peak_mb']:>12.0f} {r['before_mb']:>10.0f}")
        out.unlink()
    tmp.cleanup()


if __name__ == "__main__":
    sys.exit(main())
