"""JSON lines: one article a line, an object whose fields the caller names.

A line that is not a JSON object, lacks the text field or is too long becomes a failed Record
naming its line; the lines after it are read all the same.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from io import BufferedIOBase

from orbat.read import decode, human_size
from orbat.sources.pubdate import iso_date
from orbat.sources.record import Record, failed

PUBLISHED_FIELDS = ("published", "date", "published_at", "publish_date")  # tried in order by default
SITE_FIELDS = ("site", "source", "sitename")
CHUNK = 65536


def iter_jsonl(stream: BufferedIOBase, origin: str, text_field: str = "text", url_field: str = "url",
               published_field: str | None = None, max_bytes: int = 10_000_000) -> Iterator[Record]:
    """One Record per non-blank line of `stream`."""
    date_fields = (published_field,) if published_field else PUBLISHED_FIELDS
    n = 0
    while line := stream.readline(max_bytes + 1):
        n += 1
        where = f"{origin}:line {n}"
        if len(line) > max_bytes and not line.endswith(b"\n"):
            _skip_line(stream)
            yield failed(where, "jsonl", "too large", f"line {n} is over {human_size(max_bytes)}, the limit")
        elif line.strip():
            yield _record(line, where, n, text_field, url_field, date_fields)


def _skip_line(stream: BufferedIOBase) -> None:
    """Read on to the end of the current line."""
    while (chunk := stream.readline(CHUNK)) and not chunk.endswith(b"\n"):
        pass


def _record(line: bytes, where: str, n: int, text_field: str, url_field: str,
            date_fields: tuple[str, ...]) -> Record:
    """The article on one line, or why there is none."""
    text, note = decode(line)
    if text is None:
        return failed(where, "jsonl", "undecodable", f"line {n} fits no known text encoding")
    try:
        obj = json.loads(text)
    except ValueError as err:
        return failed(where, "jsonl", "not json", f"line {n} is not JSON: {getattr(err, 'msg', err)}")
    except RecursionError:
        return failed(where, "jsonl", "not json", f"line {n} nests too deep to read")
    if not isinstance(obj, dict):
        return failed(where, "jsonl", "not json", f"line {n} is a JSON {type(obj).__name__}, not an object")
    body = obj.get(text_field)
    if not isinstance(body, str):
        fields = ", ".join(map(repr, list(obj)[:12])) or "none"
        what = "has no" if body is None else f"has a {type(body).__name__}, not text, in its"
        return failed(where, "jsonl", "missing field", f"line {n} {what} {text_field!r} field (fields: {fields})")
    if not body.strip():
        return failed(where, "jsonl", "empty", f"line {n}'s {text_field!r} field is empty")
    published = next((d for d in map(iso_date, (obj.get(f) for f in date_fields)) if d), None)
    return Record(origin=where, kind="jsonl", raw=body.replace("\r\n", "\n").replace("\r", "\n"),
                  title=_text(obj.get("title")), url=_text(obj.get(url_field)),
                  site=next(filter(None, (_text(obj.get(f)) for f in SITE_FIELDS)), None),
                  author=_text(obj.get("author")), published=published,
                  published_source="metadata" if published else None, warning=note)


def _text(value: object) -> str | None:
    """A field's value when it is non-blank text."""
    if not isinstance(value, str):
        return None
    return value.strip() or None
