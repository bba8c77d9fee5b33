"""WARC files: every HTML response (or resource) record is an article, its target URI its url.

Records that are not documents (warcinfo, request, metadata, revisit) are passed over without a
Record; a document record that is not a 2xx HTML page gets one with status 'skipped: http NNN' or
'skipped: not html'. A file that ends inside a record (a cut download) gives a 'failed: truncated
warc' Record after the records before the cut, and a damaged record (no WARC-Type, a missing or
wrong Content-Length) a 'failed: bad warc' one; either way reading that file stops there.
"""
from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import redirect_stderr
from io import BufferedIOBase

from warcio.archiveiterator import ArchiveIterator

from orbat.read import human_size
from orbat.sources.html import read_html
from orbat.sources.record import Record, failed, skipped
from orbat.sources.sniff import HEAD_BYTES, detect_kind

DOCUMENT_TYPES = ("response", "resource")
HTML_TYPES = ("text/html", "application/xhtml+xml")
BUFFER = 65536


class TruncatedGzip(Exception):
    """The gzip stream under a WARC ended early (warcio would take the EOFError for a clean end)."""


class _Counted:
    """A read-only stream that counts what it gives and turns gzip's EOFError into TruncatedGzip.

    It reads with `read1`, so the data before a cut comes out before the error does."""

    def __init__(self, stream: BufferedIOBase):
        self.stream, self.total = stream, 0

    def read(self, size: int = -1) -> bytes:
        try:
            data = self.stream.read1(size) if size > 0 else self.stream.read()
        except EOFError as err:
            raise TruncatedGzip(str(err)) from None
        self.total += len(data)
        return data

    def tell(self) -> int:
        return self.total


def iter_warc(stream: BufferedIOBase, origin: str, max_bytes: int) -> Iterator[Record]:
    """One Record per document record of the (already decompressed) WARC `stream`."""
    counted = _Counted(stream)
    records = ArchiveIterator(counted)
    n = 0
    while rec := _next(records):
        n += 1
        uri = rec.rec_headers.get_header("WARC-Target-URI")
        where = f"{origin}#record {n}" + (f" {uri}" if uri else "")
        if records.err_count:
            yield failed(where, "warc", "bad warc", f"record {n - 1} is not followed by a blank line "
                         "(a wrong Content-Length?); reading stopped")
            return
        length = (rec.rec_headers.get_header("Content-Length") or "").strip()
        if rec.rec_type is None or not length.isdigit():
            yield failed(where, "warc", "bad warc", f"record {n} has no WARC-Type or Content-Length header "
                         "(a cut or damaged file); reading stopped")
            return
        record = _document(rec, where, uri, int(length), max_bytes) if rec.rec_type in DOCUMENT_TYPES else None
        while rec.raw_stream.read(BUFFER):
            pass
        if rec.raw_stream.limit > 0:
            yield failed(where, "warc", "truncated warc",
                         f"the file ends inside record {n}, {rec.raw_stream.limit} bytes short; reading stopped")
            return
        if record is not None:
            yield record
    if records.offset < counted.total:
        yield failed(f"{origin}#record {n + 1}", "warc", "truncated warc",
                     f"the file ends inside the header of record {n + 1}; reading stopped")


def _next(records: ArchiveIterator):
    """The next record, or None; warcio's warnings on stderr are silenced (iter_warc reports them)."""
    with redirect_stderr(io.StringIO()):
        return next(records, None)


def _document(rec, where: str, uri: str | None, length: int, max_bytes: int) -> Record:
    """The Record for a response or resource record: the article, or why it is none."""
    http = rec.http_headers if rec.rec_type == "response" else None
    status = (http.get_statuscode() or "")[:3] if http is not None else None
    ctype = (http or rec.rec_headers).get_header("Content-Type") or ""
    mime = ctype.split(";")[0].strip().lower()
    if status and not status.startswith("2"):
        return skipped(where, "warc", f"http {status}", f"the server answered {status}, not with a page")
    if mime and mime not in HTML_TYPES:
        return skipped(where, "warc", "not html", f"a {mime} record, not a web page")
    if length > max_bytes:
        return failed(where, "warc", "too large",
                      f"the record is {human_size(length)}; the limit is {human_size(max_bytes)}")
    data = rec.content_stream().read(max_bytes + 1)
    if len(data) > max_bytes:  # a compressed payload that unpacks past the limit
        return failed(where, "warc", "too large", f"the page is over {human_size(max_bytes)}, the limit")
    if not mime and detect_kind(data[:HEAD_BYTES]) != "html":
        return skipped(where, "warc", "not html", "a record without a content type that is not a web page")
    record = read_html(data, where, url=uri, charset=_charset(ctype))
    record.kind = "warc"
    return record


def _charset(ctype: str) -> str | None:
    """The charset parameter of an HTTP Content-Type value."""
    for part in ctype.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None
