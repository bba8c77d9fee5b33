"""Publication date of a crawled article: a dateline opening the body, or a byline line near the title.

Only dates in those two places count. A date in page chrome (a "MARCH 2021" banner, a copyright
year), a month-year without a day, or an event date inside the first sentence ("On 19 August
2016, the council ...") is not a publication date. Standard library only.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from orbat.extract.dates import MONTH_NUMBERS as MONTHS
from orbat.extract.dates import WEEKDAY_WORDS as WEEKDAYS

if TYPE_CHECKING:
    from orbat.extract.clean import CleanPage

_MONTH_RX = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))

# A full date (day, month and year). Month-year alone never matches.
DATE = re.compile(
    r"(?<![\w.])(?:"
    r"(?P<iy>(?:19|20)\d\d)[-/.](?P<im>\d\d?)[-/.](?P<id>\d\d?)"
    r"|(?P<nd>\d\d?)[-/.](?P<nm>\d\d?)[-/.](?P<ny>(?:19|20)\d\d)"
    rf"|(?P<dd>\d\d?)(?:st|nd|rd|th|er)?\.?\s+(?:de\s+|of\s+)?(?P<dm>{_MONTH_RX})\.?,?\s+(?:de\s+)?(?P<dy>(?:19|20)\d\d)"
    rf"|(?P<mm>{_MONTH_RX})\.?\s+(?P<md>\d\d?)(?:st|nd|rd|th)?,?\s*(?P<my>(?:19|20)\d\d)"
    r")(?!\d)",
    re.IGNORECASE)
# A clock time that may follow the date: "16:02", "at 1234", "10:15 am GMT", "T12:00:00Z".
_TIME = re.compile(
    r"(?:\s*,?\s*(?:at\s+|@\s*|[-|]\s*)?|T)(?:\d\d?[:.h]\d\d(?::\d\d)?(?:\.\d+)?|(?<=at )\d{3,4})"
    r"(?:\s*[ap]\.?m\.?)?(?:\s*(?:Z|GMT|UTC|[+-]\d\d:?\d\d|(?-i:[A-Z]{2,4}T)\b))?",
    re.IGNORECASE)
# Words that may stand before a dateline's date: "Published", "Date of publication", "Last updated at".
_CUE_WORDS = frozenset(
    "published posted updated modified dated date publication released first last of on at le el "
    "publié publie publicado actualizado mis jour à".split())
_LEADING_CUES = _CUE_WORDS - {"of", "on", "at", "le", "el", "à", "jour"}
_BYLINE_CUE = re.compile(r"\b(?:published|posted|updated|modified|dated?|written|by|publié|publicado)\b",
                         re.IGNORECASE)
_UPDATE_CUE = re.compile(r"\b(?:updated|modified|actualizado)\b", re.IGNORECASE)
_TOKEN = re.compile(r"[^\W_]+(?:[.'’&-][^\W_]+)*\.?|[^\w\s]", re.UNICODE)
_SEPARATORS = frozenset("-–—|:,;·•/()[]")
_PIECE_SPLIT = re.compile(r"\s+[|•·]\s+")  # the pieces of a byline bar, one of them a date
_PREPOSITIONS = frozenset("on in at by since from during after before until till of for as about around "
                          "early late mid between the a an this that".split())
_MAX_PREFIX = 60          # characters of cue words, weekday or agency before the dateline's date
_HEADER_LINES = 30        # non-blank raw lines searched for a byline above the body


def parse_date(match: re.Match) -> str | None:
    """'YYYY-MM-DD' from a `DATE` match, or None when the day does not exist."""
    g = match.groupdict()
    if g["iy"]:
        y, m, d = int(g["iy"]), int(g["im"]), int(g["id"])
    elif g["ny"]:
        d, m, y = int(g["nd"]), int(g["nm"]), int(g["ny"])
        if m > 12 >= d:                      # month-first when the second number cannot be a month
            d, m = m, d
    elif g["dy"]:
        d, m, y = int(g["dd"]), MONTHS[g["dm"].lower()], int(g["dy"])
    else:
        d, m, y = int(g["md"]), MONTHS[g["mm"].lower()], int(g["my"])
    if not (1 <= m <= 12 and 1 <= d <= _days_in(y, m)):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def _days_in(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _norm(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _drop_title(tokens: list[str], title: str | None) -> list[str]:
    """`tokens` without a repeat of the title starting within its first three tokens."""
    target = _norm(title) if title else ""
    if not target:
        return tokens
    for start in range(min(3, len(tokens))):
        seen, i = "", start
        while i < len(tokens) and len(seen) < len(target):
            seen += _norm(tokens[i])
            i += 1
        if seen == target:
            return tokens[:start] + tokens[i:]
    return tokens


def _prefix_ok(prefix: str, title: str | None) -> bool:
    """True when `prefix` holds only dateline furniture: a repeat of the title, cue words
    ("Published", "Date of publication"), weekdays, clock times, and capitalised agency, place
    or section names ("AFP", "Reuters", "BEIRUT", "Middle East"), never a lower-case word or a
    preposition ("On 19 August 2016", "In late July 2014")."""
    words = [t for t in _drop_title(_TOKEN.findall(prefix), title) if t not in _SEPARATORS]
    if len(" ".join(words)) > _MAX_PREFIX:
        return False
    previous_cue = False
    for word in words:
        low = word.lower().rstrip(".")
        if low in _CUE_WORDS and (previous_cue or low in _LEADING_CUES):
            previous_cue = True
            continue
        previous_cue = False
        if low in WEEKDAYS or (word.isdigit() and len(word) <= 4):
            continue
        if word[:1].isupper() and low not in _PREPOSITIONS:
            continue
        return False
    return True


def _follow_ok(text: str, end: int) -> bool:
    """True unless the date runs on into a sentence: ", the council ..." (a comma then a
    lower-case word) marks an event date opening the prose, not a dateline."""
    time = _TIME.match(text, end)
    if time:
        end = time.end()
    rest = text[end:end + 40].lstrip(" \t")
    return not (rest.startswith(",") and rest[1:].lstrip()[:1].islower())


def find_dateline(text: str, title: str | None = None) -> tuple[int, int, str] | None:
    """(start, end, 'YYYY-MM-DD') of a dateline opening `text`, or None.

    The date may follow the title repeated, cue words, a weekday, a time or an agency, place or
    section name, and must not run on into the sentence (see `_follow_ok`)."""
    limit = _MAX_PREFIX + 20 + (len(title) if title else 0)
    match = DATE.search(text, 0, limit + 40)
    if not match or match.start() > limit or not _prefix_ok(text[:match.start()], title):
        return None                            # no date near the start, or prose before it
    iso = parse_date(match)
    if iso and _follow_ok(text, match.end()):
        return match.start(), match.end(), iso
    return None


def _byline_date(line: str) -> tuple[str, bool] | None:
    """(date, is_update) for a short byline-like line carrying a full date, else None."""
    if len(line) > 200:
        return None
    match = DATE.search(line)
    if not match:
        return None
    iso = parse_date(match)
    if not iso:
        return None
    rest = (line[:match.start()] + " " + line[match.end():]).lower()
    words = [w for w in _TOKEN.findall(rest) if w not in _SEPARATORS]
    if "copyright" in rest or "©" in rest:
        return None
    date_only = all(w.rstrip(".") in _CUE_WORDS or w.rstrip(".") in WEEKDAYS or w.isdigit()
                    or w in {"am", "pm", "a.m.", "p.m.", "gmt", "utc"} for w in words)
    if date_only or (_BYLINE_CUE.search(line) and len(words) <= 15):
        return iso, bool(_UPDATE_CUE.search(rest))
    pieces = _PIECE_SPLIT.split(line)
    if len(pieces) > 1:                        # "September 18, 2024 | Leave a comment"
        piece = next((p for p in pieces if DATE.search(p)), None)
        return _byline_date(piece) if piece else None
    return None


def _header_lines(raw: str, page: CleanPage) -> list[str]:
    """Raw lines above the body's first paragraph (at most `_HEADER_LINES` non-blank ones)."""
    first = page.text.split("\n", 1)[0].strip() if page.text else ""
    lines: list[str] = []
    for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n", 200):
        line = line.strip()
        if not line:
            continue
        if first and line.endswith(first) or len(lines) >= _HEADER_LINES:
            break
        lines.append(line[:300])
    return lines


def find_published(raw: str, page: CleanPage) -> tuple[str | None, str | None]:
    """(EDTF 'YYYY-MM-DD', provenance) of the article's publication, or (None, None).

    Provenance is 'dateline' for a date opening the body text and 'byline' for a byline or
    date line above the body ("Posted on March 3, 2021 by ...", "Updated: 2021-03-03 12:00");
    a publication date is preferred to an update date."""
    if page.text:
        found = find_dateline(page.text, page.title)
        if found:
            return found[2], "dateline"
    updated = None
    for line in _header_lines(raw, page):
        if page.title and _norm(line) == _norm(page.title):
            continue
        found_b = _byline_date(line)
        if found_b and not found_b[1]:
            return found_b[0], "byline"
        if found_b and updated is None:
            updated = found_b[0]
    return (updated, "byline") if updated else (None, None)
