"""An analyst's corrections: merge and split entities, add aliases, confirm, reject or edit claims,
grade sources. Each is logged with who, when and why, with enough to undo it exactly."""
from __future__ import annotations

import json
import os
import getpass

from sqlalchemy import delete, select, update
from sqlalchemy.engine import Connection

from orbat.resolve import match_keys
from orbat.store.db import now
from orbat.store.history import GRADES, family
from orbat.store.schema import aliases, claim_args, claims, corrections, entities, sources

EDITABLE = ("valid_from", "valid_until", "date", "modality", "polarity", "role", "rank")


class ReviewError(ValueError):
    """A correction that cannot be made; the message says why."""


def default_actor() -> str:
    return os.environ.get("ORBAT_USER") or getpass.getuser()


def _log(conn: Connection, action: str, actor: str | None, reason: str | None, payload: dict) -> int:
    return conn.execute(corrections.insert().values(
        action=action, actor=actor or default_actor(), at=now(), reason=reason,
        payload=json.dumps(payload))).inserted_primary_key[0]


def merge(conn: Connection, keep: int, absorb: int, actor: str | None = None, reason: str | None = None) -> int:
    """Make `absorb` one entity with `keep`: its names and claims count for `keep` from now on."""
    if keep == absorb:
        raise ReviewError("an entity cannot be merged with itself")
    if absorb in family(conn, keep) or keep in family(conn, absorb):
        raise ReviewError("these entities are already merged")
    conn.execute(update(entities).where(entities.c.id == absorb).values(merged_into=keep))
    return _log(conn, "merge", actor, reason, {"keep": keep, "absorb": absorb})


def split(conn: Connection, root: int, names: list[str], actor: str | None = None,
          reason: str | None = None) -> tuple[int, int]:
    """Move the given names of entity `root`, and the claims that used them, to a new entity.
    Returns (correction id, new entity id)."""
    keys = {k for n in names for k in match_keys(n)}
    ids = family(conn, root)
    moved_aliases = conn.execute(select(aliases.c.id).where(aliases.c.entity_id.in_(ids),
                                                            aliases.c.key.in_(keys))).scalars().all()
    if not moved_aliases:
        raise ReviewError(f"none of {names} is a name of this entity")
    old = conn.execute(select(entities).where(entities.c.id == root)).one()
    new = conn.execute(entities.insert().values(name=names[0], type=old.type, scope_id=old.scope_id,
                                                created_at=now())).inserted_primary_key[0]
    moved_names = set(n.casefold() for n in names)
    alias_names = conn.execute(select(aliases.c.name).where(aliases.c.id.in_(moved_aliases))).scalars().all()
    moved_names.update(n.casefold() for n in alias_names)
    payload: dict = {"root": root, "new": new, "aliases": [], "subject": [], "object": [], "args": []}
    for aid, eid in conn.execute(select(aliases.c.id, aliases.c.entity_id).where(aliases.c.id.in_(moved_aliases))):
        payload["aliases"].append([aid, eid])
    conn.execute(update(aliases).where(aliases.c.id.in_(moved_aliases)).values(entity_id=new))
    for side, col, name_col in (("subject", claims.c.subject_id, claims.c.subject_name),
                                ("object", claims.c.object_id, claims.c.object_name)):
        for cid, eid, name in conn.execute(select(claims.c.id, col, name_col).where(col.in_(ids))).all():
            if name and name.casefold() in moved_names:
                payload[side].append([cid, eid])
                conn.execute(update(claims).where(claims.c.id == cid).values({col.key: new}))
    for cid, role, eid, name in conn.execute(select(claim_args.c.claim_id, claim_args.c.role, claim_args.c.entity_id,
                                                    claim_args.c.name).where(claim_args.c.entity_id.in_(ids))).all():
        if name and name.casefold() in moved_names:
            payload["args"].append([cid, role, eid])
            conn.execute(update(claim_args).where(claim_args.c.claim_id == cid, claim_args.c.role == role,
                                                  claim_args.c.entity_id == eid).values(entity_id=new))
    return _log(conn, "split", actor, reason, payload), new


