"""Command line: parse arguments, call the pipeline, print. No extraction logic lives here."""
from __future__ import annotations

import argparse
import json
import os
import sys

from orbat import __version__
from orbat.serve.cli import add_commands as add_serve_commands
from orbat.export_cli import add_commands as add_export_commands
from orbat.store_cli import add_commands


def _bad_article_args(args, one_article: str) -> int:
    """2 (after a one-line message) when --published is no date or the path is a folder, else 0."""
    from orbat.extract.dates import parse_anchor

    if args.published is not None:
        try:
            parse_anchor(args.published)
        except ValueError as err:
            print(f"orbat: --published: {err}", file=sys.stderr)
            return 2
    if args.path != "-" and os.path.isdir(args.path):
        print(f"orbat: {args.path} is a directory; {one_article}", file=sys.stderr)
        return 2
    return 0


def _extract(args) -> int:
    from orbat.ingest import ExtractorFailure, extract_record
    from orbat.model import Document, Extraction
    from orbat.render import print_table
    from orbat.sources import iter_records

    bad = _bad_article_args(args, "extract reads one article (orbat ingest reads folders)")
    if bad:
        return bad
    code, results = 0, []
    for rec in iter_records([args.path], published=args.published, url=args.url, text_field=args.text_field,
                            url_field=args.url_field, published_field=args.published_field):
        source = args.source or rec.site
        if rec.status.startswith("skipped: language"):
            results.append(Extraction(document=Document(
                text=(rec.raw or "").strip(), title=rec.title, published=rec.published,
                published_source=rec.published_source, url=rec.url, source=source, language=rec.language)))
            print(f"orbat: {rec.message}, so no facts were extracted", file=sys.stderr)
            code = max(code, 3)
        elif rec.status != "ok":
            print(f"orbat: {rec.origin}: {rec.message}", file=sys.stderr)
            code = 2
        else:
            if rec.warning:
                print(f"orbat: warning: {rec.origin}: {rec.warning}", file=sys.stderr)
            result = extract_record(rec, source)
            if isinstance(result, ExtractorFailure):  # a bug of the extractor's: one line, the other articles go on
                print(f"orbat: {rec.origin}: extractor error ({result.message}), so no facts were extracted",
                      file=sys.stderr)
                code = 1
            else:
                results.append(result)
    for result in results:
        if args.format == "table":
            print_table(result, sources=args.sources)
        elif len(results) == 1:
            json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
        else:  # several articles (JSON lines, WARC): one JSON document per line
            sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    return code


def _dates(args) -> int:
    """Every date expression of the article, read as `extract` reads the page: the same input
    handling, page chrome removed (a donation widget's month is no date of the article), the
    publication date from --published or, as `extract` finds it, from the page; offsets point into
    the cleaned text, as `extract`'s evidence offsets do."""
    from orbat.extract.dates import find_dates, parse_anchor
    from orbat.extract.pipeline import extract
    from orbat.sources import iter_records

    bad = _bad_article_args(args, "dates reads one article")
    if bad:
        return bad
    code, results = 0, []
    for rec in iter_records([args.path], published=args.published):
        if rec.status != "ok" and not rec.status.startswith("skipped: language"):
            print(f"orbat: {rec.origin}: {rec.message}", file=sys.stderr)
            code = 2
            continue
        doc = extract(rec.raw, published=rec.published, title=rec.title,  # the page as extract reads it;
                      published_source=rec.published_source, learned=False).document  # no parse needed
        try:
            anchor = parse_anchor(doc.published) if doc.published else None
        except ValueError:
            anchor = None
        results.append((doc, find_dates(doc.text, anchor)))
    for doc, found in results:
        if args.format == "json":
            json.dump([d.to_dict() for d in found], sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
            continue
        where = f" (from {doc.published_source})" if doc.published and doc.published_source else ""
        print(f"published: {doc.published or 'unknown: unknown parts of a date stay X'}{where}")
        for d in found:
            print(f"{d.start:>6}-{d.end:<6} {d.value or '?':<14} {d.text}")
    return code


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="orbat", description="Order-of-battle tracker for armed organizations.")
    ap.add_argument("--version", action="version", version=f"orbat {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract entities, relations and events from one article")
    ex.add_argument("path", help="an article: crawled text, a saved HTML page, JSON lines or WARC (maybe "
                                 "gzipped), or - for standard input")
    ex.add_argument("--published", help="publication date (YYYY, YYYY-MM or YYYY-MM-DD)")
    ex.add_argument("--url")
    ex.add_argument("--source", help="the outlet or site name")
    ex.add_argument("--text-field", default="text", help="JSON lines: field holding the article text")
    ex.add_argument("--url-field", default="url", help="JSON lines: field holding the url")
    ex.add_argument("--published-field", help="JSON lines: field holding the date (default published, date, ...)")
    ex.add_argument("--format", choices=("json", "table"), default="table")
    ex.add_argument("--sources", action="store_true",
                    help="table: also show where each lexicon entry comes from (its source URL)")
    ex.set_defaults(func=_extract)

    da = sub.add_parser("dates", help="list every date expression in an article, resolved to EDTF")
    da.add_argument("path", help="an article, read as extract reads it, or - for standard input")
    da.add_argument("--published", help="the date relative expressions are resolved against")
    da.add_argument("--format", choices=("json", "table"), default="table")
    da.set_defaults(func=_dates)
    add_commands(sub)
    add_export_commands(sub)
    add_serve_commands(sub)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        return 0
    except Exception as err:  # noqa: BLE001 - a store problem is one line, never a traceback
        message = _store_problem(err, getattr(args, "db", None))
        if message is None:
            raise
        print(f"orbat: {message}", file=sys.stderr)
        return 2


def _store_problem(err: Exception, db: str | None) -> str | None:
    """One line for an error of the store (a StoreError, or a database error met while working:
    a damaged page, a file made read-only, a server gone), without the SQL or its parameters;
    None for anything else."""
    import sqlite3

    from sqlalchemy.exc import SQLAlchemyError

    from orbat.store.db import StoreError, describe, store_url, _label

    if isinstance(err, StoreError):
        return str(err)
    if isinstance(err, (SQLAlchemyError, sqlite3.Error)):
        try:
            label = _label(store_url(db))
        except Exception:  # noqa: BLE001 - an unparsable URL was already reported at open
            label = "the store"
        return describe(err, label)
    return None


if __name__ == "__main__":
    sys.exit(main())
