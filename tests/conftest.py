"""Shared fixtures: where ../shared is, and running the command line as a user would."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    """../shared beside the repository, or $ORBAT_SHARED."""
    return Path(os.environ.get("ORBAT_SHARED") or REPO.parent / "shared")


@pytest.fixture(scope="session")
def shared() -> Path:
    path = shared_dir()
    if not path.is_dir():
        pytest.skip(f"no shared folder at {path} (set ORBAT_SHARED)")
    return path


@pytest.fixture(scope="session")
def seed(shared) -> Path:
    path = shared / "seed" / "000_e7dce2f3373c69a2.txt"
    if not path.is_file():
        pytest.skip(f"no seed page at {path}")
    return path


@pytest.fixture
def cli():
    """Run `python -m orbat ARGS` in a subprocess; returns the CompletedProcess (text mode)."""
    def run(*args: str, stdin: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
        proc = subprocess.run([sys.executable, "-m", "orbat", *map(str, args)], cwd=REPO,
                              input=stdin, stdin=None if stdin is not None else subprocess.DEVNULL,
                              capture_output=True, timeout=timeout)
        return subprocess.CompletedProcess(proc.args, proc.returncode,
                                           proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))
    return run


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server for the session; skipped where PostgreSQL is not installed, unless
    $ORBAT_REQUIRE_PG is set (as CI sets it), where its absence fails the tests."""
    from pg import Server, pg_bin
    bindir = pg_bin()
    if bindir is None:
        if os.environ.get("ORBAT_REQUIRE_PG"):
            pytest.fail("PostgreSQL is required ($ORBAT_REQUIRE_PG) but initdb was not found")
        pytest.skip("PostgreSQL is not installed")
    server = Server(bindir).start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    """A fresh, empty store: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "orbat.db")
    return request.getfixturevalue("pg_server").new_database()
