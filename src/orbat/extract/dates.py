"""Rule-based tagger for temporal expressions in English news text, resolved to EDTF.

Values follow the Library of Congress Extended Date/Time Format (EDTF):
``2019``, ``2019-10``, ``2019-12-14``, unknown parts as ``X`` (``XXXX-10``),
decades as ``199X``, ``~`` for approximate values.  Sub-year groupings use
EDTF level-2 codes: seasons ``2019-21``..``24`` (spring, summer, autumn,
winter), quarters ``2019-33``..``36``, halves ``2019-40``/``41``.  Weeks and
weekends are EDTF intervals of days (``2015-07-06/2015-07-12``).

Reference words (``REF_WORDS``): "now", "currently" and the like get the
publication date as value (None without one); "recently", "soon", "the
future" get value None, since they name no point in time.  Durations get an
ISO 8601 duration (``P8M``, ``PT48H``, ``PXY`` for "several years") and sets a
period (``P1W`` for "every week"); both are used only for evaluation.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = ("January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December")
MONTH_ABBR = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "May": 5, "Jun": 6, "Jul": 7, "Aug": 8,
              "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY_ABBR = {"Mon": 0, "Tue": 1, "Tues": 1, "Wed": 2, "Thu": 3, "Thur": 3, "Thurs": 3,
                "Fri": 4, "Sat": 5, "Sun": 6}
# Month and weekday words of datelines and bylines (English, French, Spanish), lower case.
_MONTH_WORDS = {
    1: "january jan janvier janv enero ene",
    2: "february feb febr février fevrier févr fevr febrero",
    3: "march mar mars marzo",
    4: "april apr avril abril abr",
    5: "may mai mayo",
    6: "june jun juin junio",
    7: "july jul juillet juil julio",
    8: "august aug août aout agosto ago",
    9: "september sep sept septembre septiembre setiembre",
    10: "october oct octobre octubre",
    11: "november nov novembre noviembre",
    12: "december dec décembre decembre déc diciembre dic",
}
MONTH_NUMBERS: dict[str, int] = {name: num for num, names in _MONTH_WORDS.items() for name in names.split()}
WEEKDAY_WORDS = frozenset(
    "monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri saturday sat sunday sun "
    "lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles miercoles jueves viernes "
    "sábado sabado domingo".split())
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
                "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
                "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                "ninety": 90, "hundred": 100}
VAGUE_NUMBERS = ("a few", "few", "several", "many", "a couple of", "couple of", "some")
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
UNIT_CODES = {"second": "TS", "minute": "TM", "hour": "TH", "day": "D", "week": "W",
              "fortnight": "2W", "month": "M", "year": "Y", "decade": "10Y", "century": "100Y"}
SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
# Prepositions and modifiers after which a bare number 1900-2099 is read as a year.
YEAR_TRIGGERS = ("in", "since", "by", "until", "till", "of", "from", "before", "after",
                 "during", "through", "throughout", "for", "into", "between", "around",
                 "circa", "fiscal", "year", "early", "late", "mid", "end of", "start of",
                 "beginning of", "middle of", "the end of", "the start of",
                 "the beginning of", "the middle of")
# Prepositions after which a capitalized "May" or "March" alone is the month.
MONTH_TRIGGERS = ("in", "since", "by", "until", "till", "during", "from", "to", "through",
                  "of", "before", "after", "last", "this", "next", "early", "late", "mid",
                  "end of", "the end of", "beginning of", "the beginning of",
                  "middle of", "the middle of", "this past", "this coming")
REF_WORDS = {"now": "present", "right now": "present", "currently": "present",
             "at present": "present", "nowadays": "present", "these days": "present",
             "at the moment": "present", "recently": "past",
             "lately": "past", "the past": "past", "in the past": "past",
             "in recent days": "past", "recent days": "past", "recent weeks": "past",
             "recent months": "past", "recent years": "past", "soon": "future",
             "the future": "future", "the near future": "future", "coming days": "future",
             "coming weeks": "future", "coming months": "future", "coming years": "future"}
# Steps (in units) of deictic modifiers ("last year") and anaphoric ones ("the following year").
RELATIVE_STEPS = {"last": -1, "this past": -1, "next": 1, "this coming": 1, "the coming": 1,
                  "this": 0, "the current": 0, "over the": 0, "the end of the": 0}
ANAPHORIC_STEPS = {"the same": 0, "that": 0, "earlier that": 0, "later that": 0,
                   "later in the": 0, "the previous": -1, "the following": 1}
# Words before a year-less date, in its sentence, that make it point to the future.
FUTURE_CUES = ("will", "shall", "'ll", "won't", "would", "expects", "expected", "scheduled", "due",
               "payable", "record", "plans", "planned", "until", "through", "deadline", "is to",
               "are to", "to be held", "upcoming", "expire", "expires", "effective", "takes effect",
               "extended to", "set to")
APPROX_WORDS = ("nearly", "almost", "about", "around", "roughly", "some", "more than",
                "over", "less than", "just over", "just under", "approximately")


def _alt(words) -> str:
    """Regex alternation of words, longest first, spaces matching any whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_MONTH_FULL = _alt(MONTHS + tuple(m.upper() for m in MONTHS))
