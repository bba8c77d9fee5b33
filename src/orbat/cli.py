"""Command line: parse arguments, call the pipeline, print. No extraction logic lives here."""
from __future__ import annotations

import argparse
import json
import sys

from orbat import __version__
from orbat.store_cli import add_commands


def _extract(args) -> int:
    from orbat.dates import parse_anchor
    from orbat.model import Document, Extraction
    from orbat.pipeline import extract
    from orbat.read import FOREIGN_MIN_P, InputError, detect_language, read_input
    from orbat.render import print_table

    if args.published is not None:
        try:
            parse_anchor(args.published)
        except ValueError as err:
            print(f"orbat: --published: {err}", file=sys.stderr)
            return 2
    try:
        raw = read_input(args.path)
        lang, prob = detect_language(raw)
        foreign = lang != "en" and prob >= FOREIGN_MIN_P
        if foreign:
            result = Extraction(document=Document(text=raw.strip(), published=args.published, url=args.url,
                                                  source=args.source, language=lang))
        else:
            result = extract(raw, published=args.published, url=args.url, source=args.source)
    except InputError as err:
        print(f"orbat: {err}", file=sys.stderr)
        return 2
    if args.format == "json":
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print_table(result)
    if foreign:
        print(f"orbat: language detected as {lang!r} (p={prob:.2f}); only English is extracted, "
              "so no facts were extracted", file=sys.stderr)
        return 3
    return 0


def _dates(args) -> int:
    from orbat.dates import find_dates, parse_anchor
    from orbat.read import InputError, read_input

    try:
        raw = read_input(args.path)
        anchor = parse_anchor(args.published) if args.published else None
    except (InputError, ValueError) as err:
        print(f"orbat: {err}", file=sys.stderr)
        return 2
    found = find_dates(raw, anchor)
    if args.format == "json":
        json.dump([d.to_dict() for d in found], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for d in found:
            print(f"{d.start:>6}-{d.end:<6} {d.value or '?':<14} {d.text}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="orbat", description="Order-of-battle tracker for armed organizations.")
    ap.add_argument("--version", action="version", version=f"orbat {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract entities, relations and events from one article")
    ex.add_argument("path", help="a text file as a crawler saved it, or - for standard input")
    ex.add_argument("--published", help="publication date (YYYY, YYYY-MM or YYYY-MM-DD)")
    ex.add_argument("--url")
    ex.add_argument("--source", help="the outlet or site name")
    ex.add_argument("--format", choices=("json", "table"), default="table")
    ex.set_defaults(func=_extract)

    da = sub.add_parser("dates", help="list every date expression in an article, resolved to EDTF")
    da.add_argument("path", help="a text file, or - for standard input")
    da.add_argument("--published", help="the date relative expressions are resolved against")
    da.add_argument("--format", choices=("json", "table"), default="table")
    da.set_defaults(func=_dates)
    add_commands(sub)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
