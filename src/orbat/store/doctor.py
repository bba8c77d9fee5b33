"""`orbat doctor`: what in the store's names needs an analyst. Ambiguous names (one match key held
by several entities, so that `show NAME` has to ask which), known actors of the alias table split
over several entities (a country stored as a state and as a place, a group under two spellings),
and names refused as headline or tag-line debris, each with the evidence that made it."""
from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from orbat.resolve import AliasTable, is_debris
from orbat.store.history import roots
from orbat.store.schema import aliases, claims, entities


def _claim_counts(conn: Connection) -> dict[int, int]:
    counts: dict[int, int] = defaultdict(int)
    for col in (claims.c.subject_id, claims.c.object_id):
        for eid, n in conn.execute(select(col, func.count()).where(col.is_not(None)).group_by(col)):
            counts[eid] += n
    return counts


def _evidence(conn: Connection, eid: int, name: str) -> str | None:
    """A sentence in which the entity is named `name`, if a claim has one."""
    q = select(claims.c.sentence).where((claims.c.subject_id == eid) | (claims.c.object_id == eid)).limit(20)
    sentences = conn.execute(q).scalars().all()
    return next((s for s in sentences if name.casefold() in s.casefold()), sentences[0] if sentences else None)


def diagnose(conn: Connection, table: AliasTable | None = None) -> dict:
    table = table or AliasTable.load()
    rows = conn.execute(select(aliases.c.key, aliases.c.name, aliases.c.entity_id, aliases.c.scope_id)).all()
    ents = {r.id: r for r in conn.execute(select(entities.c.id, entities.c.name, entities.c.type,
                                                 entities.c.merged_into))}
    root = roots(conn, set(ents))
    counts = _claim_counts(conn)

    def info(eid: int, name: str) -> dict:
        e = ents[eid]
        return {"id": eid, "name": e.name, "type": e.type, "claims": counts.get(eid, 0),
                "evidence": _evidence(conn, eid, name)}

    by_key: dict[tuple[str, int | None], dict[int, str]] = defaultdict(dict)
    for key, name, eid, scope in rows:
        by_key[(key, scope)].setdefault(root.get(eid, eid), name)
    ambiguous = []
    for (key, _scope), holders in sorted(by_key.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0)):
        if len(holders) > 1:
            name = next(iter(holders.values()))
            ambiguous.append({"name": name, "key": key, "entities": [info(i, n) for i, n in holders.items()]})
    ambiguous.sort(key=lambda a: -sum(e["claims"] for e in a["entities"]))

    known: dict[str, set[int]] = defaultdict(set)
    for e in ents.values():
        if e.merged_into is None and (canon := table.canonical(e.name)):
            known[canon].add(e.id)
    split_actors = [{"name": canon, "entities": [info(i, canon) for i in sorted(ids)]}
                    for canon, ids in sorted(known.items()) if len(ids) > 1]

    debris = [{"id": e.id, "name": e.name, "type": e.type, "claims": counts.get(e.id, 0)}
              for e in ents.values() if e.merged_into is None and is_debris(e.name, e.type)]
    debris.sort(key=lambda d: -d["claims"])
    return {"ambiguous": ambiguous, "split_actors": split_actors, "debris": debris}
