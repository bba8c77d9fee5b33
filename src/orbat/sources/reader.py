"""Walk the inputs, open each file (undoing gzip), tell its kind from its content, hand it to its
reader, then settle each article's publication date and language.

Size limits apply per article: a whole text or HTML file, one JSON line, one WARC record, so a
crawl of many articles in one big JSONL or WARC file is read, while a 50 MB page is refused.
"""
from __future__ import annotations

import errno
import gzip
import os
import shutil
import sys
import tempfile
import zlib
from collections.abc import Iterable, Iterator
from io import BufferedIOBase

from warcio.exceptions import ArchiveLoadFailed

from orbat.read import FOREIGN_MIN_P, detect_language, human_size, non_latin_share
from orbat.sources.html import read_html
from orbat.sources.jsonl import iter_jsonl
from orbat.sources.pubdate import url_date
from orbat.sources.record import Record, failed
from orbat.sources.sniff import GZIP_MAGIC, HEAD_BYTES, detect_kind
from orbat.sources.text import read_text
from orbat.sources.warc import TruncatedGzip, iter_warc

STDIN = "<stdin>"
TRUST = ("given", "metadata", "url", "byline")  # where a publication date came from, most trusted first


def iter_records(paths: Iterable[str], *, published: str | None = None, url: str | None = None,
                 text_field: str = "text", url_field: str = "url", published_field: str | None = None,
                 max_bytes: int = 10_000_000) -> Iterator[Record]:
    """Every article in the given files, folders (walked, sorted, hidden files skipped), or '-' (stdin),
    one Record each; a bad file or record yields a Record with a failed status, never raises.

    `published` and `url` from the caller apply when the inputs hold a single article, and then
    take precedence over what the article says (published_source 'given'). Otherwise the date is
    the page's or record's metadata ('metadata'), else the one in its URL ('url'), else a page's
    byline markup ('byline'), else None: a dateline or byline in the text is left to the pipeline.
    """
    fields = (text_field, url_field, published_field)
    records = _guarded(record for path in _files(paths) for record in _read_file(path, fields, max_bytes))
    first = next(records, None)
    if first is None:
        return
    second = next(records, None)
    if second is None:
        yield _settle(first, published, url)
        return
    yield _settle(first)
    yield _settle(second)
    for record in records:
        yield _settle(record)


def _guarded(records: Iterator[Record]) -> Iterator[Record]:
    """`records`, ending with a failed Record rather than an exception if walking the inputs fails
    where no one expected it: the records read before (one is read ahead) are never lost."""
    try:
        yield from records
    except Exception as err:  # noqa: BLE001 - the promise is a Record, never a traceback
        yield failed("(inputs)", "unknown", "error", f"reading the inputs stopped: {type(err).__name__}: {err}")


def _settle(record: Record, published: str | None = None, url: str | None = None) -> Record:
    """The caller's url, the most trusted date (see TRUST), the language."""
    if record.status != "ok":
        return record
    record.url = url or record.url
    found = [(published, "given"), (record.published, record.published_source), (url_date(record.url), "url")]
    record.published, record.published_source = min(
        ((d, source) for d, source in found if d), key=lambda f: TRUST.index(f[1]), default=(None, None))
    lang, prob = detect_language(record.raw or "")
    record.language = lang
    other_script = non_latin_share(record.raw or "")
    if lang != "en" and prob >= FOREIGN_MIN_P:
        record.status = f"skipped: language {lang}"
        record.message = f"language detected as {lang!r} (p={prob:.2f}); only English is extracted"
    elif other_script > 0.5:
        lang = record.language = lang if lang != "en" else "und"
        record.status = f"skipped: language {lang}"
        record.message = (f"{other_script:.0%} of the letters are not Latin (language {lang!r}, p={prob:.2f}); "
                          "only English is extracted")
    return record


def _files(paths: Iterable[str]) -> Iterator[str | Record]:
    """The files to read, folders walked in path order without hidden entries; a failed Record for
    what cannot be read as a file."""
    for path in [paths] if isinstance(paths, str) else paths:
        if path != "-" and os.path.isdir(path):
            yield from _walk(path)
        else:
            yield path


def _walk(folder: str) -> Iterator[str | Record]:
    """The files under `folder` in path order, hidden ones left out; links to folders not followed."""
    try:
        with os.scandir(folder) as it:
            entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as err:
        yield failed(folder, "unknown", "unreadable", _os_message(err))
        return
    for entry in entries:
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(entry.path)
                continue
            is_file, is_dir = entry.is_file(), entry.is_dir()
        except OSError as err:  # a symbolic link loop (ELOOP), an entry gone or unreadable
            yield failed(entry.path, "unknown", "unreadable", _os_message(err))
            continue
        if is_file:
            yield entry.path
        else:
            why = "a link to a folder, not followed" if is_dir else \
                "not a regular file (a broken link, pipe or device)"
            yield failed(entry.path, "unknown", "unreadable", why)


