"""Read one article from a file or standard input into clean Unicode text, or say why not.

Everything a user can get wrong here (a wrong path, a PDF, an empty file, a huge dump)
becomes an `InputError` with a message, never a traceback.
"""
from __future__ import annotations

import sys
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
            raise InputError(f"standard input is over {_size(max_bytes)}, the limit; "
                             "split the input into articles")
        return data
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{path} is a directory; give one article's file")
        size = p.stat().st_size
        if size > max_bytes:
            raise InputError(f"input is {_size(size)}; the limit is {_size(max_bytes)}. "
                             "Split it into articles")
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except PermissionError:
        raise InputError(f"cannot read {path}: permission denied") from None
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror or err}") from None


def _size(n: int) -> str:
    """52400000 -> "52.4 MB", 10000000 -> "10 MB", 4000 -> "4 KB"."""
    value, unit = (n / 1e6, "MB") if n >= 1_000_000 else (n / 1e3, "KB")
    return f"{value:.1f}".removesuffix(".0") + f" {unit}"


def _decode(data: bytes) -> str:
    """UTF-8 (BOM or not), UTF-16 with a BOM, else whatever charset-normalizer finds; binary is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("binary input (looks like broken UTF-16): nothing to extract") from None
    for magic, kind, hint in MAGIC:
        if data.startswith(magic):
            raise InputError(f"binary input (looks like {kind}); {hint}")
    head = data[:SNIFF_BYTES]
    if b"\x00" in head or sum(b in CONTROL for b in head) > MAX_CONTROL_SHARE * len(head):
        raise InputError("binary input (looks like binary data, not text): nothing to extract")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError("binary input (looks like undecodable bytes in no known text encoding)")
    return str(best)


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
