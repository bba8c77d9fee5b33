"""Read-only queries the pages need beyond `orbat.store.views`: a claim with its document, mention
and the documents that agree or disagree; documents with their extraction counts; the history."""
from __future__ import annotations

import json
import re
from collections import defaultdict

from sqlalchemy import case, func, select
from sqlalchemy.engine import Connection

from orbat.store.history import LIVE, SYMMETRIC, neighbourhood, roots
from orbat.store.review import history as corrections_log
from orbat.store.schema import aliases, claim_args, claims, corrections, documents, entities, sources
from orbat.store.views import LINEAGE

DOCUMENT_FIELDS = ("id", "title", "source", "url", "published", "published_source", "status", "origin")
MAX_MARK_NAMES = 40


def _documents(conn: Connection, ids: set[int]) -> dict[int, dict]:
    cols = [documents.c[k] for k in DOCUMENT_FIELDS]
    return {r.id: dict(r._mapping) for r in conn.execute(select(*cols).where(documents.c.id.in_(ids)))}


def _entity(conn: Connection, eid: int | None, mention: str | None) -> dict | None:
    if eid is None:
        return None
    root = roots(conn, {eid})[eid]
    name = conn.execute(select(entities.c.name).where(entities.c.id == root)).scalar()
    return {"id": root, "name": name, "mention": mention}


def marks(sentence: str, names: list[str]) -> list[dict]:
    """Where the names occur in the sentence as whole words, longest first, without overlaps:
    [{start, end}]. Any case, except an acronym ("IS", "HTS"), which is matched as written, so "is"
    in "extremist" or in "the group is" is not Islamic State."""
    taken: list[tuple[int, int]] = []
    for name in sorted({n.strip() for n in names if n and n.strip()}, key=len, reverse=True):
        acronym = name.isupper() and len(name) <= 6
        pattern = r"(?<!\w)" + re.escape(name) + r"(?!\w)"
        for m in re.finditer(pattern, sentence, 0 if acronym else re.IGNORECASE):
            if all(m.end() <= a or m.start() >= b for a, b in taken):
                taken.append(m.span())
    return [{"start": a, "end": b} for a, b in sorted(taken)]


def claim(conn: Connection, cid: int) -> dict | None:
    """One claim with its document, the mention spans in its sentence, its participants, the other
    claims that agree and disagree with it, and the corrections made to it."""
    row = conn.execute(select(claims).where(claims.c.id == cid)).first()
    if row is None:
        return None
    args = [{"role": role, "mention": name, **_entity(conn, eid, name)} for role, eid, name in conn.execute(
        select(claim_args.c.role, claim_args.c.entity_id, claim_args.c.name).where(claim_args.c.claim_id == cid))]
    subject, obj = _entity(conn, row.subject_id, row.subject_name), _entity(conn, row.object_id, row.object_name)
    named = [p for p in (subject, obj, *args) if p]
    names = [p["mention"] for p in named] + [p["name"] for p in named]
    names += conn.execute(select(aliases.c.name).where(aliases.c.entity_id.in_({p["id"] for p in named}))
                          .limit(MAX_MARK_NAMES)).scalars().all()
    agree, disagree = _agreement(conn, row, subject, obj, args)
    docs = _documents(conn, {row.document_id} | {c["document"] for c in agree + disagree})
    for c in agree + disagree:
        c["document"] = docs[c["document"]]
    label = LINEAGE.get(row.type, (row.type,))[0] if row.kind == "event" else row.type.replace("_", " ")
    return {"id": row.id, "kind": row.kind, "type": row.type, "label": label, "status": row.status,
            "polarity": row.polarity, "modality": row.modality, "confidence": row.confidence,
            "role": row.role, "rank": row.rank, "valid_from": row.valid_from, "valid_until": row.valid_until,
            "date": row.date, "date_text": row.date_text, "sentence": row.sentence,
            "marks": marks(row.sentence, names), "subject": subject, "object": obj, "args": args,
            "document": docs[row.document_id], "agree": agree, "disagree": disagree,
            "corrections": _claim_corrections(conn, cid)}


def _agreement(conn: Connection, row, subject, obj, args) -> tuple[list[dict], list[dict]]:
    """Live claims of other documents stating the same fact, and those stating its opposite."""
    if row.kind == "relation" and subject and obj:
        s, o = subject["id"], obj["id"]
        if row.type in SYMMETRIC and s > o:
            s, o = o, s
        edge = neighbourhood(conn, {s}).edges.get((s, row.type, o))
        same, other = (edge.support, edge.against) if edge else ([], [])
        if row.polarity == "negated":
            same, other = other, same
    elif args:
        key = sorted((a["role"], a["id"]) for a in args)
        nb = neighbourhood(conn, {args[0]["id"]})
        events = [c for c in nb.claims if c.kind == "event" and c.type == row.type and c.date == row.date
                  and sorted((r, nb.root_of.get(i, i)) for r, v in c.args.items() for i in v) == key]
        same = [c for c in events if c.polarity == row.polarity]
        other = [c for c in events if c.polarity != row.polarity]
    else:
        return [], []

    def brief(cs) -> list[dict]:
        return [{"claim": c.id, "document": c.document_id, "modality": c.modality}
                for c in cs if c.document_id != row.document_id]
    return brief(same), brief(other)


def _claim_corrections(conn: Connection, cid: int) -> list[dict]:
    rows = conn.execute(select(corrections).where(corrections.c.payload.like(f'%"claim": {int(cid)}%'))
                        .order_by(corrections.c.id)).all()
    return [{"id": r.id, "action": r.action, "actor": r.actor, "at": r.at, "reason": r.reason,
             "undone_at": r.undone_at} for r in rows if json.loads(r.payload).get("claim") == cid]


