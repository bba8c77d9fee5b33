"""Name normalisation and the lexicon index: how surface forms of one actor are made comparable.

`name_key` folds spelling variants (case, diacritics, apostrophes, "al-"/"el-"/"ash-" articles,
Jaysh/Jaish, doubled letters) so "al-Sham Legion" and "Sham Legion" share a key. Digits are never
folded: "Division 11" is not "Division 1", nor "Unit 8200" "Unit 820".
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from orbat.lexicons import load

_ARTICLE = re.compile(r"(?<!['\w])(?:al|el|ad|ar|as|ash|at|az|an|ul)[\s\-]+(?=\w)", re.I)
_VARIANTS = (
    (re.compile(r"\bjaish\b|\bjaysh\b|\bjeish\b|\bjaich\b"), "jaysh"),
    (re.compile(r"\bfailaq\b|\bfaylaq\b|\bfeilaq\b"), "faylaq"),
    (re.compile(r"\bhayat\b|\bhaiat\b|\bhayaat\b|\bhayyat\b|\bhayet\b"), "hayat"),
    (re.compile(r"\bqaida\b|\bqaeda\b|\bqa ida\b|\bqa eda\b"), "qaeda"),
    (re.compile(r"\bliwaa\b"), "liwa"),
    (re.compile(r"\bidleb\b"), "idlib"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"([^\W\d])\1"), r"\1"),  # doubled letters (and underscores), never digits
)


def strip_accents(s: str) -> str:
    """Drop diacritics: 'Türkiye' -> 'Turkiye'."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


