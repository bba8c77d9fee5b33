"""The HTML pages: server-rendered with Jinja2 (autoescaped); the entity workspace draws its graph,
lists, timeline and evidence in the browser from the JSON API."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from orbat.serve import queries
from orbat.serve.assets import INSTALL_HINT
from orbat.serve.deps import MAX_ID, EntityId, ClaimId, DocumentId, day, found, reader, root_of
from orbat.serve.security import COOKIE, has_token, same_origin, session_value
from orbat.store.schema import claims, entities
from orbat.store.views import entity_info, search as find

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
Conn = Annotated[Connection, Depends(reader)]
PAGE = 100


def web_url(value: str | None) -> str | None:
    """A URL safe to link to: http(s) only, so no javascript: link comes from an article."""
    return value if value and urlsplit(value.strip()).scheme.lower() in ("http", "https") else None


env = Environment(loader=FileSystemLoader(Path(__file__).with_name("templates")), autoescape=True)
env.filters["web_url"] = web_url
templates = Jinja2Templates(env=env)


def render(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    state = request.app.state
    return templates.TemplateResponse(request, name, {"token_required": bool(state.token), "vendor": state.vendor,
                                                      "install_hint": INSTALL_HINT, **context}, status_code=status)


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/search")


@router.get("/login")
def login_page(request: Request):
    return render(request, "login.html")


@router.post("/login")
def login(request: Request, token: Annotated[str, Form(max_length=1000)]):
    """Trade the token for a session cookie (HttpOnly, SameSite=Strict; Secure over https)."""
    state = request.app.state
    if same_origin(request) is False:
        raise HTTPException(403, "cross-origin request refused")
    if not state.token or not has_token(request, state.token, {"token": token})[0]:
        return render(request, "login.html", 401, message="That is not the token this server was started with.")
    answer = RedirectResponse("/search", status_code=303)
    answer.set_cookie(COOKIE, session_value(state.token), httponly=True, samesite="strict",
                      secure=request.url.scheme == "https", path="/")
    return answer


@router.get("/search")
def search(request: Request, conn: Conn, q: Annotated[str, Query(max_length=300)] = ""):
    if q.strip():
        return render(request, "search.html", q=q, results=find(conn, q.strip(), request.app.state.aliases))
    counted = (select(claims.c.subject_id, func.count().label("n")).group_by(claims.c.subject_id)
               .order_by(func.count().desc()).limit(40)).subquery()
    top = conn.execute(select(counted.c.subject_id, counted.c.n).join(entities, entities.c.id == counted.c.subject_id)
                       .where(entities.c.merged_into.is_(None)).order_by(counted.c.n.desc())).all()
    return render(request, "search.html", q="", results=[entity_info(conn, i) | {"claims": n} for i, n in top])


@router.get("/entities/{eid}")
def entity(request: Request, conn: Conn, eid: EntityId, at: str | None = None):
    root = root_of(conn, eid)
    if root != eid:
        return RedirectResponse(f"/entities/{root}" + (f"?at={day(at)}" if at else ""))
    return render(request, "entity.html", entity=entity_info(conn, root), at=day(at) or "")


@router.get("/claims/{cid}")
def claim(request: Request, conn: Conn, cid: ClaimId):
    return render(request, "claim.html", claim=found(queries.claim(conn, cid), f"claim {cid}"))


@router.get("/documents")
def documents(request: Request, conn: Conn, offset: Annotated[int, Query(ge=0, le=MAX_ID)] = 0):
    return render(request, "documents.html", page=queries.document_list(conn, PAGE, offset), size=PAGE)


@router.get("/documents/{doc_id}")
def document(request: Request, conn: Conn, doc_id: DocumentId):
    return render(request, "document.html", doc=found(queries.document(conn, doc_id), f"document {doc_id}"))


@router.get("/ingest")
def ingest(request: Request):
    return render(request, "ingest.html")


@router.get("/history")
def history(request: Request, conn: Conn):
    return render(request, "history.html", rows=queries.history(conn, 500))
