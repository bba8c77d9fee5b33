"""The FastAPI application: JSON API under /api, pages, own static files, vendor libraries from npm."""
from __future__ import annotations

import gc
import logging
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import SQLAlchemyError
from starlette.exceptions import HTTPException as StarletteHTTPException

from orbat.resolve import AliasTable
from orbat.serve import actions, api, pages
from orbat.serve.assets import INSTALL_HINT, VENDOR, available, find_assets
from orbat.serve.security import MAX_FIELD, HostCheck, check_token, has_token, is_loopback, is_open
from orbat.store import open_store
from orbat.store.db import Store, StoreError, describe

log = logging.getLogger("orbat.serve")
MAX_BODY = 32_000_000  # a 10 MB file or pasted article, form-encoded (non-ASCII text grows up to threefold)

STATIC = Path(__file__).with_name("static")
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
DOCS_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")


def create_app(db: str | None = None, *, store: Store | None = None, token: str | None = None,
               host: str = "127.0.0.1", assets: str | None = None, aliases: str | None = None,
               allowed_hosts: tuple[str, ...] = ()) -> FastAPI:
    """The app over the store `db` (or an open `store`). With a `token`, every change needs it;
    beyond loopback there must be one, and then reading needs it too. Requests naming a Host the
    app does not answer to are refused (DNS rebinding); see `orbat.serve.security`."""
    token = check_token(token)
    if not is_loopback(host) and not token:
        raise ValueError(f"serving on {host} lets others read and change the store: set a token in $ORBAT_TOKEN "
                         "(or --token-file FILE)")
    @asynccontextmanager
    async def lifespan(app: FastAPI):
        gc.collect()
        gc.freeze()  # what lives at startup is never traversed again: short pauses on big views
        yield
        if store is None:
            app.state.store.close()

    app = FastAPI(title="orbat", summary="Order of battle over time: search, view, check and correct claims",
                  docs_url=None, redoc_url=None, lifespan=lifespan, max_body_size=MAX_BODY,
                  form_limits={"max_part_size": MAX_FIELD})
    app.state.store = store or open_store(db, create=False, write=False)
    app.state.token = token or None
    app.state.read_token = bool(token)  # with a token (always off loopback), reading needs it too
    app.state.aliases = AliasTable.load(aliases)
    app.state.vendor_dir = find_assets(assets)
    app.state.vendor = available(app.state.vendor_dir)
    hosts = HostCheck(host, allowed_hosts)

    @app.middleware("http")
    async def guard(request: Request, call_next):
        if not hosts.allows(request.headers.get("host")):
            return PlainTextResponse("unknown host: this server does not answer to that name (--allow-host adds "
                                     "one)", status_code=421)
        path = request.url.path
        if app.state.read_token and request.method in ("GET", "HEAD") and not is_open(path) \
                and not has_token(request, app.state.token)[0]:  # a POST's token is checked by require_editor
            if path.startswith("/api") or path in ("/openapi.json", "/docs"):
                response = JSONResponse({"detail": "a valid token is required"}, 401,
                                        headers={"WWW-Authenticate": "Bearer"})
            else:
                response = RedirectResponse("/login", status_code=303)
        else:
            response = await call_next(request)
        response.headers["Content-Security-Policy"] = DOCS_CSP if request.url.path == "/docs" else CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, err: StarletteHTTPException):
        if request.url.path.startswith("/api") or request.method != "GET":
            return JSONResponse({"detail": err.detail}, err.status_code, headers=err.headers)
        return pages.render(request, "error.html", err.status_code, message=err.detail)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, err: StoreError):
        return JSONResponse({"detail": str(err)}, 403 if app.state.store.readonly else 503)

    @app.exception_handler(SQLAlchemyError)
    async def database_error(request: Request, err: SQLAlchemyError):
        message = describe(err, "the store")
        log.error("%s %s: %s", request.method, request.url.path, message)
        if request.url.path.startswith("/api") or request.method != "GET":
            return JSONResponse({"detail": message}, 503)
        return pages.render(request, "error.html", 503, message=message)

    @app.get("/static/vendor/{name}", include_in_schema=False)
    def vendor(name: str):
        if name not in VENDOR or not app.state.vendor.get(name):
            raise HTTPException(404, f"{name} is not installed: {INSTALL_HINT}")
        rel, media = VENDOR[name]
        return FileResponse(app.state.vendor_dir / rel, media_type=media,
                            headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        if not app.state.vendor["swagger-ui-bundle.js"]:
            return HTMLResponse(f"<p>The API is described by <a href='/openapi.json'>/openapi.json</a>; "
                                f"for this page, {INSTALL_HINT}.</p>")
        return get_swagger_ui_html(openapi_url="/openapi.json", title="orbat API",
                                   swagger_js_url="/static/vendor/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")

    app.include_router(api.router)
    app.include_router(actions.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