_APOSTROPHES = re.compile(r"[\u2019\u2018\u02bc`´]")
_THE = re.compile(r"^the\s+")
_GENITIVE = re.compile(r"'s\b")
_NON_WORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A comparison key that folds the spelling variants of one name."""
    s = strip_accents(name).casefold()
    s = _APOSTROPHES.sub("'", s)
    s = _THE.sub("", s.strip())
    s = _GENITIVE.sub("", s)
    s = _ARTICLE.sub("", s)
    s = s.replace("'", "")
    s = _NON_WORD.sub(" ", s).strip()
    for pat, rep in _VARIANTS:
        s = pat.sub(rep, s)
    return s


@dataclass(frozen=True)
class Known:
    """A lexicon entry: canonical name, entity type, country and where the entry came from."""
    name: str
    type: str
    country: str
    source: str


_ACRONYM = re.compile(r"[A-Z][A-Z0-9\-\.&]{1,7}")


def _is_acronym(s: str) -> bool:
    return bool(_ACRONYM.fullmatch(s)) and sum(c.isupper() for c in s) >= 2


@lru_cache(maxsize=1)
def lexicon_index() -> tuple[dict[str, Known], dict[str, Known], dict[str, Known]]:
    """(names by key, acronyms by exact form, demonyms by key) from the actor, state and place lexicons."""
    by_key: dict[str, Known] = {}
    acronyms: dict[str, Known] = {}
    demonyms: dict[str, Known] = {}

    def add(surface: str, known: Known) -> None:
        if _is_acronym(surface):
            acronyms.setdefault(surface.replace(".", ""), known)
        else:
            by_key.setdefault(name_key(surface), known)

    for row in load("actors"):
        k = Known(row["name"], row["type"], row.get("country", ""), row["source"])
        for s in [row["name"], *row.get("aliases", [])]:
            add(s, k)
    for row in load("states"):
        k = Known(row["name"], "state", row.get("iso2", ""), row["source"])
        for s in [row["name"], *row.get("aliases", [])]:
            add(s, k)
        for d in row.get("demonyms", []):
            demonyms.setdefault(name_key(d), k)
    for row in load("places"):
        k = Known(row["name"], "place", row.get("country", ""), row["source"])
        for s in [row["name"], *row.get("aliases", [])]:
            if name_key(s) not in by_key:
                add(s, k)
    for name, country, code in _subdivisions():
        if name_key(name) not in by_key:
            by_key[name_key(name)] = Known(name, "place", country, f"ISO 3166-2 {code} (pycountry)")
    return by_key, acronyms, demonyms


# Buildings and sites: a name headed by one is a place ("Cathedral of Our Lady", "Hayat Hotel"), never a side.
FACILITY_HEADS = frozenset("""cathedral church chapel mosque shrine temple synagogue hotel hospital clinic school
college stadium museum market bazaar mall prison jail palace square bridge tower embassy consulate farms
plant refinery""".split())
# Events (and trains): a name headed by one names no actor ("the Sierra Leone Civil War", "the Jaffar Express")
EVENT_HEADS = frozenset("""war wars conflict crisis revolution uprising intifada massacre genocide siege battle
offensive ceasefire agreement accord accords treaty talks conference summit election elections referendum
express""".split())
_TROOPS = frozenset("units troops soldiers forces positions".split())


def name_head(words: list[str]) -> str:
    """The head noun of a name, lower-cased: its last word, or the word before its first 'of'/'for'
    ("Cathedral of Our Lady", "Battle of Aleppo")."""
    lows = [w.casefold() for w in words]
    c = next((k for k, w in enumerate(lows) if k > 0 and w in ("of", "for")), None)
    return lows[c - 1] if c is not None else lows[-1]


FEASTS = frozenset("eid christmas easter nowruz".split())  # "Eid al-Adha", "Christmas Eve": a holiday, no one


# A headline's verb, capitalised like the names around it ("Syrian Army Kills 11 ISIL Terrorists"): no word
# of a name, and a sign that a capitalised line states something.
HEADLINE_VERB = (r"(?-i:(?:Kill|Destroy|Repel|Seize|Liberate|Retake|Recapture|Foil|Thwart|Clash|Eliminate)|"
                 r"(?:Kill|Destroy|Repel|Seize|Captur|Attack|Storm|Foil|Thwart|Target|Pound|Shell|Bomb|Recaptur|Liberat|"
                 r"Claim|Warn|Vow|Join|Merg|Defect|Down|Regain|Enter|Encircl|Besieg|Repuls|Confront|Announc|Pledg|"
                 r"Reject|Accus|Blam|Deploy|Free|Push|Arrest|Execut|Eliminat|Neutrali[sz]|Massacr|Wound|Injur|"
                 r"Frustrat|Launch|Ambush|Clash)(?:e?s|e?d)|"
                 r"Retakes|Hits|Says|Denies|Denied|Loses|Drives|Breaks|Halts|Advances|Withdraws|Withdrew|Took|Struck|"
                 r"Fought|Shot|Sent|Drove|Lost)")
# A headline's preposition, capitalised too: "Hawks Brigade Seizes Kafr Nabl From Dawn Front"
HEADLINE_PREPOSITION = r"(?-i:From|Against|Amid|Despite|Into|Towards?|Across)"
# and the fighters it counts: "200 Dawn Front Terrorists Killed"
HEADLINE_FIGHTERS = r"(?-i:Terrorists|Militants|Gunmen|Jihadists|Insurgents)"
# a past participle opening a sentence's first clause: "Founded in 1998 by Z, ...", "Led by Z, ..."
OPENING_PARTICIPLE = re.compile(r"(?:(?!United\b)[A-Z][a-z]+ed|Led|Built|Driven|Known|Born|Made|Set\s+up)\b")


def names_event(words: list[str]) -> bool:
    """Whether a name of two or more words is an event's (or a train's or a holiday's), not an actor's."""
    return len(words) >= 2 and (words[-1].casefold() in EVENT_HEADS or name_head(words) in EVENT_HEADS
                                or words[0].casefold() in FEASTS)


def names_facility(words: list[str]) -> bool:
    """Whether a name of two or more words is a building's or site's: a place."""
    return len(words) >= 2 and (words[-1].casefold() in FACILITY_HEADS or name_head(words) in FACILITY_HEADS)


_FORCE_KIND = frozenset("armed air naval ground land special security".split())


def kind_of_force(words: list[str], heads: tuple[str, ...] = ("force", "forces")) -> bool:
    """Whether a name only says what kind of force it is ("the Air Force", "Army and Armed Force units"):
    no one force named, and a store would merge every country's under it."""
    low = [w.casefold() for w in words]
    return bool(low) and low[-1] in heads and all(w in _FORCE_KIND or w in heads for w in low)


