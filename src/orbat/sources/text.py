"""A crawled text file as one article."""
from __future__ import annotations

from orbat.read import binary_kind, decode
from orbat.sources.record import Record, failed


def read_text(data: bytes, origin: str) -> Record:
    """A crawled text file as one article, decoded, with "\\n" line ends."""
    found = binary_kind(data)
    if found:
        return failed(origin, "text", "binary", f"looks like {found[0]}; {found[1]}")
    text, note = decode(data)
    if text is None:
        return failed(origin, "text", "undecodable", "the bytes fit no known text encoding")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return failed(origin, "text", "empty", "the file holds no text")
    return Record(origin=origin, kind="text", raw=text, warning=note)
