"""Name resolution: which names from different articles are one actor, and which are not."""
from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orbat.lexicons import load
from orbat.extract.names import name_key
from orbat.resolve import Alias, AliasTable, best_match, is_generic, match_keys

LEXDIR = Path(__file__).resolve().parents[1] / "src" / "orbat" / "lexicons"


def candidates(*names: str) -> dict[str, str]:
    """Candidate keys as a knowledge base would hold them: every match key of each name."""
    return {k: n for n in names for k in match_keys(n)}


def shares_key(a: str, b: str) -> bool:
    return bool(set(match_keys(a)) & set(match_keys(b)))


# --- match keys --------------------------------------------------------------------------------

SAME = [
    ["Faylaq al-Sham", "Failaq al-Sham", "al-Sham Legion", "Sham Legion", "Levant Legion"],
    ["Jaysh al-Islam", "Jaish al-Islam", "Army of Islam", "the Army of Islam"],
    ["Hay'at Tahrir al-Sham", "Hayat Tahrir al-Sham", "Haiat Tahrir al-Sham", "Hay\u2019at Tahrir al-Sham",
     "Hay'at Tahrir ash-Sham", "Levant Liberation Committee"],
    ["Jabhat al-Nusra", "Jabhat an-Nusra", "Nusra Front", "al-Nusra Front"],
    ["Kata'ib Hezbollah", "Kataib Hizbullah", "Hezbollah Brigades"],
    ["Harakat Ahrar al-Sham al-Islamiyya", "Islamic Movement of the Free Men of the Levant"],
    ["Ahrar al-Sham", "Free Men of the Levant"],
    ["al-Dawla al-Islamiya", "Islamic State"],
    ["Quwat al-Difa al-Watani", "National Defence Forces", "National Defense Forces"],
    ["Quwat al-Nimr", "Tiger Forces"],
    ["Liwa al-Hamza", "al-Hamza Brigade", "Hamza Brigade"],
    ["Firqat al-Sultan Murad", "Sultan Murad Division"],
    ["Harakat Nour al-Din al-Zenki", "Nour al-Din al-Zenki Movement"],
    ["Jaysh al-Muhajireen wal-Ansar", "Army of the Emigrants and Supporters"],
    ["Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal-Muslimin",
     "Jama'a Nusrat ul-Islam wa al-Muslimin"],
    ["People's Defence Force", "People's Defense Force"],
    ["Armed Forces of Ukraine", "Ukraine Armed Forces"],
    ["Fifth Corps", "5th Corps", "the 5th Corps"],
    ["Brigade 93", "93rd Brigade"],
    ["Al-Qaeda in the Islamic Maghreb", "al-Qaida of the Islamic Maghreb"],  # 'in' and 'of' alike
    ["Harakat Tahrir Homs", "Harakat Tahreer Homs", "Homs Liberation Movement"],  # a component's vowels
    ["Tanzim Hurras al-Din", "Tanzeem Hurras al-Din"],
    ["Hizbullah", "Hezbullah"],
]


@pytest.mark.parametrize("a,b", [pair for group in SAME for pair in combinations(group, 2)])
def test_variants_share_a_key(a, b):
    assert shares_key(a, b), (match_keys(a), match_keys(b))
    assert best_match(a, candidates(b)) == b


