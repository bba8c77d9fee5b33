"""Publication dates from metadata values and URLs, as YYYY-MM-DD, YYYY-MM or YYYY.

A date before 1990 or after today is no publication date of a news article read now, so
both readers return None for it.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

EARLIEST = date(1990, 1, 1)

_ISO = re.compile(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?\s*$", re.I)
_COMPACT = re.compile(r"\s*(\d{4})(\d\d)(\d\d)(?:T?\d{4,6}Z?)?\s*$")
_URL_YMD = re.compile(r"(?<![\w])((?:19|20)\d\d)[/_-](\d{1,2})(?:[/_-](\d{1,2}))?(?=[/_.-]|$)")
_URL_COMPACT = re.compile(r"(?<![\w])((?:19|20)\d\d)(\d\d)(\d\d)(?=[/_.-]|$)")


def plausible(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """The date as YYYY[-MM[-DD]] when it exists and lies between 1990 and today, else None."""
    try:
        first = date(year, month or 1, day or 1)
    except ValueError:
        return None
    if not EARLIEST <= first <= date.today():
        return None
    return f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if month and day else "")


def iso_date(value: object) -> str | None:
    """A metadata date value ('2019-12-16T10:00:00Z', '20191216', 'Mon, 16 Dec 2019 10:00:00 GMT',
    '2019-12') as the date it names, as written (no time-zone shift); None when it names none."""
    if not isinstance(value, str) or len(value) > 64:
        return None
    m = _ISO.match(value) or _COMPACT.match(value)
    if m:
        month, day = (int(g) if g else None for g in m.groups()[1:])
        return plausible(int(m[1]), month, day if month else None)
    try:
        parsed: datetime = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return plausible(parsed.year, parsed.month, parsed.day)


def url_date(url: str | None) -> str | None:
    """The date in a URL's path: /2019/12/16/, /2019/12/, 2019-12-16 or 20191216 between separators."""
    if not url:
        return None
    path = re.sub(r"^[a-z][\w+.-]*://[^/]*", "", url, flags=re.I)  # a host name holds no date
    for m in _URL_YMD.finditer(path):
        found = plausible(int(m[1]), int(m[2]), int(m[3]) if m[3] else None)
        if found:
            return found
    for m in _URL_COMPACT.finditer(path):
        found = plausible(*map(int, m.groups()))
        if found:
            return found
    return None