_MONTH = rf"(?:{_MONTH_FULL}|(?:{_alt(MONTH_ABBR)})\.?)(?![\w])"
_WEEKDAY_FULL = _alt(WEEKDAYS)
_WEEKDAY = rf"(?:{_WEEKDAY_FULL}|(?:{_alt(WEEKDAY_ABBR)})\.?)(?![\w])"
_YEAR = r"(?:1[89]|20)\d\d(?![\d,.]\d)"
# a weekday and the next one ("Saturday and Sunday", "Tuesday to Wednesday"), not a list ("Friday and Thursday")
_NEXT_DAYS = "|".join(rf"(?P<wd{k}>{a})\s+(?:and|to|through|into)\s+{b}"
                      for k, (a, b) in enumerate(zip(WEEKDAYS, WEEKDAYS[1:] + WEEKDAYS[:1])))
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_NUM = rf"(?:\d+(?:\.\d+)?|(?i:(?:{_alt(k for k in NUMBER_WORDS if k not in ('a', 'an'))})(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?))"
_APPROX = rf"(?:(?P<approx>{_alt(APPROX_WORDS)})\s+)?"
_UNIT = r"(?P<unit>second|minute|hour|day|week|fortnight|month|year|decade|century)"

# One (name, pattern) per expression family, most specific first: at any
# position the first family that matches wins.
_FAMILIES = (
    ("iso", r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?![\d-])"),
    ("numeric", r"(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d])"),
    ("dmy", rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{_DAY})(?:\s+of)?\s+(?P<mon>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?"),
    ("mdy", rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<mon>{_MONTH})\s+(?P<d>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?"),
    ("season", rf"(?:(?P<rel>(?i:last|this\s+past|this\s+coming|this|next|early|late|mid|the))[-\s]+)?(?P<season>(?i:spring|summer|autumn|fall|winter))(?:\s+of)?(?:,?\s+(?P<y>{_YEAR}))?(?!\w)"),
    ("monthyear", rf"(?:(?P<mod>(?i:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+middle\s+of|the\s+start\s+of))[-\s]+)?(?P<mon>{_MONTH}),?\s+(?:of\s+)?(?P<y>{_YEAR})"),
    ("monthrel", rf"(?P<mon>{_MONTH})(?:\s+of)?\s+(?P<rel>(?i:this|last|next))\s+year(?!\w)"),
    ("month", rf"(?:(?P<trig>(?i:{_alt(MONTH_TRIGGERS)}))[-\s]+)?(?P<mon>{_MONTH_FULL})(?!\w|,?\s+(?:of\s+)?\d|\s+(?:of\s+)?(?i:this|last|next)\s+year)"),
    ("weekdays", rf"(?:(?P<rel>(?i:last|this\s+past|on))\s+)?(?:{_NEXT_DAYS})(?!\w)"),  # "on Friday and Saturday": both days
    ("weekday", rf"(?:(?P<rel>(?i:last|next|this\s+past|this\s+coming|this|the\s+previous|the\s+following|on|late|early))\s+)?(?P<wd>{_WEEKDAY_FULL})(?:s(?=\s+(?!(?:the|and|or|at|in|on|of|to|when|were|are)\b)[a-z]))?(?!\w|,?\s+(?:the\s+)?\d+(?:st|nd|rd|th)?(?:\s+(?:of\s+)?{_MONTH}|[/.-]\d|,?\s+\d{{4}})|,?\s+{_MONTH})"),
    # ("Mondays twin bombings": the possessive whose apostrophe was lost; not "on Mondays and Thursdays")
    ("quarter", rf"(?:(?P<det>(?i:the|this|last|next|its|this\s+year's|last\s+year's|a))\s+)?(?:(?i:fiscal)[-\s]+)?(?:(?P<back>(?i:(?:comparable\s+)?(?:year-earlier|year-ago)|comparable))[-\s]+)?(?:(?P<adj>(?i:latest|current|most\s+recent|recent|past|previous|same|first|second|third|fourth|1st|2nd|3rd|4th|final|last))[-\s]+)?(?:(?i:fiscal)[-\s]+)?(?P<unit>quarter|half)(?!\w)(?:\s+of\s+(?:(?i:fiscal)\s+)?(?P<y>{_YEAR}))?"),
    ("ago", rf"{_APPROX}(?P<n>{_NUM}|(?i:a|an))[-\s]+{_UNIT}s?\s+(?P<dir>ago|earlier|later|before|previously|from\s+now)(?!\w)"
            r"(?:\s+(?P<today>today|this\s+month)(?!\w))?"),
    ("dayrel", r"(?P<rel>(?i:the\s+(?:next|following|previous|same)|(?<![\w-]\s)next))\s+day(?!\w)(?!\s+of\b)|"
               r"(?P<after>(?i:the\s+day\s+(?:after|before)))(?=\s*,|\s+(?:the|it|they|[a-z]+ed)\b)"),
    ("yearago", r"(?P<ya>(?i:year-(?:ago|earlier)|the\s+year-(?:ago|earlier)\s+period))(?!\w)"),
    ("relunit", rf"(?P<rel>(?i:(?:(?:early|late|earlier|later|the\s+end\s+of|the\s+start\s+of)\s+)?(?:this|next|last)|{_alt(set(RELATIVE_STEPS) | set(ANAPHORIC_STEPS))}|the(?=\s+weekend)|the\s+(?:end|start|beginning|middle)\s+of\s+the(?=\s+(?:year|month)\b)))\s+(?P<unit>year|month|week|weekend|decade|century)(?!\w)"),
    # ("since the start of the year": of the year the article was written in)
    ("yearend", r"(?P<unit>(?i:year|month))[-\s]end(?!\w)"),
    ("dayword", r"(?P<mod>(?i:late|early)\s+)?(?P<word>(?i:the\s+day\s+before\s+yesterday|yesterday|today|tomorrow|tonight|last\s+night|"
                rf"this\s+(?:morning|afternoon|evening)|(?:(?:in|over|during)\s+)?the\s+(?:past|last)\s+24\s+hours|overnight(?!\s+(?:on\s+|into\s+|to\s+|from\s+)?"
                rf"(?:{_WEEKDAY}|\d))))(?!\w)"),
    ("duration", rf"(?:(?i:the|a|an)\s+)?(?:(?i:past|last|next|previous|coming|first|final|following)\s+)?{_APPROX}(?P<n>{_NUM}|{_alt(VAGUE_NUMBERS)}|(?i:a|an))[-\s]+{_UNIT}s?(?:[-\s](?:long|old))?(?!\w)"),
    ("ref", rf"(?P<word>(?:{_alt(REF_WORDS)})|(?:{_alt(w.capitalize() for w in REF_WORDS)}))(?!\w)"),
    ("decade", r"(?:(?i:the)\s+)?(?:(?P<mod>(?i:early|mid|late))[-\s])?(?:'|\u2019)?(?P<dec>(?:1[89]|20)?\d0)'?s(?!\w)"),
    ("yearrange", rf"(?:(?P<trig>(?i:{_alt(YEAR_TRIGGERS)}))\s+)(?:the\s+)?(?P<y1>{_YEAR})\s*[-\u2013\u2014]\s*(?P<y2>(?:1[89]|20)?\d\d)(?![\w-])"),
    # (a year after "to" or "and" only where a year stands just before: "from 1972 to 1974", "between 1972 and 1974")
    ("year", rf"(?:(?P<trig>(?i:{_alt(YEAR_TRIGGERS)})|(?<=\d\d\d\d\s)(?i:to|and))[-\s]+)(?:(?P<mod>(?i:early|late|mid))[-\s]+)?"
             rf"(?P<y>{_YEAR})(?![\w-])"),
    ("set", rf"(?P<q>(?i:every|each))\s+(?:other\s+)?(?:{_NUM}\s+)?(?P<unit>day|week|month|year|morning|night|{_WEEKDAY_FULL})s?(?!\w)"),
)
_STRIP_NAMES = re.compile(r"\(\?P<\w+>|\(\?P=sep\)")
_SCANNER = re.compile(r"\b(?:" + "|".join(
    f"(?P<{name}>{_STRIP_NAMES.sub(lambda m: '(?:' if m.group().startswith('(?P<') else '[-/.]', pat)})"
    for name, pat in _FAMILIES) + ")")
_PARSERS = {name: re.compile(pat) for name, pat in _FAMILIES}
# Words every expression contains: the scanner is tried only just before and at them.
_CORE_WORDS = frozenset(w.lower() for w in MONTHS + tuple(MONTH_ABBR) + WEEKDAYS + tuple(WEEKDAY_ABBR)
                        + tuple(UNIT_CODES) + tuple(SEASONS) + tuple(REF_WORDS) + (
                            "weekend", "quarter", "half", "yesterday", "today", "tomorrow", "tonight", "night", "morning",
                            "afternoon", "evening", "overnight",
                            "present", "days", "moment", "past", "future"))
_TOKEN = re.compile(r"[A-Za-z]+|\d+")
_BACK, _AHEAD = 32, 48
_SUBYEAR = re.compile(r"(\d{4})-(2[1-4]|3[3-6]|4[01])")
_FUTURE_RE = re.compile(rf"(?i)(?<!\w)(?:{_alt(FUTURE_CUES)})(?!\w)"
                        r"(?<!(?:its|the|his|her) planned)(?<!their planned)(?<!long-planned)")  # not "launched its planned
# offensive on Monday": an act planned before, done
_SENTENCE_END = re.compile(r"[.!?][\"')\]\u201d]?\s+(?=[\"'(\u201c]?[A-Z0-9])")
_ANCHOR_RE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d)(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?)?)?")


