#!/usr/bin/env python3
"""Ingest throughput on every core and on Ray (issue 14): articles per second for `orbat ingest`
with --jobs 1, --jobs N and --ray on a local Ray instance, and the memory of each process.

    python bench/ingest_scale.py [--shared ../shared] [--articles 5000] [--jobs 2] [--db postgresql://...]
                                 [--modes jobs1,jobsN,ray] [--keep DIR]

The corpus is the FA-KES articles of SHARED/bench/corpus/fakes, repeated until there are
--articles of them; each copy gets a line of its own ("Archive copy 3.") so that it is a new text
to extract and store rather than a duplicate (the near-duplicate check joins the copies into one
story, as it would wire copies). Each mode runs the real command in a fresh store (a SQLite file
in a temporary folder, or a fresh database per mode when --db names a PostgreSQL server) and is
timed from start to exit, start-up included, and its CPU time counted (the command's and that of the
processes it waited for), which a loaded machine does not inflate; the process tree (the command, its workers, the Ray
instance it starts) is sampled every half second for resident memory. The stores of all modes
are then compared by their counts of documents, claims and entities. A script, not a test.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ORBAT = [sys.executable, "-m", "orbat"]


def make_corpus(shared: Path, folder: Path, n: int) -> int:
    files = sorted((shared / "bench" / "corpus" / "fakes").glob("*.txt"))
    if not files:
        sys.exit(f"no FA-KES corpus under {shared}/bench/corpus/fakes")
    folder.mkdir(parents=True, exist_ok=True)
    made = 0
    for copy in range(n // len(files) + 1):
        for f in files:
            if made == n:
                return made
            text = f.read_text(encoding="utf-8")
            if copy:
                text = f"{text.rstrip()}\n\nArchive copy {copy}.\n"
            (folder / f"{copy:03d}_{f.name}").write_text(text, encoding="utf-8")
            made += 1
    return made


def _tree(root: int) -> dict[int, tuple[int, str]]:
    """Every process under `root` (itself included): pid -> (ppid, command line)."""
    procs = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                cmd = f.read().replace(b"\0", b" ").decode(errors="replace").strip()
            procs[int(entry)] = (ppid, cmd)
        except (OSError, ValueError, IndexError):
            pass
    keep, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        for pid, (ppid, _) in procs.items():
            if ppid == parent and pid not in keep:
                keep.add(pid)
                frontier.append(pid)
    return {pid: procs[pid] for pid in keep if pid in procs}


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _role(cmd: str, root: int, pid: int) -> str:
    if pid == root:
        return "driver"
    if "spawn_main" in cmd:
        return "worker"
    if "multiprocessing" in cmd:
        return "multiprocessing helper"  # the resource tracker
    if cmd.startswith("ray::") and ("Extractor" in cmd or "MapWorker" in cmd or "MapBatches" in cmd):
        return "ray extraction actor"
    if cmd.startswith("ray::"):
        return "ray task worker"
    return "ray service" if "ray" in cmd else "other"


def run_mode(name: str, args: list[str], corpus: Path, db: str) -> dict:
    cmd = [*ORBAT, "ingest", str(corpus), "--db", db, "--quiet", *args]
    t0, cpu0 = time.perf_counter(), _children_cpu()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak: dict[int, tuple[str, float]] = {}
    while proc.poll() is None:
        for pid, (_, line) in _tree(proc.pid).items():
            rss = _rss_mb(pid)
            role = _role(line, proc.pid, pid)
            if rss > peak.get(pid, ("", 0.0))[1]:
                peak[pid] = (role, rss)
        time.sleep(0.5)
    out, err = proc.communicate()
    seconds = time.perf_counter() - t0
    cpu = _children_cpu() - cpu0  # the command and every process it waited for (workers; a local Ray's, mostly)
    if proc.returncode not in (0, 1):
        sys.exit(f"{name}: orbat ingest exited {proc.returncode}:\n{err[-3000:]}")
    return {"name": name, "seconds": seconds, "cpu": cpu, "summary": out.strip().splitlines()[0], "peak": peak,
            "counts": store_counts(db)}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def store_counts(db: str) -> dict:
    queries = {"documents": "SELECT count(*) FROM documents WHERE status = 'stored'",
               "claims": "SELECT count(*) FROM claims", "entities": "SELECT count(*) FROM entities"}
    if "://" in db:
        import psycopg
        with psycopg.connect(db) as conn:
            return {k: conn.execute(q).fetchone()[0] for k, q in queries.items()}
    with sqlite3.connect(db) as conn:
        return {k: conn.execute(q).fetchone()[0] for k, q in queries.items()}


def fresh_db(base: str | None, folder: Path, name: str) -> str:
    if base is None:
        return str(folder / f"{name}.db")
    import psycopg
    from sqlalchemy.engine import make_url
    u = make_url(base)
    db_name = f"orbat_bench_{name}_{int(time.time())}"
    with psycopg.connect(host=u.host, port=u.port, user=u.username, password=u.password, dbname=u.database or "postgres",
                         autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{db_name}"')
    return u.set(database=db_name).render_as_string(hide_password=False)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    ap.add_argument("--db", help="a PostgreSQL server URL (a fresh database is made per mode); default SQLite")
    ap.add_argument("--modes", default="jobs1,jobsN,ray")
    ap.add_argument("--keep", help="build the corpus and stores here and keep them")
    args = ap.parse_args()

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="orbat-scale-"))
    corpus = work / "corpus"
    n = make_corpus(Path(args.shared), corpus, args.articles) if not corpus.exists() else len(list(corpus.iterdir()))
    load = os.getloadavg()
    print(f"corpus: {n} articles ({sum(f.stat().st_size for f in corpus.iterdir()) / 1e6:.1f} MB); "
          f"{len(os.sched_getaffinity(0))} cores; load average before: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    modes = {"jobs1": ["--jobs", "1"], "jobsN": ["--jobs", str(args.jobs)], "ray": ["--ray", "--jobs", str(args.jobs)]}
    results = []
    for name in args.modes.split(","):
        label = name.replace("jobsN", f"jobs{args.jobs}")
        db = fresh_db(args.db, work, label)
        r = run_mode(label, modes[name], corpus, db)
        results.append(r)
        by_role: dict[str, list[float]] = {}
        for role, rss in r["peak"].values():
            by_role.setdefault(role, []).append(rss)
        memory = "; ".join(f"{role} x{len(v)}: peak {max(v):.0f} MB each at most" for role, v in sorted(by_role.items()))
        print(f"{label:>6}: {n / r['seconds']:6.1f} articles/s ({r['seconds']:.0f} s, start-up included); "
              f"CPU {r['cpu']:.0f} s = {1000 * r['cpu'] / n:.0f} ms per article; "
              f"{r['summary']}; store {r['counts']}")
        print(f"        memory: {memory}")
        print(f"        load average after: {os.getloadavg()[0]:.1f}")
    base = results[0]
    for r in results[1:]:
        same = "same counts" if r["counts"] == base["counts"] else f"DIFFERENT counts from {base['name']}"
        print(f"{r['name']}: {base['seconds'] / r['seconds']:.2f}x {base['name']}, {same}")
    per_core = n / base["seconds"]
    print(f"per core ({base['name']}, wall-clock): {per_core:.1f} articles/s = {3600 * per_core:,.0f} per core-hour; "
          f"1,000,000 articles: {1e6 / per_core / 3600:,.0f} core-hours; 10,000,000: {1e7 / per_core / 3600:,.0f}")
    per_cpu = n / base["cpu"]  # a loaded machine stretches wall-clock time, not CPU time
    print(f"per core ({base['name']}, CPU time): {per_cpu:.1f} articles/s; "
          f"1,000,000 articles: {1e6 / per_cpu / 3600:,.0f} core-hours; 10,000,000: {1e7 / per_cpu / 3600:,.0f}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
