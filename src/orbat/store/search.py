"""Entities found by name, for `orbat search` and the web's search box alike.

Results come in tiers, as a reader expects from a search box: **exact** (the name or any spelling of
it, by match key), then **prefix** (a name that starts with the words typed), then **word** (the words
typed, whole, anywhere in a name or in its folded spelling, so "Army" finds "Free Syrian Army" and
"Jaish" finds "Jaysh al-Islam"), then **word prefix** ("Jab" finds "Jabhat al-Nusra"), then
**meaning** (the words' English rendering: "Jaish" finds what is stored as "Army of ..."), then
**fuzzy** (rapidfuzz, for misspellings). The prefix and word tiers are the database's own full-text
search, SQLite FTS5 or PostgreSQL's tsvector (migration 0003). Within a tier, the entities the store
says most about come first, then the full-text rank (bm25, ts_rank).
"""
from __future__ import annotations

import re
import unicodedata

from sqlalchemy import func, select, text
from sqlalchemy.engine import Connection

from orbat.resolve import AliasTable, match_keys
from orbat.store.schema import aliases, claims

TIERS = ("exact", "prefix", "word", "word prefix", "meaning", "fuzzy")
FUZZY_CUTOFF = 85  # rapidfuzz ratio of a whole name: a letter or two off in a name of some length
FUZZY_CUTOFF_WORD = 80  # of one word: "Legon" for "Legion", "Jaish" for "Jaysh"
WORD = re.compile(r"\w+")


