"""`orbat serve`: run the web workspace with uvicorn."""
from __future__ import annotations

import argparse
import os
import sys


def _token(args) -> str | None:
    """The token from --token-file or $ORBAT_TOKEN; never from the command line, where `ps` shows it."""
    if args.token is not None:
        raise ValueError("--token would show the token to every user of this machine (ps); set $ORBAT_TOKEN "
                         "or give --token-file FILE instead")
    if args.token_file:
        try:
            with open(args.token_file, encoding="utf-8") as f:
                return f.read().strip() or None
        except (OSError, UnicodeDecodeError) as err:
            raise ValueError(f"--token-file {args.token_file}: {getattr(err, 'strerror', None) or err}") from None
    return os.environ.get("ORBAT_TOKEN") or None


def cmd_serve(args) -> int:
    import uvicorn

    from orbat.serve.app import create_app

    hosts = tuple(args.allow_host or ()) + tuple(
        h for h in (os.environ.get("ORBAT_ALLOWED_HOSTS") or "").split(",") if h.strip())
    try:
        app = create_app(args.db, token=_token(args), host=args.host, assets=args.assets,
                         aliases=args.aliases or os.environ.get("ORBAT_ALIASES"), allowed_hosts=hosts)
    except (OSError, ValueError) as err:
        print(f"orbat: {err}", file=sys.stderr)
        return 2
    if not all(app.state.vendor.values()):
        print("orbat: graph and timeline libraries not found; run `make web` (npm ci --ignore-scripts)",
              file=sys.stderr)
    if app.state.store.readonly:
        print(f"orbat: {app.state.store.label} is read-only: serving it read-only (changes are refused)",
              file=sys.stderr)
    shown = f"[{args.host}]" if ":" in args.host else args.host
    print(f"orbat: serving http://{shown}:{args.port}/ (API docs at /docs)", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level)
    return 0


def add_commands(sub) -> None:
    """Register `orbat serve` on the main parser's subparsers."""
    p = sub.add_parser("serve", help="the web workspace: search, order of battle over time, evidence, review")
    p.add_argument("--db", help="store: a SQLite file or a postgresql:// URL (default $ORBAT_DB or ./orbat.db)")
    p.add_argument("--aliases", help="a user alias file ($ORBAT_ALIASES)")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--token", help=argparse.SUPPRESS)  # refused with a message: ps would show it
    p.add_argument("--token-file", metavar="FILE", help="file holding the token (default: $ORBAT_TOKEN), at least "
                   "16 characters; required off loopback; with a token, every request needs it")
    p.add_argument("--allow-host", action="append", metavar="NAME",
                   help="a host name the server answers to besides its addresses and this machine's names "
                        "(repeatable; also $ORBAT_ALLOWED_HOSTS, comma-separated)")
    p.add_argument("--assets", help="node_modules folder with the front-end libraries (default $ORBAT_WEB_ASSETS "
                                    "or the repository's)")
    p.add_argument("--log-level", default="info", choices=("critical", "error", "warning", "info", "debug"))
    p.set_defaults(func=cmd_serve)
