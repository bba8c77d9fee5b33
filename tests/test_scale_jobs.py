"""`orbat ingest --jobs N` and `orbat reprocess --jobs N` (issue 14): worker processes extract, this
process writes in input order, and the store is the one `--jobs 1` builds, compared by content
(tests/scale_store.py), on SQLite and PostgreSQL, with every bad input keeping its status; a SIGKILL
of the driver loses nothing committed, leaves no worker behind, and a rerun finishes the store."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from scale_store import assert_same_store, build, counts, make_corpus, pg_sibling, reference_store, store_content

from orbat.ingest import reprocess
from orbat.scale.inputs import list_inputs
from orbat.store import open_store

REPO = Path(__file__).resolve().parents[1]
N = 5  # FA-KES articles in the small corpus, besides its bad inputs
KILLED = 16  # in the corpus whose ingest is killed


@pytest.fixture(scope="module")
def corpus(shared, tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("scale") / "corpus", shared, N)


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> tuple:
    return reference_store(corpus, tmp_path_factory.mktemp("ref"))


def test_the_corpus_has_every_kind_of_status(reference):
    _, summary, content = reference
    statuses = counts(content)["statuses"]
    assert statuses["stored"] == N + 1  # the JSON lines file's good line
    assert summary.counts["duplicate"] == 1
    assert {"failed: empty", "failed: binary", "failed: truncated gzip", "skipped: language fr",
            "failed: missing field", "failed: not json"} <= set(statuses)


def test_jobs_2_builds_the_store_jobs_1_builds(db_url, corpus, reference):
    want = reference[2]
    if not db_url.endswith(".db"):  # PostgreSQL: compared with --jobs 1 on PostgreSQL too
        pg_ref = pg_sibling(db_url, "ref")
        build(pg_ref, corpus, jobs=1)
        want = store_content(pg_ref)
    summary, seen = build(db_url, corpus, jobs=2)
    assert_same_store(store_content(db_url), want)
    assert summary.counts == reference[1].counts
    assert [(f.status, f.origin) for f in summary.failures] == [(f.status, f.origin) for f in reference[1].failures]
    # the progress bar: a total known before reading, one mark per file, each after its file's documents
    files = list_inputs([str(corpus)])
    assert seen["total"] == len(files)
    assert [label for label, _ in seen["marks"]] == files
    done = [o.origin for o in seen["outcomes"]]
    for label, n_done in seen["marks"]:
        assert all(not origin.startswith(label) for origin in done[n_done:]), label


def test_reprocess_with_jobs_2_matches_jobs_1(reference, tmp_path):
    copies = []
    for jobs in (1, 2):
        db = tmp_path / f"reprocess{jobs}.db"
        shutil.copy(reference[0], db)
        store = open_store(str(db))
        try:
            summary = reprocess(store, everything=True, jobs=jobs)
        finally:
            store.close()
        assert summary.counts["stored"] == N + 1
        copies.append(store_content(str(db)))
    assert_same_store(copies[1], copies[0])


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    if int(f.read().rsplit(")", 1)[1].split()[1]) == pid:
                        found.append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_sigkill_of_the_driver_loses_nothing_committed_and_a_rerun_finishes(shared, tmp_path):
    corpus = make_corpus(tmp_path / "corpus", shared, KILLED)
    want_db = str(tmp_path / "jobs1.db")
    build(want_db, corpus, jobs=1)
    db = tmp_path / "killed.db"
    cmd = [sys.executable, "-m", "orbat", "ingest", str(corpus), "--db", str(db), "--jobs", "2", "--quiet"]
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    deadline = time.time() + 240
    while time.time() < deadline and proc.poll() is None and _stored(db) < 2:
        time.sleep(0.05)
    workers = _children(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    before = _stored(db)
    assert 0 < before < KILLED + 1, "the kill should land mid-run"
    assert workers, "the workers should have been running"
    deadline = time.time() + 15
    while any(_alive(w) for w in workers) and time.time() < deadline:
        time.sleep(0.2)
    assert not any(_alive(w) for w in workers), "workers outlived their driver"
    rerun = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    assert rerun.returncode == 1, rerun.stderr  # the bad inputs failed, as in any run
    assert f"{KILLED + 1 - before} stored" in rerun.stdout
    assert_same_store(store_content(str(db)), store_content(want_db))


def _stored(db: Path) -> int:
    import sqlite3
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=30) as conn:
            return conn.execute("SELECT count(*) FROM documents WHERE status = 'stored'").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_jobs_must_be_a_positive_number(cli, tmp_path):
    for bad in ("0", "two"):
        proc = cli("ingest", tmp_path, "--db", tmp_path / "x.db", "--jobs", bad)
        assert proc.returncode == 2 and "--jobs" in proc.stderr
