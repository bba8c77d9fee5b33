"""One article read from an input, or the reason it could not be read."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Record:
    """An article and what its source says about it; `status` is 'ok', 'skipped: <why>' or
    'failed: <why>', with `message` explaining any status but 'ok'."""
    origin: str                 # 'path', 'path:line 12', 'path#record 3 <uri>'
    kind: str                   # 'text' | 'html' | 'jsonl' | 'warc'; 'unknown' when failed before it was told
    raw: str | None             # the article text for the extractor, the title kept apart
    title: str | None = None
    url: str | None = None
    site: str | None = None     # site name or outlet, from metadata
    author: str | None = None
    published: str | None = None          # YYYY-MM-DD, YYYY-MM or YYYY
    published_source: str | None = None   # 'given' | 'metadata' | 'url' | 'byline' (a page's byline markup)
    language: str | None = None
    status: str = "ok"
    message: str | None = None
    warning: str | None = None  # read, but not exactly as stored (bytes replaced in decoding)


def failed(origin: str, kind: str, reason: str, message: str) -> Record:
    """A Record for an input that could not be read: status 'failed: <reason>'."""
    return Record(origin=origin, kind=kind, raw=None, status=f"failed: {reason}", message=message)


def skipped(origin: str, kind: str, reason: str, message: str) -> Record:
    """A Record for an input deliberately not read: status 'skipped: <reason>'."""
    return Record(origin=origin, kind=kind, raw=None, status=f"skipped: {reason}", message=message)
