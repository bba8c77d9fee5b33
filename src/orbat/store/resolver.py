"""Which stored entity an article's entity is: by match keys of all its names, the shipped and
user alias tables, fuzzy matching for spelling variants, and, for generic unit names such as
"1st Infantry Brigade", only inside the parent the article puts the unit in."""
from __future__ import annotations

import re
from functools import lru_cache

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from orbat.lexicons import load
from orbat.resolve import (AliasTable, best_match, core_name, is_debris, is_descriptor, is_generic, match_keys,
                           may_be_fuzzy)
from orbat.store.db import now
from orbat.store.schema import aliases, corrections, entities

KIND = {"armed_group": "org", "coalition": "org", "state_force": "org", "organization": "org",
        "state": "state", "person": "person", "place": "place"}


def kind_of(entity_type: str) -> str:
    """The class of types that may name the same actor across articles (a group one article calls a
    coalition is still that group)."""
    return KIND.get(entity_type, entity_type)


# 'Latakia province', 'Kursk region', 'Dikwa town', 'Djugu territory': the place itself, for matching
_PLACE_SUFFIX = re.compile(r"\s+(?:province|governorate|region|district|city|town|village|countryside|"
                           r"area|oblast|state|county|municipality|territory)$", re.I)
# 'Menagh military air base', 'Tabqa airbase', 'Tabqa air base': one 'X base' (not the town X)
_AIR_BASE = re.compile(r"\s+(?:military\s+)?(?:air\s*base|air\s+field|airfield)$", re.I)


@lru_cache(maxsize=1)
def _country_keys() -> frozenset[str]:
    """Match keys of every country's name and aliases (places.tsv countries, states.tsv names)."""
    names = [n for row in load("places") if row["kind"] == "country" for n in (row["name"], *row["aliases"])]
    names += [row["name"] for row in load("states")]
    return frozenset(k for n in names for k in match_keys(n))


@lru_cache(maxsize=1)
def _places() -> dict[str, tuple[str, ...]]:
    """Match key -> the names of the one place (places.tsv name and aliases) that has it; a key of
    two places names neither."""
    out: dict[str, tuple[str, ...] | None] = {}
    for row in load("places"):
        names = (row["name"], *row["aliases"])
        for k in {k for n in names for k in match_keys(n)}:
            out[k] = names if out.get(k, names) == names else None
    return {k: v for k, v in out.items() if v}


def place_names(name: str) -> list[str]:
    """The names places.tsv gives the place `name` names ('Karabakh' -> 'Nagorno-Karabakh',
    'Karabakh', ...), else []."""
    return next((list(names) for k in match_keys(name) if (names := _places().get(k))), [])


# 'east of Aleppo', 'northern Idlib', 'Aleppo countryside', 'area of southern Idlib': a part of a
# place, not the place (nor another part of it)
_DIRECTION = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central|upper|lower"
_PART = re.compile(rf"\b(?:{_DIRECTION}|countryside|outskirts|suburbs|environs|vicinity|area)\b", re.I)


def place_part(name: str) -> tuple[str, ...]:
    """The words that make a place name a part of a place ('east of Aleppo' -> ('east',)), sorted;
    () for the place itself."""
    return tuple(sorted(w.casefold().replace("-", "") for w in _PART.findall(name)))


def is_country(name: str) -> bool:
    """Whether `name` names a country (not a capital or a region)."""
    return any(k in _country_keys() for k in match_keys(name))


# 'Syrian government', 'Assad regime' (through the alias table): a state's government, which the
# guide types as the state acting as a party
_GOVERNMENT = re.compile(r"^(?:the\s+)?[\w'-]+\s+(?:government|regime)$", re.I)


def is_government(name: str, table: AliasTable) -> bool:
    """Whether `name` (or the canonical name the alias table gives it) is a state's government."""
    from orbat.kinds import camp
    canon = table.canonical(name) or name
    return bool(_GOVERNMENT.match(canon.strip())) and camp(canon, "organization") is not None