def fold(s: str) -> str:
    """Lower case without diacritics, as FTS5's unicode61 tokenizer sees it."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def tokens(s: str) -> list[str]:
    return WORD.findall(fold(s))


def search_names(conn: Connection, text_: str, table: AliasTable | None = None, exact: bool = False,
                 limit: int = 50) -> list[tuple[int, str]]:
    """(alias entity id, tier) pairs for `text_`, best first; ids are not yet mapped to merge roots."""
    names = [text_]
    if table is not None and (canon := table.canonical(text_)):
        names.append(canon)
    keys = list(dict.fromkeys(k for n in names for k in match_keys(n)))
    found: list[tuple[int, str]] = [(i, "exact") for i in conn.execute(
        select(aliases.c.entity_id).where(aliases.c.key.in_(keys))).scalars().all()]
    if exact:
        return found
    words = tokens(text_)
    spelling = [tokens(k) for k in keys[:1]]
    meaning = [tokens(k) for k in keys[1:]]
    fulltext = _sqlite if conn.dialect.name == "sqlite" else _postgres
    if words:
        found += [(i, "prefix") for i in fulltext(conn, "prefix", words, [], limit)]
        found += [(i, "word") for i in fulltext(conn, "word", words, spelling, limit)]
        found += [(i, "word prefix") for i in fulltext(conn, "word prefix", words, spelling, limit)]
    if any(meaning):
        found += [(i, "meaning") for i in fulltext(conn, "word", [], meaning, limit)]
    if len({i for i, _ in found}) < limit:
        found += [(i, "fuzzy") for i in _fuzzy(conn, text_, limit)]
    return found


def _sqlite(conn: Connection, how: str, words: list[str], key_groups: list[list[str]], limit: int) -> list[int]:
    """Entity ids with an alias whose name holds `words` (or whose key holds one of `key_groups`),
    by FTS5 over alias_search(name, key), in bm25 order. `how`: prefix (the name starts with the
    words, the last one a prefix), word (whole words), word prefix (each word a prefix)."""
    def quoted(t: str) -> str:
        return '"' + t.replace('"', '""') + '"'

    if how == "prefix":
        query = "name : ^" + quoted(" ".join(words)) + " *"
    else:
        star = "*" if how == "word prefix" else ""
        groups = [("name", words)] * bool(words) + [("key", g) for g in key_groups if g]
        query = " OR ".join(f"{col} : (" + " AND ".join(quoted(t) + star for t in g) + ")" for col, g in groups)
    if not query:
        return []
    return list(conn.execute(text(
        "SELECT a.entity_id FROM alias_search JOIN aliases a ON a.id = alias_search.rowid "
        "WHERE alias_search MATCH :q ORDER BY alias_search.rank LIMIT :n"), {"q": query, "n": limit * 10}).scalars())


def _postgres(conn: Connection, how: str, words: list[str], key_groups: list[list[str]], limit: int) -> list[int]:
    """The same over PostgreSQL's tsvector of name and key ('simple' configuration; the GIN index of
    migration 0003), in ts_rank order."""
    def lexeme(t: str, star: bool) -> str:
        return "'" + t.replace("\\", "\\\\").replace("'", "''") + "'" + (":*" if star else "")

    if how == "prefix":
        queries = [" <-> ".join(lexeme(t, n == len(words) - 1) for n, t in enumerate(words))]
    else:
        queries = [" & ".join(lexeme(t, how == "word prefix") for t in g) for g in [words] + key_groups if g]
    out: list[int] = []
    for q in queries:
        sql = ("SELECT entity_id FROM aliases, to_tsquery('simple', :q) query "
               "WHERE to_tsvector('simple', name || ' ' || key) @@ query ")
        params: dict = {"q": q, "n": limit * 10}
        if how == "prefix":  # the phrase at the start of the name, not anywhere in it
            sql += "AND lower(name) LIKE :start ESCAPE '!' "
            params["start"] = re.sub(r"([!%_])", r"!\1", words[0]) + "%"
        sql += "ORDER BY ts_rank(to_tsvector('simple', name || ' ' || key), query) DESC, id LIMIT :n"
        out += conn.execute(text(sql), params).scalars().all()
    return out


def _fuzzy(conn: Connection, text_: str, limit: int) -> list[int]:
    """Entity ids whose name is a near miss of `text_`, best first (rapidfuzz): the whole name a
    letter or two off, or every word typed close to a word of the name ("Legon" for "Sham Legion").
    Words under four letters must be exact; a near miss of part of a name is not enough ("Jaysh
    al-Izza" does not find "Ahrar al-Izza")."""
    from rapidfuzz import fuzz, process

    wanted = fold(text_)
    words = tokens(text_)
    if len(wanted) < 4 or not words:
        return []
    rows = conn.execute(select(aliases.c.entity_id, aliases.c.name)).all()
    folded = [fold(name) for _, name in rows]
    scores: dict[int, float] = {}
    for _, score, n in process.extract(wanted, folded, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF,
                                       limit=limit * 5):
        scores[n] = max(scores.get(n, 0), score)
    by_word: dict[str, set[int]] = {}
    for n, name in enumerate(folded):
        for w in WORD.findall(name):
            by_word.setdefault(w, set()).add(n)
    vocabulary = list(by_word)
    matched: set[int] | None = None
    worst: dict[int, float] = {}
    for w in words:
        close = [(w, 100.0)] if len(w) < 4 else [(v, sc) for v, sc, _ in process.extract(
            w, vocabulary, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF_WORD, limit=50)]
        here: dict[int, float] = {}
        for v, sc in close:
            for n in by_word.get(v, ()):
                here[n] = max(here.get(n, 0), sc)
        matched = set(here) if matched is None else matched & set(here)
        for n in here:
            worst[n] = min(worst.get(n, 100.0), here[n])
    for n in matched or ():
        scores[n] = max(scores.get(n, 0), worst[n])
    return [rows[n].entity_id for n in sorted(scores, key=lambda n: -scores[n])]


def claim_counts(conn: Connection, ids: list[int]) -> dict[int, int]:
    if not ids:
        return {}
    return dict(conn.execute(select(claims.c.subject_id, func.count()).where(claims.c.subject_id.in_(ids))
                             .group_by(claims.c.subject_id)).all())