DIFFERENT = [
    ("Jaysh al-Islam", "Jaysh al-Izza"),
    ("Ahrar al-Sham", "Ahrar al-Sharqiya"),
    ("Hay'at Tahrir al-Sham", "Ahrar al-Sham"),
    ("Jabhat Fateh al-Sham", "Jabhat al-Nusra"),
    ("Jund al-Sham", "Ajnad al-Sham"),
    ("Sham Legion", "Rahman Legion"),
    ("Army of Islam", "Islamic Army in Iraq"),
    ("Jaysh al-Islam", "al-Jaysh al-Islami"),
    ("Sultan Murad Division", "Sultan Suleiman Shah Division"),
    ("Hamza Division", "Hamza Brigade"),
    ("People's Defence Force", "People's Defence Forces"),
    ("Arakan Army", "Arakan Rohingya Salvation Army"),
    ("Rapid Support Forces", "Sudanese Armed Forces"),
    ("Kachin Independence Army", "Kachin Independence Organisation"),
    ("Wagner Group", "Africa Corps"),
    ("Nigerien Armed Forces", "Nigerian Armed Forces"),
    ("5th Division", "6th Division"),
    ("Fifth Division", "6th Division"),
    ("Brigade 93", "Brigade 39"),
    ("Martyrs Brigade 93", "Martyrs Brigade 39"),
    ("1st Infantry Brigade", "1st Infantry Battalion"),
    ("FARC", "FARC-EP"),
    ("RSF", "SAF"),
    ("SDF", "SDF-1"),
    ("Jaysh al-Muhajireen", "Jaysh al-Mujahideen"),
    ("Syria Brigade", "Sariya Brigade"),  # two consonants are too few to call 'Syria' a component
]


@pytest.mark.parametrize("a,b", DIFFERENT)
def test_different_actors_never_match(a, b):
    assert not shares_key(a, b), (match_keys(a), match_keys(b))
    assert best_match(a, candidates(b)) is None
    assert best_match(b, candidates(a)) is None


def test_spelling_key_first_then_rendered_key():
    assert match_keys("Faylaq al-Sham") == [name_key("Faylaq al-Sham"), "legion levant"]
    assert match_keys("Jaish al-Islam") == ["jaysh islam", "army islam"]
    assert match_keys("army islam") == ["army islam"]  # deduplicated
    assert match_keys("") == [] and match_keys(" - ") == []


def test_known_acronyms_have_one_exact_key():
    assert match_keys("HTS") == ["acr:HTS"]
    assert match_keys("U.S.") == ["acr:US"]
    assert match_keys("ISIS-K") == ["acr:ISIS-K"]
    assert match_keys("Hts") == ["hts"]  # not all capitals: an ordinary name
    assert not shares_key("JEM", "JeM")  # Justice and Equality Movement, Jaish-e-Mohammed


@pytest.mark.parametrize("caps, name", [("DAESH", "Daesh"), ("HAMAS", "Hamas"), ("DAMASCUS", "Damascus")])
def test_other_names_in_capitals_also_have_the_keys_of_the_name(caps, name):
    assert match_keys(caps) == [f"acr:{caps}", *match_keys(name)]
    assert best_match(caps, candidates(name)) == name


@pytest.mark.parametrize("caps", ["DAESH", "ISIS", "ISIL", "HTS", "JEM", "SANA"])
def test_names_in_capitals_resolve_as_the_alias_table_says(caps):
    table = AliasTable.load()
    lexicon = {row["name"]: row for lexicon in ("actors", "states") for row in load(lexicon)}
    canon = table.canonical(caps)
    assert canon and any(a.upper() == caps for a in (canon, *lexicon[canon]["aliases"]))


def test_names_in_capitals_match_no_other_name_fuzzily():
    assert best_match("Kafranbl", candidates("Kafranbel")) == "Kafranbel"
    assert best_match("KAFRANBL", candidates("Kafranbel")) is None  # may be an acronym


def test_match_keys_returns_a_fresh_list():
    match_keys("Sham Legion").append("junk")
    assert "junk" not in match_keys("Sham Legion")


# --- fuzzy matching ------------------------------------------------------------------------------

@pytest.mark.parametrize("variant,known", [
    ("Jabhat al-Nusrah", "Jabhat al-Nusra"),
    ("Jaish al-Izzah", "Jaysh al-Izza"),
    ("Ahrar al-Sharqiyah", "Ahrar al-Sharqia"),
    ("Jamaat Nusrat al-Islam wal-Muslimeen", "Jama'at Nusrat al-Islam wal-Muslimin"),
    ("Nour al-Din al-Zinki Movement", "Nour al-Din al-Zenki Movement"),
    ("Mujahidin Shura Council", "Mujahideen Shura Council"),
    ("Kachin Independance Army", "Kachin Independence Army"),
    ("Sultan Murad Divison", "Sultan Murad Division"),
    ("Gamal Abdel Nasser Brigade", "Jamal Abdel Nasser Brigade"),  # g for the Arabic j, as in Egypt
])
def test_spelling_variants_match_fuzzily(variant, known):
    assert not shares_key(variant, known)
    assert best_match(variant, candidates(known, "Jaysh al-Islam", "Sham Legion")) == known


