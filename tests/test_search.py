"""`orbat search` and the web's search: exact, then prefix and word matches (SQLite FTS5, PostgreSQL
full-text search), then fuzzy ones; an exact key no longer hides broader matches (issue 15)."""
from __future__ import annotations

import pytest
from sqlalchemy import insert, update

from orbat.resolve import match_keys
from orbat.store import open_store
from orbat.store.schema import aliases, entities
from orbat.store.views import find_entity, search

# name, type, other names: as FA-KES articles name them
NAMES = [
    ("Syrian Arab Army", "state_force", ["Syrian Army", "SAA"]),
    ("Free Syrian Army", "coalition", ["FSA"]),
    ("Army of Conquest", "coalition", ["Jaysh al-Fatah"]),
    ("Jaysh al-Islam", "armed_group", ["Army of Islam"]),
    ("Ahrar al-Sham", "armed_group", []),
    ("Hay'at Tahrir al-Sham", "armed_group", ["HTS"]),
    ("Faylaq al-Sham", "armed_group", ["Sham Legion"]),
    ("Rif Dimashq Governorate", "place", ["al-Sham"]),
    ("Iraqi Army", "state_force", []),
    ("Islamic State", "armed_group", ["ISIS"]),
    ("Armenia", "state", []),
]


@pytest.fixture
def store(db_url):
    store = open_store(db_url)
    with store.write() as conn:
        for name, kind, others in NAMES:
            eid = conn.execute(insert(entities).values(name=name, type=kind, created_at="2026-12-03")
                               ).inserted_primary_key[0]
            seen = set()
            for alias in [name] + others:
                for key in dict.fromkeys(match_keys(alias)):
                    if key in seen:  # one alias row per key and entity, as the resolver writes them
                        continue
                    seen.add(key)
                    conn.execute(insert(aliases).values(entity_id=eid, name=alias, key=key, origin="article"))
    yield store
    store.close()


def names(store, q, **kw):
    with store.read() as conn:
        return [(h["name"], h["match"]) for h in search(conn, q, **kw)]


def test_army_finds_the_armies_named_in_other_words(store):
    got = names(store, "Army")
    found = [n for n, _ in got]
    for name in ("Free Syrian Army", "Army of Conquest", "Jaysh al-Islam", "Syrian Arab Army", "Iraqi Army"):
        assert name in found[:10], got
    assert dict(got)["Army of Conquest"] == "prefix" and dict(got)["Free Syrian Army"] == "word"
    assert found.index("Army of Conquest") < found.index("Free Syrian Army")


def test_sham_lists_the_main_groups_after_the_exact_match(store):
    got = names(store, "Sham")
    assert got[0] == ("Rif Dimashq Governorate", "exact")  # "al-Sham": an exact key comes first ...
    found = [n for n, _ in got]
    for name in ("Ahrar al-Sham", "Hay'at Tahrir al-Sham", "Faylaq al-Sham"):  # ... but hides nothing
        assert name in found, got


def test_jaish_finds_jaysh_by_its_folded_spelling(store):
    found = [n for n, _ in names(store, "Jaish")]
    assert "Jaysh al-Islam" in found and "Army of Conquest" in found  # Jaysh al-Fatah


def test_word_prefix_and_fuzzy_come_last(store):
    got = names(store, "Arm")
    assert ("Armenia", "word prefix") in got or ("Armenia", "prefix") in got
    assert names(store, "Ahrar al-Shm") == [("Ahrar al-Sham", "fuzzy")]
    assert names(store, "Islamic Stat")[0] == ("Islamic State", "prefix")
    assert names(store, "zzzz") == []


def test_exact_search_still_names_one_entity(store):
    with store.read() as conn:
        assert find_entity(conn, "Faylaq al-Sham") == find_entity(conn, "Sham Legion")
    assert names(store, "Army", exact=True) == []


def test_renamed_aliases_are_found_by_their_new_name(store):
    """The FTS5 index follows the aliases table (triggers); PostgreSQL's index is on the table itself."""
    with store.write() as conn:
        conn.execute(update(aliases).where(aliases.c.name == "Iraqi Army").values(name="Iraqi Ground Forces"))
    found = [n for n, _ in names(store, "Ground")]
    assert found == ["Iraqi Army"]


def test_web_search_uses_the_same_ranking(store, tmp_path, db_url):
    from fastapi.testclient import TestClient
    from orbat.serve.app import create_app
    with TestClient(create_app(db_url), base_url="http://127.0.0.1") as client:
        got = client.get("/api/search", params={"q": "Army"}).json()["results"]
        page = client.get("/search", params={"q": "Sham"}).text
    assert [r["name"] for r in got] == [n for n, _ in names(store, "Army")]
    assert "Ahrar al-Sham" in page and "word" in page
