"""Who may read and change the store.

- Bound to loopback (the default), the app answers only requests addressed to a loopback name or
  address (no DNS rebinding) and needs no token unless given one.
- Bound beyond loopback it needs a token (at least MIN_TOKEN characters, from $ORBAT_TOKEN or a
  file, never the command line, where `ps` shows it). With a token, on any address, every request
  but the login page and the static files needs it: `Authorization: Bearer TOKEN`, or the session
  cookie that /login sets. Off loopback, Host names are checked too: IP addresses, this machine's
  names and the names given with --allow-host.
- A change (POST) must come from a page of this very origin (scheme, host and port): a page on
  another site, another port or another scheme is refused, as is one with a `null` origin.
"""
from __future__ import annotations

import hashlib
import hmac
import ipaddress
import socket
from urllib.parse import urlsplit

from fastapi import HTTPException, Request

LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}
MIN_TOKEN = 16
COOKIE = "orbat_session"
DEFAULT_PORTS = {"http": 80, "https": 443}


def is_open(path: str) -> bool:
    """Paths open without a token: the login page and the app's own scripts, styles and icon."""
    return path == "/login" or path.startswith("/static/")


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses (127.0.0.0/8, ::1)."""
    if host in LOOPBACK_NAMES or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        return False


def host_of(value: str | None) -> str | None:
    """The host name in a Host header or Origin URL ('127.0.0.1:8000' -> '127.0.0.1')."""
    if not value:
        return None
    try:
        return urlsplit(value if "//" in value else "//" + value).hostname
    except ValueError:
        return None


def check_token(token: str | None) -> str | None:
    """The token, or ValueError when it is too short to resist guessing."""
    if token is None:
        return None
    token = token.strip()
    if len(token) < MIN_TOKEN:
        raise ValueError(f"the token must be at least {MIN_TOKEN} characters (it has {len(token)}); make one "
                         "with: python3 -c 'import secrets; print(secrets.token_urlsafe(24))'")
    return token


class HostCheck:
    """Which Host headers the app answers, from the address it is bound to (see the module doc)."""

    def __init__(self, bound: str, extra: tuple[str, ...] = ()):
        self.loopback = is_loopback(bound)
        names = {h.strip().lower().rstrip(".") for h in extra if h.strip()}
        if not self.loopback:
            names |= {"localhost", socket.gethostname().lower(), socket.getfqdn().lower()}
        self.names = names

    def allows(self, header: str | None) -> bool:
        host = host_of(header)
        if not host:
            return False
        host = host.lower().rstrip(".")
        if self.loopback:
            return is_loopback(host) or host in self.names
        return is_ip(host) or host in self.names


def session_value(token: str) -> str:
    """What the session cookie holds: a digest of the token, not the token itself."""
    return hmac.new(token.encode(), b"orbat session", hashlib.sha256).hexdigest()


def given_token(request: Request, form=None) -> str:
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return str((form or {}).get("token") or "")


def has_token(request: Request, token: str, form=None) -> tuple[bool, bool]:
    """(authorised, by the session cookie rather than a token sent with the request)."""
    given = given_token(request, form)
    if given:
        return hmac.compare_digest(given.encode(), token.encode()), False
    cookie = request.cookies.get(COOKIE, "")
    return bool(cookie) and hmac.compare_digest(cookie.encode(), session_value(token).encode()), True


def _origin(scheme: str, host: str | None, port: int | None) -> tuple[str, str, int | None]:
    return scheme.lower(), (host or "").lower().rstrip("."), port or DEFAULT_PORTS.get(scheme.lower())


def same_origin(request: Request) -> bool | None:
    """Whether the page that sent the request is of this app's origin (scheme, host, port): None
    when the request says nothing of where it comes from (a script, curl), False for another
    origin, a `null` one, or a browser's cross-site or same-site (another port) fetch."""
    site = request.headers.get("sec-fetch-site")
    if site in ("cross-site", "same-site"):
        return False
    sent = request.headers.get("origin") or request.headers.get("referer")
    if not sent:
        return True if site == "same-origin" else None
    if sent == "null":
        return False
    try:
        theirs = urlsplit(sent)
        this = urlsplit(f"{request.url.scheme}://{request.headers.get('host', '')}")
        return _origin(theirs.scheme, theirs.hostname, theirs.port) == _origin(this.scheme, this.hostname, this.port)
    except ValueError:
        return False


async def require_editor(request: Request) -> str:
    """Check that a POST may change the store, and return the actor's name.

    A token is required whenever the app has one (always when bound beyond loopback), from
    `Authorization: Bearer TOKEN`, a form field `token`, or the session cookie of /login (then only
    from a page of this origin). A request from a page of another origin is refused. The actor
    comes from `X-Orbat-Actor` or a form field `actor`."""
    origin = same_origin(request)
    if origin is False:
        raise HTTPException(403, "cross-origin request refused: changes are only taken from this app's own pages")
    form = await request.form(max_part_size=MAX_FIELD) if _is_form(request) else {}
    token = request.app.state.token
    if token:
        ok, by_cookie = has_token(request, token, form)
        if not ok or (by_cookie and origin is not True):
            raise HTTPException(401, "a valid token is required to change the store",
                                headers={"WWW-Authenticate": "Bearer"})
    actor = request.headers.get("x-orbat-actor") or str(form.get("actor") or "") or "web"
    return actor.strip()[:120] or "web"


MAX_FIELD = 10_000_000 + 1024  # a pasted article may be as large as a file (10 MB), and a little markup


def _is_form(request: Request) -> bool:
    kind = request.headers.get("content-type", "")
    return kind.startswith(("application/x-www-form-urlencoded", "multipart/form-data"))