@dataclass(frozen=True)
class Anchor:
    """A reference date with year, month and day precision (month/day may be None)."""
    year: int
    month: int | None = None
    day: int | None = None

    def iso(self) -> str:
        """The anchor as an EDTF/ISO string at its own precision."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def date(self) -> date | None:
        """The anchor as a datetime.date, or None when its day is unknown."""
        return date(self.year, self.month, self.day) if self.day is not None else None


@dataclass
class DateMention:
    """One temporal expression found in a text, with its resolved EDTF value."""
    text: str
    start: int
    end: int
    value: str | None
    anchor: str | None
    kind: str

    def to_dict(self) -> dict:
        """The mention as a JSON-ready dict."""
        return {"text": self.text, "start": self.start, "end": self.end,
                "value": self.value, "anchor": self.anchor, "kind": self.kind}


def parse_anchor(s: str) -> Anchor:
    """Parse 'YYYY', 'YYYY-MM', 'YYYY-MM-DD' or an ISO datetime into an Anchor."""
    m = _ANCHOR_RE.fullmatch(s.strip())
    if not m:
        raise ValueError(f"invalid date {s!r}: expected YYYY, YYYY-MM, YYYY-MM-DD or an ISO datetime")
    year, month, day = (int(g) if g else None for g in m.groups())
    try:
        date(year, month or 1, day or 1)
    except ValueError as err:
        raise ValueError(f"invalid date {s!r}: {err}") from None
    return Anchor(year, month, day)


def _month_number(name: str) -> int:
    """Month number for a full or abbreviated month name."""
    name = name.rstrip(".")
    return MONTH_ABBR.get(name[:4].title()) or MONTH_ABBR[name[:3].title()]


def _weekday_number(name: str) -> int:
    """Weekday number (Monday=0) for a full or abbreviated weekday name."""
    return WEEKDAY_ABBR[name.rstrip(".")[:3].title()]


def _number(word: str) -> int | None:
    """Integer for a digit string or an English number word ('twenty-four'); None if vague."""
    word = word.lower()
    if word[0].isdigit():
        return int(float(word))
    parts = re.split(r"[-\s]+", word)
    if all(p in NUMBER_WORDS for p in parts):
        return sum(NUMBER_WORDS[p] for p in parts)
    return None


def _ymd(y: int | None, m: int | None = None, d: int | None = None) -> str:
    """EDTF string for a year/month/day with unknown parts written as X."""
    out = f"{y:04d}" if y is not None else "XXXX"
    if m is not None:
        out += f"-{m:02d}"
        if d is not None:
            out += f"-{d:02d}"
    elif d is not None:
        out += f"-XX-{d:02d}"
    return out


def _week(monday: date, days: int = 7) -> str:
    """EDTF interval of `days` days starting at `monday`."""
    return f"{monday.isoformat()}/{(monday + timedelta(days=days - 1)).isoformat()}"


def _shift_month(y: int, m: int, n: int) -> tuple[int, int]:
    """(year, month) n months after (y, m)."""
    k = y * 12 + m - 1 + n
    return k // 12, k % 12 + 1


def _split(value: str | None) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of a plain EDTF date value; None parts when absent or unknown."""
    m = re.match(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", value or "")
    if not m:
        return None, None, None
    y, mo, d = (int(g) if g else None for g in m.groups())
    return y, (mo if mo and mo <= 12 else None), d


def _is_year_token(word: str, text: str, end: int) -> bool:
    """Whether a digit token can be a year (1800-2099) or a decade ('90s)."""
    if not word.isdigit():
        return False
    if len(word) == 4:
        return word[:2] in ("18", "19", "20")
    return word[-1] == "0" and text[end:end + 1] == "s"


class _Resolver:
    """Turns scanner matches into values, keeping the narrative context of one text."""

    def __init__(self, text: str, anchor: Anchor | None):
        self.text = text
        self.anchor = anchor
        self.pub = anchor.iso() if anchor else None
        self.explicit: tuple[str, int] | None = None   # last value with a year written out, end offset
        self.last: tuple[str, int] | None = None       # last resolved date value, end offset

    def close(self, end: int, start: int) -> bool:
        """Whether a date ending at `end` is in the sentence of `start` or the one before it (crawled
        pages often hold a whole article on one line, so a line is no unit of narrative)."""
        gap = self.text[end:start]
        return "\n\n" not in gap and len(_SENTENCE_END.findall(gap)) <= 1

    def future(self, start: int) -> bool:
        """Whether the sentence before `start` speaks of the future (see FUTURE_CUES)."""
        before = self.text[max(0, start - 200):start]
        ends = list(_SENTENCE_END.finditer(before))
        return bool(_FUTURE_RE.search(before, ends[-1].end() if ends else 0))

    def year_context(self, start: int) -> tuple[Anchor | None, str | None]:
        """Anchor for a year-less, non-deictic expression: close narrative date, publication, any earlier date."""
        if self.explicit and self.close(self.explicit[1], start):
            return self.narrative(self.explicit[0])
        if self.anchor:
            return self.anchor, self.pub
        if self.explicit:
            return self.narrative(self.explicit[0])
        return None, None

    @staticmethod
    def narrative(value: str) -> tuple[Anchor, str]:
        """Anchor taken from an earlier date in the text."""
        y, m, d = _split(value)
        return Anchor(y, m, d), f"narrative:{value}"

    def previous(self) -> tuple[Anchor | None, str | None, str | None]:
        """Anchor, label and raw value of the last date in the text, else the publication date."""
        if self.last:
            a, label = self.narrative(self.last[0])
            return a, label, self.last[0]
        return self.anchor, self.pub, None

    def resolve(self, name: str, m: re.Match) -> tuple[str, str | None, str | None, int] | None:
        """(kind, value, anchor label, span start) for one match, or None when it is no date."""
        return getattr(self, "_" + name)(m)

    # --- absolute dates -------------------------------------------------
    def _iso(self, m):
        """ISO 8601 date: 2019-09-08."""
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if not (1 <= mo <= 12 and 1 <= d <= calendar.monthrange(y, mo)[1]):
            return None
        return "date", _ymd(y, mo, d), None, m.start()

    def _numeric(self, m):
        """Dashed/slashed/dotted numeric date, day first unless impossible. Where both orders make a date
        ('3/4/2019'), the one not after the publication is meant, and of two, the one in its last month (a
        page's own date line); else only the year is known."""
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        d, mo = (a, b) if b <= 12 else (b, a)
        if not (1 <= mo <= 12 and 1 <= d <= calendar.monthrange(y, mo)[1]):
            return None
        if a != b and a <= 12 and b <= 12:
            pub = date(self.anchor.year, self.anchor.month, self.anchor.day or 28) \
                if self.anchor is not None and self.anchor.month else None
            past = [r for r in (date(y, b, a), date(y, a, b)) if pub is None or r <= pub]
            recent = [r for r in past if pub is not None and (pub - r).days <= 31]
            if len(past) != 1 and len(recent) != 1:
                return "date", str(y), None, m.start()
            pick = past[0] if len(past) == 1 else recent[0]
            d, mo = pick.day, pick.month
        return "date", _ymd(y, mo, d), None, m.start()

    def _dmy(self, m):
        """Day before month: '16 September 2014', '28 October'."""
        return self.day_month(m, int(re.match(r"\d+", m["d"]).group()))

    _mdy = _dmy

    def day_month(self, m, d: int):
        """A day of a month, with its year written out or taken from context."""
        mo = _month_number(m["mon"])
        if d > calendar.monthrange(2000, mo)[1]:
            return None
        if m["y"]:
            return "date", _ymd(int(m["y"]), mo, d), None, m.start()
        ctx, label = self.year_context(m.start())
        if ctx is None:
            return "date", _ymd(None, mo, d), None, m.start()
        y = ctx.year
        if label == self.pub and ctx.month:
            ref = date(ctx.year, ctx.month, ctx.day or 1)
            when = date(y, mo, min(d, calendar.monthrange(y, mo)[1]))
            if self.future(m.start()):
                y += when < ref - timedelta(days=60)
            elif when > ref + timedelta(days=7):
                y -= 1
        return "date", _ymd(y, mo, d), label, m.start()

    def _monthyear(self, m):
        """Month and year: 'early November 2014'."""
        return "date", _ymd(int(m["y"]), _month_number(m["mon"])), None, m.start()

    def _monthrel(self, m):
        """Month with a relative year: 'March this year'."""
        mo = _month_number(m["mon"])
        if self.anchor is None:
            return "date", _ymd(None, mo), None, m.start()
        y = self.anchor.year + RELATIVE_STEPS[m["rel"].lower()]
        return "date", _ymd(y, mo), self.pub, m.start()

    def _month(self, m):
        """Month alone: 'last October', 'in December'."""
        trig = (m["trig"] or "").lower().split()
        mon = m["mon"]
        if mon.title() in ("May", "March") and not trig:
            return None
        mo = _month_number(mon)
        start = m.start("mon") if trig and trig[-1] not in ("last", "this", "next", "past", "coming", "early", "late", "mid") else m.start()
        rel = trig[-1] if trig else ""
        if rel in ("last", "this", "next", "past", "coming"):
            if not self.anchor or not self.anchor.month:
                return "date", _ymd(None, mo), None, start
            ay, am = self.anchor.year, self.anchor.month
            if rel in ("last", "past"):
                y = ay if mo < am else ay - 1
            elif rel in ("next", "coming"):
                y = ay if mo > am else ay + 1
            else:
                y = ay
            return "date", _ymd(y, mo), self.pub, start
        ctx, label = self.year_context(m.start())
        if ctx is None:
            return "date", _ymd(None, mo), None, start
        y = ctx.year
        if label == self.pub and ctx.month:
            if self.future(m.start()):
                y += mo < ctx.month - 2
            elif mo > ctx.month:
                y -= 1
        return "date", _ymd(y, mo), label, start

    def _season(self, m):
        """Season: 'this summer', 'the winter of 1994'."""
        rel = (m["rel"] or "").lower()
        code = SEASONS[m["season"].lower()]
        if m["y"]:
            return "date", f"{m['y']}-{code}", None, m.start()
        if rel in ("", "the"):
            return None
        if not self.anchor:
            return "date", f"XXXX-{code}", None, m.start()
        y = self.anchor.year + {"last": -1, "next": 1}.get(rel, 0)
        return "date", f"{y}-{code}", self.pub, m.start()

    def _decade(self, m):
        """Decade: '1990s', "the '80s"."""
        dec = m["dec"]
        if len(dec) == 2:
            dec = "19" + dec
        return "date", dec[:3] + "X", None, m.start()

    def _yearrange(self, m):
        """A span of years: 'in 2020-2022', 'during 2011-13', 'during the 2020-2022 war'."""
        y1, y2 = m["y1"], m["y2"]
        y2 = y1[:4 - len(y2)] + y2
        if not 0 < int(y2) - int(y1) < 50:
            return None
        return "date", f"{y1}/{y2}", None, m.start("y1")

    def _year(self, m):
        """Year after a trigger word: 'in 2012', 'mid-2012'."""
        trig = m["trig"].lower()
        start = m.start("mod") if m["mod"] else m.start() if trig in ("early", "late", "mid") else m.start("y")
        return "date", m["y"], None, start

    # --- deictic and anaphoric dates --------------------------------------
    def _weekday(self, m):
        """Weekday: 'on Tuesday', 'last Friday'."""
        rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
        start = m.start("wd") if rel == "on" else m.start()
        return "date", self._weekday_value(rel, m["wd"], m.start()), self.pub, start

    def _weekday_value(self, rel: str, wd: str, at: int) -> str | None:
        """The ISO day a weekday written at `at` names, after `rel` ("last", "next", "on", ...)."""
        a = self.anchor.date() if self.anchor else None
        if a is None:
            return None
        offset = _weekday_number(wd) - a.weekday()
        if rel in ("next", "the following", "this coming"):
            offset = offset % 7 or 7
        elif rel in ("last", "the previous", "this past"):
            offset = -((-offset) % 7 or 7)
        elif rel != "this":
            offset = offset % 7 if self.future(at) else -((-offset) % 7)
        return (a + timedelta(days=offset)).isoformat()

    def _weekdays(self, m):
        """A weekday and the next ('on Friday and Saturday', 'Tuesday to Wednesday'): the two days, the first
        read as it would be alone."""
        rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
        wd = next(name for name, g in m.groupdict().items() if name.startswith("wd") and g)
        first = self._weekday_value(rel, m[wd], m.start())
        start = m.start(wd) if rel == "on" else m.start()
        if first is None:
            return "date", None, None, start
        return "date", f"{first}/{(date.fromisoformat(first) + timedelta(days=1)).isoformat()}", self.pub, start

    def _dayword(self, m):
        """Yesterday, today, tomorrow, tonight; last night, this morning (the day before, the day itself);
        overnight, the past 24 hours (from the day before to the day itself)."""
        word = re.sub(r"\s+", " ", m["word"].lower())
        a = self.anchor.date() if self.anchor else None
        kind = "time" if word == "tonight" else "date"
        if a is None:
            return kind, None, None, m.start()
        if word == "overnight" or word.endswith("24 hours"):  # the night or the day before the time of writing, to it
            return kind, f"{(a - timedelta(days=1)).isoformat()}/{a.isoformat()}", self.pub, m.start()
        shift = {"yesterday": -1, "last night": -1, "the day before yesterday": -2, "tomorrow": 1}.get(word, 0)
        return kind, (a + timedelta(days=shift)).isoformat(), self.pub, m.start()

    def _dayrel(self, m):
        """'The next day', 'the following day', 'the previous day', 'the same day', 'the day after': one day from
        the last date the text gave (a date to the day), else unknown."""
        phrase = re.sub(r"\s+", " ", (m["rel"] or m["after"]).lower())
        shift = -1 if phrase.endswith(("previous", "before")) else 0 if phrase.endswith("same") else 1
        a, label, raw = self.previous()
        day = a.date() if a is not None and raw is not None else None
        if day is None:
            return "date", None, None, m.start()
        return "date", (day + timedelta(days=shift)).isoformat(), label, m.start()

    def _ref(self, m):
        """Reference word: 'now', 'recently' (see REF_WORDS)."""
        word = re.sub(r"\s+", " ", m["word"].lower())
        if REF_WORDS[word] == "present" and self.anchor:
            return "date", self.pub, self.pub, m.start()
        return "date", None, self.pub if REF_WORDS[word] == "present" else None, m.start()

    def _relunit(self, m):
        """Unit with a modifier: 'last year', 'this week', 'the following month'."""
        rel = re.sub(r"\s+", " ", m["rel"].lower())
        unit = m["unit"].lower()
        if rel in ANAPHORIC_STEPS:
            a, label, _ = self.previous()
            step = ANAPHORIC_STEPS[rel]
            if not self.last and rel != "that":
                return "date", None, label, m.start()  # "the following month" with no date before it: unknown
        else:
            a, label = self.anchor, self.pub
            step = RELATIVE_STEPS.get(rel, RELATIVE_STEPS.get(rel.split()[-1], 0))
        if a is None:
            return "date", None, None, m.start()
        if unit in ("year", "decade", "century"):
            y = a.year + step * {"year": 1, "decade": 10, "century": 100}[unit]
            value = str(y) if unit == "year" else str(y)[:3] + "X" if unit == "decade" else str(y)[:2] + "XX"
            if unit == "year" and rel.startswith(("the start of the", "the beginning of the")):
                value += "-01"  # "since the start of the year": January
            return "date", value, label, m.start()
        if unit == "month" and a.month is not None:
            return "date", _ymd(*_shift_month(a.year, a.month, step)), label, m.start()
        ad = a.date()
        if ad is None or unit == "month":
            return "date", None, label, m.start()
        if unit == "weekend":
            saturday = ad - timedelta(days=(ad.weekday() - 5) % 7)
            if rel == "last" and ad.weekday() >= 5:
                step = -1
            elif step < 0:
                step = 0
            return "date", _week(saturday + timedelta(weeks=step), 2), label, m.start()
        return "date", _week(ad - timedelta(days=ad.weekday()) + timedelta(weeks=step)), label, m.start()

    def _yearend(self, m):
        """'year-end', 'month-end'."""
        a = self.anchor
        if a is None or m["unit"].lower() == "month" and a.month is None:
            return "date", None, None, m.start()
        return "date", str(a.year) if m["unit"].lower() == "year" else _ymd(a.year, a.month), self.pub, m.start()

    def _ago(self, m):
        """Counted offset: 'two weeks ago', 'three years earlier'."""
        n = _number(m["n"])
        unit = m["unit"].lower()
        direction = m["dir"].lower()
        approx = "~" if m["approx"] else ""
        sign = 1 if direction in ("later", "from now") else -1
        if n is None or unit not in ("day", "week", "fortnight", "month", "year", "decade"):
            return "date", None, None, m.start()
        if unit in ("year", "decade") and m["today"] and direction == "ago" and self.anchor is not None and \
                self.anchor.month is not None:  # "thirty years ago today": the same day (month) that many years back
            back = n * (10 if unit == "decade" else 1)
            day = self.anchor.date() if m["today"].lower() == "today" else None
            if day is not None and (day.month, day.day) == (2, 29):
                day = None  # a leap day has no anniversary in most years: its month
            return "date", (_ymd(self.anchor.year - back, self.anchor.month) if day is None else
                            f"{self.anchor.year - back:04d}-{day.month:02d}-{day.day:02d}"), self.pub, m.start()
        if unit in ("year", "decade"):
            return self.years_from(sign * n * (10 if unit == "decade" else 1),
                                   direction not in ("ago", "from now"), m.start(), approx)
        a, label = (self.anchor, self.pub) if direction in ("ago", "from now") else self.previous()[:2]
        if direction == "later" and not self.last:
            return "date", None, label, m.start()  # "Two days later, X stormed P" with no date before it: later than
            # something the text does not date (not two days after publication)
        if a is None or a.month is None:
            return "date", None, label, m.start()
        if unit == "month":
            return "date", _ymd(*_shift_month(a.year, a.month, sign * n)) + approx, label, m.start()
        ad = a.date()
        if ad is None:
            return "date", None, label, m.start()
        days = n * {"day": 1, "week": 7, "fortnight": 14}[unit]
        return "date", (ad + timedelta(days=sign * days)).isoformat() + approx, label, m.start()

    def _yearago(self, m):
        """Adjectival 'year-ago', 'year-earlier'."""
        return self.years_from(-1, "earlier" in m["ya"].lower(), m.start(), "")

    def years_from(self, n, anaphoric, start, approx):
        """A year (or the same quarter/half of a year) n years from the anchor, or from the last date when anaphoric or close."""
        if anaphoric or self.last and self.close(self.last[1], start) and _SUBYEAR.fullmatch(self.last[0]):
            a, label, raw = self.previous()
        else:
            a, label, raw = self.anchor, self.pub, None
        if a is None:
            return "date", None, None, start
        q = _SUBYEAR.fullmatch(raw or "")
        if q:
            return "date", f"{int(q[1]) + n}-{q[2]}{approx}", label, start
        return "date", f"{a.year + n}{approx}", label, start

    def _quarter(self, m):
        """Quarter or half year: 'the third quarter', 'the year-ago quarter'."""
        det = re.sub(r"\s+", " ", (m["det"] or "").lower())
        adj = re.sub(r"\s+", " ", (m["adj"] or "").lower())
        back = int(bool(m["back"]))
        if det == "a" and adj not in ORDINALS or not (adj or back or det in ("the", "this", "its", "next", "last")):
            return None
        per_year, base = (2, 40) if m["unit"] == "half" else (4, 33)
        if adj in ORDINALS or adj == "final":
            k = per_year if adj == "final" else ORDINALS[adj]
            if k > per_year:
                return None
            if m["y"]:
                return "date", f"{m['y']}-{base + k - 1}", None, m.start()
            a, label = (self.anchor, self.pub) if self.anchor else self.year_context(m.start())
            if a is None:
                return "date", f"XXXX-{base + k - 1}", None, m.start()
            y = a.year - back - (det == "last year's")
            if label == self.pub and a.month and k > (a.month - 1) * per_year // 12 + 1:
                y -= 1
            return "date", f"{y}-{base + k - 1}", label, m.start()
        prev = self.last and re.fullmatch(rf"(\d{{4}})-({base}|{base + 1}|{base + 2}|{base + 3})", self.last[0])
        if prev and (back or adj in ("", "same") and det in ("the", "its")):
            return "date", f"{int(prev[1]) - back}-{prev[2]}", f"narrative:{self.last[0]}", m.start()
        a = self.anchor
        if a is None or a.month is None:
            return "date", None, None, m.start()
        step = {"current": 0, "this": 0, "next": 1}.get(adj or det, -1) - per_year * back
        k = a.year * per_year + (a.month - 1) * per_year // 12 + step
        return "date", f"{k // per_year}-{base + k % per_year}", self.pub, m.start()

    # --- durations and sets -----------------------------------------------
    def _duration(self, m):
        """Duration: 'eight months', '48 hours'."""
        n = _number(m["n"])
        code = UNIT_CODES[m["unit"].lower()]
        if code[0] == "T":
            value = f"PT{n if n is not None else 'X'}{code[1]}"
        else:
            mult = int(code[:-1]) if code[:-1] else 1
            value = f"P{n * mult if n is not None else 'X'}{code[-1]}"
        return "duration", value + ("~" if m["approx"] else ""), None, m.start()

    def _set(self, m):
        """Set: 'every week'."""
        unit = m["unit"].lower()
        code = UNIT_CODES.get(unit, "W" if unit.title() in WEEKDAYS else "D")
        return "set", f"P1{code}", None, m.start()


def find_dates(text: str, anchor: Anchor | None) -> list[DateMention]:
    """Find and resolve the temporal expressions of `text`, sorted by offset and non-overlapping."""
    res = _Resolver(text, anchor)
    out: list[DateMention] = []
    starts: list[int] = []
    pos = 0
    for tok in _TOKEN.finditer(text):
        t0, t1 = tok.span()
        starts.append(t0)
        word = tok.group().lower()
        if t1 <= pos or not (word in _CORE_WORDS or word[:-1] in _CORE_WORDS or _is_year_token(word, text, t1)):
            continue
        for ws in starts:
            if ws < pos or ws < t0 - _BACK:
                continue
            sm = _SCANNER.match(text, ws, t1 + _AHEAD)
            if sm is None or sm.end() <= t0:
                continue
            pos = sm.end()
            name = sm.lastgroup
            parsed = _PARSERS[name].match(text, sm.start(), t1 + _AHEAD)  # the scanner's window: lookaheads see the same
            got = res.resolve(name, parsed)
            if got is not None:
                kind, value, label, start = got
                out.append(DateMention(text[start:pos], start, pos, value, label, kind))
                comparison = name in ("ago", "yearago") or name == "quarter" and parsed["back"]
                if kind == "date" and value and value[:4].isdigit() and not comparison:
                    res.last = (value.split("/")[0], pos)
                    if label is None:
                        res.explicit = (value, pos)
            break
        del starts[:-8]
    for d in out:
        if d.kind == "date" and _DATELINE.fullmatch(text, text.rfind("\n", 0, d.start) + 1, d.start):
            d.kind = "dateline"  # "KABUL, Aug 16 (Reuters) -": when the story was filed, not when anything happened
    return out


_DATELINE = re.compile(r"\s*(?:[A-Z][A-Z'.-]+(?:[ /][A-Z][A-Z'.-]+){0,3}(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?|"
                       r"[A-Z][a-z]+ \([A-Z][\w ]{1,20}\))[,\s]+")
