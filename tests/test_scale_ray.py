"""`orbat ingest --ray` and `orbat reprocess --ray` (issue 14): the read and extract stages as a Ray
Data pipeline on a local Ray instance with 2 CPUs, shared by every test here (Ray takes seconds to
start), giving the store `--jobs 1` builds on SQLite (through the command, joining the instance by
its address) and PostgreSQL; without Ray installed, --ray
is one line saying how to install it. CI installs the extra ($ORBAT_REQUIRE_RAY: a missing Ray
fails these tests there instead of skipping them)."""
from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from scale_store import assert_same_store, build, make_corpus, pg_sibling, reference_store, store_content

from orbat.ingest import reprocess
from orbat.store import open_store

REPO = Path(__file__).resolve().parents[1]
N = 5


@pytest.fixture(scope="module")
def ray_local():
    if importlib.util.find_spec("ray") is None:
        if os.environ.get("ORBAT_REQUIRE_RAY"):
            pytest.fail("Ray is required ($ORBAT_REQUIRE_RAY) but not installed: pip install -e '.[ray]'")
        pytest.skip("Ray is not installed (pip install -e '.[ray]')")
    from orbat.scale.cluster import connect
    ray = connect(None, 2)
    yield ray
    ray.shutdown()


@pytest.fixture(scope="module")
def corpus(shared, tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("ray") / "corpus", shared, N)


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> tuple:
    return reference_store(corpus, tmp_path_factory.mktemp("ref"))


def test_the_command_on_a_running_instance_builds_the_store_jobs_1_builds(ray_local, corpus, reference, tmp_path):
    """SQLite, through the command line, joining the tests' Ray instance by its address; then a rerun
    (as after a crash) finds everything stored and extracts nothing again."""
    address = ray_local.get_runtime_context().gcs_address
    db = tmp_path / "cli.db"
    proc = subprocess.run([sys.executable, "-m", "orbat", "ingest", str(corpus), "--db", str(db), "--ray", address,
                           "--quiet"], cwd=REPO, capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL)
    assert proc.returncode == 1, proc.stderr  # the corpus's bad inputs fail, as they do with --jobs 1
    assert f"ingest: {N + 1} stored, 1 duplicate, 1 skipped, 5 failed" in proc.stdout
    assert "Traceback" not in proc.stderr
    assert_same_store(store_content(str(db)), reference[2])
    again, seen = build(str(db), corpus, jobs=2, ray="local")
    assert again.counts["stored"] == 0 and again.counts["duplicate"] == N + 2
    assert len(seen["marks"]) == seen["total"]


def test_ray_on_postgresql_builds_the_store_jobs_1_builds(ray_local, pg_server, corpus, reference, monkeypatch):
    """In small batches spread over both actors, whichever batch an actor gets first, the store and
    the outcomes are --jobs 1's. Then reprocess --ray matches reprocess --jobs 1."""
    import orbat.scale.cluster as cluster
    from orbat.scale.run import reprocess_store
    db_url = pg_server.new_database()
    pg_ref = pg_sibling(db_url, "ref")
    _, ref_seen = build(pg_ref, corpus, jobs=1)
    monkeypatch.setattr(cluster, "EXTRACT_BATCH", 2)
    monkeypatch.setattr(cluster, "READ_FILES", 2)
    summary, seen = build(db_url, corpus, jobs=2, ray="local")
    assert_same_store(store_content(db_url), store_content(pg_ref))
    assert summary.counts == reference[1].counts
    assert [(o.status, o.origin) for o in seen["outcomes"]] == [(o.status, o.origin) for o in ref_seen["outcomes"]]
    assert len(seen["marks"]) == seen["total"]

    for url, mode in ((pg_ref, None), (db_url, "local")):
        store = open_store(url)
        try:
            if mode:
                summary = reprocess_store(store, db=url, everything=True, jobs=2, ray=mode)
            else:
                summary = reprocess(store, everything=True, jobs=1)
        finally:
            store.close()
        assert summary.counts["stored"] == N + 1
    assert_same_store(store_content(db_url), store_content(pg_ref))


def test_reprocess_on_ray_matches_jobs_1(ray_local, reference, tmp_path):
    from orbat.scale.run import reprocess_store
    copies = []
    for mode in ("jobs1", "ray"):
        db = tmp_path / f"{mode}.db"
        shutil.copy(reference[0], db)
        store = open_store(str(db))
        try:
            if mode == "ray":
                summary = reprocess_store(store, db=str(db), everything=True, jobs=2, ray="local")
            else:
                summary = reprocess(store, everything=True, jobs=1)
        finally:
            store.close()
        assert summary.counts["stored"] == N + 1
        copies.append(store_content(str(db)))
    assert_same_store(copies[1], copies[0])


def test_without_ray_the_option_says_how_to_install_it(monkeypatch, capsys, tmp_path):
    from orbat.cli import main
    monkeypatch.setitem(sys.modules, "ray", None)
    monkeypatch.setitem(sys.modules, "ray.data", None)
    article = tmp_path / "a.txt"
    article.write_text("Fighters of the Jaysh al-Izza group joined the National Front for Liberation.")
    for argv in (["ingest", str(article), "--db", str(tmp_path / "x.db"), "--ray", "--quiet"],
                 ["reprocess", "--db", str(tmp_path / "x.db"), "--ray", "--quiet"]):
        assert main(argv) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert err == ["orbat: --ray needs Ray, which the core install leaves out: pip install 'orbat[ray]'"], err
