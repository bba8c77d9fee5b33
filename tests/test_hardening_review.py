"""Issue 13, items 3, 4 and 5 on SQLite and PostgreSQL: numbered units stay apart; undoing a merge
puts back the facts of articles ingested while it stood; an undo cannot be undone (it says so);
split then undo leaves no entity behind; two writers do not create the same entity twice."""
from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import func, select

from conftest import REPO
from orbat.ingest import ingest
from orbat.resolve import AliasTable, match_keys
from orbat.sources import iter_records
from orbat.store import open_store
from orbat.store.resolver import Resolver
from orbat.store.review import ReviewError, merge, split, undo
from orbat.store.schema import claim_args, claims, entities
from orbat.store.views import find_entity, show


def _ingest(store, folder, name: str, text: str, published: str) -> int:
    path = folder / name
    path.write_text(text)
    summary = ingest(store, iter_records([str(path)], published=published))
    assert summary.counts["stored"] == 1, summary
    with store.read() as conn:
        return conn.execute(select(func.max(claims.c.document_id))).scalar()


def _names(items) -> set[str]:
    return {it["name"] for it in items}


@pytest.fixture
def store(db_url):
    s = open_store(db_url)
    yield s
    s.close()


def test_digits_are_never_folded(store):
    assert set(match_keys("Division 11")).isdisjoint(match_keys("Division 1"))
    assert set(match_keys("Unit 8200")).isdisjoint(match_keys("Unit 820"))
    assert match_keys("Hezbollah") == match_keys("Hezbolah")  # doubled letters still fold
    resolver = Resolver(AliasTable.load())
    with store.write() as conn:
        idf = resolver.resolve(conn, ["Israel Defense Forces"], "state_force", None)
        ids = {name: resolver.resolve(conn, [name], "armed_group", idf)
               for name in ("Unit 8200", "Unit 820", "Division 11", "Division 1", "Brigade 313", "Brigade 31")}
        assert len(set(ids.values())) == 6
        assert resolver.resolve(conn, ["Unit 8200"], "armed_group", idf) == ids["Unit 8200"]


def test_undoing_a_merge_puts_back_what_was_ingested_while_it_stood(store, tmp_path):
    _ingest(store, tmp_path, "1.txt", "The Hamza Division is part of the Syrian National Army, a commander said "
            "on 3 May 2019.\n", "2019-05-04")
    _ingest(store, tmp_path, "2.txt", "The Sultan Murad Division is part of the Syrian National Army, a "
            "commander said on 5 May 2019.\n", "2019-05-06")
    with store.write() as conn:
        hamza, murad = find_entity(conn, "Hamza Division"), find_entity(conn, "Sultan Murad Division")
        cid = merge(conn, hamza, murad, "tester", "same group?")
    late = _ingest(store, tmp_path, "3.txt", "The Sultan Murad Division fought the Kurdistan Workers' Party near "
                   "Afrin on 9 May 2019, a monitor said.\n", "2019-05-10")
    with store.read() as conn:
        assert "Kurdistan Workers' Party" in _names(show(conn, hamza, "2019-06-01", include_past=True)["enemies"])
    with store.write() as conn:
        undo(conn, cid, "tester")
    with store.read() as conn:
        subjects = set(conn.execute(select(claims.c.subject_id).where(
            claims.c.document_id == late, claims.c.subject_id.is_not(None))).scalars())
        agents = set(conn.execute(select(claim_args.c.entity_id).join(claims, claims.c.id == claim_args.c.claim_id)
                                  .where(claims.c.document_id == late, claim_args.c.role == "agent")).scalars())
        assert subjects | agents == {murad}
        assert not show(conn, hamza, "2019-06-01", include_past=True)["enemies"]
        assert "Kurdistan Workers' Party" in _names(show(conn, murad, "2019-06-01", include_past=True)["enemies"])
        assert find_entity(conn, "Sultan Murad Division") == murad != find_entity(conn, "Hamza Division")


