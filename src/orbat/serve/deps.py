"""Request helpers shared by the API and the pages: a store connection, an entity's root, a date."""
from __future__ import annotations

from typing import Annotated, Iterator

from fastapi import HTTPException, Path, Request
from sqlalchemy import select
from sqlalchemy.engine import Connection

from orbat.store.db import MAX_ID  # a larger id is a 422, not a 500
from orbat.store.edtf import as_day
from orbat.store.history import roots
from orbat.store.schema import entities

EntityId = Annotated[int, Path(ge=0, le=MAX_ID, description="an entity id")]
ClaimId = Annotated[int, Path(ge=0, le=MAX_ID, description="a claim id")]
DocumentId = Annotated[int, Path(ge=0, le=MAX_ID, description="a document id")]
CorrectionId = Annotated[int, Path(ge=0, le=MAX_ID, description="a correction id")]


def reader(request: Request) -> Iterator[Connection]:
    """A read connection to the app's store for one request."""
    with request.app.state.store.read() as conn:
        yield conn


def found(value, what: str):
    """`value`, or a 404 saying which `what` is not in the store."""
    if value is None:
        raise HTTPException(404, f"no {what}")
    return value


def root_of(conn: Connection, eid: int) -> int:
    """The entity `eid` was merged into (or itself); 404 when there is no such entity."""
    if conn.execute(select(entities.c.id).where(entities.c.id == eid)).first() is None:
        raise HTTPException(404, f"no entity {eid}")
    return roots(conn, {eid})[eid]


def day(value: str | None, default: str | None = None) -> str | None:
    """A user's date (YYYY, YYYY-MM or YYYY-MM-DD) as its first day; 422 when it is none."""
    if not value:
        return default
    try:
        return as_day(value)
    except ValueError as err:
        raise HTTPException(422, str(err)) from None