def add_alias(conn: Connection, root: int, alias: str, actor: str | None = None, reason: str | None = None) -> int:
    have = set(conn.execute(select(aliases.c.key).where(aliases.c.entity_id == root)).scalars())
    scope = conn.execute(select(entities.c.scope_id).where(entities.c.id == root)).scalar()
    rows = [{"entity_id": root, "name": alias, "key": k, "scope_id": scope, "origin": "user"}
            for k in match_keys(alias) if k not in have]
    if not rows:
        raise ReviewError(f"{alias!r} is already a name of this entity")
    added = [conn.execute(aliases.insert().values(r)).inserted_primary_key[0] for r in rows]
    return _log(conn, "alias", actor, reason, {"entity": root, "aliases": added, "name": alias})


def set_claim_status(conn: Connection, claim_id: int, status: str, actor: str | None = None,
                     reason: str | None = None) -> int:
    """Confirm or reject a claim (or put it back to active); a rejected claim stays stored."""
    if status not in ("confirmed", "rejected", "active"):
        raise ReviewError(f"unknown claim status {status!r}")
    before = conn.execute(select(claims.c.status).where(claims.c.id == claim_id)).scalar()
    if before is None:
        raise ReviewError(f"no claim {claim_id}")
    conn.execute(update(claims).where(claims.c.id == claim_id).values(status=status))
    action = {"confirmed": "confirm", "rejected": "reject", "active": "reopen"}[status]
    return _log(conn, action, actor, reason, {"claim": claim_id, "before": before, "after": status})


def reject_claims(conn: Connection, ids: list[int], actor: str | None = None, reason: str | None = None,
                  edge: list | None = None) -> tuple[int, int]:
    """Reject all of `ids` (the claims behind one line) as one correction that one undo reverses.
    Returns (correction id, number of claims rejected)."""
    before = dict(conn.execute(select(claims.c.id, claims.c.status).where(claims.c.id.in_(ids))).all())
    missing = sorted(set(ids) - set(before))
    if missing:
        raise ReviewError(f"no claim {missing[0]}")
    if not before:
        raise ReviewError("no claim to reject")
    conn.execute(update(claims).where(claims.c.id.in_(list(before))).values(status="rejected"))
    cid = _log(conn, "reject_edge", actor, reason, {"edge": edge, "before": {str(k): v for k, v in before.items()}})
    return cid, len(before)


def reject_edge(conn: Connection, subject: int, relation: str, obj: int, actor: str | None = None,
                reason: str | None = None) -> tuple[int, int]:
    """Reject every live claim behind one line of the order of battle (relation claims and the
    events that open or close it, for and against), as one correction that one undo reverses.
    Returns (correction id, number of claims rejected)."""
    from orbat.store.history import SYMMETRIC, neighbourhood
    nb = neighbourhood(conn, {subject}, constrained=False)
    s, o = nb.root_of.get(subject, subject), nb.root_of.get(obj, obj)
    if relation in SYMMETRIC and s > o:
        s, o = o, s
    edge = nb.edges.get((s, relation, o))
    if edge is None:
        raise ReviewError(f"no live claim says #{subject} {relation} #{obj}")
    ids = sorted({c.id for c in edge.support + edge.against})
    return reject_claims(conn, ids, actor, reason, edge=[s, relation, o])


def edit_claim(conn: Connection, claim_id: int, changes: dict, actor: str | None = None,
               reason: str | None = None) -> int:
    bad = set(changes) - set(EDITABLE)
    if bad:
        raise ReviewError(f"cannot edit {sorted(bad)}; editable: {', '.join(EDITABLE)}")
    row = conn.execute(select(*[claims.c[k] for k in changes]).where(claims.c.id == claim_id)).first()
    if row is None:
        raise ReviewError(f"no claim {claim_id}")
    before = dict(zip(changes, row))
    conn.execute(update(claims).where(claims.c.id == claim_id).values(changes))
    return _log(conn, "edit", actor, reason, {"claim": claim_id, "before": before, "after": changes})


