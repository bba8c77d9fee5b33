"""Find names in a sentence: armed groups and units, coalitions, state forces, states, organizations,
persons (with rank and role) and places.

Candidates are runs of capitalised tokens (with the connectors names use: al-, of, for, bin, de, 's),
extended by unit nouns written in lower case ("the Sawaiq al-Rahman brigade"). Each run is split
and typed with the lexicons (known actors, states, places), the shape of the name (unit nouns,
Arabic name components, organization heads) and the words around it (ranks, roles, "town of").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from orbat.extract.dates import MONTH_NUMBERS, NUMBER_WORDS, WEEKDAYS
from orbat.extract.names import (ARMED_CONTEXT, FACILITY_HEADS, HEADLINE_FIGHTERS, HEADLINE_PREPOSITION, HEADLINE_VERB,
                                 LOCAL_BODIES, MEDIA_OR_BODY, demonym, kind_of_force, lexicon_index, looks_like_chrome,
                                 lookup, name_key, names_event, names_facility, placed_army, word_sets)
from orbat.lexicons import load

_ACRONYM = re.compile(r"(?!(?:I|II|III|IV|VI|VII|VIII|IX|XI|XII)$)[A-Z]{2,}")  # "Provisional IRA said": no person
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[\w\u00C0-\u024F][\w\u00C0-\u024F'\u2019\-]*\.?|[\"\u201c\u201d(),;:]")
_ART_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ul|wal|wa|lil|bil)-(?=[A-Z\u00C0-\u024F])")
_ELIDED = re.compile(r"^[dl]['\u2019](?=[A-Z\u00C0-\u024F])")  # French "d'Ivoire", "l'Ouest": inside a name
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.I)
ORDINAL_WORDS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
                          "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
                          "nineteenth twentieth thirtieth fortieth fiftieth hundredth".split())
# Unit nouns that extend a name even in lower case ("the Sawaiq al-Rahman brigade").
LOWER_UNITS = frozenset("brigade battalion division movement front army regiment legion corps militia company group "
                        "cartel".split())
_OPS_ROOM = re.compile(r"(?:joint |military )?operations? room\b")
_BRACKETED_ACRONYM = re.compile(r"\s*\(\s*([A-Z][A-Za-z]{1,7})\s*\)")
_LOWER_ARTICLE = re.compile(r"(?:al|el|ash|ad|an|ar|as|at|az)-[a-z]")
FORCE_HEADS = frozenset("forces force army navy police guard gendarmerie military marines".split())
FORCE_WORDS = frozenset("armed national royal defence defense air naval ground land special security".split())
ARTICLES = frozenset("al el ash ad az".split())  # written apart: "al Qaeda"; not "an", "as", "at" (English)
# Name particles too: "Arnel dela Vega", "Jose dos Santos", "Ursula von der Leyen"
CONNECTORS = frozenset("of for the de del dela della da dos das di la le du des van von der den bin ibn bint wa and al el "
                       "ul ad".split())
# Lower-case words that may stand inside a unit name before its unit noun ("the artillery Company").
UNIT_MODIFIERS = frozenset("""artillery infantry armoured armored mechanized mechanised commando commandos special
forces force anti-armor anti-armour anti-tank sniper snipers engineering engineers support reserve
rapid intervention reaction border mountain marine naval air airborne assault strike tank martyrs martyr
hawks lions knights falcons eagles tigers revolutionaries free men youth sons descendants""".split())
# Heads of names that go on with "of"/"for" ("National Congress for the Defence of the People",
# "Volunteers for the Defence of the Homeland") though they are not unit nouns
_NAME_HEADS = frozenset("congress convention volunteer league rally assembly defender guardian".split())
_CAUSE_HEADS = frozenset("movement front coalition alliance union".split())  # "Movement for Democracy in Liberia"
# a part of the world, which no one is named after ("the Middle East", "West Africa")
_WORLD_REGION = re.compile(r"\b(?:(?:Middle|Far|Near) East|Africa|Asia|Europe|America|Caucasus|Balkans|Levant|Sahel|"
                           r"Maghreb|Gulf)\b")
# plural nouns for the people of a group: a number before "<name> fighters" counts them
_WEEKDAYS = frozenset(d.lower() for d in WEEKDAYS)
_PEOPLE = frozenset("fighters militants soldiers troops men members mercenaries rebels gunmen recruits terrorists insurgents "
                     "jihadists militiamen elements operatives personnel guerrillas combatants commanders officers".split())
# the men or parts of a force named after them with "of": "Units of the FAA", "Remnants of the Dawn Front"
_MEN_OF_A_FORCE = frozenset("""units columns remnants elements members fighters troops paratroopers commandos soldiers
detachments squads contingents cells battalions brigades companies regiments""".split())
# what a rank-like word ("General", "Major") can open that is no person: "the General Staff"
_INSTITUTIONS = frozenset("staff command directorate intelligence security assembly secretariat headquarters agreement "
                         "accord".split())  # "the General Agreement": no general named
# religious titles among the ranks, which also open the names of places ("Sheikh Maqsoud")
_CLERICAL = frozenset("sheikh shaykh sheik mullah maulana hajji amir emir".split())
# titles that are part of how a man is called, not a rank he holds in a force (orbat authors: English usage for
# royalty, knighthood and Muslim clergy); a person's alias keeps them (entities)
HONORIFICS = _CLERICAL | frozenset("sir dame lord lady king queen prince princess sultan imam ayatollah mufti".split())
# the titles of an office whose portfolio may stand before them or after "of" / "for" (orbat authors: English
# government and UN usage, "Foreign Minister", "Secretary of State", "Emergency Relief Coordinator")
_OFFICES = frozenset("""minister secretary commissioner coordinator envoy representative adviser advisor ambassador
undersecretary under-secretary spokesman spokeswoman spokesperson""".split())
# the portfolios themselves ("Defense", "Foreign Affairs", "Human Rights"), capitalised after such a title
_PORTFOLIOS = frozenset("""defense defence state interior foreign affairs home homeland human rights refugees justice
information finance health trade economy security public humanitarian emergency relief political peacekeeping
operations disarmament development cooperation international middle east""".split())
_OFFICE_OF = re.compile(r"\b(?:" + "|".join(sorted(_OFFICES)) + r")\s+(?:of|for)\s+$", re.I)


# "Z, then 31, was chosen to succeed him": a man put in another's place
_CHOSEN_TO_SUCCEED = re.compile(r"(?:, (?:then |aged )?\d+ , )?(?:was|were) (?:elected|appointed|named|chosen|picked|"
                                r"selected) to (?:succeed|replace) (?:him|her)\b")


def is_portfolio(before: str, name: str) -> bool:
    """Whether `name`, after the text `before`, is an office's portfolio ("Secretary of | Defense")."""
    return bool(_OFFICE_OF.search(before)) and all(w.casefold() in _PORTFOLIOS for w in name.split())


# the Arabic adjectives that close a place's name, never a man's ("Orum al-Kubra", "Daraa al-Balad", "Bab al-Sharqi")
_PLACE_SUFFIX = re.compile(r"(?:al|el)-(?:kubra|sughra|gharbi(?:ya|yah)?|sharqi(?:ya|yah)?|shamali(?:ya|yah)?|"
                           r"janoubi(?:ya|yah)?|jadida|jadideh|qadima|qadim|balad|mahatta|fawqa|tahta|wusta)", re.I)


@lru_cache(maxsize=1)
def _leader_names() -> frozenset[str]:
    """The last words of the known leaders' names (lexicons/leaders.tsv): "Assad", "al-Assad", "Gaddafi"."""
    return frozenset(n.split()[-1] for row in load("leaders") for n in (row["name"], *row["aliases"]) if n.split())


_LOCATIVE = frozenset("in near at outside around into towards toward".split())  # before a place
_COLLECTIVE = frozenset("people peoples workers women martyrs nations patriots youth mujahideen".split())
ORG_HEADS = frozenset("""observatory committee committees ministry agency agencies news tv television channel
radio times post journal newspaper gazette institute institution foundation commission organisation
organization association union party network watch monitor center centre office bureau press
international university court bank company corporation council now today daily insider observer tribune
herald""".split())  # the last: news outlets named after a country ("Syria Now", "Iraq Today")
PLACE_HEADS = frozenset("""province governorate countryside district region oblast raion canton state city town
village villages county department municipality commune valley mountains mountain river plain plains
desert border crossing airport airbase base camp neighbourhood neighborhood quarter suburb suburbs
highway road dam island islands archipelago peninsula strip bank""".split())
PLACE_CUES = frozenset("""town city village villages district province governorate region area suburb
neighbourhood neighborhood countryside outskirts capital island""".split())
DIRECTIONS = frozenset("""north south east west northern southern eastern western central northeastern
northwestern southeastern southwestern north-eastern north-western south-eastern south-western
northeast northwest southeast southwest greater upper lower eastern""".split())
# a noun after an unknown name that makes it a place: "al-Masasneh village", "the X mosque"
_PLACE_AFTER = (PLACE_CUES - {"province", "governorate", "region", "area", "capital", "city"}) | FACILITY_HEADS | frozenset(
    "camp airport airbase dam checkpoint".split())
# words that name a kind of force, not one force, when no country or name goes with them ("the Air Force")
# words after a place's possessive ("Hama's countryside") that a lost apostrophe leaves after "Hamas"
_AFTER_PLACE = PLACE_CUES | DIRECTIONS | {"rural", "suburbs"}
TITLES = frozenset("""president prime minister king prince emir sheikh shaykh imam mullah general colonel
captain major lieutenant commander sergeant brigadier marshal admiral rear vice premier superintendent dr mr
mrs ms""".split())
ROLE_NOUNS = frozenset("""leader commander chief head founder spokesman spokesperson spokeswoman envoy emir
official deputy co-founder mufti ideologue president minister chairman secretary secretary-general director
figure caliph""".split())
# Sect, ethnicity and stance words that describe fighters without naming a group ("Shiite militias").
AFFILIATION_ADJECTIVES = frozenset("""shiite shia shi'ite sunni kurdish arab druze alawite christian yazidi turkmen
assyrian tribal clan islamist jihadist rebel rival loyalist separatist pro-government pro-regime
pro-russian pro-iranian takfiri takfiris sufi salafi salafist wahhabi maoist marxist communist""".split())
# Peoples and communities whose name before "militias" or "rebels" says who fights, not which group
# ("Tuareg rebels", "Hutu militias"); from the groups' own Wikipedia articles' naming, words only.
COMMUNITIES = frozenset("""tuareg hutu tutsi fulani peul pashtun baloch baluch tamil moro karen kachin uyghur igbo
oromo amhara afar somali bedouin zaghawa masalit nuer dinka lendu hema banyamulenge dogon bambara mossi tigrayan
sikh hindu muslim catholic protestant bosniak croat serb albanian abkhaz ossetian chechen ingush dagestani lezgin
houthi kurd kurds arabs miskito mapuche""".split())
_FIGHTERS = frozenset("rebels militia militias militiamen fighters militants insurgents gunmen guerrillas".split())
# The Arabic words a group's transliterated name begins with, by the English head a writer may put at
# its end instead: "Fateh al-Sham Front" is Jabhat Fateh al-Sham, "the Islam Army" Jaysh al-Islam.
HEAD_TRANSLATIONS = {"front": ("jabhat", "jabha"), "army": ("jaysh", "jaish", "jeish"), "brigade": ("liwa",),
                     "brigades": ("kataib", "kata'ib", "alwiya"), "movement": ("harakat", "haraka"),
                     "battalion": ("katibat", "katiba"), "legion": ("faylaq", "failaq"), "corps": ("faylaq", "failaq")}
