"""The `export` and `import` commands: argument handling and messages only; the work is in
`orbat.export`."""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path

UNITS = {"events-csv": "rows", "ftm": "entities", "stix": "objects", "graphml": "nodes and edges",
         "gexf": "nodes and edges", "jsonl": "rows"}


def _err(msg: str) -> None:
    print(f"orbat: {msg}", file=sys.stderr)


def _scope(args):
    """The Scope the filters ask for; ValueError names the bad option."""
    from orbat.export.scope import Scope
    from orbat.store.edtf import bounds

    def day(option: str, value: str | None, last: bool = False) -> str | None:
        if value is None:
            return None
        span = bounds(value)
        if span is None:
            raise ValueError(f"{option}: not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
        return span[1] if last else span[0]

    if args.at and (args.start or args.end):
        raise ValueError("--at: give either --at or --from/--to, not both")
    if args.depth is not None and not args.entity:
        raise ValueError("--depth: needs --entity")
    if not 0 <= args.min_confidence <= 1:
        raise ValueError(f"--min-confidence: {args.min_confidence} is not between 0 and 1")
    if args.depth is not None and args.depth < 0:
        raise ValueError("--depth: must be 0 or more")
    scope = Scope(at=day("--at", args.at), start=day("--from", args.start), end=day("--to", args.end, last=True),
                  entity=args.entity, depth=1 if args.depth is None else args.depth,
                  min_confidence=args.min_confidence, include_rejected=args.include_rejected)
    if scope.start and scope.end and scope.start > scope.end:
        raise ValueError(f"--from: {args.start} is after --to {args.end}")
    if args.format in ("json", "jsonl") and scope != Scope():
        raise ValueError(f"--format {args.format}: the dump always holds the whole store; filters do not apply to it")
    return scope


@contextmanager
def _output(path: str):
    """A text stream to `path` ('-' for standard output), put in place only when writing succeeds."""
    if path == "-":
        yield sys.stdout
        return
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as out:
            yield out
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def cmd_export(args) -> int:
    from orbat.export import MissingExtra, canonical, export, load_writer
    from orbat.resolve import AliasTable
    from orbat.store import open_store
    from orbat.store.views import Ambiguous, NotFound

    try:
        scope = _scope(args)
        load_writer(args.format)  # a missing library is said before the store is opened
    except (ValueError, MissingExtra) as err:
        _err(str(err))
        return 2
    try:
        table = AliasTable.load(args.aliases or os.environ.get("ORBAT_ALIASES"))
    except (OSError, ValueError) as err:
        _err(f"aliases: {err}")
        return 2
    store = open_store(args.db, create=False, write=False)  # a mistyped --db is an error, not a new store
    try:
        with _output(args.output) as out:
            n = export(store, args.format, out, scope, table)
    except NotFound:
        _err(f"no entity called {args.entity!r} in the store (try: orbat search {args.entity!r})")
        return 1
    except Ambiguous as amb:
        ids = ", ".join(f"#{c['id']} {c['name']}" + (f" (in {c['scope']})" if c["scope"] else "")
                        for c in amb.candidates)
        _err(f"{args.entity!r} names {len(amb.candidates)} entities ({ids}); give one as --entity '#ID'")
        return 1
    except BrokenPipeError:
        raise
    except OSError as err:
        _err(f"{args.output}: {err.strerror or err}")
        return 1
    finally:
        store.close()
    print(f"export: {n} {UNITS[canonical(args.format)]} written to {'standard output' if args.output == '-' else args.output}",
          file=sys.stderr)
    return 0


def cmd_import(args) -> int:
    from orbat.export.dump import DumpError, load
    from orbat.store import open_store

    try:
        source = sys.stdin if args.path == "-" else open(args.path, encoding="utf-8")
    except OSError as err:
        _err(f"{args.path}: {err.strerror or err}")
        return 2
    store = open_store(args.db)
    try:
        with source:
            counts = load(store, source)
    except DumpError as err:
        _err(f"import: {err}")
        return 1
    except UnicodeDecodeError:
        _err(f"import: {args.path} is not an orbat dump (not UTF-8 text)")
        return 1
    finally:
        store.close()
    print("import: " + ", ".join(f"{n} {name}" for name, n in counts.items()))
    return 0


def add_commands(sub) -> None:
    """Register `export` and `import` on the main parser's subparsers."""
    from orbat.export import FORMATS

    def common(p):
        p.add_argument("--db", help="store: a SQLite file or a postgresql:// URL (default $ORBAT_DB or ./orbat.db)")
        return p

    p = common(sub.add_parser("export", help="write the knowledge base for other tools (CSV, FtM, STIX, graphs, JSON)"))
    p.add_argument("--format", required=True, choices=FORMATS,
                   help="events-csv (ACLED-like), ftm (FollowTheMoney JSON lines), stix (STIX 2.1 bundle), "
                        "graphml, gexf (dynamic), jsonl (the whole store as JSON lines, for orbat import; "
                        "json is another name for it)")
    p.add_argument("-o", "--output", required=True, help="the file to write, or - for standard output")
    p.add_argument("--at", help="only facts holding at this date, and events up to it (YYYY, YYYY-MM or YYYY-MM-DD)")
    p.add_argument("--from", dest="start", help="only events from this date, and relations holding after it")
    p.add_argument("--to", dest="end", help="only events up to this date, and relations holding before it")
    p.add_argument("--entity", help="only this entity's neighbourhood (any name, or #ID)")
    p.add_argument("--depth", type=int, help="hops from --entity over relations and shared events (default 1)")
    p.add_argument("--min-confidence", type=float, default=0.0, help="only claims of this confidence or more (0..1)")
    p.add_argument("--include-rejected", action="store_true", help="also claims an analyst rejected")
    p.add_argument("--aliases", help="a user alias file: 'canonical name<TAB>alias' per line ($ORBAT_ALIASES)")
    p.set_defaults(func=cmd_export)

    p = common(sub.add_parser("import", help="read an `orbat export --format jsonl` dump into an empty store"))
    p.add_argument("path", help="the dump, or - for standard input")
    p.set_defaults(func=cmd_import)