# a place's own bodies after its possessive, its apostrophe lost: "head of Idlibs health authority"
LOCAL_BODIES = frozenset("health medical hospital hospitals provincial local civil police governor council directorate "
                         "authority authorities residents".split())


def lost_place_possessive(words: list[str], next_word: str) -> bool:
    """"Jayruds" of "head of Jayruds medical centre": one word, a place's possessive that lost its apostrophe
    before one of the place's own bodies, no organisation of its own."""
    if len(words) != 1 or not words[0].endswith("s") or words[0].endswith("ss") or \
            next_word.casefold() not in LOCAL_BODIES or lookup(words[0]) is not None:
        return False
    stem = lookup(words[0][:-1])
    return stem is None or stem.type in ("place", "state")  # not "Al-Qaedas local branch"


def placed_army(words: list[str], next_word: str) -> bool:
    """"Lattakia Army units", "Daraa al-Balad army", "Hama Units of the army": the national army's men in a
    known place, not a group (not "Sinjar Resistance Units")."""
    last = words[-1].casefold() if words else ""
    if len(words) < 2 or last not in ("army", "forces", "units") or last == "units" and len(words) != 2:
        return False
    if last == "units":
        hit = lookup(words[0])
        return bool(hit and hit.type == "place")
    hit = lookup(words[0])  # a place, or a capital standing for its state ("Damascus Countryside Army units")
    placed = hit and (hit.type == "place" or hit.type == "state" and words[0] != hit.name
                      and name_key(words[0]) not in lexicon_index()[2])
    return bool(placed and (words[-1].islower() or next_word.casefold() in _TROOPS))


_GENERIC_REGIONS = frozenset("""central centre center capital north south east west northern southern eastern western
coast coastal lakes islands plateau plateaux mountains upper lower middle interior littoral maritime border borders
federal antique national metropolitan savanes savannah highlands lowlands""".split())


def _subdivisions() -> list[tuple[str, str, str]]:
    """(name, iso2, code) of the world's first-level subdivisions (provinces, regions, states) from ISO
    3166-2 as pycountry ships it, the names the lexicons do not already hold; a name that is a common
    word alone ("Bay", "Antique", "Centre"), or becomes one without its marks ("Ma‘ān"), is left out."""
    import pycountry

    common = word_sets()["common"]
    out = []
    for sub in pycountry.subdivisions:
        name = re.sub(r"\s*\(.*?\)\s*$", "", sub.name).strip()
        if len(name) < 4 or (" " not in name and (name.casefold() in common or name.casefold() in _GENERIC_REGIONS)):
            continue
        if len(name_key(name)) < 4 and not name.isascii():
            continue  # "Ma‘ān" keys as "man": a common word once its marks are gone
        out.append((name, sub.country_code, sub.code))
    return out


def lookup(surface: str) -> Known | None:
    """The lexicon entry a surface form names, if any (acronyms must match exactly)."""
    by_key, acronyms, _ = lexicon_index()
    bare = surface.replace(".", "")
    if _is_acronym(surface) or _is_acronym(bare):
        hit = acronyms.get(bare)
        if hit is None and bare.isalpha() and len(bare) >= 4:
            hit = by_key.get(name_key(surface))  # "DAESH", "HAMAS": a name written in capitals
        return hit
    return by_key.get(name_key(surface))


