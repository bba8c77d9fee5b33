"""The calendar span an EDTF date covers, for placing claims on a time line.

"2019-10" covers 2019-10-01..2019-10-31; "2019-10-07/2019-10-13" its interval; a value with an
unknown year ("XXXX-10") covers nothing placeable and gives None.
"""
from __future__ import annotations

import calendar
import re

_PART = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def _span(value: str) -> tuple[str, str] | None:
    m = _PART.match(value.strip().rstrip("?~%"))
    if not m:
        return None
    y, mo, d = int(m[1]), m[2], m[3]
    if mo is None or not 1 <= int(mo) <= 12:  # a year, or a season code (21-24): the whole year
        return f"{y:04d}-01-01", f"{y:04d}-12-31"
    mo = int(mo)
    if d is None:
        return f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"
    return f"{y:04d}-{mo:02d}-{int(d):02d}", f"{y:04d}-{mo:02d}-{int(d):02d}"


def bounds(value: str | None) -> tuple[str, str] | None:
    """(first day, last day) of an EDTF date or interval as ISO dates, or None when not placeable."""
    if not value:
        return None
    if "/" in value:
        a, b = value.split("/", 1)
        lo, hi = _span(a), _span(b)
        if lo is None or hi is None:
            return None
        return lo[0], hi[1]
    return _span(value)


def as_day(value: str) -> str:
    """A date the user gave ('2019', '2019-09', '2019-09-01') as its first day, for --at."""
    span = bounds(value)
    if span is None:
        raise ValueError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return span[0]