_APPOSED_KIND = re.compile(r", (?:a|an|one|the) (?:(?:[a-z]|[A-Z][\w.]*-[a-z])[\w-]* ){0,3}?(?:faction|unit|brigade|battalion|regiment|"
                           r"militia|wing|splinter|offshoot|gang|cell)\b(?!['\u2019])|"
                           r", (?:which|that) (?:itself )?(?:had )?(?:broke away|split|splintered|broken away) from\b")
# ("Hizb-ul-Ahrar, which itself broke away from Y": what breaks away from a group is a faction)  # lower case: a description, not a
# name; not "Z, the faction's secretary-general", a person in the faction
_LED_VERBS = frozenset("""succeeded replaced led headed commanded founded co-founded established re-established
created formed""".split())  # "... established in 2012 by Karim Assaf": a person
_KIN = frozenset("brother son nephew cousin father uncle wife widow daughter sister".split())  # "his brother Z"
GROUP_NOUNS = frozenset("faction militia movement outfit gang cartel insurgency".split())
# lower-case nouns after a known group's name that describe it, no part of the name ("the Kaniyat militia")
# nouns of a body's own parts, no man's name: "the WHO Health Emergencies Programme said"
_BODY_WORDS = frozenset("programme program programmes department directorate service services fund mission unit "
                        "office division section agency affairs relations operations".split())
GENERIC_HEADS = (GROUP_NOUNS - {"outfit", "cartel", "insurgency"}) | {"militias", "militiamen", "group"}
# a stance written with a capital after a group's name, before the noun it qualifies ("X Islamist faction")
_STANCE_WORDS = frozenset("islamist salafist salafi jihadist jihadi".split())
_SPOKE = re.compile(r"of (?:the )?(?:[\w'-]+ ){1,6}(?:said|says|told|added|stated|claimed|announced|wrote|noted|"
                    r"explained|warned)\b")
SPEECH_VERBS = frozenset("said says told added stated claimed announced wrote noted explained warned".split())
# Nouns after a demonym that make it name the state acting: "Russian warplanes", "Turkish forces", and what a
# state's forces do: "the Turkish offensive", "Israeli raids".
STATE_NOUNS = frozenset("""forces troops army military air warplanes jets soldiers government regime officials
president navy drones drone aircraft planes bombers strikes strike airstrike airstrikes artillery authorities
intelligence ministry defence defense police special ally allies positions outposts""".split())
STATE_ACTS = frozenset("""offensive offensives invasion incursion incursions intervention occupation raid raids
bombing bombings bombardment shelling operation operations warships helicopters gunships tanks aggression
assault assaults attack attacks advance""".split())
STATE_AID = frozenset("weapons arms funding money support aid backing supplies assistance advisers advisors".split())


class _Place:
    """Stand-in for 'no lexicon entry' in type tests."""
    type = None


_Place.none = _Place()

_DIRECTIONAL = re.compile(r"(?:(?:the\s+)?(?:territory|areas?|countryside|villages|region|parts?)\s+)?"
                          r"(?<![\w-])(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|"
                          r"south-east|south-west)\s+of\s+$", re.I)
_DIRECTION_ADJ = re.compile(r"(?:(?:the\s+)?(?:[A-Z][a-z]+-(?:occupied|held|controlled)\s+)?(?:region|areas?)\s+of\s+)?"
                            r"(?<![\w-])(?:north|south|east|west|central|northern|southern|eastern|western|northeastern|"
                            r"northwestern|southeastern|southwestern|north-eastern|north-western|south-eastern|"
                            r"south-western|northeast|northwest|southeast|southwest|north-east|north-west|south-east|"
                            r"south-west)\s+$", re.I)  # ("in northwest Syria" whole, not "west Syria")
_BRANCH = re.compile(r"['\u2019]s\s+((?:northern|southern|eastern|western|central|[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*){0,2})\s+"
                     r"(branch|wing|chapter|faction)\b")
# an unknown name the sentence defines as an armed group, in tokens joined by spaces: "X ( ... ) was a coalition
# of rebel groups", "X , an armed group that"
_DEFINED_AS = re.compile(r"(?:\( [^()]{1,80} \) )?(?:, |is |was |are |were )(?:a|an) (?:(?!(?:of|by|in|held|with|for|that|"
                         r"which|and|or)\b)[\w'-]+ ){0,4}?(coalition|alliance|militia|gang|cartel|(?:rebel|armed|"
                         r"insurgent|jihadist|militant|guerrilla|separatist|islamist|paramilitary) (?:group|movement|"
                         r"organi[sz]ation|force|coalition|alliance))\b")
_DESCRIBED_AS = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(group|coalition|alliance|"
                           r"militia|movement|faction|brigade|organi[sz]ation|front|federation|umbrella group)\b", re.I)
_IN_PLACES = re.compile(r"\b(?i:in|across|throughout|inside|near)\s+(?:[A-Z][\w'-]*\s+){1,3}"
                        r"(?:,\s*|,?\s*and\s+|,?\s*or\s+)$")
_IN_PLACE = re.compile(r"\b(?:(?i:in|across|throughout|into|inside|from|to|near)|of)\s+"
                       r"(?:(?:downtown|central|greater|the capital|the city of)\s+)?$")  # "In Lebanon", "in downtown Beirut"
_DEPLOYED_TO = re.compile(r"\b(?:deployed|sent|dispatched|redeployed|stationed)\s+(?:\w+\s+){0,2}?(?:to|in|into)\s+"
                          r"(?:the\s+)?(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}(?:\s*,\s*|,?\s+and\s+)(?:the\s+)?)*$")
# what a sponsor gives, before "from": "receives weapons from China" names China as a party, not a place
_GOODS_FROM = re.compile(r"\b(?:weapons|arms|ammunition|missiles|drones|rockets|funding|funds|money|cash|aid|support|"
                         r"training|backing|equipment|supplies|advisers|advisors)(?:\s*,\s*[\w-]+|,?\s+and\s+[\w-]+){0,3}"
                         r"\s+from\s+$", re.I)  # "weapons, money and direction from Iran"
# a state's men "from" it: "troops from Chad and Niger" are the two states' forces, not men who came from there
# (not "French forces from Chad": men another name owns)
_MEN_FROM = re.compile(r"(?:^|[.,;:!?\"\u201c(]\s*|\b[a-z][\w-]*\s+)"
                       r"(?i:troops|soldiers|forces|contingents?|peacekeepers|servicemen|army\s+units)\s+from\s+"
                       r"(?:(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}(?:\s*,\s*|,?\s+and\s+))*$")
_IN_THE_COUNTRY = re.compile(r"\b(?i:in|across|throughout|into|inside|near)\s+the\s+$")
_RULERS = re.compile(r"\b(?:government|regime|authorities|administration|junta)\b", re.I)
# a tie's noun before "of": the state it names is a party ("a close ally of Iran", "a proxy of Iran")
_PARTY_OF = re.compile(r"\b(?:all(?:y|ies)|enem(?:y|ies)|backers?|sponsors?|prox(?:y|ies)|supporters?|foes?|rivals?|"
                       r"partners?|clients?|adversar(?:y|ies)|opponents?|backing|support|help|aid|assistance|"
                       r"sponsorship|protection|kingdom|sultanate|emirate|principality)\s+of\s+$", re.I)  # "enjoys the
# backing of Qatar and Turkey"; "the Kingdom of Nepal" is the state
# A verb of war, or where a force moves, before a capital's name: the city, not the state its name stands for
# ("attacked Tripoli", "pushed toward Tripoli")
_TAKEN_CITY = re.compile(r"\b(?:attack\w*|captur\w*|seiz\w*|took|taken|take|entered|enter|shell\w*|besieg\w*|bomb\w*|"
                         r"struck|storm\w*|reach\w*|overran|overrun|retook|recaptur\w*|encircl\w*|surround\w*|"
                         r"advanc\w* on|march\w* on|fell on|assault on|offensive on|push on|towards?|outside|around|"
                         r"control\w*|held|holds?|holding)\s+(?:the\s+(?:capital|(?:port\s+)?city(?:\s+of)?)\s+)?$|"
                         r"\b(?:the|its|their)\s+capital\s+$", re.I)  # "control the capital Sanaa"
# A country naming the theatre of a group or a matter: "al-Qaeda's Syria wing", "the Syria Crisis".
_THEATRE_OF = re.compile(r"\s+(?:wing|branch|affiliate|franchise|offshoot|chapter|arm|crisis|conflict|file|war)\b", re.I)


@dataclass
class Mention:
    """One occurrence of a name in the text."""
    start: int
    end: int
    text: str
    type: str
    key: str
    canonical: str | None = None
    source: str | None = None
    attrs: dict = field(default_factory=dict)
    head: str | None = None

    @property
    def is_actor(self) -> bool:
        return self.type not in ("place", "person")


@dataclass
class Tok:
    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.casefold().rstrip(".")


_COMPOUND = re.compile(r"^(.+?)(-(?:backed|affiliated|linked|led|held|controlled|occupied|based|aligned|allied|run|"
                       r"dominated|supported|funded|sponsored|armed|inspired|oriented|loyal|leaning|trained))$", re.I)


def _initials(name: str) -> str:
    """The capitalised initials of a name's words, connectors left out: 'Armed Forces of the Philippines'
    gives 'AFP'."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.casefold() not in CONNECTORS]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def _kind_word(w: str) -> bool:
    """A demonym or a word of creed or stance ("Syrian", "Shiite", "Sufi"); demonyms joined by a hyphen are one
    ("Arab-Kurdish")."""
    if demonym(w) or w.casefold() in AFFILIATION_ADJECTIVES or w.casefold() in COMMUNITIES:  # "pro-government",
        return True  # "Lendu militias" too
    return "-" in w and all(_kind_word(x) for x in w.split("-"))


def _spells_bracket(toks: list, i: int, j: int) -> bool:
    """Whether the connector at `j` lies inside a name that the bracket after it spells: 'the Convention of
    Patriots for Justice and Peace (CPJP)'."""
    k = j + 1
    while k < len(toks) and (_is_cap(toks[k].text) or toks[k].low in CONNECTORS):
        k += 1
    if k + 2 >= len(toks) or toks[k].text != "(" or toks[k + 2].text != ")" or \
            not re.fullmatch(r"[A-Z][A-Za-z]{1,7}", toks[k + 1].text):
        return False
    words = [t.text for t in toks[i:k]]
    return any(_initials(" ".join(words[s:])) == toks[k + 1].text.upper() for s in range(len(words) - 1))


def tokenize(text: str, offset: int = 0) -> list[Tok]:
    """Word and punctuation tokens with absolute offsets ("Turkish-backed" is two tokens)."""
    toks = []
    for m in _TOKEN.finditer(text):
        t = m.group()
        end = m.end()
        c = _COMPOUND.match(t)
        if c:
            toks.append(Tok(offset + m.start(), offset + m.start() + len(c.group(1)), c.group(1)))
            toks.append(Tok(offset + m.start() + len(c.group(1)), offset + end, c.group(2)))
            continue
        # a trailing period belongs to the token only for abbreviations like "Cpt." or "U.S."
        if t.endswith(".") and len(t) > 1 and not _keeps_period(t):
            t, end = t[:-1], end - 1
        toks.append(Tok(offset + m.start(), offset + end, t))
    return toks


def _keeps_period(t: str) -> bool:
    ws = word_sets()
    return bool(re.fullmatch(r"(?:[A-Z]\.)+", t)) or t[:-1].casefold() in ws["rank"] or t[:-1] in ("St", "Dr", "Mr", "Mrs", "Ms")


