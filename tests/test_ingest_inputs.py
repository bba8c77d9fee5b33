"""`orbat ingest` over a folder of mixed and broken files: every outcome counted and recorded with
its status, the batch carried on, the exit code telling of failures, nothing stored before touched."""
from __future__ import annotations

import gzip
import json
import sqlite3
from pathlib import Path

KB = Path(__file__).parent / "data" / "kb"
GOOD = ("Fighters of the Hamza Division clashed with the Syrian Arab Army near Kafr Nabudah on Sunday, a "
        "commander of the division said. The Hamza Division is part of the Syrian National Army.")
FRENCH = ("Selon un communiqué publié samedi, plusieurs centaines de combattants ont quitté le groupe armé pour "
          "rejoindre une nouvelle coalition soutenue par la Turquie dans le nord du pays.")


def _snapshot(db: Path) -> tuple:
    with sqlite3.connect(db) as conn:
        docs = conn.execute("SELECT id, content_hash, status FROM documents WHERE status = 'stored' ORDER BY id").fetchall()
        claims = conn.execute("SELECT id, document_id, type, subject_id, object_id, status FROM claims ORDER BY id").fetchall()
    return docs, claims


def test_bad_files_are_recorded_and_leave_stored_documents_alone(cli, tmp_path):
    db = tmp_path / "kb.db"
    first = cli("ingest", KB / "nfl-formed-2018.txt", "--published", "2018-08-01", "--db", db, "--quiet")
    assert first.returncode == 0, first.stderr
    before = _snapshot(db)

    mixed = tmp_path / "mixed"
    mixed.mkdir()
    (mixed / "empty.txt").write_bytes(b"")
    (mixed / "binary.bin").write_bytes(bytes(range(256)) * 20)
    (mixed / "cut.txt.gz").write_bytes(gzip.compress(GOOD.encode())[:30])
    (mixed / "french.txt").write_text(FRENCH, encoding="utf-8")
    (mixed / "broken.html").write_text("<html><head><title>Clashes</title><body><p>" + GOOD + "<div><p>unclosed",
                                       encoding="utf-8")
    (mixed / "feed.jsonl").write_text(json.dumps({"text": GOOD.replace("Sunday", "Monday"), "date": "2020-02-03"})
                                      + "\n{not json\n" + json.dumps({"body": "no text field"}) + "\n",
                                      encoding="utf-8")
    (mixed / "latin1.txt").write_bytes(GOOD.replace("Nabudah", "Nabûdah").encode("latin-1"))
    proc = cli("ingest", mixed, "--db", db, "--quiet")
    assert proc.returncode == 1  # something failed, and the exit code says so
    assert "3 stored" in proc.stdout and "1 skipped" in proc.stdout and "5 failed" in proc.stdout, proc.stdout

    docs, claims = _snapshot(db)
    assert docs[:len(before[0])] == before[0] and claims[:len(before[1])] == before[1]
    with sqlite3.connect(db) as conn:
        statuses = dict(conn.execute("SELECT origin, status FROM documents").fetchall())
        text = conn.execute("SELECT text FROM documents WHERE origin LIKE '%latin1.txt'").fetchone()[0]
    assert any(s.startswith("skipped: language fr") for s in statuses.values())
    assert any(o.endswith("cut.txt.gz") and s.startswith("failed: truncated gzip") for o, s in statuses.items())
    assert any("line 2" in o and s == "failed: not json" for o, s in statuses.items())
    assert "Nabûdah" in text  # decoded without loss
    again = cli("ingest", mixed, "--db", db, "--quiet")
    assert "0 stored" in again.stdout and "3 duplicate" in again.stdout
