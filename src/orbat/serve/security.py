"""Who may change the store: loopback binding by default, a bearer or form token otherwise, and no
cross-site form posts or DNS-rebinding hosts."""
from __future__ import annotations

import hmac
import ipaddress
from urllib.parse import urlsplit

from fastapi import HTTPException, Request

LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses (127.0.0.0/8, ::1)."""
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def host_of(value: str | None) -> str | None:
    """The host name in a Host header or Origin URL ('127.0.0.1:8000' -> '127.0.0.1')."""
    if not value:
        return None
    return urlsplit(value if "//" in value else "//" + value).hostname


async def require_editor(request: Request) -> str:
    """Check that a POST may change the store, and return the actor's name.

    A token is required whenever the app has one (always when bound beyond loopback), from
    `Authorization: Bearer TOKEN` or a form field `token`. A request from a page of another site
    (Origin not this host) is refused. The actor comes from `X-Orbat-Actor` or a form field `actor`."""
    origin = request.headers.get("origin")
    if origin and host_of(origin) != host_of(request.headers.get("host")):
        raise HTTPException(403, "cross-site request refused")
    form = await request.form() if _is_form(request) else {}
    token = request.app.state.token
    if token:
        auth = request.headers.get("authorization", "")
        given = auth[7:] if auth.lower().startswith("bearer ") else str(form.get("token") or "")
        if not hmac.compare_digest(given.encode(), token.encode()):
            raise HTTPException(401, "a valid token is required to change the store",
                                headers={"WWW-Authenticate": "Bearer"})
    actor = request.headers.get("x-orbat-actor") or str(form.get("actor") or "") or "web"
    return actor.strip()[:120] or "web"


def _is_form(request: Request) -> bool:
    kind = request.headers.get("content-type", "")
    return kind.startswith(("application/x-www-form-urlencoded", "multipart/form-data"))