# A headline's capitalised verb, preposition or fighters' noun ends a name: "Hawks Brigade Seizes Kafr Nabl From
# Dawn Front", "200 Dawn Front Terrorists Killed"
_HEADLINE_WORD = re.compile("|".join((HEADLINE_VERB, HEADLINE_PREPOSITION, HEADLINE_FIGHTERS)))


def _is_cap(t: str) -> bool:
    if not t or not (t[0].isalpha() or t[0].isdigit()) or _HEADLINE_WORD.fullmatch(t):
        return False
    if _ART_PREFIX.match(t) or _ELIDED.match(t):
        return True
    return t[0].isupper() or bool(_ORDINAL.match(t))


_POSSESSIVE_END = re.compile(r"['\u2019]s?$")


def _bare(t: str) -> str:
    """Token without a possessive ending."""
    return _POSSESSIVE_END.sub("", t)


def _possessive(t: str) -> bool:
    return bool(_POSSESSIVE_END.search(t)) and len(t) > 2


# a unit's number written after its noun ("Division 99"), not a count of men or a year
_UNIT_NUMBER = re.compile(r" [1-9]\d{0,2}(?![\d,.]*\s+(?:fighters|men|troops|soldiers|members|militants|rebels|killed|"
                          r"people|civilians|of|were|was|are|have|had|died|dead|wounded|kilometres|kilometers|km|miles|"
                          r"metres|meters|m|hours|days|times|percent|per)\b)(?![\w,.]\w)")