def _counts():
    live = claims.c.status.in_(LIVE)
    return (func.sum(case((live & (claims.c.kind == "relation"), 1), else_=0)).label("relations"),
            func.sum(case((live & (claims.c.kind == "event"), 1), else_=0)).label("events"),
            func.sum(case((claims.c.status == "confirmed", 1), else_=0)).label("confirmed"),
            func.sum(case((claims.c.status == "rejected", 1), else_=0)).label("rejected"))


def document_list(conn: Connection, limit: int = 200, offset: int = 0) -> dict:
    """Documents, newest first, with their status and how many claims each gave."""
    cols = [documents.c[k] for k in DOCUMENT_FIELDS] + [documents.c.message, documents.c.ingested_at]
    rows = conn.execute(select(*cols, *_counts()).outerjoin(claims, claims.c.document_id == documents.c.id)
                        .group_by(*cols).order_by(documents.c.id.desc()).limit(limit).offset(offset)).all()
    total = conn.execute(select(func.count()).select_from(documents)).scalar()
    by_source = conn.execute(select(sources.c.name, sources.c.reliability, func.count(documents.c.id))
                             .outerjoin(documents, documents.c.source == sources.c.name)
                             .group_by(sources.c.name, sources.c.reliability).order_by(sources.c.name)).all()
    return {"total": total, "offset": offset,
            "documents": [{k: v or 0 if k in ("relations", "events", "confirmed", "rejected") else v
                           for k, v in r._mapping.items()} for r in rows],
            "sources": [{"name": n, "reliability": g, "documents": c} for n, g, c in by_source]}


def document(conn: Connection, doc_id: int) -> dict | None:
    """A document's metadata, clean text and the claims extracted from it."""
    row = conn.execute(select(documents).where(documents.c.id == doc_id)).first()
    if row is None:
        return None
    keep = DOCUMENT_FIELDS + ("author", "language", "message", "kind", "ingested_at", "extractor_version", "text")
    found = conn.execute(select(claims.c.id, claims.c.kind, claims.c.type, claims.c.subject_name,
                                claims.c.object_name, claims.c.status, claims.c.sentence, claims.c.modality,
                                claims.c.polarity, claims.c.valid_from, claims.c.valid_until, claims.c.date)
                         .where(claims.c.document_id == doc_id, claims.c.status != "superseded")
                         .order_by(claims.c.start, claims.c.id)).all()
    names = defaultdict(list)
    for cid, role, name in conn.execute(select(claim_args.c.claim_id, claim_args.c.role, claim_args.c.name)
                                        .where(claim_args.c.claim_id.in_([c.id for c in found]))):
        names[cid].append(f"{role}: {name}")
    return {**{k: getattr(row, k) for k in keep}, "story": row.story_id,
            "claims": [dict(c._mapping) | {"args": names.get(c.id, [])} for c in found]}


def history(conn: Connection, limit: int = 200) -> list[dict]:
    """The corrections, newest first, each with a line saying what it touched."""
    rows = corrections_log(conn, limit)
    claim_ids = {r["payload"]["claim"] for r in rows if "claim" in r["payload"]}
    entity_ids = {r["payload"][k] for r in rows for k in ("keep", "absorb", "root", "new", "entity")
                  if k in r["payload"]}
    entity_ids |= {r["payload"]["edge"][i] for r in rows if r["payload"].get("edge") for i in (0, 2)}
    found = {c.id: c for c in conn.execute(select(claims.c.id, claims.c.kind, claims.c.type, claims.c.subject_name,
                                                  claims.c.object_name, claims.c.sentence, claims.c.document_id)
                                           .where(claims.c.id.in_(claim_ids)))}
    named = dict(conn.execute(select(entities.c.id, entities.c.name).where(entities.c.id.in_(entity_ids))).all())
    for r in rows:
        p = r["payload"]
        c = found.get(p.get("claim"))
        r["summary"] = _summary(r["action"], p, found, named)
        r["claim"] = c and {"id": c.id, "sentence": c.sentence, "document": c.document_id}
        r["entities"] = [{"id": p[k], "name": named.get(p[k], f"#{p[k]}")}
                         for k in ("keep", "absorb", "root", "new", "entity") if k in p]
    return rows


def _summary(action: str, p: dict, found: dict, named: dict) -> str:
    if "claim" in p:
        c = found.get(p["claim"])
        what = "" if c is None else f": {c.subject_name or ''} {c.type.replace('_', ' ')} {c.object_name or ''}"
        change = ""
        if action == "edit":
            change = " (" + ", ".join(f"{k} {v!r} → {p['after'][k]!r}" for k, v in p["before"].items()) + ")"
        return f"claim {p['claim']}{what.rstrip()}{change}"
    if action == "merge":
        return f"{named.get(p['absorb'])} merged into {named.get(p['keep'])}"
    if action == "split":
        return f"{named.get(p['new'])} split off {named.get(p['root'])}"
    if action == "alias":
        return f"{p['name']!r} added as a name of {named.get(p['entity'])}"
    if action == "grade":
        return f"source {p['source']} graded {p['after']} (was {p['before'] or 'ungraded'})"
    if action == "undo":
        return f"correction {p['correction']} undone"
    if action == "reject_edge":
        count = len(p.get("before") or {})
        what = f"{count} claim{'s' if count != 1 else ''} rejected"
        if p.get("edge"):
            s, relation, o = p["edge"]
            return f"{what}: {named.get(s, f'#{s}')} {relation.replace('_', ' ')} {named.get(o, f'#{o}')}"
        return f"{what}: {', '.join(sorted(p.get('before') or {}, key=int))}"
    return json.dumps(p)