def test_gh_is_not_j():
    assert best_match("Ghuraba al-Sham Front", candidates("Juraba al-Sham Front")) is None


def test_fuzzy_match_respects_cutoff():
    assert best_match("Jabhat al-Nusrah", candidates("Jabhat al-Nusra"), cutoff=99) is None


def test_best_match_prefers_exact_keys_and_returns_the_value():
    found = best_match("Failaq al-Sham", {"faylaq sham": 1, "faylaq shams": 2, "legion levant": 3})
    assert found == 1
    assert best_match("Levant Legion", {"faylaq shams": 2, "legion levant": 3}) == 3
    assert best_match("Sham Legion", {}) is None


def test_short_keys_match_exactly_only():
    assert best_match("Nusra", {"nusra": 1}) == 1
    assert best_match("Nusrah", {"nusra": 1}) is None  # would pass the spelling test, but short
    assert best_match("Nusrah Front", {"nusra front": 1}) == 1


def test_generic_units_match_exactly_only():
    assert best_match("Anti-Armor Company", {"anti armor company": 1}) == 1
    assert best_match("Anti-Armor Company", {"anti armor compeny": 1}) is None  # query is generic
    assert best_match("5th Divison", {"5th division": 1}) is None  # candidate is generic


def test_acronyms_match_exactly_only():
    assert best_match("SDF", candidates("SDF")) == "SDF"
    assert best_match("SDF", candidates("Syrian Democratic Forces")) is None
    assert best_match("AA", candidates("Arakan Army")) is None
    assert best_match("Arakan Army", {"acr:AA": 1}) is None


# --- generic unit names ------------------------------------------------------------------------

@pytest.mark.parametrize("name", [
    "1st Infantry Brigade", "5th Division", "105th Brigade", "Brigade 93", "3rd Corps",
    "Special Forces Battalion", "Anti-Armor Company", "artillery Company", "Central Force",
    "Commando Battalion", "the 4th Armoured Division", "Fifth Corps", "Liwa 93", "Katiba 1",
    "3rd Separate Assault Brigade", "155th Naval Infantry Brigade", "Special Forces",
])
def test_generic_unit_names(name):
    assert is_generic(name)


@pytest.mark.parametrize("name", [
    "al-Hamza Brigade", "Sultan Murad Division", "Jaysh al-Izza", "Wagner Group", "Liwa al-Quds",
    "Rapid Support Forces", "Arakan Army", "Azov Brigade", "Northern Storm Brigade",
    "Infantry", "HTS", "Tiger Forces", "People's Defence Force", "",
])
def test_named_units_are_not_generic(name):
    assert not is_generic(name)


# --- alias table -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def table() -> AliasTable:
    return AliasTable.load()


@pytest.mark.parametrize("name,canonical", [
    ("RSF", "Rapid Support Forces"),
    ("Rapid Support Forces", "Rapid Support Forces"),
    ("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin"),
    ("Jamaat Nusrat al-Islam wal-Muslimeen", "Jama'at Nusrat al-Islam wal-Muslimin"),
    ("Group for the Support of Islam and Muslims", "Jama'at Nusrat al-Islam wal-Muslimin"),
    ("PMC Wagner", "Wagner Group"),
    ("Wagner", "Wagner Group"),
    ("AA", "Arakan Army"),
    ("FARC", "FARC-EP"),
    ("Failaq al-Sham", "Sham Legion"),
    ("Hay\u2019at Tahrir al-Sham", "Hay'at Tahrir al-Sham"),
    ("Jabhat an-Nusra", "Nusra Front"),
    ("Army of Islam", "Jaysh al-Islam"),
    ("Kataib Hizbullah", "Kata'ib Hezbollah"),
    ("Ankara", "Turkey"),
    ("Türkiye", "Turkey"),
    ("Malian Armed Forces", "Malian Armed Forces"),
])
def test_alias_table_canonical(table, name, canonical):
    assert table.canonical(name) == canonical