class MentionFinder:
    """Finds and types the names of one sentence; `find` is the entry point."""

    def __init__(self):
        self.defined: dict[str, Mention] = {}
        ws = word_sets()
        self.units = ws["unit"]
        self.arabic = ws["arabic"]
        self.settlement = ws["settlement"]  # "Kafr", "Deir", "Tal": the Arabic words a place's name opens with
        self.ranks = ws["rank"]
        self.roles = ws["role"] | ROLE_NOUNS
        self.common = ws["common"]
        self.unapostrophed: set[str] = set()

    # -- candidate runs -------------------------------------------------------------------
    def runs(self, toks: list[Tok]) -> list[tuple[int, int]]:
        """Index ranges [i, j) of capitalised runs, with connectors and lower-case unit nouns."""
        out = []
        i, n = 0, len(toks)
        while i < n:
            t = toks[i].text
            starts = _is_cap(t) or (t.casefold() in UNIT_MODIFIERS and self._unit_ahead(toks, i))
            if not starts:
                i += 1
                continue
            if i > 0 and toks[i - 1].text in ARTICLES and toks[i - 1].end + 1 == toks[i].start \
                    and (not out or out[-1][1] < i - 1):
                i -= 1  # "al Qaeda": the article written apart from the name
            j = i + 1
            while j < n:
                tj = toks[j].text
                if _possessive(toks[j - 1].text) and not _is_cap(tj):
                    break
                if _is_cap(tj):
                    if toks[j].start - toks[j - 1].end > 1 or tj in ("The", "A", "An"):
                        break  # "... Idlib The Sawaiq brigade": a sentence whose full stop was lost
                    if toks[j].low in _STANCE_WORDS and j + 1 < n and toks[j + 1].low in GENERIC_HEADS | {"rebels", "fighters"}:
                        break  # "the Faylaq Al Sham Islamist faction": the stance describes the group named before it
                    if toks[j].low in _WEEKDAYS:
                        break  # "the city of Aleppo Monday killing ...": a day whose comma was lost
                    j += 1
                    continue
                low = tj.casefold()
                if _HEADLINE_WORD.fullmatch(tj) and j + 1 < n and self._known_through(toks, i, j):
                    j += 1  # "the Global Coalition Against Daesh": a headline's word inside a known name
                    continue
                if tj.isdigit() and j + 1 < n and self._known_through(toks, i, j):
                    j += 1  # "the March 23 Movement": a number inside a known name
                    continue
                if (low in CONNECTORS and j + 1 < n and (self._connector_ok(toks, i, j) or self._known_through(toks, i, j)
                                                         or _spells_bracket(toks, i, j))) \
                        or (low in ("in", "fi") and j + 1 < n and self._known_through(toks, i, j)) \
                        or (low == "in" and j + 1 < n and self._for_cause_in_country(toks, i, j)):
                    j += 1
                    continue
                if low == "group" and lookup(" ".join(t.text for t in toks[i:j])):
                    break  # "the Islamic State group": a known name, described
                if low == "network" and not lookup(" ".join(t.text for t in toks[i:j])) \
                        and lookup(" ".join(t.text for t in toks[i:j + 1])):
                    j += 1  # "the Haqqani network": a known name whose last word is written in lower case
                    break
                if _LOWER_ARTICLE.match(low) \
                        and lookup(" ".join(t.text for t in toks[i:j + 1])):
                    j += 1  # "the Failaq al-sham": a known name whose last word lost its capital
                    continue
                if low in LOWER_UNITS or low.rstrip("s") in LOWER_UNITS and low not in ("groups", "cartels"):
                    if low in GENERIC_HEADS and toks[j - 1].low in self.units:
                        break  # "the Dawn Front group": a name that has its noun, described
                    j += 1  # "the Maute group" names it; "Islamic groups" describes
                    break
                room = _OPS_ROOM.match(" ".join(t.low for t in toks[j:j + 3]))
                if room:  # "the Euphrates Volcano joint operations room"
                    j += len(room.group(0).split())
                    break
                if (low in UNIT_MODIFIERS or low in ORDINAL_WORDS) and self._unit_ahead(toks, j):
                    j += 1
                    continue
                break
            # drop trailing connectors (not the last word of a known name: "the Lions' Den")
            while j > i + 1 and toks[j - 1].text.casefold() in CONNECTORS and not (
                    toks[j - 1].text[:1].isupper() and lookup(" ".join(t.text for t in toks[i:j]))):
                j -= 1
            if i > 0 and re.fullmatch(r"[1-9]\d{0,2}", toks[i - 1].text) and toks[j - 1].low in self.units and \
                    (not out or out[-1][1] <= i - 1) and (j == n or toks[j].low not in _PEOPLE):
                i -= 1  # "the 28 Task Force Brigade": a unit's number is part of its name ("300 Wagner fighters" is not)
            if toks[i].text.isdigit() and j - i > 1 and j < n and _HEADLINE_WORD.fullmatch(toks[j].text):
                i += 1  # "200 Dawn Front Terrorists Killed": a count before the name
            out.append((i, j))
            i = j
        return out

    def _unit_of(self, toks, i, k, text, offset, known: Mention) -> list[Mention]:
        """The run before a known name: '1st Infantry Brigade of the Syrian Arab Army' gives the
        brigade, owned by the army the connector names."""
        end = k
        while end > i and toks[end - 1].low in CONNECTORS:
            end -= 1
        left = self._split_run(toks, i, end, text, offset)
        if left and end < k and toks[end].low in ("of", "in") and left[-1].type == "armed_group" \
                and left[-1].end == toks[end - 1].end and known.type in ("armed_group", "state_force", "coalition"):
            left[-1].attrs["owner"] = known.key
        return left + [known]

    @staticmethod
    def _known_through(toks: list[Tok], i: int, j: int) -> bool:
        """'Islamic State of Iraq and the Levant', 'March 23 Movement': a connector or number inside a known name
        (also after an owner: "Libya's Government of National Accord")."""
        starts = [i, i + 1] if toks[i].low == "the" else [i]
        starts += [k + 1 for k in range(i, j) if _possessive(toks[k].text)]
        for e in range(j + 2, min(j + 5, len(toks) + 1)):
            if any(lookup(" ".join(t.text for t in toks[b:e])) for b in starts):
                return True
        return False

    def _unit_ahead(self, toks: list[Tok], i: int) -> bool:
        for k in range(i + 1, min(i + 4, len(toks))):
            low = toks[k].text.casefold()
            if low in self.units or (low.endswith("s") and low[:-1] in self.units):
                return True
            if not (low in UNIT_MODIFIERS or low in ORDINAL_WORDS or _is_cap(toks[k].text)):
                return False
        return False

    def _connector_ok(self, toks: list[Tok], i: int, j: int) -> bool:
        nxt = toks[j + 1].text
        low = toks[j].text.casefold()
        if low == "and":
            return self._and_inside(toks, i, j)
        if low == "the":
            return toks[j - 1].text.casefold() in ("of", "for", "in") and _is_cap(nxt)
        if low in ("of", "for"):
            if not _is_cap(nxt) and nxt.casefold() != "the":
                return False
            # "X of Y" stays one name when X is a unit/organization noun ("Army of Islam",
            # "National Front for Liberation", "Observatory for Human Rights")
            prev = toks[j - 1].text.casefold().rstrip("s")
            i0 = i + 1 if toks[i].low == "the" else i
            if prev in self.units and low == "of" and j - i0 == 2 and (
                    _ORDINAL.match(toks[i0].text) or toks[i0].low in ORDINAL_WORDS) and not self._known_through(toks, i, j) \
                    and not self._regiment_after(toks, j + 1):
                return False  # "the 25th Division of the Dawn Army": a numbered unit, then the force it belongs to
                # (not "the 4th Battalion of the Vijayaba Infantry Regiment": a battalion named by its regiment)
            if prev in self.units or prev in ORG_HEADS or prev in _NAME_HEADS:
                return True
            # "Armed Forces for the Liberation of Angola", "Party for the Liberation of the Hutu People":
            # the name's own "of" or "for" came before, so this one goes on naming what it is for
            last = max(k for k in range(i, j) if toks[k].low in CONNECTORS or k == i)
            named = lookup(self._plain(toks, last + 1, j)) if last + 1 < j else None
            return any(t.low in ("of", "for") for t in toks[i + 1:j - 1]) and not (named and named.type in ("state", "place"))
        return _is_cap(nxt) or bool(_ART_PREFIX.match(nxt))

    @staticmethod
    def _regiment_after(toks: list[Tok], k: int) -> bool:
        """Whether the capitalised run from `k` (after an article) ends in "Regiment"."""
        k += 1 if k < len(toks) and toks[k].low == "the" else 0
        while k < len(toks) and _is_cap(toks[k].text):
            if toks[k].low in ("regiment", "regiments"):
                return True
            k += 1
        return False

    def _for_cause_in_country(self, toks: list[Tok], i: int, j: int) -> bool:
        """'Union for Peace in the Central African Republic', 'Movement for Democracy in Liberia': an
        organization named for a cause keeps the country it is for ("the FSA in Idlib" is a place)."""
        fors = [k for k in range(i + 1, j - 1) if toks[k].low == "for"]
        if not fors or not (toks[fors[0] - 1].low.rstrip("s") in self.units or toks[fors[0] - 1].low in ORG_HEADS
                            or toks[fors[0] - 1].low in _NAME_HEADS or toks[fors[0] - 1].low in _CAUSE_HEADS):
            return False
        k = j + 1 + (toks[j + 1].low == "the" if j + 1 < len(toks) else 0)
        e = k
        while e < len(toks) and _is_cap(toks[e].text):
            e += 1
        named = lookup(self._plain(toks, k, e)) if e > k else None
        return bool(named and named.type == "state")

    def _and_inside(self, toks: list[Tok], i: int, j: int) -> bool:
        """'Justice and Equality Movement', 'United Front of Ethiopian Federalist and Confederalist
        Forces': two capitalised words joined by 'and' before the head noun that names them, not two
        names ("Hamas and Islamic Jihad", "Syrian and Russian forces")."""
        if j + 2 >= len(toks) or not (_is_cap(toks[j - 1].text) and _is_cap(toks[j + 1].text)):
            return False
        head = toks[j + 2].low
        if not (head in self.units or head.rstrip("s") in self.units or head in ORG_HEADS):
            return False
        before, after = toks[j - 1].text, toks[j + 1].text
        if toks[j - 1].low.rstrip("s") in self.units or demonym(before) or demonym(after) or \
                lookup(_bare(before)) or lookup(after):
            return False
        return True

    # -- typing --------------------------------------------------------------------------
    def begin_document(self, text: str = "") -> None:
        """Forget the acronyms defined by the previous article. In an article that lost every apostrophe,
        note its words: "Assads government" beside "Assad" is a possessive, "Abbas" is a name."""
        self.defined = {}
        self.unapostrophed = set() if re.search(r"\w['\u2019]s\b", text) else set(re.findall(r"[\w-]+", text))

    def find(self, text: str, offset: int = 0) -> list[Mention]:
        """All mentions in `text` (a sentence), with absolute offsets."""
        toks = tokenize(text, offset)
        found: list[Mention] = []
        for i, j in self.runs(toks):
            found.extend(self._spelled_out(toks, i, j, text, offset) or self._split_run(toks, i, j, text, offset))
        found.extend(self._demonym_mentions(toks, found))
        found.sort(key=lambda m: m.start)
        self._register_acronyms(text, offset, found)
        self._register_initials(found)
        found = [self._numbered(m, text, offset) for m in found]
        for m in found:
            self._widen_place(m, text, offset)
            self.widen_group(m, text, offset)
            described = _DESCRIBED_AS.match(text, m.end - offset) if m.type in ("armed_group", "coalition") else None
            if described and not m.head:  # "Viv Ansanm, a coalition of gangs": later "the coalition" is it
                m.head = described.group(1).casefold()
        return self._branches(found, text, offset)

    def _numbered(self, m: Mention, text: str, offset: int) -> Mention:
        """'Light Infantry Division 99', 'Military Operations Command 16': a number after a unit's noun is part
        of its name (not '... Brigade 300 fighters', nor a year)."""
        num = _UNIT_NUMBER.match(text, m.end - offset)
        if not num or m.type not in ("armed_group", "state_force", "coalition") or \
                m.text.split()[-1].casefold() not in self.units | {"command"}:
            return m
        surface = m.text + num.group(0)
        known = lookup(surface)
        return replace(m, end=m.end + len(num.group(0)), text=surface, key=name_key(known.name if known else surface),
                       canonical=known.name if known else None, source=known.source if known else None)

    def _spelled_out(self, toks, i, j, text, offset) -> list[Mention] | None:
        """'The All Tripura Tiger Force (ATTF)': the words whose initials the bracket after the run spells
        are one name, whatever they hold ('All', a place); None when the run's own reading already has it."""
        m = _BRACKETED_ACRONYM.match(text, toks[j - 1].end - offset)
        if not m or j - i < 2:
            return None
        acr = m.group(1).upper()
        for k in range(i, j - 1):
            surface = self._span_text(toks, k, j, text, offset, strip_possessive=True)
            if toks[k].low in CONNECTORS or toks[k].low in ("a", "an") or _initials(surface) != acr:
                continue
            split = self._split_run(toks, i, j, text, offset)
            if any(x.start == toks[k].start and x.end == toks[j - 1].end for x in split) or _possessive(toks[j - 1].text):
                return None
            typed = self._classify(surface, toks, k, j, {}) or self._unheaded(toks, k, j, m.group(1), text)
            if typed is None:
                return None
            return (self._split_run(toks, i, k, text, offset) if k > i else []) + \
                [self._mk(toks, k, j, text, offset, *typed)]
        return None

    def _unheaded(self, toks, i, j, acronym: str, sentence: str) -> tuple | None:
        """'the United Tajik Opposition (UTO)': capitalised words that spell the bracket after them name an
        organization though no head word says which kind: the kind the lexicons give the acronym, else an
        armed group in a sentence about fighting ("Euskadi Ta Askatasuna (ETA) ... gave up armed activity"),
        unless its words name an outlet or a public body, else an organization."""
        words = [_bare(t.text) for t in toks[i:j] if t.low not in CONNECTORS]
        if len(words) < 2 or not all(_is_cap(w) for w in words) or any(self._is_title(w.casefold()) for w in words) \
                or names_event(words) or looks_like_chrome(" ".join(words)):
            return None
        hit = self.defined.get(acronym) or lookup(acronym)
        if hit and hit.type in ("armed_group", "coalition", "state_force", "organization"):
            return hit.type, getattr(hit, "canonical", None) or getattr(hit, "name", None), hit.source
        armed = ARMED_CONTEXT.search(sentence) and not MEDIA_OR_BODY.search(" ".join(words))
        return ("armed_group" if armed else "organization"), None, None

    @staticmethod
    def _branches(found: list[Mention], text: str, offset: int) -> list[Mention]:
        """"the Zenki Movement's northern Aleppo branch": a regional branch left unnamed is a unit of
        its own, owned by the group ("al-Qaeda's Syrian branch, the Nusra Front" names it instead)."""
        for owner in [m for m in found if m.type in ("armed_group", "coalition")]:
            b = _BRANCH.match(text, owner.end - offset)
            if not b or re.match(r"\s*,?\s*(?:the\s+)?[A-Z]", text[b.end():]):
                continue
            start, end = offset + b.start(1), offset + b.end()
            inside = [m for m in found if start <= m.start and m.end <= end]
            if any(m.type not in ("place", "state") for m in inside):
                continue
            name = text[owner.start - offset:end - offset]
            found = [m for m in found if m not in inside]
            found.append(Mention(start, end, text[start - offset:end - offset], "armed_group", name_key(name), None,
                                 None, {"owner": owner.key, "full_name": name}, b.group(2).casefold()))
            found.sort(key=lambda m: m.start)
        return found

    @staticmethod
    def widen_group(m: Mention, text: str, offset: int) -> None:
        """'the Maute group': a group the lexicons do not know is named with its noun, as the article
        names it (a known one keeps its canonical name, and the phrase becomes an alias)."""
        if m.type not in ("armed_group", "organization") or m.head:
            return
        after = re.match(r"\s+(?:militant\s+|armed\s+|rebel\s+|jihadist\s+|terrorist\s+|terror\s+)?group\b",
                         text[m.end - offset:])
        if after and re.search(r"\bthe\s+$", text[max(0, m.start - offset - 4):m.start - offset], re.I):
            m.end += after.end()
            m.text = text[m.start - offset:m.end - offset]
            if not m.canonical:
                m.key = name_key(m.text)
            m.type = "armed_group"

    @staticmethod
    def _widen_place(m: Mention, text: str, offset: int) -> None:
        """'northern Syria', 'territory west of Manbij', 'in Syria': a country named as a place."""
        if m.type not in ("place", "state") or m.attrs.get("demonym"):
            return
        rural = re.match(r"\s+countryside\b", text[m.end - offset:])
        if rural:  # "the Idlib countryside" is the land around the city, not the city
            m.end += rural.end()
            m.text = text[m.start - offset:m.end - offset]
            m.type, m.key, m.canonical = "place", name_key(m.text), None
        before = text[max(0, m.start - offset - 60):m.start - offset]
        d = _DIRECTIONAL.search(before) or _DIRECTION_ADJ.search(before)
        if d:
            m.start -= len(before) - d.start()
            if before[d.start():].lower().startswith("the "):
                m.start += 4
            m.text = text[m.start - offset:m.end - offset]
            m.type, m.key, m.canonical = "place", name_key(m.text), None
        elif m.type == "state" and text.startswith("-", m.end - offset) and not text.startswith("-based", m.end - offset):
            return  # "Iran-backed militias": a sponsor in a compound, even after "of"
        elif m.type == "state" and (_IN_PLACE.search(before) and not _PARTY_OF.search(before) and not _GOODS_FROM.search(before)
                                    and not _MEN_FROM.search(before)
                                    or _IN_PLACES.search(before)
                                    or _IN_THE_COUNTRY.search(before) and not _RULERS.search(m.text)  # "in the Central
                                    # African Republic", not "in the Syrian government"
                                    or _DEPLOYED_TO.search(before)  # "deployed to Libya, Sudan and Mali"
                                    or _TAKEN_CITY.search(before) and m.canonical
                                    and name_key(m.text) != name_key(m.canonical)  # "attacked Tripoli": the city
                                    or _THEATRE_OF.match(text, m.end - offset)
                                    or text.startswith("-based", m.end - offset)):  # "the Britain-based monitor"
            # named as written: "Kabul" taken is the city, not the state its name stands for as an actor
            m.type, m.key, m.canonical = "place", name_key(m.text) + " place", None

    def _register_acronyms(self, text: str, offset: int, found: list[Mention]) -> None:
        """'Syrian Arab Army (SAA)', 'the Dawn Alliance, known by its acronym DAWA': later bare 'SAA' and 'DAWA'
        name the same entity."""
        for m in re.finditer(r"\(\s*([A-Z][A-Za-z]{1,7})\s*\)|,\s*known\s+by\s+(?:its|their|the)\s+(?:[\w-]+\s+)?"
                             r"(?:acronym|initials|abbreviation)\s+([A-Z][A-Za-z]{1,7})\b", text):
            a = offset + m.start()
            prev = [x for x in found if x.end <= a and text[x.end - offset:a - offset].strip() == ""]
            inside = [x for x in found if x.start >= a and x.end <= offset + m.end()]
            if prev and prev[-1].type != "place":
                self.defined[m.group(1) or m.group(2)] = p = prev[-1]
                k = 1 if m.group(1) else 2
                if inside and [x.text for x in inside] == [m.group(k)] and inside[0].key != p.key and \
                        m.group(k).upper() == _initials(p.text):
                    found.remove(inside[0])  # "Armed Forces of the Philippines (AFP)": not the news agency here
                    inside = []
                if not inside:
                    found.append(Mention(offset + m.start(k), offset + m.end(k), m.group(k), p.type, p.key,
                                         p.canonical, p.source, {}, p.head))
        found.sort(key=lambda x: x.start)

    @staticmethod
    def _hyphen_members(tok, whole: Mention | None) -> list[Mention]:
        if whole is None or whole.type not in ("coalition", "armed_group"):
            return []
        out, pos = [], tok.start
        for piece in tok.text.split("-"):
            hit = lookup(piece)
            if hit and hit.type in ("armed_group", "coalition", "state_force"):
                out.append(Mention(pos, pos + len(piece), piece, hit.type, name_key(hit.name), hit.name, hit.source,
                                   {"owner": whole.key, "modifier": True}))
            pos += len(piece) + 1
        return out

    def _register_initials(self, found: list[Mention]) -> None:
        """'the Russian Orthodox Army' ... 'the ROA': an undefined acronym made of the initials of a
        group the article has named is that group (lexicon acronyms keep their own meaning)."""
        for m in found:
            if m.type not in ("armed_group", "coalition", "state_force", "organization"):
                continue
            words = [w for w in re.split(r"[\s-]+", m.text) if w and w.casefold() not in CONNECTORS]
            initials = _initials(m.text)
            if len(words) >= 3 and len(initials) >= 3 and initials not in self.defined and not lookup(initials):
                self.defined[initials] = m

    def _split_run(self, toks, i, j, text, offset) -> list[Mention]:
        # peel leading common words ("The", "Last", "Many") and rank/title words (kept as attributes)
        attrs: dict = {}
        while i < j and self._leading_junk(toks, i, j):
            low = toks[i].low
            if low in self.ranks or low in TITLES or i + 1 < j and f"{low} {toks[i + 1].low}" in self.ranks:
                attrs["rank"] = (attrs.get("rank", "") + " " + toks[i].text).strip()
            elif low in self.roles or low.split("-")[0] in self.roles:
                attrs["role"] = (attrs.get("role", "") + " " + toks[i].text).strip().lower()
            i += 1
        if i >= j:
            return []
        shared = self._shared_head(toks, i, j, text, offset)
        if shared:
            return shared
        k = i + (toks[i].low in ("general", "high", "supreme", "central"))
        if j - k >= 3 and toks[k].low in ("command", "leadership") and toks[k + 1].low == "of":
            k += 2 + (toks[k + 2].low == "the")  # "the General Command of the SDF" speaks for the SDF
            return self._split_run(toks, k, j, text, offset) if k < j else []
        if j - i >= 2 and toks[i].text.isupper() and toks[i].text.isalpha() and len(toks[i].text) >= 4 and \
                not toks[i + 1].text.isupper() and (lookup(toks[i].text) or _Place.none).type in ("place", "state"):
            # "MOGADISHU Reuters Al Shabaab militants": a dateline's city, its agency, then the story's first name
            agency = 1 if j - i >= 3 and (lookup(toks[i + 1].text) or _Place.none).type == "organization" else 0
            return self._split_run(toks, i, i + 1, text, offset) + \
                self._split_run(toks, i + 1, i + 1 + agency, text, offset) + \
                self._split_run(toks, i + 1 + agency, j, text, offset)
        opens = (lookup(toks[i].text) or _Place.none).type if j - i >= 3 and i > 0 and toks[i - 1].low in _LOCATIVE \
            else None  # a known place or state right after "in", "near", ...: a run that may have lost its commas
        if opens == "place" and _PLACE_SUFFIX.fullmatch(toks[i + 1].text):  # "In Daraa al-Balad army units clashed":
            return [self._mk(toks, i, i + 2, text, offset, "place")] + self._split_run(toks, i + 2, j, text, offset)
        if opens in ("place", "state") and any(_ART_PREFIX.match(t.text) for t in toks[i + 2:j]) and \
                not lookup(self._plain(toks, i, i + 2)):  # "killed in Syria Imad al-Hamad was": a place, then a man
            return self._split_run(toks, i, i + 1, text, offset) + self._split_run(toks, i + 1, j, text, offset)
        if j - i >= 3 and re.fullmatch(r"[A-Z]{2,6}", toks[j - 1].text) and \
                toks[j - 1].text == _initials(self._plain(toks, i, j - 1)):
            # "the Arakan Army AA": an acronym whose brackets were lost names the same group
            named = self._split_run(toks, i, j - 1, text, offset)
            if named and named[-1].end == toks[j - 2].end and named[-1].type != "place":
                n = named[-1]
                self.defined[toks[j - 1].text] = n
                return named + [Mention(toks[j - 1].start, toks[j - 1].end, toks[j - 1].text, n.type, n.key,
                                        n.canonical, n.source, {}, n.head)]
        st = demonym(toks[i].text) if j - i >= 4 and self._is_title(toks[i + 1].low) else None
        if st and st.type == "state":  # "Syrian President Bashar al-Assad": a title, the nationality with it
            return self._split_run(toks, i + 1, j, text, offset)
        while j - i > 2 and self._is_title(toks[j - 1].low) and j < len(toks) and toks[j].low in ("of", "for") \
                and not lookup(self._plain(toks, i, j)):
            j -= 1  # "Sergey Rudskoy Chief of the Main Operational Directorate": a role, its comma lost
        adjective = demonym(toks[j - 1].text) if j - i >= 2 and toks[j - 1].text[:1].isupper() and \
            not lookup(toks[j - 1].text) else None
        if adjective and adjective.name.casefold() != toks[j - 1].low and j < len(toks) and toks[j].text[:1].islower() \
                and not lookup(self._plain(toks, i, j)) and lookup(self._plain(toks, i, j - 1)):
            j -= 1  # "the capital of Raqqa Syrian state-run news agency": the demonym opens the next phrase
        # "the YPG-FSA Euphrates Volcano operations room": known acronyms joined by hyphens before a
        # name are its members
        if j - i >= 2 and re.fullmatch(r"[A-Z]{2,6}(?:-[A-Z]{2,6})+", toks[i].text):
            rest = self._split_run(toks, i + 1, j, text, offset)
            members = self._hyphen_members(toks[i], rest[0] if rest else None)
            if members:
                return members + rest
        head_at = next((k for k in range(i + 1, j - 2) if (toks[k].low in self.units or toks[k].low in ORG_HEADS)
                        and toks[k].text[:1].isupper()), None) if j < len(toks) and toks[j].low in SPEECH_VERBS else None
        tail = toks[head_at + 1:j] if head_at is not None else []
        if 2 <= len(tail) <= 3 and not lookup(self._plain(toks, i, j)) and not any(
                t.low in self.units or t.low in ORG_HEADS or t.low in CONNECTORS or t.low in self.common or demonym(t.text)
                or lookup(t.text) for t in tail):
            # "Vice-president of the Syrian Coalition Muwaffaq Nyrabiya said": the body, then the man who spoke
            return self._split_run(toks, i, head_at + 1, text, offset) + self._split_run(toks, head_at + 1, j, text, offset)
        rank_at = next((k for k in range(i + 1, j - 1) if toks[k].low in self.ranks and toks[k].low not in _CLERICAL
                        and toks[k - 1].low not in self.ranks and toks[k + 1].low not in _INSTITUTIONS), None)
        if rank_at is not None and not lookup(self._plain(toks, i, j)) and \
                not any(t.low in self.units or t.low in ORG_HEADS for t in toks[rank_at + 1:j]):
            # "Dawn Army Colonel Z said", "the spokesman in Kafr Nabl Lieutenant Colonel Z": the rank opens the person
            # (not "the Syrian Revolution General Commission"); what stands before it is no person's name
            return [m for m in self._split_run(toks, i, rank_at, text, offset) if m.type != "person"] + \
                self._split_run(toks, rank_at, j, text, offset)
        # possessive inside a run: "Jaysh al-Izza's Central Force" -> owner + unit (not "Hurras al-Din", a name the
        # lexicon knows whole, whose first word only looks like "Hurra" without its apostrophe)
        owner_end = next((k for k in range(i, j - 1) if _possessive(toks[k].text) or self._lost_apostrophe(toks[k].text)),
                         None)
        whole = lookup(self._span_text(toks, i, j, text, offset)) if owner_end is not None else None
        if whole and j - i >= 3 and _possessive(toks[owner_end].text) and \
                not lookup(self._span_text(toks, owner_end + 1, j, text, offset)):
            # "the Islamic State's West Africa Province": a name the lexicon knows, written with a possessive (not
            # "Iran's Revolutionary Guards", where the owned force has a name of its own)
            return [self._mk(toks, i, j, text, offset, whole.type, whole.name, whole.source)]
        for k in range(i, j - 1):
            if k == i and self._lost_place_apostrophe(toks[k].text):  # "Aleppos Qaryat al-Ansari neighborhood"
                return self._split_run(toks, i, i + 1, text, offset) + self._split_run(toks, i + 1, j, text, offset)
            if (_possessive(toks[k].text) or self._lost_apostrophe(toks[k].text) and not whole) and k + 1 < j:
                owner_text = self._span_text(toks, i, k + 1, text, offset, strip_possessive=True)
                owned = lookup(self._span_text(toks, k + 1, j, text, offset, strip_possessive=True))
                leader = self._leader_owns(toks[i:k + 1], toks[k + 1:j])
                if toks[i].low in DIRECTIONS and not _possessive(toks[k].text) and not self._is_known_actor(owner_text) \
                        and all(_is_cap(t.text) for t in toks[k + 1:j]):
                    continue  # "the Southern Cameroons Defence Forces": a region's name, no owner
                if self._is_known_actor(owner_text) or self._has_group_shape(toks[i:k + 1]) or leader \
                        or self._lost_apostrophe(toks[k].text) or (owned and owned.type in ("armed_group", "coalition")):
                    left = self._split_run(toks, i, k + 1, text, offset)
                    right = self._split_run(toks, k + 1, j, text, offset)
                    if not left and k == i and self._lost_apostrophe(toks[i].text):  # "the FSAs Hamza Division"
                        hit = lookup(toks[i].text[:-1])
                        left = [self._mk(toks, i, i + 1, text, offset, hit.type, hit.name, hit.source)]
                    lone = k == i and not toks[i].text.isupper() and (
                        not left or len(left) == 1 and left[0].canonical is None)  # one unknown word: "Haftar's"
                    if (leader or (not left and 2 <= k + 1 - i <= 3 or lone) and owned and
                            owned.type in ("armed_group", "coalition") and all(_is_cap(t.text) for t in toks[i:k + 1])) \
                            and toks[i].low not in DIRECTIONS:  # "Northern Syrias Kurdish militia": a region's
                        # "Khalifa Haftar's Libyan National Army": an unknown name owning a group is its leader
                        left = [self._mk(toks, i, k + 1, text, offset, "person", None, None)]
                    for m in right:
                        m.attrs.setdefault("owner", left[-1].key if left else None)
                        if left and left[-1].type == "state" and m.type == "armed_group" and m.canonical is None:
                            m.type = "state_force"  # "Ukraine's 47th Mechanized Brigade" (not "Russia's Wagner Group")
                    if left:
                        left[-1].attrs["possessor"] = True
                    return left + right
        of = next((k for k in range(i + 1, j - 1) if toks[k].low == "of"), None)
        if of is not None and not lookup(self._plain(toks, i, j)) and self._leader_owns(toks[of + 1:j], toks[i:of]) \
                and (toks[of - 1].low in self.units or toks[of - 1].low in ORG_HEADS) \
                and not any(t.low in self.common for t in toks[of + 1:j]):
            # "the Libyan National Army of Khalifa Haftar", "the Petroleum Facilities Guard of Ibrahim Jadhran": the
            # group, then the man it is named with
            return self._split_run(toks, i, of, text, offset) + [self._mk(toks, of + 1, j, text, offset, "person")]
        translated = self._head_translated(toks, i, j, text, offset)
        if translated:
            return [self._mk(toks, i, j, text, offset, translated.type, translated.name, translated.source,
                             attrs=attrs)]
        surface = self._span_text(toks, i, j, text, offset, strip_possessive=True)
        if j - i >= 2 and toks[j - 1].text.islower() and toks[j - 1].low in GENERIC_HEADS and not lookup(surface):
            hit = lookup(self._span_text(toks, i, j - 1, text, offset, strip_possessive=True))
            if hit and hit.type in ("armed_group", "coalition"):  # "the Kaniyat militia": the known group
                return [self._mk(toks, i, j - 1, text, offset, hit.type, hit.name, hit.source, attrs=attrs)]
            if not hit and i > 0 and toks[i - 1].low in ("a", "an"):
                return []  # "the FDLR, a Hutu militia that ...": a description of the group named, no name
        for k in range(j - 2, i, -1) if not lookup(surface) else ():
            # "Hezbollah Secretary General Hassan Nasrallah", "UN Special Envoy Z": the group, then its officer
            if any(self._is_title(t.low) for t in toks[k:min(k + 2, j - 1)]) and \
                    lookup(self._span_text(toks, i, k, text, offset, True)):
                return self._split_run(toks, i, k, text, offset) + self._split_run(toks, k, j, text, offset)
        spoke = j < len(toks) and toks[j].low in SPEECH_VERBS | {"told", "says"}
        for k in range(j - 2, i, -1) if not lookup(surface) and j - i >= 4 and spoke else ():
            # "the Syrian Observatory for Human Rights Rami Abdel Rahman said": a known body, then its head's name
            head = lookup(self._span_text(toks, i, k, text, offset, True))
            if head and head.type in ("organization", "armed_group", "coalition", "state_force") and \
                    2 <= j - k <= 3 and toks[k].low not in CONNECTORS and all(
                    _is_cap(t.text) and t.low not in self.units and t.low not in ORG_HEADS | _BODY_WORDS and
                    t.low not in self.common and not demonym(t.text) for t in toks[k:j]):
                return self._split_run(toks, i, k, text, offset) + [self._mk(toks, k, j, text, offset, "person")]
        if j - i >= 3 and not lookup(surface) and self._known_alone(toks[i].text) and (
                self._known_alone(toks[i + 1].text) or self._has_group_shape(toks[i + 1:j])):
            # "the FSA SRF Hazzm Maarat al-Noman martyrs brigade": names whose commas the crawler lost
            return self._split_run(toks, i, i + 1, text, offset) + self._split_run(toks, i + 1, j, text, offset)
        if not lookup(surface) and surface not in self.defined:
            for k in range(i + 1, j):
                if toks[k].low in CONNECTORS:
                    continue
                hit = lookup(self._span_text(toks, k, j, text, offset, strip_possessive=True))
                if hit and hit.type != "place" and toks[i].low not in self.arabic:
                    if self._foreign_demonym(toks, i, k, hit):  # "the Syrian Arab Coalition" is a name of
                        return [self._mk(toks, i, j, text, offset, hit.type, attrs=attrs)]  # its own
                    army = self._army_of(toks, i, k) if hit.type == "state" else None
                    if army == "national":
                        return [self._mk(toks, i, j, text, offset, "state_force", attrs=attrs)]
                    if hit.type in ("state", "place") and self._what_for(toks, i, k) or army == "own":
                        typed = self._classify(surface, toks, i, j, attrs, allow_lexicon=False)
                        if typed:  # "Armed Forces for the Liberation of Angola": the country ends the name
                            return [self._mk(toks, i, j, text, offset, *typed, attrs=attrs)]
                    return self._unit_of(toks, i, k, text, offset,
                                         self._mk(toks, k, j, text, offset, hit.type, hit.name, hit.source,
                                                  attrs=attrs))
            # "Fateh al-Sham Al-Qaedas former branch": a known name, then a possessive that lost its apostrophe
            apart = j - i >= 3 and toks[j - 2].low in ARTICLES and \
                self._lost_apostrophe(f"{toks[j - 2].text} {toks[j - 1].text}")  # "Nusra Front al Qaedas official wing"
            for k in range(j - 1, i + 1, -1) if self._lost_apostrophe(toks[j - 1].text) or apart else ():
                if (toks[k - 1].low in CONNECTORS or toks[k].low in CONNECTORS) and not (apart and k == j - 2):
                    continue
                hit = lookup(self._span_text(toks, i, k, text, offset, strip_possessive=True))
                if hit and hit.type != "place":
                    return [self._mk(toks, i, k, text, offset, hit.type, hit.name, hit.source, attrs=attrs)] + \
                        self._split_run(toks, k, j, text, offset)
        whole = self._classify(surface, toks, i, j, attrs)
        if whole:
            return [self._mk(toks, i, j, text, offset, *whole, attrs=attrs)]
        # the run is not one name: find the longest known sub-runs, classify the rest by shape
        out: list[Mention] = []
        k = i
        while k < j:
            best = None
            for e in range(j, k, -1):
                s = self._span_text(toks, k, e, text, offset, strip_possessive=True)
                hit = lookup(s)
                if hit and (e - k > 1 or not toks[k].low in self.common):
                    best = (e, hit)
                    break
            if best:
                e, hit = best
                out.append(self._mk(toks, k, e, text, offset, hit.type, hit.name, hit.source))
                k = e
                continue
            # an unknown stretch up to the next known sub-run
            e = k + 1
            while e < j and not any(lookup(self._span_text(toks, e, f, text, offset, True))
                                    for f in range(j, e, -1)):
                e += 1
            while k < e and self._leading_junk(toks, k, e):
                k += 1
            if k < e:
                s = self._span_text(toks, k, e, text, offset, strip_possessive=True)
                typed = self._classify(s, toks, k, e, {}, allow_lexicon=False)
                if typed:
                    out.append(self._mk(toks, k, e, text, offset, *typed))
            k = e
        return out

    @staticmethod
    def _head_translated(toks, i, j, text, offset):
        """The known group a run names when it is a known name plus the English head its Arabic name
        begins with ("Fateh al-Sham Front": Jabhat Fateh al-Sham), else None."""
        words = HEAD_TRANSLATIONS.get(toks[j - 1].low)
        if not words or j - i < 2:
            return None
        hit = lookup(MentionFinder._span_text(toks, i, j - 1, text, offset, strip_possessive=True))
        if hit and hit.type in ("armed_group", "coalition") and \
                hit.name.split()[0].casefold() in words + (toks[j - 1].low,):
            return hit
        return None

    @staticmethod
    def _of_before(toks, i, k) -> int | None:
        """Where the "of" stands that joins the words from `i` to the known name at `k` ("Army of the
        Philippines"), or None."""
        end = k
        while end > i and toks[end - 1].low in CONNECTORS:
            end -= 1
        return end if end < k and toks[end].low == "of" else None

    @staticmethod
    def _army_of(toks, i, k) -> str | None:
        """What an army named before a state's name is: "national" when the words are a national force's
        name ("Armed Forces of the Philippines", "National Army of X": the state's force, not its unit),
        "own" when they are a group's own name for itself that no lexicon knows ("Democratic Army of
        Greece", "Islamic Army of Iraq"), else None."""
        end = MentionFinder._of_before(toks, i, k)
        if not end or end == i or toks[end - 1].low not in FORCE_HEADS:
            return None
        if all(t.low in FORCE_WORDS | FORCE_HEADS for t in toks[i:end]):
            return "national"
        return None if lookup(" ".join(t.text for t in toks[i:end])) else "own"

    @staticmethod
    def _what_for(toks, i, k) -> bool:
        """Whether the words before a country's name say what a group is for, or whose party or movement it
        is: 'Front for the Liberation of', 'Movement for the Emancipation of the', 'Communist Party of',
        'Patriotic Movement of', 'Movement for Democracy in'."""
        at = k - (k > i and toks[k - 1].low == "the")
        if at - 1 > i and toks[at - 1].low == "in" and any(t.low == "for" for t in toks[i + 1:at - 1]):
            return True
        end = MentionFinder._of_before(toks, i, k)
        return end is not None and (any(t.low == "for" for t in toks[i + 1:end - 1])
                                    or toks[end - 1].low in ("party", "union", "league")
                                    or toks[end - 1].text in ("Movement", "Front")
                                    and not lookup(MentionFinder._plain(toks, i, end)))  # not "the Nusra Front of Syria"

    @staticmethod
    def _foreign_demonym(toks, i, k, hit) -> bool:
        """Whether the words before a known name are a demonym of another country than the known
        actor's: then the run is a name of its own ("Syrian Arab Coalition"), not the known actor."""
        if k - i != 1 or not hit.country or hit.type in ("state", "place"):
            return False
        state = lexicon_index()[2].get(name_key(toks[i].text))  # a demonym proper, not a country's name
        return bool(state and state.country and state.country != hit.country)

    def _leading_junk(self, toks, i, j) -> bool:
        low = toks[i].low
        if toks[i].text.split("-")[0] in self.defined:
            return False  # "IS", defined by "the Islamic State (IS)": an acronym, not the verb
        capitals = [t for t in toks[max(0, i - 2):i] + toks[i + 1:i + 3] if t.text.isupper() and len(t.text) > 1]
        if len(toks[i].text) > 1 and toks[i].text.isupper() and lookup(toks[i].text) and \
                not (i + 1 < len(toks) and toks[i + 1].low in ("dollars", "dollar", "cents")) and \
                all(lookup(t.text) for t in capitals):
            return False  # "strikes against IS", "The US would": the acronym, outside a line in capitals
        if j - i > 2 and f"{low} {toks[i + 1].low}" in self.ranks:
            return True  # "Field Marshal Khalifa Haftar": a rank of two words
        title = next((k for k in (i + 1, i + 2, i + 3) if k <= j - 3 and toks[k].low in _OFFICES), None)
        if title and all(t.text[:1].isupper() for t in toks[i:title]) and not lookup(self._plain(toks, i, j)) \
                and not any(lookup(t.text) and not demonym(t.text) for t in toks[i:title]):
            return True  # "Defence Minister Ali Ayoub", "French Foreign Minister Z", "Emergency Relief Coordinator
            # Z": a portfolio before the title (not "Hezbollah Secretary General Z": a group's name)
        if j - i >= 3 and self._portfolio_of(toks, i) and not lookup(self._plain(toks, i, j)):
            return True  # "Secretary of Defense Z", "High Commissioner for Human Rights Z": the office's portfolio
        if j - i >= 3 and low.endswith("s") and low[:-1] in ("department", "ministry", "office", "agency") and \
                all(t.text[:1].isupper() for t in toks[i + 1:j]) and not lookup(self._plain(toks, i, j)):
            return True  # "the State Departments Jen Psaki": an office's lost possessive before its spokeswoman
        if self._is_title(low) or low in _OFFICES or (
                low in ("special", "senior", "acting", "interim", "former") and j - i > 2 and self._is_title(toks[i + 1].low)):
            return j - i > 1 and not lookup(self._plain(toks, i, j))
        rest = [t.low for t in toks[i + 1:j]]
        if low != "the" and rest and all(w in self.units or w.rstrip("s") in self.units for w in rest):
            return False
        if low in _MEN_OF_A_FORCE and j - i >= 3 and toks[i + 1].low == "of" and not lookup(self._plain(toks, i, j)):
            k = i + 3 if toks[i + 2].low == "the" else i + 2
            if k < j and (lookup(self._plain(toks, k, j)) or _ACRONYM.fullmatch(toks[k].text) and k == j - 1
                          or toks[j - 1].low in self.units | ORG_HEADS | {"police", "gendarmerie", "navy"}):
                return True  # "Units of the FAA", "Columns of the Dawn Front": some of its men, not "Brigades of
                # the Martyrs", a name
        if (low in self.units or low in ORG_HEADS) and j - i >= 3 and toks[i + 1].low in ("of", "for"):
            return False  # "Army of the South-East", "Front for Liberation": the head of the name
        if low in DIRECTIONS and j - i >= 3 and toks[i].text[:1].isupper() and \
                (toks[j - 1].low in self.units or toks[j - 1].low.rstrip("s") in self.units):
            return False  # "Northern Storm Brigade", "Southern Front Army": part of the name
        rest_hit = lookup(self._plain(toks, i + 1, j)) if j - i >= 2 else None
        if rest_hit and self._foreign_demonym(toks, i, i + 1, rest_hit):
            return False  # "Syrian Arab Coalition", "Pakistani Taliban": the demonym is part of another name
        if low in self.common and not _ART_PREFIX.match(toks[i].text):
            return not (lookup(self._plain(toks, i, j)) and j - i > 1 and low not in ("the", "a", "an")) \
                or low in ("the", "a", "an")  # "An Islamic State (IS) car bomb": the article is no part of it
        return toks[i].text in ('"', "\u201c", "(")

    @staticmethod
    def _plain(toks, i, j) -> str:
        return " ".join(t.text for t in toks[i:j])

    @staticmethod
    def _span_text(toks, i, j, text, offset, strip_possessive=False) -> str:
        s = text[toks[i].start - offset:toks[j - 1].end - offset]
        return _bare(s) if strip_possessive else s

    def _shared_head(self, toks, i, j, text, offset) -> list[Mention]:
        """'the 53rd and 58th Divisions', 'the Sever and Yug battalions': two units that share one plural head
        word, each named with it in the singular."""
        if j - i != 4 or toks[i + 1].low != "and" or not toks[j - 1].low.endswith("s"):
            return []
        plural = toks[j - 1].text
        one = plural[:-3] + "y" if plural.lower().endswith("ies") else plural[:-1]
        if one.casefold() not in self.units or one.casefold() in ("force", "group", "unit") or not all(
                _ORDINAL.match(toks[k].text) or _is_cap(toks[k].text) and toks[k].low not in AFFILIATION_ADJECTIVES
                and not demonym(toks[k].text) and toks[k].low not in self.common for k in (i, i + 2)):
            return []  # not "the Defence and Security Forces", one body, nor "Misratan and Islamist brigades"
        out = []
        for k, stop in ((i, i + 1), (i + 2, j)):
            full = f"{toks[k].text} {one}"
            m = self._mk(toks, k, stop, text, offset, "armed_group", attrs={"full_name": full, "described": True})
            out.append(replace(m, key=name_key(full)))
        return out

    def _mk(self, toks, i, j, text, offset, typ, canonical=None, source=None, attrs=None, head=None) -> Mention:
        start, end = toks[i].start, toks[j - 1].end
        surface = text[start - offset:end - offset]
        if _possessive(surface) or (j - i == 1 and self._lost_apostrophe(surface)):
            bare = _bare(surface) if _possessive(surface) else surface[:-1]
            end -= len(surface) - len(bare)
            surface = bare
        elif surface.endswith("s") and not lookup(surface) and canonical and lookup(surface[:-1]):
            end -= 1  # "al-Nusras" (possessive with its apostrophe lost)
            surface = surface[:-1]
        elif typ == "place" and j - i == 1 and self._lost_place_apostrophe(surface):
            end -= 1  # "Aleppos Qaryat al-Ansari": Aleppo's
            surface = surface[:-1]
            canonical = canonical or lookup(surface).name
        elif typ == "person" and surface.endswith("s") and self.unapostrophed and \
                {surface.split()[-1][:-1], surface.split("-")[-1][:-1]} & (self.unapostrophed | _leader_names()):
            end -= 1  # "Bashar al-Assads government", where the article also says "al-Assad" (or where it
            surface = surface[:-1]  # drops every apostrophe and a leader of that name is known)
        key = name_key(canonical) if canonical else name_key(surface)
        if surface in self.defined:
            key = self.defined[surface].key
        last = surface.split()[-1].casefold() if surface.split() else ""
        if head is None and (last in self.units or last.rstrip("s") in self.units):
            head = last.rstrip("s")
        return Mention(start, end, surface, typ, key, canonical, source, dict(attrs or {}), head)

    @staticmethod
    def _lost_apostrophe(t: str) -> bool:
        """'FSAs', 'al-Nusras': a possessive whose apostrophe the crawler dropped."""
        if not t.endswith("s") or len(t) < 4:
            return False
        hit = lookup(t[:-1])
        return bool(hit and hit.type != "place" and not lookup(t))

    def _lost_place_apostrophe(self, t: str) -> bool:
        """'Aleppos' in an article that lost every apostrophe and names Aleppo elsewhere: a place's possessive,
        owning what follows (not "the Falcons Brigade", where no Falcón is named)."""
        if t[:-1] not in self.unapostrophed or not t.endswith("s") or len(t) < 5 or lookup(t):
            return False
        hit = lookup(t[:-1])
        return bool(hit and hit.type == "place")

    @staticmethod
    def _portfolio_of(toks, i) -> bool:
        """Whether toks[i] is a word of an office's portfolio after "of" / "for" and a title ("Secretary of
        Defense", "Commissioner for Human Rights")."""
        k = i
        while k > 0 and toks[k - 1].low in _PORTFOLIOS and toks[k - 1].text[:1].isupper():
            k -= 1
        return toks[i].low in _PORTFOLIOS and toks[i].text[:1].isupper() and k >= 2 and \
            toks[k - 1].low in ("of", "for") and toks[k - 2].low in _OFFICES

    def _is_title(self, low: str) -> bool:
        return low in self.ranks or low in TITLES or low in self.roles or low.split("-")[0] in self.roles

    def _known_alone(self, word: str) -> bool:
        """A single word that names a group by itself ('FSA', 'Hezbollah'), not a state ('Syria')."""
        hit = self.defined.get(word) or lookup(word)
        return bool(hit and hit.type in ("armed_group", "coalition", "organization"))

    def _is_known_actor(self, s: str) -> bool:
        hit = lookup(s)
        return bool(hit and hit.type not in ("place",))

    def _leader_owns(self, owner: list[Tok], owned: list[Tok]) -> bool:
        """Whether 'Z's Y' is a person's organization: two or three capitalised words no lexicon knows and
        that name no organization, before a name shaped like one ("Ali Darassa's Union for Peace", "Vojislav
        Seselj's Serbian Radical Party", "Mahmoud Abbas's Fatah movement")."""
        words = [_bare(t.text) for t in owner]
        if not 2 <= len(words) <= 3 or not all(_is_cap(w) and not w.isupper() for w in words) \
                or lookup(" ".join(words)) or words[-1].casefold() in _COLLECTIVE or any(
                    w.casefold() in self.units or w.casefold() in ORG_HEADS or w.casefold() in self.arabic
                    or w.casefold() in self.settlement or demonym(w) for w in words):
            return False  # "the Kurdish People's Protection Units", "the Cambodian People's Party": one name
        heads = [t.low in self.units or t.low in ORG_HEADS for t in owned]
        return any(heads) and not all(heads) or (
            len(owned) == 1 and re.fullmatch(r"[A-Z]{3,}", owned[0].text) is not None)

    def _has_group_shape(self, toks: list[Tok]) -> bool:
        first = toks[0].low
        last = _bare(toks[-1].text).casefold()
        return first in self.arabic or last in self.units or last.rstrip("s") in self.units

    def _classify(self, surface, toks, i, j, attrs, allow_lexicon=True):
        """(type, canonical, source) for a whole run, or None when it is not one name."""
        if surface in self.defined:
            d = self.defined[surface]
            return d.type, d.canonical, d.source
        if j - i == 1 and toks[i].low in self.units:
            return None  # "the Coalition", "the Front": a description standing for a name
        if kind_of_force([t.low for t in toks[i:j]]):
            return None  # "Army and Armed Force units", "the Air Force": no one force named
        after = toks[j].low if j < len(toks) else ""
        if j - i == 1 and i >= 2 and toks[i - 1].low == "in" and toks[i - 2].low == "known" and after == "as":
            return None  # "X (known in Arabic as Y)": a language, no place
        if surface.endswith("s") and (after in _AFTER_PLACE or after in LOCAL_BODIES and not lookup(surface)) and \
                (lookup(surface[:-1]) or _Place.none).type == "place":
            hit = lookup(surface[:-1])  # "in Hamas countryside": Hama's, its apostrophe lost
            return "place", hit.name, hit.source
        if allow_lexicon:
            hit = lookup(surface)
            if hit is None and surface.endswith("s") and len(surface) > 4:
                hit = lookup(surface[:-1])  # "the Houthis"
                if hit and hit.type == "state" and after not in STATE_NOUNS:
                    # "Syrias largest rebel coalition": a possessive that lost its apostrophe places what follows;
                    # "Syrias army", "Russias defence ministry" name the state acting
                    return "place", hit.name, hit.source
                if hit and hit.type == "place":
                    hit = None  # a plural names no place: "the Falcons" is not Falcón
            if hit:
                return hit.type, hit.name, hit.source
        words = [_bare(t.text) for t in toks[i:j]]
        lows = [w.casefold().replace("\u2019", "'") for w in words]
        if names_event(words):
            return None  # "the Sierra Leone Civil War", "the Battle of Aleppo": an event's name, no actor
        if len(words) == 1 and demonym(words[0]):
            return None  # "killed in Turkish strike", "in Turkish territory": a state's adjective, no place's name
        if len(words) <= 4 and words[0][:1].isupper() and not attrs.get("rank") and not looks_like_chrome(surface) \
                and _APPOSED_KIND.match(" ".join(t.text for t in toks[j:j + 7]).replace(" -", "-")):
            return "armed_group", None, None  # "the Hawks, a faction loyal to ...", "X, a unit of Y"
        if all(w in self.common for w in lows) or looks_like_chrome(surface):
            return None
        if len(words) == 1 and lows[0].rstrip(".") in MONTH_NUMBERS and j < len(toks) and toks[j].text[:1].isdigit():
            return None  # "updated at Jun 142016": a month before its day, no place
        if not any(w[:1].isupper() or w[:1].isdigit() or _ART_PREFIX.match(w) for w in words) and \
                (not any(w in ORDINAL_WORDS for w in lows) or lows[-1] == "front"):
            return None  # "air force", "special forces", "a second front opened": a description, not a name
            # ("al-Masasneh" is one)
        if len(words) >= 2 and all(_kind_word(w) or w.casefold() in self.common or w.casefold() in self.units
                                   for w in words) and \
                any(_kind_word(w) for w in words) and lows[-1] not in ORG_HEADS \
                and not (i > 0 and toks[i - 1].low == "the" and all(w[:1].isupper() for w in words)
                         and lows[-1] in self.units and not lows[-1].endswith("s")):
            return None  # "Lebanese group", "Syrian rebels", "Shiite militias"; not "the Tribal Army", a name
        if lows[0] in ("los", "las") and len(words) >= 2 and words[1][:1].isupper() and \
                (toks[i - 1].low if i > 0 else "") not in ("in", "at", "near", "from", "to", "of"):
            return "armed_group", None, None  # "Los Zetas", "Los Rastrojos": a Spanish plural names a band
        if i == 0 and len(words) == 2 and words[1].islower() and words[1].endswith("s") and lows[1][:-1] in self.units:
            return None  # "Clan militias known as ...": a sentence's first word capitalised before a plural noun
        last = lows[-1]
        if len(lows) >= 3 and " ".join(lows[-2:]) in self.units:
            last = "room" if lows[-1] == "room" else lows[-1]
            if last not in self.units:
                return ("coalition" if last == "room" else "armed_group"), None, None
        if "of" in lows[1:] or "for" in lows[1:]:
            c = min(k for k, w in enumerate(lows) if k > 0 and w in ("of", "for"))
            if lows[c - 1] in self.units or lows[c - 1].rstrip("s") in self.units or lows[c - 1] in ORG_HEADS:
                last = lows[c - 1]
        if names_facility(words) or len(words) >= 2 and lows[0] in self.settlement and last not in self.units:
            return "place", None, None  # "Kafr Zita", "Deir al-Adas": a village, a monastery
        before = toks[i - 1].low if i > 0 else ""
        after = toks[j].low if j < len(toks) else ""
        if after in _PLACE_AFTER and last not in self.units and last.rstrip("s") not in self.units and not (
                len(words) == 1 and (lows[0] in AFFILIATION_ADJECTIVES or demonym(words[0]))):  # "the Christian town"
            return "place", None, None  # "al-Masasneh village", "the Abu Ubaidah Ibn al-Jarrah mosque"
        if before == "of" and i >= 2 and (toks[i - 2].low in ("cities", "control") or
                                          toks[i - 2].low.endswith("s") and toks[i - 2].low[:-1] in PLACE_CUES):
            return "place", None, None  # "bombed the towns of X and Y", "battling for control of X"
        # persons: rank/title before, "Abu X", a role noun before, or a speech verb after
        if lows[0] == "abu" and len(words) >= 2 and last not in self.units:
            # "Abu Mohammed al-Julani"; with an article, a group named after one: "the Abu Sayyaf"
            return ("armed_group" if before == "the" else "person"), None, None
        if attrs.get("rank") and last not in self.units and not (len(lows) == 1 and lows[0] in _INSTITUTIONS):
            return "person", None, None
        if last in self.units and words[-1].islower() and len(words) >= 2 and \
                (lookup(" ".join(words[:-1])) or _Place.none).type == "place":
            return None
        if placed_army(words, after):
            return None  # "Lattakia Army units", "Daraa al-Balad army": the national army's men in a place
        if lows[-1] in ("police", "gendarmerie", "constabulary") and len(words) >= 2:
            return "state_force", None, None  # "the Punjab Police", "the Sindh Police"
        if last in self.units or last.rstrip("s") in self.units:
            if last in ("alliance", "coalition", "room", "bloc", "council") and "military" not in lows:
                return "coalition", None, None
            if any(w in ("police", "gendarmerie") for w in lows):
                return "state_force", None, None
            if len(words) == 1 and not _ORDINAL.match(words[0]):
                return None
            return "armed_group", None, None
        if lows[0] in self.arabic and len(words) >= 2:
            return "armed_group", None, None
        if last in ORG_HEADS and len(words) >= 2:
            return "organization", None, None
        if last in PLACE_HEADS and len(words) >= 2:
            return "place", None, None
        if len(words) == 1 and after.startswith("-") and demonym(words[0]):
            return None  # "in Indian-controlled Kashmir": who controls the place, no place itself
        if before in PLACE_CUES or (before == "of" and i >= 2 and toks[i - 2].low in PLACE_CUES | DIRECTIONS):
            return "place", None, None
        if before in ("and", "the", ",") and self._listed_places(toks, i) and len(words) <= 3:
            return "place", None, None  # "the neighborhoods of al-Neel Street and the Mogambo"
        if len(words) == 1 and lows[0] not in self.common | PLACE_HEADS and self._beside_a_place(toks, i, j):
            return "place", None, None  # "among them Bria and Bambari": listed with a place the lexicon knows
        tail = " ".join(t.low for t in toks[j:j + 4])
        led_by = False
        for t in reversed(toks[max(0, i - 6):i - 1]) if before == "by" else ():
            if t.text in (",", ";", ".", "(", ")"):
                break
            if t.low in _LED_VERBS:
                led_by = True
                break
        if led_by or \
                re.match(r"(?:, )?(?:also |commonly |better )?known (?:as|by)|(?:, )?nom de guerre|\( ?\"|, alias\b", tail):
            if 2 <= len(words) <= 5 and words[0][0].isupper() and last not in self.units:
                return "person", None, None
        took_command = re.match(r"(?:took|assumed|takes|assumes) (?:command|charge)\b|"
                                r"took over (?:its|their|the) (?:leadership|command)\b|succeeded (?:him|her|(?:[\w'-]+ ){1,3}as)\b|"
                                r", who (?:heads|headed|leads|led|"
                                r"commands|commanded|founded|runs|ran)\b|"  # "Z, who heads the SGPC"
                                r"(?:stepped down|steps down|resigned|resigns|served|serves|was (?:appointed|named|elected|"
                                r"replaced|removed|dismissed|sacked)|became) as (?:the |its |their )?(?:[a-z-]+ ){0,2}?"
                                r"(?:" + "|".join(sorted(ROLE_NOUNS)) + r")\b", tail)  # "Z stepped down as leader of X"
        took_command = took_command or _CHOSEN_TO_SUCCEED.match(" ".join(t.low for t in toks[j:j + 10]))
        led_named = after == "-led" and last not in self.units and last not in ORG_HEADS and \
            not re.search(r"['\u2019]", surface)  # "the Tareq Saleh-led forces" (not "Kromah's Mandingo-led ULIMO-K")
        if self._is_role(before) or before in TITLES or before in _KIN or after in SPEECH_VERBS or took_command or \
                led_named or \
                after == "," and self._role_after(toks, j) or \
                after == "and" and j + 2 < len(toks) and toks[j + 1].low in ("other", "fellow") and \
                (self._is_role(toks[j + 2].low) or toks[j + 2].low in _PEOPLE) or \
                after == "the" and self._role_after(toks, j) and last not in self.units and last not in ORG_HEADS:
            # ("Z and other commanders of the FARC": one of them)
            # "Rami Abdel Rahman the head of the Observatory said": the comma lost
            if 2 <= len(words) <= 5 and words[0][0].isupper() and not any(_ACRONYM.fullmatch(w) for w in words) \
                    and not _WORLD_REGION.search(surface) and not self._is_title(lows[-1]):
                return "person", None, None  # not "director for the Middle East", nor "U.S. Secretary" (a title)
        if before == "," and 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and \
                last not in self.units and (after in (",", ")", ".", ";", "") or after in SPEECH_VERBS) and \
                self._role_of_before(toks, i - 1):
            return "person", None, None  # "the commander of Liwa Ahfad Saladin, Mahmoud Khallo, said"
        if len(words) >= 2 and any(_ART_PREFIX.match(w) for w in words[1:]) and words[0][0].isupper() and \
                (before not in _LOCATIVE or before == "around") and words[0] not in self.settlement and \
                not any((lookup(" ".join(words[:n])) or _Place.none).type in ("place", "state") for n in (1, 2, 3)) \
                and not _PLACE_SUFFIX.fullmatch(words[-1]):
            # "Jamil al-Saleh", "Hashem al-Sheikh": a given name and an al- family name (not "in Bosra al-Sham",
            # "Deir al-Zor", nor "Aleppo Idlib Raqqa Deir al-Zor", a list of places; "formed around Z" is a man)
            return "person", None, None
        if before in _LOCATIVE and (len(words) <= 3 or len(words) <= 6 and any(_ART_PREFIX.match(w) for w in words)):
            return "place", None, None  # "in Saraqeb Khan Sheikhoun Maarat al-Numan": places, their commas lost
        if before in GROUP_NOUNS and len(words) <= 4 and words[0][:1].isupper() and after not in ("of", "'s"):
            return "armed_group", None, None  # "the rival Islamist faction Hizbul Islam": the noun names its kind
        if 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and before in ("", ",", "and") and \
                after == "of" and not self._is_title(lows[-1]) and _SPOKE.match(" ".join(t.low for t in toks[j:j + 12])):
            return "person", None, None  # "Ibrahim Alhaj of the Syrian Civil Defense said"
        if len(words) <= 2 and all(w[:1].isupper() for w in words) and after in _FIGHTERS and before and \
                before not in ("in", "near", "at", "outside", "around", "into", "towards", "toward", "of") and \
                not any(demonym(w) or lookup(w) or lookup(w.rstrip("s")) for w in words) and \
                not any(w in AFFILIATION_ADJECTIVES | COMMUNITIES or w in self.common or w.endswith(("ed", "ing"))
                        or w in NUMBER_WORDS or w in ORDINAL_WORDS
                        or w.startswith(("pro-", "anti-")) for w in lows):
            return "armed_group", None, None  # "the Seleka rebels": an unknown name before the men it names
        defined = _DEFINED_AS.match(" ".join(t.low for t in toks[j:j + 24])) if len(words) <= 6 else None
        if defined and not (len(words) == 1 and lows[0] in self.common):
            # "Séléka ("alliance" in Sango) was a coalition of mainly Muslim rebel groups": what the sentence says it is
            return ("coalition" if defined.group(1) in ("coalition", "alliance") else "armed_group"), None, None
        return None

    @staticmethod
    def _beside_a_place(toks, i: int, j: int) -> bool:
        """Whether the name at [i, j) is coordinated with a one-word place the lexicon knows ("Bria and Bambari",
        "Bambari, Bria")."""
        def known_place(k: int) -> bool:
            hit = lookup(toks[k].text) if 0 <= k < len(toks) and _is_cap(toks[k].text) else None
            return bool(hit and hit.type == "place")
        after = toks[j].low if j < len(toks) else ""
        before = toks[i - 1].low if i > 0 else ""
        return after in ("and", ",") and known_place(j + 1) and not (j + 2 < len(toks) and _is_cap(toks[j + 2].text)) \
            or before in ("and", ",") and known_place(i - 2) and not (i >= 3 and _is_cap(toks[i - 3].text))

    @staticmethod
    def _listed_places(toks, i: int) -> bool:
        """Whether the name at `i` ends a list that a plural place noun opens ('the villages of A, B and C')."""
        for k in range(i - 1, max(-1, i - 14), -1):
            low = toks[k].low
            if low == "of" and k > 0 and toks[k - 1].low.rstrip("s") in PLACE_CUES:
                return True
            if not (low in ("and", "the", ",", "al", "of") or _is_cap(toks[k].text) or low.startswith(("al-", "el-"))):
                return False
        return False

    def _role_of_before(self, toks, comma: int) -> bool:
        """A role noun and 'of'/'for' open the phrase that ends at this comma ('the leader of X,'), or
        the role noun ends it ("X's military commander,")."""
        if comma > 0 and self._is_role(toks[comma - 1].low):
            return True  # "one of its commanders, Z"
        for k in range(comma - 1, max(comma - 12, -1), -1):
            if toks[k].text in (",", ".", ";"):
                return False
            if toks[k].low in self.roles and k + 1 < comma and toks[k + 1].low in ("of", "for"):
                return True
        return False

    def _is_role(self, low: str) -> bool:
        """A role noun, singular or plural ('commander', 'commanders')."""
        return low in self.roles or low.endswith("s") and low[:-1] in self.roles

    def _role_after(self, toks, j) -> bool:
        """A role noun just after the comma that ends the name ('Z, commander of', 'Z, one of its founders')."""
        if [t.low for t in toks[j + 1:j + 3]] == ["one", "of"]:
            return any(self._is_role(t.low) and t.low.endswith("s") for t in toks[j + 3:j + 8])
        for k in range(j + 1, min(j + 4, len(toks))):
            if toks[k].low in self.roles:
                return True
            if toks[k].low in self.ranks and toks[k].text.islower() and k + 1 < len(toks) and \
                    toks[k + 1].low in ("of", "in", "with"):
                return True  # "Z, a former colonel of the Guard", "Z, a major in the army"
        return False

    def _demonym_mentions(self, toks: list[Tok], found: list[Mention]) -> list[Mention]:
        """States named by demonyms in compounds: 'Turkish-backed', 'Russian air strike'."""
        covered = [(m.start, m.end) for m in found]
        out = []
        for t in toks:
            if any(s <= t.start < e for s, e in covered):
                continue
            part = t.text.split("-")[0]
            if not part or not part[0].isupper():
                continue
            k = toks.index(t)
            nxt = toks[k + 1].low if k + 1 < len(toks) else ""
            acting = STATE_NOUNS | STATE_ACTS | STATE_AID
            paired = nxt == "and" and k + 3 < len(toks) and toks[k + 3].low in acting and \
                demonym(toks[k + 2].text) is not None  # "Russian and Syrian strikes": both states strike
            war_planes = nxt == "war" and k + 2 < len(toks) and toks[k + 2].low in ("planes", "plane")  # "Syrian war planes"
            if not (nxt.startswith("-") or nxt in acting or paired or war_planes):  # "Iranian weapons"
                continue
            st = demonym(part)
            if nxt in ("ally", "allies") and k + 2 < len(toks) and _is_cap(toks[k + 2].text):
                continue  # "its Lebanese ally Hezbollah": the demonym describes the ally named next
            if st and st.type == "state":
                end, surface = t.start + len(part), part
                after = toks[k + 2].low if k + 2 < len(toks) else ""
                if nxt in ("government", "regime", "authorities") and after not in STATE_NOUNS:
                    # "the Syrian government": the state, under the name the article gives it
                    end, surface = toks[k + 1].end, f"{part} {toks[k + 1].text}"
                out.append(Mention(t.start, end, surface, "state", name_key(st.name), st.name, st.source,
                                   {"demonym": part != st.name}))
        return out
