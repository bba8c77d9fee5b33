"""When two names from different articles name one actor: match keys, generic unit names, the
alias table and fuzzy matching of spelling variants.

A name has up to two match keys (`match_keys`): the spelling key (`names.name_key`) and the
rendered key, which translates Arabic name components to English through
lexicons/name_components.tsv (Faylaq -> legion, Kataib -> brigades: English names of groups
called Kata'ib say "Brigades", as in Hezbollah Brigades and al-Qassam Brigades; Sham -> levant;
also British spellings -> American; a component spelled with other vowels, 'Filaq', is read as
the component), writes ordinals as numbers ('Fifth' and '5th' -> '5'), drops 'of', 'in' and
'the' and sorts the words. So 'Faylaq al-Sham', 'Sham Legion' and 'Levant
Legion' share a key, as do 'Jaish al-Islam' and 'Army of Islam'. An acronym the lexicons know
has the one exact key 'acr:HTS' (so 'JEM' is not 'JeM'). Any other name in capitals may be an
acronym or a name set in capitals ('DAESH', 'DAMASCUS'): it has 'acr:DAESH' first, then the keys
of the name it spells.

Fuzzy matching (`best_match`) uses rapidfuzz's fuzz.ratio on whole keys: rendered keys are
already sorted, so token_sort_ratio would add nothing, and a plain character ratio only
forgives small spelling differences (at the default cutoff 92, one letter added or dropped, or
one letter changed in a key of 13 or more characters). On top of the score, both names must
have the same words up to vowels (`_skeleton`): transliterations differ in the short vowels
Arabic script leaves unwritten ('Nusra'/'Nosra', 'Muslimin'/'Muslimeen'; and g is j,
'Golani'/'Jolani'), while 'Islam' and
'Izza', 'Force' and 'Forces', '93' and '39' are different words, and so are country names and
demonyms that differ at all ('Nigerian', 'Nigerien'). Acronyms and other names in capitals,
generic unit names and keys under 8 characters match exactly or not at all.

User alias file: UTF-8 text, one alias a line as `canonical name<TAB>alias`; blank lines and
lines starting with '#' are ignored; any other line without exactly two non-empty fields raises
ValueError naming the file and line number. User entries win over shipped ones for the same key.
"""
from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from rapidfuzz import fuzz, process

from orbat.lexicons import load
from orbat.extract.names import _is_acronym, lexicon_index, name_key, word_sets

T = TypeVar("T")