def _read_file(path: str | Record, fields: tuple[str, str, str | None], max_bytes: int) -> Iterator[Record]:
    """The Records in one file; whatever goes wrong ends that file with a failed Record.
    `fields`: the JSON lines text, url and published fields."""
    if isinstance(path, Record):
        yield path
        return
    origin, kind = (STDIN if path == "-" else path), "unknown"
    try:
        with _open(path) as raw:
            size = os.fstat(raw.fileno()).st_size
            head, cut = _read_upto(raw, HEAD_BYTES)
            stream: BufferedIOBase = raw
            if head.startswith(GZIP_MAGIC):
                raw.seek(0)
                stream, size = gzip.GzipFile(fileobj=raw, mode="rb"), 0
                head, cut = _read_upto(stream, HEAD_BYTES)
            kind = detect_kind(head)
            if kind in ("warc", "jsonl"):
                stream.seek(0)
                yield from (iter_warc(stream, origin, max_bytes) if kind == "warc" else
                            iter_jsonl(stream, origin, *fields, max_bytes=max_bytes))
            elif size > max_bytes:
                yield failed(origin, kind, "too large", f"the file is {human_size(size)}; "
                             f"the limit is {human_size(max_bytes)}")
            else:
                yield _document(stream, head, cut, origin, kind, max_bytes)
    except (EOFError, TruncatedGzip):
        yield _truncated(origin, kind)
    except (gzip.BadGzipFile, zlib.error) as err:
        yield failed(origin, kind, "bad gzip", f"damaged gzip data: {err}")
    except ArchiveLoadFailed as err:
        yield failed(origin, kind, "bad warc", f"not a readable WARC: {' '.join(str(err).split())}")
    except OSError as err:
        yield failed(origin, kind, "unreadable", _os_message(err))
    except Exception as err:  # noqa: BLE001 - the promise is a Record, never a traceback
        reason = "bad warc" if kind == "warc" else "error"
        yield failed(origin, kind, reason, f"could not be read ({type(err).__name__}: {err})")


def _document(stream: BufferedIOBase, head: bytes, cut: bool, origin: str, kind: str, max_bytes: int) -> Record:
    """The one article in a text or HTML file whose first bytes, `head`, are read."""
    data = head
    if len(head) == HEAD_BYTES and not cut:
        rest, cut = _read_upto(stream, max_bytes + 1 - len(head))
        data += rest
    if cut:
        return _truncated(origin, kind)
    if len(data) > max_bytes:
        return failed(origin, kind, "too large", f"the content is over {human_size(max_bytes)}, the limit")
    if not data.strip():
        return failed(origin, kind, "empty", "the file is empty" if not data else "the file is only white space")
    return read_html(data, origin) if kind == "html" else read_text(data, origin)


def _read_upto(stream: BufferedIOBase, size: int) -> tuple[bytes, bool]:
    """Up to `size` bytes of `stream`, and whether its gzip data was cut short before them."""
    parts: list[bytes] = []
    while size > 0:
        try:
            chunk = stream.read1(size)
        except EOFError:
            return b"".join(parts), True
        if not chunk:
            break
        parts.append(chunk)
        size -= len(chunk)
    return b"".join(parts), False


def _truncated(origin: str, kind: str) -> Record:
    """The Record for gzip data that stops before its end."""
    return failed(origin, kind, "truncated gzip", "the gzip data ends early (a cut download?)"
                  + ("; the records before the cut were read" if kind in ("warc", "jsonl") else ""))


def _open(path: str) -> BufferedIOBase:
    """The file at `path`, or standard input copied to a temporary file so that it can be re-read."""
    if path != "-":
        return open(path, "rb")  # noqa: SIM115 - closed by the caller's with
    if sys.stdin is None:
        raise FileNotFoundError("no standard input to read")
    spool = tempfile.TemporaryFile()
    shutil.copyfileobj(sys.stdin.buffer, spool)
    spool.seek(0)
    return spool


def _os_message(err: OSError) -> str:
    """What went wrong opening or walking, in a few words."""
    if isinstance(err, FileNotFoundError):
        return f"no such file: {err.filename}" if err.filename else str(err)
    if isinstance(err, PermissionError):
        return "permission denied"
    if err.errno == errno.ELOOP:
        return "a symbolic link loop (the link leads back to itself)"
    return err.strerror or str(err)
