"""Shared fixtures: where ../shared is, and running the command line as a user would."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    """The shared bench data: $ORBAT_SHARED (what `make test SHARED=...` sets), else ../shared beside
    the repository."""
    return Path(os.environ.get("ORBAT_SHARED") or REPO.parent / "shared")


def _shared_missing() -> str | None:
    """Why the shared data cannot be used here, or None when it can."""
    path = shared_dir()
    if not (path / "seed" / SEED_NAME).is_file():
        return f"no shared bench data at {path} (make test SHARED=/path/to/shared)"
    return None


SEED_NAME = "000_e7dce2f3373c69a2.txt"
SHARED_FIXTURES = {"shared", "seed"}


def _needs_shared(item) -> bool:
    return bool(SHARED_FIXTURES & set(getattr(item, "fixturenames", ())))


def pytest_report_header(config):
    why = _shared_missing()
    if why is None:
        return f"shared bench data: {shared_dir()}"
    if os.environ.get("ORBAT_REQUIRE_SHARED"):
        return f"shared bench data: MISSING ({why}); $ORBAT_REQUIRE_SHARED is set, so its tests fail"
    return f"shared bench data: {why}; the tests that need it are skipped"


def pytest_collection_modifyitems(config, items):
    """Without the shared data, mark the tests that need it skipped with one reason, printed once at the
    end; where $ORBAT_REQUIRE_SHARED is set (CI), leave them to fail in the fixture instead."""
    why = _shared_missing()
    if why is None or os.environ.get("ORBAT_REQUIRE_SHARED"):
        return
    marker = pytest.mark.skip(reason=why)
    count = 0
    for item in items:
        if _needs_shared(item):
            item.add_marker(marker)
            count += 1
    config._orbat_shared_skipped = (count, why)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    skipped = getattr(config, "_orbat_shared_skipped", None)
    if skipped and skipped[0]:
        terminalreporter.write_line(f"{skipped[0]} tests skipped: {skipped[1]}", yellow=True)


@pytest.fixture(scope="session")
def shared() -> Path:
    why = _shared_missing()
    if why is not None:
        if os.environ.get("ORBAT_REQUIRE_SHARED"):
            pytest.fail(f"the shared bench data is required ($ORBAT_REQUIRE_SHARED): {why}")
        pytest.skip(why)
    return shared_dir()


@pytest.fixture(scope="session")
def seed(shared) -> Path:
    return shared / "seed" / SEED_NAME


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
