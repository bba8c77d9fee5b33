"""The knowledge base end to end, on SQLite and on a real PostgreSQL server: articles about the same
groups at different dates (written for these tests, in tests/data/kb), the seed page, a
contradiction, a syndicated copy, and the analyst's corrections."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from orbat.ingest import ingest
from orbat.sources import iter_records
from orbat.store import open_store
from orbat.store.review import add_alias, merge, set_claim_status, split, undo
from orbat.store.views import Ambiguous, find_entity, search, show, timeline

KB = Path(__file__).parent / "data" / "kb"
DATES = {"nfl-formed-2018.txt": "2018-08-01", "izza-joined-2018.txt": "2018-09-14",
         "faylaq-hama-2019.txt": "2019-05-12", "faylaq-hama-2019-syndicated.txt": "2019-05-13"}


def _ingest(db: str, path: Path, published: str | None = None):
    store = open_store(db)
    try:
        return ingest(store, iter_records([str(path)], published=published))
    finally:
        store.close()


@pytest.fixture
def kb(db_url, seed):
    """A store holding the seed (published 2019-12-16) and the four written articles."""
    assert _ingest(db_url, seed, "2019-12-16").counts["stored"] == 1
    for name, day in DATES.items():
        _ingest(db_url, KB / name, day)
    store = open_store(db_url)
    yield store
    store.close()


def _names(items):
    return {it["name"] for it in items}


def test_units_leave_jaysh_al_izza_in_october_2019(kb):
    with kb.read() as conn:
        izza = find_entity(conn, "Jaysh al-Izza")
        before = show(conn, izza, "2019-09-01")
        after = show(conn, izza, "2020-01-01")
    assert "al-Hamza Brigade" in _names(before["units"])
    assert "al-Hamza Brigade" not in _names(after["units"])
    hamza = next(it for it in before["units"] if it["name"] == "al-Hamza Brigade")
    assert hamza["until"] == "2019-10" and hamza["documents"]


def test_arabic_name_finds_the_sham_legion_and_its_new_division(kb):
    with kb.read() as conn:
        faylaq = find_entity(conn, "Faylaq al-Sham")
        assert find_entity(conn, "Sham Legion") == faylaq == find_entity(conn, "al-Sham Legion")
        view = show(conn, faylaq, "2020-01-01")
        earlier = show(conn, faylaq, "2019-11-01")
    assert "5th Division" in _names(view["units"])
    assert "5th Division" not in _names(earlier["units"])
    assert "National Front for Liberation" in _names(view["parents"])


def test_two_first_infantry_brigades_stay_two(kb):
    with kb.read() as conn:
        hits = [h for h in search(conn, "1st Infantry Brigade") if h["name"] == "1st Infantry Brigade"]
        assert {h["scope"] for h in hits} >= {"Jaysh al-Izza", "Syrian Arab Army"}
        with pytest.raises(Ambiguous):
            find_entity(conn, "1st Infantry Brigade")


def test_contradiction_is_shown_not_resolved(kb):
    with kb.read() as conn:
        izza = find_entity(conn, "Jaysh al-Izza")
        view = show(conn, izza, "2019-01-01")
    nfl = [it for it in view["parents"] if it["name"] == "National Front for Liberation"]
    assert nfl and nfl[0]["disputed"] and nfl[0]["against"] and nfl[0]["documents"]
    assert nfl[0]["credibility"] >= 4


def test_syndicated_copy_is_one_story(kb):
    with kb.read() as conn:
        faylaq = find_entity(conn, "Faylaq al-Sham")
        view = show(conn, faylaq, "2019-06-01")
    enemies = [it for it in view["enemies"] if it["name"] == "Syrian Arab Army"]
    assert enemies
    hama = enemies[0]
    assert len(hama["documents"]) >= 3  # two copies of the Hama story and the 2018 article
    assert hama["stories"] == len(hama["documents"]) - 1


def test_reingesting_adds_nothing(db_url, seed):
    first = _ingest(db_url, seed, "2019-12-16")
    again = _ingest(db_url, seed, "2019-12-16")
    assert first.counts["stored"] == 1 and again.counts["duplicate"] == 1 and not again.counts["stored"]


def test_timeline_lists_dated_events_with_sources(kb):
    with kb.read() as conn:
        view = timeline(conn, find_entity(conn, "Jaysh al-Izza"))
    dated = [e for e in view["events"] if e["date"]]
    assert any(e["type"] == "defection" and e["date"] == "2019-10" for e in dated)
    assert [e["date"] for e in dated] == sorted(e["date"] for e in dated)
    assert all(e["sources"] and e["sentence"] for e in view["events"])


def test_reject_merge_split_alias_are_reversible(kb):
    with kb.write() as conn:
        izza = find_entity(conn, "Jaysh al-Izza")
        hamza = next(it for it in show(conn, izza, "2019-09-01")["units"] if it["name"] == "al-Hamza Brigade")
        rejected = [set_claim_status(conn, c, "rejected", "tester", "wrong") for c in hamza["claims"]]
    with kb.read() as conn:
        assert "al-Hamza Brigade" not in _names(show(conn, izza, "2019-09-01")["units"])
    with kb.write() as conn:
        for cid in rejected:
            undo(conn, cid, "tester")
        assert "al-Hamza Brigade" in _names(show(conn, izza, "2019-09-01")["units"])
        nfl = find_entity(conn, "National Front for Liberation")
        merged = merge(conn, nfl, izza, "tester", "test")
        assert find_entity(conn, "Jaysh al-Izza") == nfl
        undo(conn, merged, "tester")
        assert find_entity(conn, "Jaysh al-Izza") == izza
        added = add_alias(conn, izza, "Army of Glory Test Name", "tester")
        assert find_entity(conn, "Army of Glory Test Name") == izza
        undo(conn, added)
        cid, new = split(conn, izza, ["Jaysh al-Izza"], "tester", "test")
        assert find_entity(conn, "Jaysh al-Izza") == new
        undo(conn, cid)
        assert find_entity(conn, "Jaysh al-Izza") == izza
        assert "al-Hamza Brigade" in _names(show(conn, izza, "2019-09-01")["units"])


def test_cli_ingest_show_json(cli, tmp_path, seed):
    db = tmp_path / "cli.db"
    done = cli("ingest", seed, "--published", "2019-12-16", "--db", db, "--quiet")
    assert done.returncode == 0, done.stderr
    assert "1 stored" in done.stdout
    out = cli("show", "Jaysh al-Izza", "--at", "2019-09-01", "--db", db, "--format", "json")
    view = json.loads(out.stdout)
    assert {"entity", "at", "parents", "units", "sponsors", "allies", "enemies", "leaders"} <= set(view)
    assert "al-Hamza Brigade" in _names(view["units"])
    later = json.loads(cli("show", "Jaysh al-Izza", "--at", "2020-01-01", "--db", db, "--format", "json").stdout)
    assert "al-Hamza Brigade" not in _names(later["units"])
    faylaq = json.loads(cli("show", "Faylaq al-Sham", "--at", "2020-01-01", "--db", db, "--format", "json").stdout)
    assert "5th Division" in _names(faylaq["units"])
    missing = cli("show", "No Such Brigade", "--db", db)
    assert missing.returncode == 1 and "no entity" in missing.stderr


def test_soldiers_named_by_their_country_are_its_national_force(tmp_path):
    """'25 Syrian soldiers' in one article and 'the Syrian Arab Army' in another: one actor, not two."""
    (tmp_path / "a.txt").write_text("Syrian Arab Army troops shelled Douma on Monday.\n")
    (tmp_path / "b.txt").write_text("A video showed Islamic State fighters killing 25 Syrian soldiers in Palmyra.\n")
    db = str(tmp_path / "s.db")
    for name in ("a.txt", "b.txt"):
        _ingest(db, tmp_path / name, "2016-07-05")
    store = open_store(db)
    try:
        with store.read() as conn:
            assert find_entity(conn, "Syrian soldiers") == find_entity(conn, "Syrian Arab Army")
    finally:
        store.close()


def test_a_tie_read_as_ended_in_each_years_stories_ended_at_the_first(tmp_path):
    """'A former al-Qaeda affiliate' in 2018 and again in 2019: the tie had ended by 2018, not in 2019."""
    for name, day in (("a.txt", "2018-03-01"), ("b.txt", "2019-06-01")):
        (tmp_path / name).write_text(f"The Dawn Front, a former al-Qaeda affiliate, attacked Kafr Nabl on {day}.\n")
    db = str(tmp_path / "s.db")
    for name, day in (("a.txt", "2018-03-01"), ("b.txt", "2019-06-01")):
        _ingest(db, tmp_path / name, day)
    store = open_store(db)
    try:
        with store.read() as conn:
            view = show(conn, find_entity(conn, "Dawn Front"))
    finally:
        store.close()
    assert [(it["name"], it["until"]) for it in view["affiliations"]] == [("Al-Qaeda", "2018-03-01")]
