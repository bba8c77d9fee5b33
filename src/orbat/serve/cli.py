"""`orbat serve`: run the web workspace with uvicorn."""
from __future__ import annotations

import os
import sys


def cmd_serve(args) -> int:
    import uvicorn

    from orbat.serve.app import create_app

    try:
        app = create_app(args.db, token=args.token or os.environ.get("ORBAT_TOKEN"), host=args.host,
                         assets=args.assets, aliases=args.aliases or os.environ.get("ORBAT_ALIASES"))
    except (OSError, ValueError) as err:
        print(f"orbat: {err}", file=sys.stderr)
        return 2
    if not all(app.state.vendor.values()):
        print("orbat: graph and timeline libraries not found; run `make web` (npm ci --ignore-scripts)",
              file=sys.stderr)
    print(f"orbat: serving http://{args.host}:{args.port}/ (API docs at /docs)", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level)
    return 0


def add_commands(sub) -> None:
    """Register `orbat serve` on the main parser's subparsers."""
    p = sub.add_parser("serve", help="the web workspace: search, order of battle over time, evidence, review")
    p.add_argument("--db", help="store: a SQLite file or a postgresql:// URL (default $ORBAT_DB or ./orbat.db)")
    p.add_argument("--aliases", help="a user alias file ($ORBAT_ALIASES)")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--token", help="token that editing needs (default $ORBAT_TOKEN); required off loopback")
    p.add_argument("--assets", help="node_modules folder with the front-end libraries (default $ORBAT_WEB_ASSETS "
                                    "or the repository's)")
    p.add_argument("--log-level", default="info", choices=("critical", "error", "warning", "info", "debug"))
    p.set_defaults(func=cmd_serve)