def demonym(word: str) -> Known | None:
    """The state a demonym ('Turkish', 'Saudi') or country name names."""
    _, _, demonyms = lexicon_index()
    k = demonyms.get(name_key(word))
    if k:
        return k
    hit = lookup(word)
    return hit if hit and hit.type == "state" else None


@lru_cache(maxsize=1)
def word_sets() -> dict[str, frozenset[str]]:
    """Lower-cased word sets: unit nouns, Arabic name components, ranks, roles, common words."""
    sets: dict[str, set[str]] = {"unit": set(), "arabic": set(), "rank": set(), "role": set(), "other": set()}
    for row in load("unit_words"):
        sets.setdefault(row["kind"], set()).add(row["word"].casefold().rstrip("."))
    sets["common"] = {row["word"] for row in load("common_words")}
    return {k: frozenset(v) for k, v in sets.items()}


@lru_cache(maxsize=1)
def national_forces() -> dict[str, tuple[str, str]]:
    """iso2 -> (state name, name of its national armed force)."""
    return {row["iso2"]: (row["state"], row["force"]) for row in load("national_forces")}


_CHROME_WORD = re.compile(r"(?i)https?|www\.|\.(?:com|ly|org|net)\b|@\w|\b(?:photo|photos|getty|caption|subscribe|"
                          r"advertisement|tweet|share|send|click|tags?|gmt|utc|telegram|twitter|facebook|youtube|"
                          r"whatsapp|instagram|tiktok)\b")
# A wire agency in capitals before a name is a photo credit that lost its slash ("REUTERS Jane Doe")
_CREDIT = re.compile(r"(?:REUTERS|AFP|AP|EPA|GETTY|ANADOLU|XINHUA|SANA)\s+[A-Z](?:[a-z]|\.[A-Z])")
# words a crawler glued together ("Air ForceSenior Airman", "BruchHandout"), and an attitude or doctrine
# named in one word ("Russophobia", "Wahhabism"): no actor's name
_GLUED = re.compile(r"[a-z]{3}[A-Z][a-z]{3}")
_CONCEPT = re.compile(r"[A-Z][a-z]+(?:phobia|ism)")
_DATE_RUN = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d\d\b"
                         r"|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")


# words of a sentence about fighting: an organization named in it is an armed group
ARMED_CONTEXT = re.compile(r"\b(?:fighters?|militants?|rebels?|insurgents?|militias?|guerrillas?|jihadists?|"
                           r"gunmen|armed|attack\w*|clash\w*|offensive|ambush\w*|seiz\w*|captur\w*|fought|"
                           r"fight\w*|group|faction|kill\w*|battle\w*|gang\w*|cartel|insurgency)\b", re.I)

# words of a news outlet's, an NGO's or a public body's name: no armed group
MEDIA_OR_BODY = re.compile(r"\b(?:News|Agency|Times|Post|Press|TV|Television|Radio|Channel|Observatory|Watch|"
                           r"Amnesty|Red Cross|Crescent|Ministry|Council|Committee|Commission|Nations|Union|"
                           r"Bank|Fund|University|Institute|Center|Centre|Foundation|Company|(?i:party)|Court|"
                           r"Parliament|Assembly|Office|Programme|Program|Organi[sz]ation)\b")


def looks_like_chrome(surface: str) -> bool:
    """Whether a capitalised run is page furniture ("SEND https://... DHA Photo", "Reuters Photo", "Tags Madaya
    Syria", "REUTERS Jane Doe", a messaging service, a time zone, "Jul 2016 Opposition", "Sun Apr", words
    glued together), or a one-word doctrine ("Russophobia"), not a name."""
    return bool(_CHROME_WORD.search(surface) or _CREDIT.match(surface) or _DATE_RUN.search(surface)
                or _GLUED.search(surface) or _CONCEPT.fullmatch(surface.strip()))
