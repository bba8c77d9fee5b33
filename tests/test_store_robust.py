"""The store survives what happens to real batch jobs: a SIGKILL mid-run and two ingest processes
writing one SQLite file at once (on FA-KES articles of ../shared/bench/corpus), and two processes
opening a new store in the same instant."""
from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from orbat.extract.pipeline import extract
from orbat.store.db import open_store

REPO = Path(__file__).resolve().parents[1]
N = 60


@pytest.fixture
def articles(shared, tmp_path) -> Path:
    files = sorted((shared / "bench" / "corpus" / "fakes").glob("*.txt"))[:N]
    if len(files) < N:
        pytest.skip("the FA-KES corpus is not in ../shared")
    folder = tmp_path / "articles"
    folder.mkdir()
    for f in files:
        shutil.copy(f, folder / f.name)
    return folder


def _ingest(db: Path, *paths) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "orbat", "ingest", *map(str, paths), "--db", str(db), "--quiet"],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=30) as conn:
            return conn.execute("SELECT count(*) FROM documents WHERE status = 'stored'").fetchone()[0]
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0


def _check_consistent(db: Path) -> int:
    """Every stored document has exactly the claims its extraction gives; no claim lacks a document."""
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM claims WHERE document_id NOT IN (SELECT id FROM documents)"
                            ).fetchone()[0] == 0
        docs = conn.execute("SELECT id, raw, published, published_source FROM documents WHERE status = 'stored'").fetchall()
        for doc_id, raw, published, provenance in docs:
            given = published if provenance == "given" else None
            result = extract(raw, published=given)
            n = conn.execute("SELECT count(*) FROM claims WHERE document_id = ?", (doc_id,)).fetchone()[0]
            assert n == len(result.relations) + len(result.events), doc_id
    return len(docs)


def test_sigkill_mid_ingest_leaves_whole_documents_and_the_next_run_finishes(articles, tmp_path):
    db = tmp_path / "kill.db"
    proc = _ingest(db, articles)
    deadline = time.time() + 120
    while _stored(db) < 5 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    before = _check_consistent(db)
    assert 0 < before < N, "the kill should land mid-run"
    rerun = _ingest(db, articles)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err.decode()
    assert f"{N - before} stored" in out.decode()
    assert _check_consistent(db) == N


def test_two_processes_on_one_sqlite_file_lose_nothing(articles, tmp_path):
    files = sorted(articles.iterdir())
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir(), second.mkdir()
    for i, f in enumerate(files):  # overlapping halves: the middle third goes to both
        if i < 2 * N // 3:
            shutil.copy(f, first / f.name)
        if i >= N // 3:
            shutil.copy(f, second / f.name)
    db = tmp_path / "shared.db"
    procs = [_ingest(db, first), _ingest(db, second)]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err.decode()
    assert _check_consistent(db) == N
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(DISTINCT content_hash) FROM documents").fetchone()[0] == N


def test_a_new_store_opens_while_another_process_is_writing_it_first(tmp_path):
    """SQLite refuses the switch to WAL at once, without its busy wait, to a process that meets
    another's first write in a new file; the store waits for that write rather than failing."""
    db = tmp_path / "new.db"
    other = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("CREATE TABLE scratch (x)")
    done = threading.Timer(0.5, lambda: other.execute("ROLLBACK"))
    done.start()
    try:
        store = open_store(str(db))
    finally:
        done.join()
        other.close()
    with store.read() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert "documents" in conn.exec_driver_sql("SELECT group_concat(name) FROM sqlite_master").scalar()
    store.close()
