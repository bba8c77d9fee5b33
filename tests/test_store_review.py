"""Source grades, credibility filters, reprocessing and user aliases, on SQLite and PostgreSQL."""
from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select, update

from orbat.ingest import ingest, reprocess
from orbat.resolve import AliasTable
from orbat.sources import iter_records
from orbat.store import open_store
from orbat.store.review import grade_source, history, set_claim_status, undo
from orbat.store.schema import claims, documents
from orbat.store.views import find_entity, show

KB = Path(__file__).parent / "data" / "kb"


def _store(db_url, *names, source=None, aliases=None):
    store = open_store(db_url)
    for name, day in names:
        ingest(store, iter_records([str(KB / name)], published=day), source=source, aliases=aliases)
    return store


def test_reliability_grade_filters_claims(db_url):
    store = _store(db_url, ("faylaq-hama-2019.txt", "2019-05-12"), source="Hama Monitor")
    with store.write() as conn:
        faylaq = find_entity(conn, "Faylaq al-Sham")
        assert show(conn, faylaq, "2019-06-01", min_reliability="F")["enemies"]
        assert not show(conn, faylaq, "2019-06-01", min_reliability="B")["enemies"]
        cid = grade_source(conn, "Hama Monitor", "B", "tester", "checked record")
        assert show(conn, faylaq, "2019-06-01", min_reliability="B")["enemies"]
        undo(conn, cid, "tester")
        assert not show(conn, faylaq, "2019-06-01", min_reliability="B")["enemies"]
        assert [h["action"] for h in history(conn)][:2] == ["undo", "grade"]
    store.close()


def test_credibility_counts_independent_stories(db_url):
    store = _store(db_url, ("nfl-formed-2018.txt", "2018-08-01"), ("faylaq-hama-2019.txt", "2019-05-12"))
    with store.read() as conn:
        faylaq = find_entity(conn, "Sham Legion")
        view = show(conn, faylaq, "2019-06-01")
    nfl = next(it for it in view["parents"] if it["name"] == "National Front for Liberation")
    # two stories, but only one asserts it (the other reports it): not "confirmed" (issue 12)
    assert nfl["stories"] == 2 and nfl["credibility"] == 2 and nfl["basis"] == "single source"
    with store.read() as conn:
        strict = show(conn, faylaq, "2019-06-01", max_credibility=2)
    assert "National Front for Liberation" in {it["name"] for it in strict["parents"]}
    assert all(it["credibility"] <= 2 for k in ("units", "enemies", "sponsors") for it in strict[k])
    store.close()


def test_reprocess_supersedes_old_claims_and_keeps_verdicts(db_url):
    store = _store(db_url, ("izza-joined-2018.txt", "2018-09-14"))
    with store.write() as conn:
        first = conn.execute(select(claims.c.id, claims.c.type).where(claims.c.kind == "relation")).all()
        rejected = next(cid for cid, t in first if t == "operates_in")
        set_claim_status(conn, rejected, "rejected", "tester")
        conn.execute(update(documents).values(extractor_version="0.0.0+old"))
    assert reprocess(store).counts["stored"] == 1
    with store.read() as conn:
        rows = conn.execute(select(claims.c.id, claims.c.type, claims.c.status)).all()
        version = conn.execute(select(documents.c.extractor_version)).scalar()
    assert version != "0.0.0+old"
    old = {cid: status for cid, _, status in rows if cid <= max(c for c, _ in first)}
    new = [(t, status) for cid, t, status in rows if cid not in old]
    assert set(old.values()) == {"superseded"}
    assert ("operates_in", "rejected") in new and ("part_of", "active") in new
    assert reprocess(store).counts["stored"] == 0  # nothing left at an older version
    store.close()


def test_user_alias_file_joins_names(db_url, tmp_path):
    aliases = tmp_path / "aliases.tsv"
    aliases.write_text("Sham Legion\tthe Legion of Idlib Test Name\n", encoding="utf-8")
    table = AliasTable.load(aliases)
    store = _store(db_url, ("nfl-formed-2018.txt", "2018-08-01"), aliases=table)
    with store.read() as conn:
        assert find_entity(conn, "the Legion of Idlib Test Name", table) == find_entity(conn, "Sham Legion")
    store.close()


def test_cli_review_commands(cli, tmp_path):
    db = tmp_path / "review.db"
    assert cli("ingest", KB / "nfl-formed-2018.txt", "--published", "2018-08-01", "--db", db, "--quiet").returncode == 0
    assert cli("ingest", KB / "faylaq-hama-2019.txt", "--published", "2019-05-12", "--db", db,
               "--quiet").returncode == 0
    found = json.loads(cli("search", "Failaq al-Sham", "--db", db, "--format", "json").stdout)
    assert found[0]["name"] == "Sham Legion"
    merged = cli("merge", "Sham Legion", "Free Idlib Army", "--db", db, "--reason", "test", "--actor", "tester")
    assert merged.returncode == 0, merged.stderr
    assert json.loads(cli("search", "Free Idlib Army", "--db", db, "--format", "json").stdout)[0]["name"] == "Sham Legion"
    log = json.loads(cli("history", "--db", db, "--format", "json").stdout)
    assert log[0]["action"] == "merge" and log[0]["actor"] == "tester" and log[0]["reason"] == "test"
    assert cli("undo", str(log[0]["id"]), "--db", db).returncode == 0
    assert json.loads(cli("search", "Free Idlib Army", "--db", db, "--format", "json").stdout)[0]["name"] == "Free Idlib Army"
    assert cli("grade", "nobody.example", "Z", "--db", db).returncode == 2
    bad = cli("show", "Sham Legion", "--at", "October", "--db", db)
    assert bad.returncode == 2 and "--at" in bad.stderr