def test_national_forces_are_known(table):
    for row in load("national_forces"):
        assert table.canonical(row["force"]) is not None, row


def test_shipped_names_resolve_to_themselves_or_nothing(table):
    names = {r["name"] for lex in ("actors", "states") for r in load(lex)}
    wrong = {n: table.canonical(n) for n in names if table.canonical(n) not in (n, None)}
    assert not wrong


def test_alias_table_unknown_and_ambiguous(table):
    assert table.canonical("Liwa Shuhada al-Fulan") is None
    assert table.canonical("SNA") is None  # Syrian National Army or Somali National Army


def test_aliases_of_lists_rows_with_sources(table):
    rows = table.aliases_of("Rapid Support Forces")
    assert Alias("Rapid Support Forces", "RSF", "https://en.wikipedia.org/wiki/Rapid_Support_Forces") in rows
    assert {a.name for a in rows} == {"Rapid Support Forces"}
    assert table.aliases_of("No Such Group") == []


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "aliases.tsv"
    path.write_text(text, encoding="utf-8")
    return path


def test_user_file_adds_and_overrides(tmp_path):
    path = write(tmp_path, "# my aliases\n\nSyrian National Army\tSNA\n"
                           "Africa Corps (Russia)\tWagner\nLiwa Abu al-Fadl\tAbu Fadl Brigade\n")
    table = AliasTable.load(path)
    assert table.canonical("SNA") == "Syrian National Army"
    assert table.canonical("Wagner") == "Africa Corps (Russia)"
    assert table.canonical("PMC Wagner") == "Wagner Group"  # only the clashing key moved
    assert "Wagner" not in {a.alias for a in table.aliases_of("Wagner Group")}
    assert table.canonical("Liwa Abu al-Fadl") == "Liwa Abu al-Fadl"
    assert table.canonical("Abu al-Fadl Brigade") == "Liwa Abu al-Fadl"
    assert table.aliases_of("Liwa Abu al-Fadl") == [Alias("Liwa Abu al-Fadl", "Abu Fadl Brigade", f"{path}:5")]
    assert AliasTable.load().canonical("SNA") is None  # the shipped table is untouched


@pytest.mark.parametrize("bad", ["Sham Legion", "Sham Legion\tFaylaq\textra", "Sham Legion\t ",
                                 "\tFaylaq", "Sham Legion\t--"])
def test_malformed_user_line_names_file_and_line(tmp_path, bad):
    path = write(tmp_path, f"# header\nNusra Front\tJN\n{bad}\n")
    with pytest.raises(ValueError, match=f"{path}:3"):
        AliasTable.load(path)


def test_add_records_a_learned_alias(table):
    fresh = AliasTable.load()
    fresh.add("Quwat Tahrir Afrin", "Afrin Liberation Forces", "https://example.org/story")
    assert fresh.canonical("Afrin Liberation Forces") == "Quwat Tahrir Afrin"
    assert table.canonical("Afrin Liberation Forces") is None


# --- the component lexicon ---------------------------------------------------------------------

def test_name_components_file():
    lines = (LEXDIR / "name_components.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == ["word", "english", "source"]
    renderings: dict[str, str] = {}
    for n, line in enumerate(lines[1:], 2):
        word, english, source = line.split("\t")
        assert word and english and source.startswith("http") and " " not in source, n
        assert renderings.setdefault(name_key(word), english) == english, f"line {n}: {word} rendered twice"


@given(st.text(max_size=40))
def test_keys_are_stable_and_self_matching(name):
    keys = match_keys(name)
    assert keys == match_keys(name) and len(keys) == len(set(keys)) and all(keys)
    if keys:
        assert best_match(name, {k: name for k in keys}) == name
