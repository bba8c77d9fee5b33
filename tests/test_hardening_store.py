"""Issue 13, item 1: every bad store is one line on stderr and a non-zero exit, never a traceback;
a read-only store still answers the commands that read; a mistyped --db creates nothing.

Read-only files are made read-only for real: chmod, and when the tests run as root (as CI does),
the command runs with the capabilities that let root write anything dropped (setpriv)."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from conftest import REPO

ARTICLE = ("Eleven rebel factions in northwestern Syria announced on Tuesday that they had merged into a new "
           "coalition, the National Front for Liberation. The Free Idlib Army is part of the National Front for "
           "Liberation, its spokesman said.\n")
NAME = "National Front for Liberation"
DROP = ["setpriv", "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]


def orbat(*args, unprivileged: bool = False, timeout: float = 120) -> subprocess.CompletedProcess:
    """`python -m orbat ARGS`; with `unprivileged`, as root without the power to ignore file modes."""
    cmd = [sys.executable, "-m", "orbat", *map(str, args)]
    if unprivileged and os.geteuid() == 0:
        cmd = [*DROP, *cmd]
    return subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)


@pytest.fixture
def run(capsys):
    """`orbat ARGS` in this process (a traceback would fail the test as an exception): a
    CompletedProcess with the exit code and what was printed. Faster than a subprocess."""
    from orbat.cli import main

    def call(*args) -> subprocess.CompletedProcess:
        capsys.readouterr()
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return subprocess.CompletedProcess(args, code, out, err)
    return call


def one_line_error(proc: subprocess.CompletedProcess, *words: str) -> str:
    """The single stderr line of a failed command, which names what is wrong."""
    assert proc.returncode != 0, proc.stdout
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("orbat: "), proc.stderr
    for w in words:
        assert w in lines[0], lines[0]
    return lines[0]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> Path:
    """A store with one article in it."""
    folder = tmp_path_factory.mktemp("good")
    (folder / "a.txt").write_text(ARTICLE)
    db = folder / "kb.db"
    done = orbat("ingest", folder / "a.txt", "--db", db, "--published", "2018-08-01", "--quiet")
    assert done.returncode == 0, done.stderr
    return db


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE)
    return path


def test_a_file_that_is_no_store_is_one_line(run, tmp_path, article):
    text = tmp_path / "notes.db"
    text.write_text("just some notes\n")
    noise = tmp_path / "noise.db"
    noise.write_bytes(os.urandom(6000))
    for bad in (text, noise):
        for cmd in (("show", NAME), ("ingest", article), ("export", "--format", "json", "-o", tmp_path / "x.json")):
            one_line_error(run(*cmd, "--db", bad), "not an orbat store")
    assert not (tmp_path / "x.json").exists()


def test_a_folder_as_db_is_one_line(run, tmp_path, article):
    folder = tmp_path / "kb.db"
    folder.mkdir()
    one_line_error(run("ingest", article, "--db", folder), "is a folder")
    one_line_error(run("search", "Front", "--db", folder), "is a folder")


def test_a_truncated_or_damaged_store_is_one_line(run, tmp_path, good):
    data = good.read_bytes()
    cut = tmp_path / "cut.db"
    cut.write_bytes(data[: len(data) // 3])
    one_line_error(run("show", NAME, "--db", cut), "truncated")
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(data[:4096 * 2] + b"\xa5" * (len(data) - 4096 * 2))  # every page after the first two
    for cmd in (("show", NAME), ("timeline", NAME), ("export", "--format", "events-csv", "-o", tmp_path / "e.csv"),
                ("serve", "--port", free_port())):
        one_line_error(run(*cmd, "--db", damaged), "damaged")
    assert not (tmp_path / "e.csv").exists()


def test_another_programs_database_is_not_taken_over(run, tmp_path, article):
    import sqlite3
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    one_line_error(run("ingest", article, "--db", other), "not an orbat store")
    with sqlite3.connect(other) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")] == ["invoices"]


def test_a_mistyped_db_on_a_read_command_creates_nothing(run, tmp_path):
    missing = tmp_path / "kb-typo.db"
    for cmd in (("show", NAME), ("search", "Front"), ("timeline", NAME), ("history",),
                ("export", "--format", "json", "-o", tmp_path / "x.json"), ("undo", "1"),
                ("serve", "--port", free_port())):
        one_line_error(run(*cmd, "--db", missing), "no store at")
    one_line_error(orbat("show", NAME, "--db", missing), "no store at")  # and as a user runs it
    assert not missing.exists() and not (tmp_path / "x.json").exists()


def test_an_unreachable_postgresql_is_one_line_without_the_password():
    port = free_port()
    line = one_line_error(orbat("search", "Front", "--db", f"postgresql://ana:hunter22@127.0.0.1:{port}/kb"),
                          "cannot reach", str(port))
    assert "hunter22" not in line


@pytest.fixture
def read_only(tmp_path, good) -> Path:
    """A copy of the good store, its file and its folder read-only."""
    if os.geteuid() == 0 and not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: a file cannot be made read-only for root")
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "kb.db"
    shutil.copy(good, db)
    db.chmod(0o444)
    folder.chmod(0o555)
    yield db
    folder.chmod(0o755)


def test_a_read_only_store_still_answers_reads_and_refuses_writes_in_one_line(read_only, tmp_path, article):
    shown = orbat("show", NAME, "--db", read_only, "--format", "json", unprivileged=True)
    assert shown.returncode == 0, shown.stderr
    assert orbat("search", "Front", "--db", read_only, unprivileged=True).returncode == 0
    assert orbat("timeline", NAME, "--db", read_only, unprivileged=True).returncode == 0
    out = tmp_path / "out.json"
    exported = orbat("export", "--format", "json", "-o", out, "--db", read_only, unprivileged=True)
    assert exported.returncode == 0, exported.stderr
    assert out.stat().st_size > 0
    line = one_line_error(orbat("ingest", article, "--db", read_only, unprivileged=True), "read-only")
    assert "merged into a new coalition" not in line  # no SQL parameters, no article text
    one_line_error(orbat("alias", NAME, "NFL Coalition", "--db", read_only, unprivileged=True), "read-only")
    one_line_error(orbat("ingest", article, "--db", read_only.parent / "new.db", unprivileged=True), "not writable")
    assert not (read_only.parent / "new.db").exists()


def test_serve_reads_a_read_only_store_and_refuses_changes(read_only):
    port = free_port()
    cmd = [sys.executable, "-m", "orbat", "serve", "--db", str(read_only), "--port", str(port), "--log-level",
           "warning"]
    proc = subprocess.Popen([*DROP, *cmd] if os.geteuid() == 0 else cmd, cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                httpx.get(base + "/api/history", timeout=1)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.communicate()[1]
                time.sleep(0.1)
        found = httpx.get(base + "/api/search", params={"q": "Front"}).json()["results"]
        assert found and found[0]["name"] == NAME
        assert httpx.get(f"{base}/entities/{found[0]['id']}").status_code == 200
        refused = httpx.post(f"{base}/api/entities/{found[0]['id']}/aliases", data={"alias": "NFL Coalition"})
        assert refused.status_code == 403 and "read-only" in refused.json()["detail"]
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=20)
    assert "read-only" in err and "Traceback" not in err
