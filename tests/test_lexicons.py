"""The lexicon data files parse, carry sources, use valid codes, and hold the entries the
pipeline relies on."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from orbat.lexicons import load

LEXDIR = Path(__file__).resolve().parents[1] / "src" / "orbat" / "lexicons"

COLUMNS = {
    "actors": ["name", "type", "aliases", "country", "source"],
    "states": ["name", "demonyms", "aliases", "iso2", "source"],
    "places": ["name", "kind", "country", "aliases", "source"],
    "unit_words": ["word", "kind", "english", "source"],
    "leaders": ["name", "aliases", "leads", "source"],
}
ACTOR_TYPES = {"armed_group", "coalition", "state_force", "organization"}
PLACE_KINDS = {"country", "region", "city", "town", "district", "area"}
UNIT_KINDS = {"unit", "arabic", "other", "rank", "role", "settlement"}

# Surface forms (casefolded) that intentionally name two actors; each needs a reason.
ACTOR_ALIAS_ALLOW = {
    "sna": "Syrian National Army and Somali National Army: both are called SNA in news",
    "jem": "JEM (Justice and Equality Movement, Sudan) and JeM (Jaish-e-Mohammed) differ only in case",
}


def surfaces(row: dict) -> list[str]:
    return [row["name"], *row.get("aliases", [])]


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_file_parses_with_expected_header(name):
    path = LEXDIR / f"{name}.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == COLUMNS[name]
    for n, line in enumerate(lines[1:], 2):
        assert len(line.split("\t")) == len(COLUMNS[name]), f"{name}.tsv line {n}: {line!r}"
    rows = load(name)
    assert len(rows) == len(lines) - 1
    for row in rows:
        assert list(row) == COLUMNS[name]


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_every_row_has_a_source_url(name):
    for row in load(name):
        assert row["source"].startswith("http"), row
        assert " " not in row["source"], row


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_no_empty_names_or_list_items(name):
    key = "word" if name == "unit_words" else "name"
    for row in load(name):
        assert row[key].strip() == row[key] and row[key], row
        for k in ("aliases", "demonyms"):
            for item in row.get(k, []):
                assert item and item == item.strip(), row


def test_load_splits_lists_and_is_cached():
    rows = load("states")
    assert isinstance(rows[0]["aliases"], list) and isinstance(rows[0]["demonyms"], list)
    assert load("states") is rows
    assert load("no_such_lexicon") == []


def test_actor_types_valid():
    assert {r["type"] for r in load("actors")} <= ACTOR_TYPES


def test_place_kinds_valid():
    assert {r["kind"] for r in load("places")} <= PLACE_KINDS


def test_unit_word_kinds_valid():
    kinds = {r["kind"] for r in load("unit_words")}
    assert kinds <= UNIT_KINDS
    assert {"unit", "arabic", "rank", "role"} <= kinds


def test_sizes():
    assert 300 <= len(load("actors"))
    assert 100 <= len(load("states"))
    assert 700 <= len(load("places"))
    assert 100 <= len(load("unit_words"))


def test_iso_codes_valid_and_unique():
    isos = [r["iso2"] for r in load("states") if r["iso2"]]  # a de facto state has none
    assert len(isos) == len(set(isos))
    assert all(len(c) == 2 and c.isupper() for c in isos)
    assert [r["name"] for r in load("states") if not r["iso2"]] == ["Artsakh"]
    iso = set(isos)
    for r in load("actors"):
        assert r["country"] == "" or r["country"] in iso, r
    for r in load("places"):
        assert r["country"] in iso, r


def test_actor_names_unique():
    names = [r["name"].casefold() for r in load("actors")]
    assert len(names) == len(set(names))


def test_actor_aliases_unambiguous():
    owners = defaultdict(set)
    for r in load("actors"):
        for s in surfaces(r):
            owners[s.casefold()].add(r["name"])
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert set(clashes) == set(ACTOR_ALIAS_ALLOW), clashes


def test_state_surfaces_unambiguous():
    owners = defaultdict(set)
    for r in load("states"):
        for s in [*surfaces(r), *r["demonyms"]]:
            owners[s.casefold()].add(r["name"])
    assert not {k: v for k, v in owners.items() if len(v) > 1}


def test_every_state_is_a_country_place():
    countries = {(r["name"], r["country"]) for r in load("places") if r["kind"] == "country"}
    for r in load("states"):
        assert (r["name"], r["iso2"]) in countries or not r["iso2"], r


def test_place_names_unique_within_country():
    seen = set()
    for r in load("places"):
        key = (r["name"].casefold(), r["country"])
        assert key not in seen, r
        seen.add(key)


def test_unit_words_unique():
    keys = [(r["word"], r["kind"]) for r in load("unit_words")]
    assert len(keys) == len(set(keys))


def _actor(surface: str) -> dict:
    hits = [r for r in load("actors") if surface.casefold() in {s.casefold() for s in surfaces(r)}]
    assert len(hits) == 1, (surface, [h["name"] for h in hits])
    return hits[0]


def _place(surface: str, country: str) -> dict:
    hits = [r for r in load("places") if r["country"] == country
            and surface.casefold() in {s.casefold() for s in surfaces(r)}]
    assert len(hits) == 1, (surface, [h["name"] for h in hits])
    return hits[0]


@pytest.mark.parametrize("surface,name,type_,country", [
    ("HTS", "Hay'at Tahrir al-Sham", "armed_group", "SY"),
    ("Hayat Tahrir al-Sham", "Hay'at Tahrir al-Sham", "armed_group", "SY"),
    ("Faylaq al-Sham", "Sham Legion", "armed_group", "SY"),
    ("Failaq al-Sham", "Sham Legion", "armed_group", "SY"),
    ("Levant Legion", "Sham Legion", "armed_group", "SY"),
    ("Jaish al-Izza", "Jaysh al-Izza", "armed_group", "SY"),
    ("Jabhat al-Nusra", "Nusra Front", "armed_group", "SY"),
    ("JFS", "Jabhat Fateh al-Sham", "armed_group", "SY"),
    ("Army of Conquest", "Army of Conquest", "coalition", "SY"),
    ("Jaysh al-Fateh", "Army of Conquest", "coalition", "SY"),
    ("Army of Islam", "Jaysh al-Islam", "armed_group", "SY"),
    ("Harakat Hazm", "Hazzm Movement", "armed_group", "SY"),
    ("NFL", "National Front for Liberation", "coalition", "SY"),
    ("SDF", "Syrian Democratic Forces", "coalition", "SY"),
    ("YPG", "People's Protection Units", "armed_group", "SY"),
    ("SAA", "Syrian Arab Army", "state_force", "SY"),
    ("Tiger Forces", "Tiger Forces", "state_force", "SY"),
    ("PMF", "Popular Mobilization Forces", "state_force", "IQ"),
    ("IRGC", "Islamic Revolutionary Guard Corps", "state_force", "IR"),
    ("Hizbullah", "Hezbollah", "armed_group", "LB"),
    ("ISIS", "Islamic State", "armed_group", ""),
    ("Daesh", "Islamic State", "armed_group", ""),
    ("ISWAP", "Islamic State West Africa Province", "armed_group", "NG"),
    ("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "armed_group", "ML"),
    ("FAMa", "Malian Armed Forces", "state_force", "ML"),
    ("RSF", "Rapid Support Forces", "armed_group", "SD"),
    ("SAF", "Sudanese Armed Forces", "state_force", "SD"),
    ("Ansar Allah", "Houthis", "armed_group", "YE"),
    ("M23", "March 23 Movement", "armed_group", "CD"),
    ("FARDC", "Armed Forces of the Democratic Republic of the Congo", "state_force", "CD"),
    ("AA", "Arakan Army", "armed_group", "MM"),
    ("Myanmar military", "Tatmadaw", "state_force", "MM"),
    ("Three Brotherhood Alliance", "Three Brotherhood Alliance", "coalition", "MM"),
    ("AFU", "Armed Forces of Ukraine", "state_force", "UA"),
    ("Wagner", "Wagner Group", "armed_group", "RU"),
    ("ELN", "National Liberation Army (Colombia)", "armed_group", "CO"),
    ("AGC", "Clan del Golfo", "armed_group", "CO"),
    ("G9", "G9 an fanmi e alye", "coalition", "HT"),
    ("Viv Ansanm", "Viv Ansanm", "coalition", "HT"),
    ("CJNG", "Jalisco New Generation Cartel", "armed_group", "MX"),
    ("SOHR", "Syrian Observatory for Human Rights", "organization", "SY"),
    ("al-Araby al-Jadeed", "The New Arab", "organization", "GB"),
    ("al-Qaida", "Al-Qaeda", "organization", ""),
])
def test_actor_spot_checks(surface, name, type_, country):
    row = _actor(surface)
    assert (row["name"], row["type"], row["country"]) == (name, type_, country)


def test_renames_are_separate_rows():
    names = {r["name"] for r in load("actors")}
    assert {"Nusra Front", "Jabhat Fateh al-Sham", "Hay'at Tahrir al-Sham"} <= names
    hts = _actor("Hay'at Tahrir al-Sham")
    assert "Nusra Front" not in hts["aliases"] and "JFS" not in hts["aliases"]


def test_apostrophes_are_straight():
    for name in COLUMNS:
        text = (LEXDIR / f"{name}.tsv").read_text(encoding="utf-8")
        assert "\u2019" not in text and "\u2018" not in text, name


@pytest.mark.parametrize("word,name", [
    ("Turkish", "Turkey"), ("Turk", "Turkey"), ("American", "United States"),
    ("Burmese", "Myanmar"), ("Nigerien", "Niger"), ("Nigerian", "Nigeria"),
    ("Burkinabe", "Burkina Faso"), ("Congolese", "Democratic Republic of the Congo"),
])
def test_demonyms(word, name):
    hits = [r["name"] for r in load("states") if word in r["demonyms"]]
    assert hits == [name]


@pytest.mark.parametrize("alias,name", [
    ("Türkiye", "Turkey"), ("Ankara", "Turkey"), ("Kiev", "Ukraine"), ("Burma", "Myanmar"),
    ("UAE", "United Arab Emirates"), ("US", "United States"), ("Britain", "United Kingdom"),
])
def test_state_aliases(alias, name):
    hits = [r["name"] for r in load("states") if alias in r["aliases"]]
    assert hits == [name]


@pytest.mark.parametrize("surface,country,name,kind", [
    ("Idleb", "SY", "Idlib", "city"),
    ("Idleb province", "SY", "Idlib Governorate", "region"),
    ("Deir al-Zour", "SY", "Deir ez-Zor", "city"),
    ("Deir Ezzor", "SY", "Deir ez-Zor", "city"),
    ("Hasakeh", "SY", "Al-Hasakah", "city"),
    ("Qaboun", "SY", "Qabun", "district"),
    ("Kafranbel", "SY", "Kafr Nabl", "town"),
    ("Maarat al-Noman", "SY", "Maarat al-Numan", "city"),
    ("Tal Abyad", "SY", "Tell Abyad", "town"),
    ("Eastern Ghouta", "SY", "Eastern Ghouta", "area"),
    ("Kiev", "UA", "Kyiv", "city"),
    ("Donbass", "UA", "Donbas", "area"),
    ("El Fasher", "SD", "El Fasher", "city"),
    ("Cite Soleil", "HT", "Cité Soleil", "district"),
    ("Catatumbo", "CO", "Catatumbo", "area"),
    ("Rakhine", "MM", "Rakhine State", "region"),
    ("Goma", "CD", "Goma", "city"),
    ("Tinzaouaten", "ML", "Tinzaouaten", "town"),
])
def test_place_spot_checks(surface, country, name, kind):
    row = _place(surface, country)
    assert (row["name"], row["kind"]) == (name, kind)


def test_syria_has_all_fourteen_governorates():
    govs = [r for r in load("places") if r["country"] == "SY" and r["kind"] == "region"]
    assert len(govs) == 14


def test_unit_word_spot_checks():
    rows = {(r["word"], r["kind"]): r["english"] for r in load("unit_words")}
    assert rows[("Jaysh", "arabic")] == rows[("Jaish", "arabic")] == "Army"
    assert rows[("Liwa", "arabic")] == "Brigade"
    assert rows[("Faylaq", "arabic")] == rows[("Failaq", "arabic")]
    assert rows[("Capt.", "rank")] == rows[("Cpt.", "rank")] == "Captain"
    assert rows[("Brig. Gen.", "rank")] == "Brigadier General"
    assert ("Brigade", "unit") in rows and ("spokesman", "role") in rows
    assert ("Frente", "other") in rows


def test_subdivisions_fill_in_provinces_but_not_generic_region_words():
    from orbat.extract.names import lookup
    hit = lookup("Lanao del Sur")
    assert hit.type == "place" and hit.country == "PH" and hit.source.startswith("ISO 3166-2 PH-")
    assert lookup("Centre") is None and lookup("Antique") is None
    assert lookup("Aleppo").source.startswith("https://")  # the project's own places come first


def test_every_leader_leads_a_known_state_with_a_national_force_or_a_known_armed_group():
    from orbat.extract.names import lookup, national_forces
    states = {state for state, _ in national_forces().values()}
    for row in load("leaders"):
        hit = lookup(row["leads"])
        assert row["leads"] in states or hit and hit.type == "armed_group", row
