"""The read half of the JSON API under /api: what the pages draw, for scripts too."""
from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from sqlalchemy.engine import Connection

from orbat.serve import graph, queries, timeline
from orbat.serve.deps import MAX_ID, ClaimId, DocumentId, EntityId, day, found, reader, root_of
from orbat.store.views import entity_info, search as find, timeline as events

router = APIRouter(prefix="/api", tags=["read"])
Conn = Annotated[Connection, Depends(reader)]
Grade = Annotated[Literal["A", "B", "C", "D", "E", "F"], Query(description="only sources graded this or better")]
Credibility = Annotated[int, Query(ge=1, le=6, description="only facts this credible or better (1 confirmed)")]
MAX_BATCH = 100


@router.get("/search", summary="Entities with a name matching q (any spelling or alias)")
def search(request: Request, conn: Conn, q: Annotated[str, Query(max_length=300)] = "",
           limit: Annotated[int, Query(ge=1, le=200)] = 50) -> dict:
    results = find(conn, q.strip(), request.app.state.aliases, limit=limit) if q.strip() else []
    return {"query": q, "results": results}


@router.get("/entities/{eid}", summary="An entity: name, type, aliases (the entity it was merged into)")
def entity(conn: Conn, eid: EntityId) -> dict:
    root = root_of(conn, eid)
    return entity_info(conn, root) | {"requested": eid}


@router.get("/entities/{eid}/orbat", summary="Order of battle as of a date: lists and graph")
def orbat(conn: Conn, eid: EntityId, at: str | None = None, min_reliability: Grade = "F",
          max_credibility: Credibility = 6, past: bool = False) -> dict:
    """`at` is YYYY, YYYY-MM or YYYY-MM-DD (its first day; today when absent). `past` also lists
    relations that had ended by then."""
    return graph.orbat(conn, root_of(conn, eid), day(at, date.today().isoformat()), min_reliability,
                       max_credibility, past)


@router.get("/entities/{eid}/timeline", summary="Rows, relation ranges and events for the timeline")
def entity_timeline(conn: Conn, eid: EntityId, min_reliability: Grade = "F", max_credibility: Credibility = 6) -> dict:
    root = root_of(conn, eid)
    return timeline.history(conn, root, min_reliability, max_credibility) | {
        "events": events(conn, root, min_reliability, max_credibility)["events"]}


@router.get("/claims", summary="Several claims with their evidence (ids=1,2,3)")
def claims(conn: Conn, ids: Annotated[str, Query(pattern=r"^\d+(,\d+)*$", max_length=2000)]) -> list[dict]:
    wanted = [i for i in dict.fromkeys(int(i) for i in ids.split(",")) if i <= MAX_ID][:MAX_BATCH]
    return [c for c in (queries.claim(conn, i) for i in wanted) if c]


@router.get("/claims/{cid}", summary="A claim: sentence, mention, document, agreeing and disagreeing documents")
def claim(conn: Conn, cid: ClaimId) -> dict:
    return found(queries.claim(conn, cid), f"claim {cid}")


@router.get("/documents", summary="Documents with their status and extraction counts, newest first")
def documents(conn: Conn, limit: Annotated[int, Query(ge=1, le=1000)] = 200,
              offset: Annotated[int, Query(ge=0, le=MAX_ID)] = 0) -> dict:
    return queries.document_list(conn, limit, offset)


@router.get("/documents/{doc_id}", summary="A document: metadata, text and its claims")
def document(conn: Conn, doc_id: DocumentId) -> dict:
    return found(queries.document(conn, doc_id), f"document {doc_id}")


@router.get("/history", summary="Corrections, newest first")
def history(conn: Conn, limit: Annotated[int, Query(ge=1, le=1000)] = 200) -> list[dict]:
    return queries.history(conn, limit)
