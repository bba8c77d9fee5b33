"""The write half of the JSON API: an analyst's corrections and ingesting new text.

Every action is a POST of form fields (urlencoded or multipart) with a `reason` kept in the history;
the actor comes from `X-Orbat-Actor` or a field `actor`, the token rules from `security.require_editor`."""
from __future__ import annotations

import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, File, Form, HTTPException, Request, UploadFile
from sqlalchemy import select

from orbat.ingest import ingest as ingest_records
from orbat.serve.deps import MAX_ID, ClaimId, CorrectionId, EntityId, day, root_of
from orbat.serve.security import require_editor
from orbat.sources import iter_records
from orbat.store import review
from orbat.store.edtf import bounds
from orbat.store.history import MODALITIES
from orbat.store.schema import claims

router = APIRouter(prefix="/api", tags=["review"])
Actor = Annotated[str, Depends(require_editor)]
Reason = Annotated[str | None, Form(max_length=2000, description="why (kept in the history)")]
Field = Annotated[str | None, Form(max_length=200)]
MAX_UPLOAD = 10_000_000
VERDICTS = {"confirm": "confirmed", "reject": "rejected", "reopen": "active"}


@contextmanager
def _correcting(request: Request):
    """A write transaction in which a review error becomes a 400 response."""
    try:
        with request.app.state.store.write() as conn:
            yield conn
    except review.ReviewError as err:
        raise HTTPException(400, str(err)) from None


def _claim(conn, cid: int) -> None:
    if conn.execute(select(claims.c.id).where(claims.c.id == cid)).first() is None:
        raise HTTPException(404, f"no claim {cid}")


def _done(correction: CorrectionId, **extra) -> dict:
    return {"correction": correction, **extra}


@router.post("/claims/{cid}/edit", summary="Edit a claim's dates, modality, polarity, role or rank")
def edit(request: Request, actor: Actor, cid: ClaimId, reason: Reason = None, valid_from: Field = None,
         valid_until: Field = None, date: Field = None, modality: Field = None, polarity: Field = None,
         role: Field = None, rank: Field = None) -> dict:
    """Fields left out stay as they are; a field sent empty is cleared. Dates are EDTF."""
    given = {"valid_from": valid_from, "valid_until": valid_until, "date": date, "modality": modality,
             "polarity": polarity, "role": role, "rank": rank}
    changes = {k: (v.strip() or None) for k, v in given.items() if v is not None}
    for k in ("valid_from", "valid_until", "date"):
        if changes.get(k) and bounds(changes[k]) is None:
            raise HTTPException(422, f"{k}: not an EDTF date: {changes[k]!r}")
    if changes.get("modality", "asserted") not in MODALITIES:
        raise HTTPException(422, f"modality must be one of {', '.join(MODALITIES)}")
    if changes.get("polarity", "affirmed") not in ("affirmed", "negated"):
        raise HTTPException(422, "polarity must be affirmed or negated")
    if not changes:
        raise HTTPException(422, "nothing to change")
    with _correcting(request) as conn:
        _claim(conn, cid)
        return _done(review.edit_claim(conn, cid, changes, actor, reason), changes=changes)


@router.post("/claims/reject-all", summary="Reject every claim behind one line (ids=1,2,3), as one correction")
def reject_all(request: Request, actor: Actor,
               ids: Annotated[str, Form(pattern=r"^\d+(,\d+)*$", max_length=2000)], reason: Reason = None) -> dict:
    """The claims of an edge, node or event as the evidence panel lists them; one undo restores them."""
    claim_ids = sorted({int(i) for i in ids.split(",")})
    if any(i > MAX_ID for i in claim_ids):
        raise HTTPException(422, "claim id out of range")
    with _correcting(request) as conn:
        correction, n = review.reject_claims(conn, claim_ids, actor, reason)
        return _done(correction, rejected=n)