def test_an_undo_cannot_be_undone_and_says_so(store, tmp_path, db_url):
    _ingest(store, tmp_path, "1.txt", "The Hamza Division is part of the Syrian National Army, a commander said "
            "on 3 May 2019.\n", "2019-05-04")
    _ingest(store, tmp_path, "2.txt", "The Sultan Murad Division is part of the Syrian National Army, a "
            "commander said on 5 May 2019.\n", "2019-05-06")
    with store.write() as conn:
        cid = merge(conn, find_entity(conn, "Hamza Division"), find_entity(conn, "Sultan Murad Division"), "t")
        back = undo(conn, cid, "t")
    with store.write() as conn, pytest.raises(ReviewError, match="itself an undo"):
        undo(conn, back, "t")
    done = subprocess.run([sys.executable, "-m", "orbat", "undo", str(back), "--db", db_url], cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and "itself an undo" in done.stderr and "undone" not in done.stdout


def test_split_then_undo_leaves_no_entity_behind(store, tmp_path):
    _ingest(store, tmp_path, "1.txt", "Jaysh al-Izza, also called the Army of Glory, fought the Syrian Arab Army "
            "near Latamneh on 2 June 2019.\n", "2019-06-03")
    with store.read() as conn:
        before = conn.execute(select(func.count()).select_from(entities)).scalar()
        izza = find_entity(conn, "Jaysh al-Izza")
    with store.write() as conn:
        cid, new = split(conn, izza, ["Army of Glory"], "t", "two groups")
    with store.write() as conn:
        undo(conn, cid, "t")
    with store.read() as conn:
        assert conn.execute(select(func.count()).select_from(entities)).scalar() == before
        assert conn.execute(select(entities.c.id).where(entities.c.id == new)).first() is None
        assert find_entity(conn, "Army of Glory") == izza


def test_a_second_writer_sees_the_names_the_first_added(store, tmp_path):
    """Two ingest processes are two Resolvers over one store, taking turns at the write lock: the
    second must fuzzy-match a spelling of a group the first created after it had looked."""
    table = AliasTable.load()
    first, second = Resolver(table), Resolver(table)
    with store.write() as conn:
        second.resolve(conn, ["Ahrar al-Sharqiya"], "armed_group", None)  # fills its fuzzy index
    with store.write() as conn:
        zenki = first.resolve(conn, ["Harakat Nour al-Din al-Zenki"], "armed_group", None)
    with store.write() as conn:
        assert second.resolve(conn, ["Harakat Nur al-Din al-Zinki"], "armed_group", None) == zenki
    with store.read() as conn:
        assert conn.execute(select(func.count()).select_from(entities)).scalar() == 2


def test_a_store_keyed_with_folded_digits_is_rekeyed_on_upgrade(db_url):
    """A store written before digits stopped folding has 'unit 820' for 'Unit 8200'; opening it runs
    migration 0002, after which the unit is found by its own name and not by 'Unit 820'."""
    from sqlalchemy import text, update

    from orbat.store.schema import aliases
    resolver = Resolver(AliasTable.load())
    store = open_store(db_url)
    with store.write() as conn:
        idf = resolver.resolve(conn, ["Israel Defense Forces"], "state_force", None)
        unit = resolver.resolve(conn, ["Unit 8200"], "armed_group", idf)
        for aid, key in conn.execute(select(aliases.c.id, aliases.c.key).where(aliases.c.entity_id == unit)).all():
            conn.execute(update(aliases).where(aliases.c.id == aid).values(key=key.replace("8200", "820")))
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    store.close()
    store = open_store(db_url)
    try:
        with store.read() as conn:
            keys = set(conn.execute(select(aliases.c.key).where(aliases.c.entity_id == unit)).scalars())
        assert keys == set(match_keys("Unit 8200"))
        with store.write() as conn:
            assert Resolver(AliasTable.load()).resolve(conn, ["Unit 8200"], "armed_group", idf) == unit
            assert Resolver(AliasTable.load()).resolve(conn, ["Unit 820"], "armed_group", idf) != unit
    finally:
        store.close()


def test_a_second_writer_sees_the_stories_the_first_stored(store, tmp_path):
    """Near-duplicate texts stored by two ingests running at once are one story, as when one stores both."""
    from orbat.ingest import Ingestor
    from orbat.store.schema import documents

    wire = ("Rebel factions in northwestern Syria announced on Tuesday that they had merged into a new coalition, "
            "the National Front for Liberation, a spokesman told reporters in Idlib. The new front includes the "
            "Free Idlib Army, the Sham Legion and several smaller brigades that had fought the government for "
            "years. Its commander said the coalition would defend the province against any offensive.\n")
    (tmp_path / "other.txt").write_text("The Hamza Division clashed with the Syrian Arab Army near Atarib on 4 April "
                                        "2020, a monitor said.\n")
    (tmp_path / "wire.txt").write_text(wire)
    (tmp_path / "copy.txt").write_text(wire.replace("told reporters", "told journalists"))
    first, second = Ingestor(store), Ingestor(store)
    second.add(next(iter_records([str(tmp_path / "other.txt")], published="2020-04-05")))  # loads its index
    a = first.add(next(iter_records([str(tmp_path / "wire.txt")], published="2018-08-01")))
    b = second.add(next(iter_records([str(tmp_path / "copy.txt")], published="2018-08-01")))
    with store.read() as conn:
        stories = dict(conn.execute(select(documents.c.id, documents.c.story_id)).all())
    assert a.status == b.status == "stored" and stories[a.document_id] == stories[b.document_id]
