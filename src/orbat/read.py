"""Read one article from a file or standard input into clean Unicode text, or say why not.

Everything a user can get wrong here (a wrong path, a PDF, an empty file, a huge dump)
becomes an `InputError` with a message, never a traceback.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

MAGIC = (  # leading bytes of formats people save articles in by mistake, and what to do
    (b"\x1f\x8b", "gzip", "decompress it first (gunzip)"),
    (b"BZh", "bzip2", "decompress it first (bunzip2)"),
    (b"\xfd7zXZ", "xz", "decompress it first (unxz)"),
    (b"PK\x03\x04", "a zip archive or office document", "unpack it or save it as plain text first"),
    (b"%PDF", "a PDF", "convert it to text first (e.g. pdftotext)"),
    (b"\x89PNG", "a PNG image", "orbat reads text, not images"),
    (b"\xff\xd8\xff", "a JPEG image", "orbat reads text, not images"),
    (b"GIF8", "a GIF image", "orbat reads text, not images"),
    (b"\x7fELF", "an executable", "give an article's text file"),
)
SNIFF_BYTES = 8192
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
MAX_CONTROL_SHARE = 0.05  # more control characters than this in the first 8 KB is not prose
CONTROL = frozenset(range(32)) - frozenset(b"\t\n\r\f\v") | {0x7F}
LANGUAGE_WINDOW = 2000  # characters looked at by detect_language
MIN_LETTERS = 20  # fewer letters than this are too little to tell a language
FOREIGN_MIN_P = 0.8  # a surer non-English guess is refused; clear Arabic scores ~0.9 (ary, arz share p)


class InputError(Exception):
    """An input orbat cannot use; the message says what to do about it."""


def read_input(path: str, max_bytes: int = 10_000_000) -> str:
    """The text of the file at `path` (`-` for standard input), decoded, with "\\n" line ends."""
    data = _read_bytes(path, max_bytes)
    if not data.strip():
        raise InputError("empty input: nothing to extract")
    text = _decode(data)
    if not text.strip():
        raise InputError("empty input: nothing to extract")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_bytes(path: str, max_bytes: int) -> bytes:
    if path == "-":
        if sys.stdin is None:
            raise InputError("no standard input to read; give a file path instead of -")
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(f"standard input is over {human_size(max_bytes)}, the limit; "
                             "split the input into articles")
        return data
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{path} is a directory; give one article's file")
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(f"input is {human_size(size)}; the limit is {human_size(max_bytes)}. "
                             "Split it into articles")
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except PermissionError:
        raise InputError(f"cannot read {path}: permission denied") from None
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror or err}") from None


def human_size(n: int) -> str:
    """52400000 -> "52.4 MB", 10000000 -> "10 MB", 4000 -> "4 KB"."""
    value, unit = (n / 1e6, "MB") if n >= 1_000_000 else (n / 1e3, "KB")
    return f"{value:.1f}".removesuffix(".0") + f" {unit}"


def _decode(data: bytes) -> str:
    """`data` as text, or an InputError saying what it looks like instead."""
    found = binary_kind(data)
    if found:
        raise InputError(f"binary input (looks like {found[0]}); {found[1]}")
    text = decode_text(data)
    if text is None:
        if data.startswith(UTF16_BOMS):
            raise InputError("binary input (looks like broken UTF-16): nothing to extract")
        raise InputError("binary input (looks like undecodable bytes in no known text encoding)")
    return text


def binary_kind(data: bytes) -> tuple[str, str] | None:
    """(what it looks like, what to do) when `data` is not text (a PDF, an image, control bytes), else None."""
    if data.startswith(UTF16_BOMS):
        return None
    for magic, kind, hint in MAGIC:
        if data.startswith(magic):
            return kind, hint
    head = data[:SNIFF_BYTES]
    if b"\x00" in head or sum(b in CONTROL for b in head) > MAX_CONTROL_SHARE * len(head):
        return "binary data, not text", "nothing to extract"
    return None


def decode_text(data: bytes, declared: Iterable[str | None] = ()) -> str | None:
    """UTF-16 with a BOM, UTF-8 (BOM or not), the `declared` charsets in order, else whatever
    charset-normalizer finds; every decoding is strict, so None when nothing fits."""
    if data.startswith(UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    for charset in ("utf-8-sig", *declared):
        if charset:
            try:
                return data.decode(charset)
            except (UnicodeDecodeError, LookupError):
                pass
    western = _mostly_ascii_western(data)
    if western is not None:
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return None if best is None else str(best)


WESTERN_EXTRA = re.compile(r"[\u00c0-\u00ff\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u20ac\u00a0\u00b0\u00ab\u00bb]")


def _mostly_ascii_western(data: bytes) -> str | None:
    """English text with a few accented letters or curly quotes saved as Windows-1252 or Latin-1
    ('Nabûdah', 'Türkiye'): too few non-ASCII bytes for a statistical guess, so decoded as
    Windows-1252 when every non-ASCII character that gives is a Western letter or punctuation."""
    high = sum(b > 127 for b in data)
    if not high or high > 0.03 * len(data):
        return None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    extra = [c for c in text if ord(c) > 127]
    return text if all(WESTERN_EXTRA.match(c) for c in extra) else None


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """(language code, probability) of the first ~2000 characters of `text`; codes are ISO 639-1
    where one exists ("en", "fr", "ar"), else ISO 639-3 ("pcm").

    Text with fewer than 20 letters gives ("en", 0.0): too short to tell, so callers
    treat it as English rather than refuse it.
    """
    sample = text[:LANGUAGE_WINDOW]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return "en", 0.0
    return _identifier().classify(sample)