MIN_FUZZY_LEN = 8  # keys shorter than this match exactly only
_STOPWORDS = frozenset({"of", "in", "the"})
_ORDINALS = {w: str(n) for n, w in enumerate((
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth"), 1)}
# Words that, with unit nouns and numbers, make up a name only meaningful inside its parent.
_GENERIC_WORDS = frozenset(map(name_key, """
    and anti air aircraft airborne armor armored artillery assault border central combat command
    commando defense drone east eastern elite engineer engineers engineering headquarters heavy
    independent infantry intervention light logistics main marine marines mechanized medical
    military missile mobile motorized mountain naval north northern operations reaction
    reconnaissance recon reserve rifle rocket security self separate shock signal signals sniper
    south southern special strike support tactical tank task territorial west western
""".split()))
_EXTRA_UNIT_NOUNS = frozenset({"battery", "section", "squad", "team", "troop", "troops"})
_INNER_APOSTROPHE = re.compile(r"(?<=\w)['\u2019\u2018\u02bc`\u00b4](?=\w)(?!s\b)")


@lru_cache(maxsize=1)
def _components() -> dict[str, str]:
    """Spelling key of a name component -> its English rendering."""
    return {name_key(row["word"]): name_key(row["english"]) for row in load("name_components")}


@lru_cache(maxsize=1)
def _unit_nouns() -> frozenset[str]:
    """Single-word unit nouns ('brigade', 'corps') in their rendered spelling."""
    words = {w for w in word_sets()["unit"] if " " not in w} | _EXTRA_UNIT_NOUNS
    return frozenset(_render_word(name_key(w)) for w in words)


@lru_cache(maxsize=1)
def _demonym_countries() -> dict[str, str]:
    """Spelling key of a one-word demonym -> its country's one-word name ('syrian' -> 'syria')."""
    out = {}
    for row in load("states"):
        country = name_key(row["name"])
        for d in row["demonyms"]:
            if " " not in country and " " not in name_key(d):
                out[name_key(d)] = country
    return out


def _voweless(word: str) -> str | None:
    """A word's first letter and the skeleton of the rest ('filaq', 'faylaq' -> 'flq'; 'ajnad' ->
    'ajnd', so not 'jund'), for a word of five letters or more that keeps three consonants (not
    'syria' -> 'sra'); else None."""
    if len(word) < 5 or not word.isalpha():
        return None
    form = word[:1] + _skeleton(word[1:])
    return form if len(re.sub(r"[aeiouy]", "", form)) >= 3 else None


@lru_cache(maxsize=1)
def _components_by_vowels() -> dict[str, str]:
    """`_voweless` of a name component -> its English rendering, where no other rendering has
    that form."""
    found: dict[str, set[str]] = defaultdict(set)
    for word, english in _components().items():
        if form := _voweless(word):
            found[form].add(english)
    return {k: v.pop() for k, v in found.items() if len(v) == 1}


def _component(word: str) -> str | None:
    """The English rendering of a name component, also when only its vowels are spelled
    otherwise ('Filaq', 'Hezballah'), else None."""
    if word in _components():
        return _components()[word]
    form = _voweless(word)
    return _components_by_vowels().get(form) if form else None


def _render_word(word: str) -> str:
    """One spelling-key word in English: 'faylaq' -> 'legion', '5th' / 'fifth' -> '5', a demonym
    as its country ('Syrian Democratic Forces' and 'Syria Democratic Forces' are one name)."""
    word = _demonym_countries().get(word, word)
    word = _component(word) or word
    if m := re.fullmatch(r"(\d+)(?:st|nd|rd|th)", word):
        return m[1]
    return _ORDINALS.get(word, word)


# 'Abdel Rahman', 'Abdul-Rahman', 'Abdulrahman', 'Abdurrahman', 'Abd al-Rahman': one name, 'abdrahman'
# (name_key has already dropped the article and folded doubled letters)
_ABD = re.compile(r"\babd(?:ul|el|al|ol|u|e|a|o)?\s*(?=[a-z])")


# possessives whose apostrophe a crawl lost ("Peoples Protection Units")
_POSSESSIVE = {"peoples": "people"}


@lru_cache(maxsize=1)
def _person_names() -> dict[str, str]:
    """Spelling key of a given-name variant -> its standard spelling (lexicons/person_names.tsv)."""
    return {name_key(row["variant"]): name_key(row["standard"]) for row in load("person_names")}


def _rendered_words(name: str) -> list[str]:
    """The words of the rendered key, unsorted. Apostrophes inside words go first, since name_key
    reads the 'at' of "Hay'at" as an article; the Abd- prefix of personal names is joined to its
    word and given-name variants are written one way ('Mohammed', 'Mohamad' -> 'muhamad')."""
    name = _INNER_APOSTROPHE.sub("", name)
    given = _person_names()
    key = _ABD.sub("abd", name_key(name))
    return [w for token in key.split() for w in _render_word(_POSSESSIVE.get(token, given.get(token, token))).split()
            if w not in _STOPWORDS]


def _acronym(name: str) -> str | None:
    bare = name.strip().replace(".", "")
    return bare if _is_acronym(bare) else None


@lru_cache(maxsize=65536)
def _match_keys(name: str) -> tuple[str, ...]:
    acr = _acronym(name)
    if acr and acr in lexicon_index()[1]:
        return (f"acr:{acr}",)
    keys = (f"acr:{acr}" if acr else "", name_key(name), " ".join(sorted(_rendered_words(name))))
    return tuple(k for k in dict.fromkeys(keys) if k)


def match_keys(name: str) -> list[str]:
    """Keys under which `name` may match another name, most specific first: 'acr:ACRONYM' for an
    acronym, the spelling key, then the rendered key (see the module docstring)."""
    return list(_match_keys(name))


_DESCRIPTOR_WORDS = frozenset("""the government regime state pro government regime loyalist federal national security
forces force troops soldiers army military fighters militia militias units warplanes planes jets aircraft air
helicopters gunships bombers drones artillery tanks""".split())  # ("regime warplanes": whose, the story says)


def is_descriptor(name: str) -> bool:
    """True for a description of a state's forces that names no state ('government forces', 'regime
    forces', 'the military', 'pro-government fighters'): which state it means depends on the story."""
    words = re.findall(r"[a-z]+", name.casefold())
    return bool(words) and all(w in _DESCRIPTOR_WORDS for w in words)


@lru_cache(maxsize=65536)
def is_generic(name: str) -> bool:
    """True for a unit name that only identifies a unit inside its parent: made only of numbers,
    ordinals, unit nouns and generic military words, with at least one unit noun ('5th Division',
    'Brigade 93', 'Special Forces Battalion', 'Central Force'; not 'al-Hamza Brigade')."""
    if _acronym(name):
        return False
    words = _rendered_words(name)
    units = _unit_nouns()
    return (any(w in units for w in words)
            and all(w.isdigit() or w in units or w in _GENERIC_WORDS for w in words))


# Words that end a headline or a page's tag line rather than a name
_DEBRIS_WORDS = frozenset({"at", "tags", "category", "community", "updated", "read", "more", "photo", "video"})
# A headline's verb, capitalised as headlines write it: "Qalamoun Kills 10 Terrorists" is no name
_HEADLINE_VERBS = frozenset({"kills", "kill", "says", "say", "claims", "seizes", "seize", "takes", "hits", "attacks",
                             "captures", "repels", "destroys", "liberates", "launches", "targets", "strikes", "downs",
                             "retakes", "regains", "thwarts", "foils", "storms", "shells", "bombs", "vows", "warns"})
MAX_PERSON_WORDS = 5
MAX_NAME_WORDS = 5


def _known_spans(words: list[str], whole: str) -> int:
    """How many separate known names (actor, state, place lexicons; acronyms) are inside `words`,
    read left to right, longest first, not counting the whole name."""
    by_key, acronyms, _ = lexicon_index()
    found, i = 0, 0
    while i < len(words):
        for j in range(min(len(words), i + 7), i, -1):
            span = " ".join(words[i:j])
            if span == whole:
                continue
            if name_key(span) in by_key or (j == i + 1 and span in acronyms):
                found += 1
                i = j - 1
                break
        i += 1
    return found


# Words that describe an actor around its name: 'the Kurdish YPG militia', 'Lebanese Hezbollah group'
_DESCRIPTORS = frozenset("""kurdish arab turkmen islamist jihadist jihadi rebel rebels militant militants shiite shia
sunni armed extremist hardline terrorist radical militia militias group faction movement fighters forces""".split())


def core_name(name: str) -> str | None:
    """The name inside a description of an actor ('Kurdish YPG militia' -> 'YPG', 'the Lebanese
    Hezbollah group' -> 'Hezbollah'), when words were taken away; else None."""
    words = name.replace("the ", " ").split()
    keep = [w for w in words if w.casefold() not in _DESCRIPTORS and name_key(w) not in _demonym_countries()
            and name_key(w) not in _demonym_countries().values()]
    if not keep or len(keep) == len(words):
        return None
    return " ".join(keep)


@lru_cache(maxsize=1)
def _kind_names() -> frozenset[str]:
    """Spelling keys of the names in lexicons/actor_kinds.tsv (outlets, monitors, NGOs, ...)."""
    return frozenset(name_key(n) for row in load("actor_kinds") for n in (row["name"], *row["aliases"]))


@lru_cache(maxsize=1)
def _known_keys() -> frozenset[str]:
    """Match keys of every name of the shipped alias table ('Islamic State in Iraq and the Levant'
    is the lexicon's 'of Iraq and the Levant')."""
    return frozenset(k for row in _shipped() for k in match_keys(row.alias))


@lru_cache(maxsize=65536)
def is_debris(name: str, entity_type: str = "armed_group") -> bool:
    """True for words a headline, tag line or list of places ran together, not one actor's name:
    'Syria Idlib Bashar al-Assad SOHR al-Qaeda al-Nusra Syrian', 'Ahrar al-Sham Seraqeb Syria Idlib
    Community'. A name the lexicons know (by any match key) is never debris; a person's name of six or more words is;
    any other name is when it holds two known names, or is six words or more and holds one, or
    ends in a tag-line word."""
    words = name.split()
    if len(words) < 3 or name_key(name) in lexicon_index()[0] or name_key(name) in _kind_names() \
            or not _known_keys().isdisjoint(match_keys(name)):
        return False
    if entity_type == "person" and len(words) > MAX_PERSON_WORDS:
        return True
    if words[-1].casefold() in _DEBRIS_WORDS and words[-1][:1].isupper():
        return True
    if any(w.casefold() in _HEADLINE_VERBS and w[:1].isupper() for w in words[1:-1]):
        return True
    known = _known_spans(words, name)
    return known >= 2 or (known >= 1 and len(words) > MAX_NAME_WORDS)


def _skeleton(word: str) -> str:
    """A word without its inner vowels and a final h after a vowel: 'nusrah', 'nosra' -> 'nsra'.
    A final vowel stays, since it changes the word ('islam' vs 'islami'). A g (not gh) is a j, as
    Egyptian usage writes the Arabic letter: 'Golani', 'Jolani' -> 'jlni'."""
    word = re.sub(r"(?<=[aeiou])h$", "", word)
    word = re.sub(r"g(?!h)", "j", word)
    return re.sub(r"[aeiouy](?!$)", "", word)


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """Words of state names and demonyms: fixed English words in which one vowel can change the
    country ('Nigerian', 'Nigerien')."""
    return frozenset(w for row in load("states") for s in (row["name"], *row["demonyms"])
                     for w in name_key(s).split())


def _same_words(a: str, b: str) -> bool:
    """Whether keys `a` and `b` have the same words up to vowels (so also the same numbers), and
    exactly the same country words."""
    wa, wb = a.split(), b.split()
    countries = _country_words()
    return (sorted(map(_skeleton, wa)) == sorted(map(_skeleton, wb))
            and sorted(w for w in wa if w in countries) == sorted(w for w in wb if w in countries))


def _fuzzy_ok(key: str) -> bool:
    return not key.startswith("acr:") and len(key) >= MIN_FUZZY_LEN and not is_generic(key)


def may_be_fuzzy(name: str) -> bool:
    """Whether `name` may match another name fuzzily: not an acronym nor a generic unit name."""
    return not _acronym(name) and not is_generic(name)


def best_match(name: str, candidates: Mapping[str, T], cutoff: float = 92.0) -> T | None:
    """The value of the candidate key equal to one of `name`'s match keys (most specific first),
    else of the key most similar to one by fuzz.ratio, if the score reaches `cutoff`, both keys
    may be fuzzy-matched (no acronyms, generic unit names or short keys) and they have the same
    words up to vowels. When the most similar key fails these tests there is no match."""
    keys = match_keys(name)
    for key in keys:
        if key in candidates:
            return candidates[key]
    hits = []
    for key in filter(_fuzzy_ok, keys if may_be_fuzzy(name) else []):
        hit = process.extractOne(key, candidates.keys(), scorer=fuzz.ratio, score_cutoff=cutoff)
        if hit:
            hits.append((hit[1], key, hit[0]))
    if not hits:
        return None
    _, key, found = max(hits)
    return candidates[found] if _fuzzy_ok(found) and _same_words(key, found) else None


@dataclass(frozen=True)
class Alias:
    """One row of the alias table."""
    name: str    # canonical name
    alias: str
    source: str  # where the entry came from: the lexicon row's source URL, or user file path:line


def _shipped() -> Iterator[Alias]:
    """Alias rows of the shipped lexicons: actor and state names and aliases, national forces."""
    for lexicon in ("actors", "states"):
        for row in load(lexicon):
            for surface in (row["name"], *row["aliases"]):
                yield Alias(row["name"], surface, row["source"])
    for row in load("national_forces"):
        yield Alias(row["force"], row["force"], row["source"])


def _read_user_file(path: str | os.PathLike) -> Iterator[Alias]:
    with open(path, encoding="utf-8-sig") as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            fields = [x.strip() for x in line.rstrip("\r\n").split("\t")]
            if len(fields) != 2 or not all(map(match_keys, fields)):
                raise ValueError(f"{path}:{n}: expected 'canonical name<TAB>alias', got {line.rstrip()!r}")
            yield Alias(fields[0], fields[1], f"{path}:{n}")


class AliasTable:
    """Canonical names of known actors by match key: built from the shipped lexicons (actors.tsv
    and states.tsv names and aliases, national_forces.tsv force names) and an optional user file
    (format in the module docstring). A key two shipped entries give different canonical names
    (such as 'acr:SNA') resolves to nothing unless a user entry claims it."""

    def __init__(self) -> None:
        self._by_key: dict[str, str | None] = {}  # None: an ambiguous shipped key
        self._rows: dict[str, list[Alias]] = defaultdict(list)

    @classmethod
    def load(cls, user_file: str | os.PathLike | None = None) -> AliasTable:
        """The shipped alias table, with the entries of `user_file` added over it."""
        table = cls()
        for row in _shipped():
            table._add_shipped(row)
        if user_file is not None:
            for row in _read_user_file(user_file):
                table.add(row.name, row.alias, row.source)
        return table

    def _add_shipped(self, row: Alias) -> None:
        self._rows[row.name].append(row)
        for key in match_keys(row.alias) + match_keys(row.name):
            if self._by_key.setdefault(key, row.name) != row.name:
                self._by_key[key] = None

    def add(self, name: str, alias: str, source: str) -> None:
        """Record `alias` (and `name` itself) as naming `name`, over any earlier entry."""
        self._rows[name].append(Alias(name, alias, source))
        for key in match_keys(alias) + match_keys(name):
            self._by_key[key] = name

    def canonical(self, name: str) -> str | None:
        """The canonical name `name` is a known alias of (by any of its match_keys), else None."""
        for key in match_keys(name):
            if canon := self._by_key.get(key):
                return canon
        return None

    def aliases_of(self, canonical: str) -> list[Alias]:
        """The rows recorded for `canonical` whose alias still resolves to it."""
        return [a for a in self._rows.get(canonical, []) if self.canonical(a.alias) == canonical]