def grade_source(conn: Connection, name: str, grade: str, actor: str | None = None, reason: str | None = None) -> int:
    """Set a source's Admiralty reliability grade (A reliable ... E unreliable, F cannot be judged)."""
    grade = grade.upper()
    if grade not in GRADES:
        raise ReviewError(f"grade must be one of {', '.join(GRADES)}")
    before = conn.execute(select(sources.c.reliability).where(sources.c.name == name)).scalar()
    if before is None:
        conn.execute(sources.insert().values(name=name, reliability=grade))
    else:
        conn.execute(update(sources).where(sources.c.name == name).values(reliability=grade))
    return _log(conn, "grade", actor, reason, {"source": name, "before": before, "after": grade})


def undo(conn: Connection, correction_id: int, actor: str | None = None) -> int:
    """Reverse a correction exactly; the undo is itself logged."""
    row = conn.execute(select(corrections).where(corrections.c.id == correction_id)).first()
    if row is None:
        raise ReviewError(f"no correction {correction_id}")
    if row.undone_at:
        raise ReviewError(f"correction {correction_id} was already undone at {row.undone_at}")
    p = json.loads(row.payload)
    if row.action == "undo":
        raise ReviewError(f"correction {correction_id} is itself an undo (of correction {p['correction']}), "
                          "which cannot be reversed; make that correction again instead")
    if row.action == "merge":
        conn.execute(update(entities).where(entities.c.id == p["absorb"]).values(merged_into=None))
    elif row.action == "split":
        for aid, eid in p["aliases"]:
            conn.execute(update(aliases).where(aliases.c.id == aid).values(entity_id=eid))
        for side in ("subject", "object"):
            for cid, eid in p[side]:
                conn.execute(update(claims).where(claims.c.id == cid).values({f"{side}_id": eid}))
        for cid, role, eid in p["args"]:
            conn.execute(update(claim_args).where(claim_args.c.claim_id == cid, claim_args.c.role == role,
                                                  claim_args.c.entity_id == p["new"]).values(entity_id=eid))
        _drop_split_entity(conn, p["new"], p["root"])
    elif row.action == "alias":
        conn.execute(delete(aliases).where(aliases.c.id.in_(p["aliases"])))
    elif row.action in ("confirm", "reject", "reopen"):
        conn.execute(update(claims).where(claims.c.id == p["claim"]).values(status=p["before"]))
    elif row.action == "reject_edge":
        for claim_id, status in p["before"].items():
            conn.execute(update(claims).where(claims.c.id == int(claim_id)).values(status=status))
    elif row.action == "edit":
        conn.execute(update(claims).where(claims.c.id == p["claim"]).values(p["before"]))
    elif row.action == "grade":
        if p["before"] is None:
            conn.execute(delete(sources).where(sources.c.name == p["source"]))
        else:
            conn.execute(update(sources).where(sources.c.name == p["source"]).values(reliability=p["before"]))
    stamp = now()
    conn.execute(update(corrections).where(corrections.c.id == correction_id).values(undone_at=stamp))
    return _log(conn, "undo", actor, None, {"correction": correction_id})


def _drop_split_entity(conn: Connection, new: int, root: int) -> None:
    """Undoing a split: the entity it made goes, unless something came to name it since (an article
    ingested while the split stood, an alias, a merge); then it is merged back into `root`."""
    refs = (claims.c.subject_id, claims.c.object_id, claim_args.c.entity_id, aliases.c.entity_id,
            entities.c.merged_into, entities.c.scope_id)
    used = any(conn.execute(select(col).where(col == new).limit(1)).first() for col in refs)
    if used:
        conn.execute(update(entities).where(entities.c.id == new).values(merged_into=root))
    else:
        conn.execute(delete(entities).where(entities.c.id == new))


def history(conn: Connection, limit: int = 100) -> list[dict]:
    rows = conn.execute(select(corrections).order_by(corrections.c.id.desc()).limit(limit)).all()
    return [{"id": r.id, "action": r.action, "actor": r.actor, "at": r.at, "reason": r.reason,
             "payload": json.loads(r.payload), "undone_at": r.undone_at} for r in rows]
