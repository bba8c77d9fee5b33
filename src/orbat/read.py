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
    """`data` as text (see `decode`), or None when it fits no encoding."""
    return decode(data, declared)[0]


def decode(data: bytes, declared: Iterable[str | None] = ()) -> tuple[str | None, str | None]:
    """(text, note) for `data`, decided by the evidence in the bytes: UTF-16 with a BOM; UTF-8 (BOM
    or not); the `declared` charsets in order; UTF-8 with a few bytes that are not UTF-8, which are
    replaced (U+FFFD) and counted in the note; mostly-ASCII text in the single-byte Windows code
    page whose letters make words (Western, Arabic, Cyrillic, Greek, Hebrew, Central European);
    else whatever charset-normalizer finds. Only the UTF-8 repair loses anything, and says so;
    (None, None) when nothing fits."""
    if data.startswith(UTF16_BOMS):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            return None, None
    for charset in ("utf-8-sig", *declared):
        if charset:
            try:
                return data.decode(charset), None
            except (UnicodeDecodeError, LookupError):
                pass
    repaired = _mostly_utf8(data)
    if repaired is not None:
        return repaired
    single = _mostly_ascii_single_byte(data)
    if single is not None:
        return single, None
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return (None, None) if best is None else (str(best), None)


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 text with a few bytes that are not UTF-8 (a bad copy, a stray Latin-1 byte): decoded
    as UTF-8, each bad byte replaced, when valid multi-byte characters outnumber the bad bytes. A
    single-byte encoding almost never forms valid UTF-8 sequences, so they are the evidence."""
    text = data.decode("utf-8", errors="surrogateescape")
    bad = sum(1 for c in text if "\udc80" <= c <= "\udcff")
    valid = sum(1 for c in text if ord(c) > 127 and not "\udc80" <= c <= "\udcff")
    if not bad or valid < max(2, bad):
        return None
    note = (f"{bad} byte{'s' if bad > 1 else ''} that {'are' if bad > 1 else 'is'} not UTF-8 "
            "replaced with U+FFFD; the rest read as UTF-8")
    return data.decode("utf-8", errors="replace"), note


WESTERN_EXTRA = re.compile(r"[\u00c0-\u00ff\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u20ac\u00a0\u00b0\u00ab\u00bb]")
# Windows code pages tried for mostly-ASCII text, Western first (it wins ties)
SINGLE_BYTE = ("cp1252", "cp1256", "cp1251", "cp1253", "cp1255", "cp1250")
_WORD = re.compile(r"[^\W\d_]+")


def _script(c: str) -> str:
    """'LATIN', 'ARABIC', 'CYRILLIC', ... from the character's Unicode name."""
    import unicodedata
    return unicodedata.name(c, "UNKNOWN").split(" ")[0]


def _plausible_words(text: str) -> float:
    """The share of words with non-ASCII letters that look like words of one script: a Latin word
    with its accented letters among plain ones ('Nabûdah', 'Türkiye'), or a word all in one other
    script. Arabic bytes read as Western give 'ÞÇáÊ' (four accented letters in a row): not a word."""
    words = [w for w in _WORD.findall(text) if not w.isascii()]
    if not words:
        return 1.0
    good = 0
    for w in words:
        scripts = {_script(c) for c in w}
        if scripts == {"LATIN"}:
            good += not re.search(r"[^\x00-\x7f]{3}", w) or len(w) <= 3
        elif len(scripts) == 1 and all(ord(c) > 127 for c in w):
            good += 1
    return good / len(words)


def _mostly_ascii_single_byte(data: bytes) -> str | None:
    """English text with a few non-ASCII bytes (accented names, curly quotes, a line of Arabic) in a
    Windows code page: too few for a statistical guess, so each code page is tried and the one whose
    non-ASCII letters make plausible words wins (Western on a tie, as for 'Nabûdah', 'Türkiye')."""
    high = sum(b > 127 for b in data)
    if not high or high > 0.03 * len(data):
        return None
    best, best_score = None, 0.0
    for page in SINGLE_BYTE:
        try:
            text = data.decode(page)
        except UnicodeDecodeError:
            continue
        if page == "cp1252" and not all(WESTERN_EXTRA.match(c) for c in text if ord(c) > 127):
            continue
        score = _plausible_words(text)
        if score > best_score:
            best, best_score = text, score
    return best if best_score >= 0.9 else None


@lru_cache(maxsize=1)
def _identifier():
    """py3langid's identifier. Its loader unpacks the model (68 MB) into a temporary file; where
    none can be written (a file-size limit, a full or read-only /tmp) the model is unpacked in
    memory instead."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    try:
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    except OSError:
        return _identifier_in_memory(LanguageIdentifier, MODEL_DIR / MODEL_FILE)


def _identifier_in_memory(cls, path):
    """The identifier built as py3langid's `modelio.load_model` builds it, without a temporary file."""
    import io
    import lzma
    from array import array

    import numpy as np

    def as_array(values):
        out = array({2: "H", 4: "I", 8: "L"}[values.dtype.itemsize])
        out.frombytes(memoryview(np.ascontiguousarray(values)).cast("B"))
        return out

    with lzma.open(path) as src, np.load(io.BytesIO(src.read()), allow_pickle=False) as data:
        return cls(np.asarray(data["ptc"]), np.asarray(data["pc"]), data["classes"].tolist(),
                   as_array(data["nextmove"]), data["out_feat"].tolist(), norm_probs=True,
                   tk_row=as_array(data["nextmove_row"]))


def non_latin_share(text: str) -> float:
    """The share of the letters in the first ~2000 characters of `text` that are not Latin: an
    article mostly in another script is not English, however unsure the language detector is."""
    letters = [c for c in text[:LANGUAGE_WINDOW] if c.isalpha()]
    if len(letters) < MIN_LETTERS:
        return 0.0
    return sum(1 for c in letters if not c.isascii() and _script(c) != "LATIN") / len(letters)


def identify_language(text: str) -> tuple[str, float]:
    """(language code, probability) of a text however short (a line of page chrome)."""
    return _identifier().classify(text)


def english_share(text: str) -> float:
    """The probability that a text however short is English. Where the top guess would split a line
    among close languages ("Učitaj još komentara": Croatian, Serbian, Bosnian), this stays decisive."""
    return dict(_identifier().rank(text)).get("en", 0.0)


def detect_language(text: str) -> tuple[str, float]:
    """(language code, probability) of the first ~2000 characters of `text`; codes are ISO 639-1
    where one exists ("en", "fr", "ar"), else ISO 639-3 ("pcm").

    Text with fewer than 20 letters gives ("en", 0.0): too short to tell, so callers
    treat it as English rather than refuse it.
    """
    sample = text[:LANGUAGE_WINDOW]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return "en", 0.0
    return identify_language(sample)