@router.post("/claims/{cid}/{verdict}", summary="Confirm, reject or reopen a claim")
def judge(request: Request, actor: Actor, cid: ClaimId, verdict: Literal["confirm", "reject", "reopen"],
          reason: Reason = None) -> dict:
    """A rejected claim drops out of every view but stays stored; undo or reopen brings it back."""
    with _correcting(request) as conn:
        _claim(conn, cid)
        return _done(review.set_claim_status(conn, cid, VERDICTS[verdict], actor, reason), status=VERDICTS[verdict])


@router.post("/entities/{eid}/aliases", summary="Add a name to an entity")
def alias(request: Request, actor: Actor, eid: EntityId, alias: Annotated[str, Form(min_length=1, max_length=300)],
          reason: Reason = None) -> dict:
    with _correcting(request) as conn:
        return _done(review.add_alias(conn, root_of(conn, eid), alias.strip(), actor, reason))


@router.post("/entities/{eid}/merge", summary="Merge another entity into this one")
def merge(request: Request, actor: Actor, eid: EntityId, other: Annotated[int, Form(ge=0, le=MAX_ID, description="the entity absorbed")],
          reason: Reason = None) -> dict:
    with _correcting(request) as conn:
        keep, absorb = root_of(conn, eid), root_of(conn, other)
        return _done(review.merge(conn, keep, absorb, actor, reason), entity=keep)


@router.post("/entities/{eid}/split", summary="Move some names, with their claims, to a new entity")
def split(request: Request, actor: Actor, eid: EntityId,
          names: Annotated[list[str], Form(min_length=1, description="names that belong to another entity")],
          reason: Reason = None) -> dict:
    with _correcting(request) as conn:
        correction, new = review.split(conn, root_of(conn, eid), names, actor, reason)
        return _done(correction, entity=new)


@router.post("/sources/grade", summary="Grade a source's reliability (Admiralty A-F)")
def grade(request: Request, actor: Actor, source: Annotated[str, Form(min_length=1, max_length=200)],
          grade: Annotated[Literal["A", "B", "C", "D", "E", "F"], Form()], reason: Reason = None) -> dict:
    with _correcting(request) as conn:
        return _done(review.grade_source(conn, source, grade, actor, reason))


@router.post("/corrections/{correction}/undo", summary="Reverse a correction (the undo is logged too)")
def undo(request: Request, actor: Actor, correction: CorrectionId) -> dict:
    with _correcting(request) as conn:
        return _done(review.undo(conn, correction, actor), undone=correction)


@router.post("/ingest", summary="Extract and store a pasted text or an uploaded file",
             dependencies=[Depends(require_editor)])
def ingest(request: Request, text: Annotated[str | None, Form(max_length=MAX_UPLOAD)] = None,
           file: Annotated[UploadFile | None, File(description="text, HTML, JSON lines or WARC, maybe gzipped")] = None,
           title: Field = None, url: Annotated[str | None, Form(max_length=2000)] = None,
           published: Field = None, source: Field = None) -> dict:
    """One article pasted as `text`, or a file of one or many; `published` (YYYY[-MM[-DD]]) and `url`
    apply to a single article."""
    day(published)
    if file is not None and file.filename:
        data, label = file.file.read(MAX_UPLOAD + 1), f"upload:{Path(file.filename).name}"
    elif text and text.strip():
        data, label = text.encode("utf-8"), "paste"
    else:
        raise HTTPException(422, "paste a text or choose a file")
    if len(data) > MAX_UPLOAD:
        raise HTTPException(413, f"larger than {MAX_UPLOAD} bytes")
    outcomes = []
    with tempfile.TemporaryDirectory(prefix="orbat-ingest-") as tmp:
        path = Path(tmp) / "input"
        path.write_bytes(data)

        def records():
            for record in iter_records([str(path)], published=published or None, url=url or None):
                record.origin = record.origin.replace(str(path), label)
                record.title = record.title or title or None
                yield record

        summary = ingest_records(request.app.state.store, records(), aliases=request.app.state.aliases,
                                 source=source or None, on_outcome=outcomes.append)
    return {"counts": dict(summary.counts),
            "documents": [{"status": o.status, "document": o.document_id, "origin": o.origin,
                           "message": o.message, "counts": o.counts} for o in outcomes]}