def root_of(conn: Connection, entity_id: int) -> int:
    """The entity `entity_id` was merged into, following merges to the end."""
    seen = set()
    while entity_id not in seen:
        seen.add(entity_id)
        nxt = conn.execute(select(entities.c.merged_into).where(entities.c.id == entity_id)).scalar()
        if nxt is None:
            return entity_id
        entity_id = nxt
    return entity_id


class Resolver:
    """Finds or creates the stored entity for a name, within one write transaction at a time."""

    def __init__(self, table: AliasTable):
        self.table = table
        self._fuzzy: dict[str, dict[str, int]] | None = None  # kind -> key -> entity id
        self._top = 0  # the highest alias id read into _fuzzy
        self._fixes = 0  # the newest correction when it was read

    def names_of(self, names: list[str]) -> list[str]:
        """The article's names plus the canonical name and aliases the alias table knows for them."""
        out = list(dict.fromkeys(n for n in names if n))
        for n in list(out):
            canon = self.table.canonical(n)
            if canon:
                out.append(canon)
                out.extend(a.alias for a in self.table.aliases_of(canon))
        return list(dict.fromkeys(out))

    def own_names(self, names: list[str]) -> list[str]:
        """The article's names less those the alias table gives to another actor: a bracketed gloss
        ('Jaysh al-Islam (Army of Conquest)') or a confusion of two known actors is not an alias.
        When the first name is unknown, its aliases may name one known actor, not two."""
        first = self.table.canonical(names[0])
        others = {c for n in names[1:] if (c := self.table.canonical(n))}
        keep = [names[0]]
        for n in names[1:]:
            canon = self.table.canonical(n)
            if canon is None or canon == first or (first is None and len(others) == 1):
                keep.append(n)
        return keep

    def resolve(self, conn: Connection, names: list[str], entity_type: str, scope_id: int | None) -> int:
        """The id of the stored entity these names (first the fullest) denote; created when new.
        A country is one entity (a state) whatever role the sentence gives it; headline debris
        ('Syria Idlib Bashar al-Assad SOHR') gets an entity of its own that nothing else joins."""
        if entity_type == "place" and is_country(names[0]):
            entity_type = "state"
        if entity_type == "organization" and is_government(names[0], self.table):
            entity_type = "state"  # one entity for the government, whether typed a state or not
        if is_debris(names[0], entity_type):
            found = conn.execute(select(aliases.c.entity_id).where(aliases.c.name == names[0])).scalar()
            if found is None:
                found = conn.execute(entities.insert().values(
                    name=names[0], type=entity_type, created_at=now())).inserted_primary_key[0]
                self.add_names(conn, found, [names[0]], None, origin="article")
            return root_of(conn, found)
        names = self.own_names(names)
        if not is_country(names[0]):  # 'western Syria' is part of a country, not its name: a
            # country's names are aliases of the country alone, whatever type the article gives
            names = [names[0]] + [n for n in names[1:] if not is_country(n)]
        # 'Kurdish YPG militia' finds the YPG; 'western Syria' is a region, not the country
        core = core_name(names[0]) if entity_type not in ("person", "place") else None
        if core and self.table.canonical(names[0]) is None and self.table.canonical(core):
            names = [*names, core]  # 'Kurdish YPG militia' is the YPG the alias table knows
        generic = is_generic(names[0])
        scope = scope_id if generic else None
        # a capital named as a place ('Damascus') is a place, not the state its name stands for; a place
        # or person named like a known actor ('DAESH' read as a place) is not that actor either
        metonym = entity_type in ("place", "person") and self.table.canonical(names[0]) is not None
        all_names = list(dict.fromkeys(names)) if metonym else self.names_of(names)
        if entity_type == "place":  # 'Aleppo' is not 'east of Aleppo', nor 'western Aleppo' either
            part = place_part(names[0])
            all_names = [n for n in dict.fromkeys(all_names + place_names(names[0])) if place_part(n) == part]
            all_names += [bare for n in all_names if (bare := _PLACE_SUFFIX.sub("", n).strip()) and bare != n]
            all_names += [base for n in all_names if (base := _AIR_BASE.sub(" base", n)) != n]
        # 'government forces' names whichever state's forces the article is about: no key across stories
        all_names = [n for n in all_names if n == names[0] or not is_descriptor(n)]
        keys = list(dict.fromkeys(k for n in all_names for k in match_keys(n)))
        found = self._by_keys(conn, keys, kind_of(entity_type), scope, generic)
        if found is None and not generic:
            found = self._by_similarity(conn, names[0], kind_of(entity_type))
        if found is None:
            canon = None if metonym else self.table.canonical(names[0])
            found = conn.execute(entities.insert().values(
                name=canon or names[0], type=entity_type, scope_id=scope, created_at=now())).inserted_primary_key[0]
        self.add_names(conn, found, all_names, scope, origin="article")
        return found

    def add_names(self, conn: Connection, entity_id: int, names: list[str], scope: int | None, origin: str) -> None:
        """Record every match key of `names` as an alias row of the entity (existing keys are kept).
        A key another entity of the same kind and scope already holds is not copied: two entities
        sharing a name is an alias collision for `orbat doctor` to show, not something to grow."""
        have = set(conn.execute(select(aliases.c.key).where(aliases.c.entity_id == entity_id)).scalars())
        wanted = {k for n in names for k in match_keys(n)} - have
        taken: set[str] = set()
        if wanted and origin == "article":
            me = conn.execute(select(entities.c.type).where(entities.c.id == entity_id)).scalar()
            q = (select(aliases.c.key, aliases.c.scope_id, entities.c.type, entities.c.id)
                 .join(entities, entities.c.id == aliases.c.entity_id).where(aliases.c.key.in_(wanted)))
            for key, alias_scope, etype, eid in conn.execute(q):
                if eid != entity_id and kind_of(etype) == kind_of(me) and alias_scope == scope \
                        and root_of(conn, eid) != root_of(conn, entity_id):
                    taken.add(key)
        rows = []
        for n in names:
            for k in match_keys(n):
                if k not in have and k not in taken:
                    have.add(k)
                    rows.append({"entity_id": entity_id, "name": n, "key": k, "scope_id": scope, "origin": origin})
        if rows:
            conn.execute(aliases.insert(), rows)  # the fuzzy index reads them back (see _similar)

    def _by_keys(self, conn: Connection, keys: list[str], kind: str, scope: int | None,
                 generic: bool) -> int | None:
        if not keys:
            return None
        q = (select(aliases.c.key, aliases.c.entity_id, aliases.c.scope_id, entities.c.type)
             .join(entities, entities.c.id == aliases.c.entity_id).where(aliases.c.key.in_(keys))
             .order_by(aliases.c.id))
        rank = {k: i for i, k in enumerate(keys)}
        best: tuple[int, int] | None = None
        for key, eid, alias_scope, etype in conn.execute(q):
            if kind_of(etype) != kind or (generic and alias_scope != scope):
                continue
            if best is None or rank[key] < best[0]:
                best = (rank[key], eid)
        # the entity whose name it is, not the one it is merged into: the claim follows the merge in
        # every view, and goes back with the name when the merge is undone
        return best[1] if best else None

    def _by_similarity(self, conn: Connection, name: str, kind: str) -> int | None:
        hit = best_match(name, self._similar(conn).get(kind, {}))
        return hit

    def _similar(self, conn: Connection) -> dict[str, dict[str, int]]:
        """kind -> key -> entity id of every name that may be fuzzy-matched, kept current: the names
        added since the last look (by this process or another ingest writing the same store) are
        read in, and after any correction (a split or an undo moves or drops names) all of them."""
        top = conn.execute(select(func.max(aliases.c.id))).scalar() or 0
        fixes = conn.execute(select(func.max(corrections.c.id))).scalar() or 0
        if self._fuzzy is None or fixes != self._fixes or top < self._top:
            self._fuzzy, self._top = {}, 0
        if top > self._top:
            q = (select(aliases.c.key, aliases.c.name, aliases.c.entity_id, entities.c.type)
                 .join(entities, entities.c.id == aliases.c.entity_id).where(aliases.c.id > self._top))
            for key, alias_name, eid, etype in conn.execute(q):
                if may_be_fuzzy(alias_name):
                    self._fuzzy.setdefault(kind_of(etype), {}).setdefault(key, eid)
            self._top = top
        self._fixes = fixes
        return self._fuzzy
