"""Lexicon data files: UTF-8 TSV, one header row, lists inside a cell separated by '|'.

Every row has a `source` column naming the public reference (usually the English Wikipedia
article, for word lists a Wiktionary entry) that the entry's facts were checked against.

- actors.tsv      name, type, aliases, country, source. Named armed organizations and the bodies
                  that appear beside them in conflict news. type is armed_group, coalition,
                  state_force or organization; country is an ISO 3166 alpha-2 code (empty for
                  transnational actors). Renamed groups (Nusra Front -> Jabhat Fateh al-Sham ->
                  Hay'at Tahrir al-Sham) have one row per name, not aliases.
- states.tsv      name, demonyms, aliases, iso2, source. Countries, their demonyms, other names
                  and the capital-city metonyms news uses for their governments; also de facto
                  states with no ISO code (iso2 empty, no country row in places.tsv: Artsakh).
- places.tsv      name, kind, country, aliases, source. kind is country, region (first-level
                  administrative unit), city, town, district or area; country is iso2.
- unit_words.tsv  word, kind, english, source. Name components that mark armed-group and unit
                  names: kind unit (English unit nouns), arabic (transliterated components),
                  other (Spanish, French, Haitian Creole, Burmese forms), rank (ranks and titles
                  with abbreviations; english is the normalized rank), role (role nouns) and
                  settlement (the Arabic words a place's name opens with: Kafr, Deir, Tal).
- leaders.tsv     name, aliases, leads, source. Leaders whose name stands for the actor they lead in
                  news ("the Assad regime", "Haftar's forces"): leads is a state with a row in
                  national_forces.tsv or an armed group in actors.tsv. Only leaders who led no other
                  side in a war the corpus covers (a rebel leader before he took power is left out).
- Other files here (common_words.tsv, national_forces.tsv) follow the same format.

`load(name)` returns the rows of NAME.tsv as dicts (cached); `aliases` and `demonyms` cells
come back as lists with empty items dropped.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

_HERE = Path(__file__).parent
_LISTS = ("aliases", "demonyms")


@lru_cache(maxsize=None)
def load(name: str) -> list[dict]:
    """Rows of NAME.tsv as dicts; list-valued cells split on '|'. A missing file gives no rows."""
    path = _HERE / f"{name}.tsv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        for k in _LISTS:
            if k in row:
                row[k] = [x.strip() for x in (row[k] or "").split("|") if x.strip()]
    return rows
