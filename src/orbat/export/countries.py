"""The country of a named actor, state or place, as an ISO 3166 alpha-2 code, from the lexicons."""
from __future__ import annotations

from functools import lru_cache

from orbat.lexicons import load

SOURCES = (("states", "iso2"), ("places", "country"), ("actors", "country"))


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    out: dict[str, str] = {}
    for lexicon, column in SOURCES:
        for row in load(lexicon):
            code = (row.get(column) or "").strip().upper()
            if code:
                for name in (row["name"], *row.get("aliases", [])):
                    out.setdefault(name.casefold(), code)
    return out


def country(names: list[str]) -> str | None:
    """The code of the first of `names` the lexicons know, or None."""
    codes = _codes()
    return next((codes[n.casefold()] for n in names if n.casefold() in codes), None)
