"""Resolve "the group", "the Coalition", "the brigade", "its", "he" to the entity they point to.

Nominal anaphors pick the most salient earlier entity whose kind fits (a coalition for "the
alliance", a brigade for "the brigade"); pronouns pick the nearest fitting entity. What cannot be
resolved stays unresolved: no mention is produced for it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from orbat.extract.mentions import SPEECH_VERBS, Mention
from orbat.extract.names import OPENING_PARTICIPLE

_NOMINAL = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]he same)\s+(?:(?:terrorist|extremist|[Ii]slamist|jihadi|separatist|paramilitary|"
    r"radical|banned|outlawed|militant|rebel|armed|insurgent|jihadist|new)\s+(?=(?:group|movement|militia|organi[sz]ation|"
    r"faction|outfit)\b))?"
    r"(group|brigade|battalion|faction|movement|militia|coalition|alliance|organi[sz]ation|division|front|"
    r"legion|force|unit|outfit|council|operations room|umbrella group|contingent|party|gang|cartel)"
    r"(['\u2019]s|s['\u2019])?(?![\w-])(?!\s+of\s+(?:the\s+)?(?-i:[A-Z]))",  # "the coalition of the Kinshasa regime":
    re.I)  # a description of its own
# the monitor an article quotes, named once and then by its kind: "said observatory head Z", "the monitor said"
_MONITOR = re.compile(r"\b((?:[Tt]he\s+)?(?:[\w-]+-based\s+)?(?:observatory|monitor|monitoring group)(?:['\u2019]s)?)"
                      r"(?=\s+(?:head|director|chief|founder|said|says|reported|added|told)\b)")
# a band of fighters named by a noun coreference does not resolve: what "it" or "its" after it stands for
_UNNAMED_BAND = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:commando|squad|cell|column|team|band|"
                           r"detachment|platoon|patrol)\b[^;]*$", re.I)
_PRONOUN = re.compile(r"\b(its|it|he|his|him)\b", re.I)
# a participle's clause that opens the sentence and ends at the pronoun: "Backed by Turkey and Qatar, it ..."
_FRONTED_PARTICIPLE = re.compile(rf"\W*{OPENING_PARTICIPLE.pattern}\s+[^;]*,\s*")
# fighters named by their kind: who they are when the last sentence named one armed group and no other
_GENERIC_PLURAL = re.compile(r"\b[Tt]he\s+(?:rebels|militants|jihadists|insurgents|guerrillas|separatists|extremists)\b"
                             r"(?!['\u2019])")
# "the rebels' military commander, Z", "Z, the militants' spokesman": whose role, wherever it stands
_GENERIC_POSSESSIVE = re.compile(r"\b[Tt]he\s+(?:rebels|militants|jihadists|insurgents|guerrillas|separatists|extremists)"
                                 r"['\u2019](?=\s+(?:[\w-]+\s+){0,2}?(?:leader|commander|chief|spokesman|spokesperson|"
                                 r"founder|emir|head)s?\b)")
_THEIR_AFTER_AND = re.compile(r"\band\s+(their)\b")  # "the Houthis and their backer Iran": of the name before "and"
# "X said on Monday it had captured ...": the pronoun is the speaker
_SAID = "(?:" + "|".join(sorted(SPEECH_VERBS | {"confirmed", "denied", "declared"})) + ")"
_SPEAKER = re.compile(rf"\b{_SAID}\s+(?:(?:early|late)\s+)?(?:on\s+\w+\s+|(?:yesterday|today|earlier)\s+)?"
                      r"(?:that\s+)?(?:(it|they)\s+(?:had|has|have|was|were|is|are|would|will|did|\w+ed)\b|"
                      r"(its|their)\s+(?:[\w-]+\s+)?(?:fighters|forces|troops|men|members|units|militants|gunmen)\b)")
# a sentence whose subject is people left unnamed, then its verb ("Jihadist rebels blamed ...")
_UNNAMED_SUBJECT = re.compile(r"^\W*(?:[\w-]+\s+){0,3}?(?:rebels|militants|fighters|jihadists|insurgents|activists|"
                              r"officials|sources|residents|witnesses|gunmen|opponents)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:\w+ed|said|say|says|accuse|accuses|blame|blames)\b", re.I)
# a clause before the main one: "When Ethiopian troops entered Somalia ... and drove the courts out, "
_FRONTED_CLAUSE = re.compile(r"^\W*(?:When|After|Before|As|Since|While|Although|Though|If|Once|Until|Because|"
                             r"Whereas|Despite|Following|Under|Amid|During|With|Without|Throughout)\b[^,;]{3,200},")
# a clause opening the sentence on its own subject: "When the Sun Brigade was part of Y, " (the pronoun after it is it)
_OPENING_CLAUSE = re.compile(r"\W*(?:When|After|Before|As|Since|While|Once|Until|Although|Though|Because|"
                             r"During\s+the\s+(?:time|period|years?)(?:\s+(?:that|when))?)\s+(?:the\s+)?(?P<who>)[^,;]{3,200},")
_TOLD = re.compile(r"\b(?:told|tells|telling|informed|assured|briefed)\s+(?:the\s+)?$", re.I)
_PREPOSITION_BEFORE = re.compile(r"\b(?:to|of|from|by|with|against|for|on|in|at|and)\s+(?:the\s+)?$", re.I)
_ADVERB = r"(?:now|still|also|later|then|currently|reportedly)\s+"
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur)\b")
_PLURAL = re.compile(r"\b(?:[Tt]hese|[Tt]hose|[Bb]oth|[Tt]he (?:two|three|four|five))\s+(?:rebel\s+|armed\s+|militant\s+|"
                     r"jihadist\s+|insurgent\s+|warring\s+)?(?:groups|factions|militias|brigades|organi[sz]ations|"
                     r"sides|rivals)\b|"
                     r"\b[Tt]he (?:two|three|four|five)(?=\s+(?:(?:have|had|has)\s+)?(?:also\s+|since\s+|repeatedly\s+)?"
                     r"(?:merged|joined|united|formed|signed|agreed|announced|fought|clashed|split|battled|turned)\b)")
# ("The four merged into the new group", "the two have fought each other": the groups just counted)
_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}
# "seized the town", "control of the city": a settlement the last two sentences named (not "the town of X")
_PLACE = re.compile(r"\b[Tt]he\s+(?:(?:besieged|embattled|strategic|northern|southern|eastern|western|border|frontline|"
                    r"key|small|coastal|desert|rebel-held|besieged)\s+)?(town|city|village|district|neighbou?rhood|"
                    r"suburb|camp|airport|air\s?base)(?![\w-])(?!\s+(?:of|and|centre|center|council|hall|limits|"
                    r"authorities|residents|officials)\b)")
_THEY = re.compile(r"\s*(They)\s+(?:were|are|had|have|was|later|also|then|soon)\b")  # a group as the subject

# the nouns that make a place a region, not a settlement: "Idlib province", "the Bekaa valley"
_REGION_NOUN = (r"(?:province|governorate|region|state|oblast|county|countryside|valley|mountains|desert|coast|district|"
                r"prefecture|department|territory|zone)")
_REGION = re.compile(r"(?:^|\s)(?:north|south|east|west|central|northern|southern|eastern|western|northeast|northwest|"
                     r"southeast|southwest|north-?eastern|north-?western|south-?eastern|south-?western|central|upper|"
                     r"lower|greater)\b|\b" + _REGION_NOUN + "$", re.I)


def party_like(name: str) -> bool:
    """Whether 'the party' may stand for this organization: not a monitor, an outlet, an NGO, an
    international organization or a government body."""
    from orbat.kinds import actor_kind, is_side
    return is_side(actor_kind(name, "organization"))


def _monitor(name: str) -> bool:
    """Whether an organization is a monitor (the observatory an article quotes)."""
    from orbat.kinds import actor_kind
    return actor_kind(name, "organization") == "monitor"


def _outlet(name: str) -> bool:
    """Whether an organization is a news outlet (the reporter of a sentence, not its topic)."""
    from orbat.kinds import actor_kind
    return actor_kind(name, "organization") == "media"

# a place named as a region by the noun after it: "Mbomou prefecture"
_REGION_AFTER = re.compile(r"\s+" + _REGION_NOUN + r"\b", re.I)


def is_region(name: str) -> bool:
    """Whether a place name is a country or a region, not a settlement."""
    return bool(_REGION.search(name.strip())) or name.strip().casefold() in _countries()


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    from orbat.lexicons import load
    return frozenset(row["name"].casefold() for row in load("states"))


COALITION_NOUNS = frozenset({"coalition", "alliance", "operations room", "umbrella group", "front"})
GROUP_TYPES = frozenset({"armed_group", "coalition"})


# what describes an apposed noun after it: "the movement led by Z", "the group that ..."
_DESCRIBED_AFTER = re.compile(r"\s+(?:led|founded|headed|commanded|formed|created|set\s+up|known|based|loyal|"
                              r"which|that|who|whose|behind|responsible)\b")
# a capitalised name and the comma after it, right before a noun anaphor apposed to it
_APPOSED_TO_NAME = re.compile(r"\b([A-Z][\w'\u2019-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'\u2019-]*)*)\s*,\s*$")
# an apposition right after a name, set off by commas ("the UDT, its old opponent, joined it")
APPOSITION = r",\s*(?:its|their|a|an|the)\s+[^,;()]{1,50}?,"
_APPOSED = re.compile(r"^\s*" + APPOSITION)
# a man's age set off by commas: "Z, then 31, was chosen to succeed him"
AGE_ASIDE = r",\s*(?:then|aged)\s+\d+\s*,"
# a verb or preposition whose object "it" is: "fights alongside it", "backed it"
_OBJECT_IT = re.compile(r"\b(?:alongside|with|against|beside|fights?|fought|join(?:s|ed)?|back(?:s|ed)|"
                        r"support(?:s|ed)|oppos(?:es|ed)|rejoin(?:s|ed)?)\s+$", re.I)


@dataclass
class Anaphor:
    start: int
    end: int
    text: str
    noun: str


def leads_its_sentence(ana: Anaphor, mentions: list[Mention]) -> bool:
    """Whether no name but a person's stands before the anaphor in its sentence ("Its fighters ...", "Z became
    its leader"): such an "it" or "its" continues the previous sentence's subject."""
    return not any(m.end <= ana.start and m.type != "person" for m in mentions)


def find_anaphors(sentence: str, offset: int) -> list[Anaphor]:
    """Nominal and pronominal anaphors in a sentence, with absolute offsets."""
    out = [Anaphor(offset + m.start(), offset + m.end(), m.group(0), m.group(1).casefold())
           for m in _NOMINAL.finditer(sentence)]
    out += [Anaphor(offset + m.start(k), offset + m.end(k), m.group(k), "speaker")
            for m in _SPEAKER.finditer(sentence) for k in (1, 2) if m.group(k)]  # "X said its fighters had ..." too
    taken = [(a.start, a.end) for a in out]
    for m in _PRONOUN.finditer(sentence):
        s = offset + m.start()
        if not any(a <= s < b for a, b in taken):
            out.append(Anaphor(s, offset + m.end(), m.group(0), m.group(1).casefold()))
    for m in _GENERIC_PLURAL.finditer(sentence):
        out.append(Anaphor(offset + m.start(), offset + m.end(), m.group(0), "kind"))
    for m in _MONITOR.finditer(sentence):
        out.append(Anaphor(offset + m.start(1), offset + m.end(1), m.group(1), "monitor"))
    for m in _GENERIC_POSSESSIVE.finditer(sentence):
        out.append(Anaphor(offset + m.start(), offset + m.end(), m.group(0), "kind's"))
    for m in _THEIR_AFTER_AND.finditer(sentence):
        out.append(Anaphor(offset + m.start(1), offset + m.end(1), m.group(1), "their"))
    for m in _WE.finditer(sentence):
        out.append(Anaphor(offset + m.start(), offset + m.end(), m.group(0), "we"))
    for m in _PLURAL.finditer(sentence):
        out.append(Anaphor(offset + m.start(), offset + m.end(), m.group(0), "plural"))
    for m in _PLACE.finditer(sentence):
        out.append(Anaphor(offset + m.start(), offset + m.end(), m.group(0), "place"))
    lead = _THEY.match(sentence)
    if lead:
        out.append(Anaphor(offset + lead.start(1), offset + lead.end(1), lead.group(1), "they"))
    return out


def _quote_speaker(ana: Anaphor, mentions: list[Mention], sentence: str, offset: int) -> Mention | None:
    """The group that says a quotation holding "we": named after it ('..." X said') or before it
    ('X said: "We ...')."""
    at = ana.start - offset
    opened = max(sentence.rfind(q, 0, at) for q in ('"', "\u201c"))
    closed = min((i for i in (sentence.find(q, at) for q in ('"', "\u201d")) if i >= 0), default=-1)
    groups = [m for m in mentions if m.type in GROUP_TYPES | {"state_force"}]
    colon = sentence.rfind(":", 0, at)
    if opened < 0 and closed < 0 and colon >= 0:  # "Statement by the Dawn Front: Our fighters liberated P"
        return next((m for m in reversed(groups) if m.end - offset <= colon and (
            re.fullmatch(rf"\s*(?:{_SAID}\b)?(?:\s+in\s+a\s+statement)?\s*", sentence[m.end - offset:colon]) and
            re.search(r"(?:^|\b(?:statement|communiqu\S+|announcement|declaration)\s+(?:by|of|from)\s+)"
                      r"(?:the\s+)?(?:[\w-]+\s+){0,4}?$", sentence[:m.start - offset], re.I))), None)
    if opened < 0 and closed < 0:  # "Our forces captured P, the Dawn Front said": the attribution closing the sentence
        return next((m for m in groups if m.start - offset > at and
                     re.search(r",\s*(?:the\s+)?$", sentence[:m.start - offset]) and
                     re.match(rf"\s+{_SAID}\b(?:\s+(?:in\s+a\s+statement|on\s+\w+))?\s*[.]?\s*$",
                              sentence[m.end - offset:])), None)
    if closed >= 0:
        for m in groups:
            if m.start - offset > closed and re.fullmatch(r"[\"\u201d,.!?\s]*(?:the\s+)?", sentence[closed:m.start - offset]) \
                    and re.match(rf"\s+{_SAID}\b", sentence[m.end - offset:]):
                return m
    if opened >= 0:
        for m in reversed(groups):
            if m.end - offset <= opened and re.fullmatch(rf"\s*{_SAID}"
                                                          r"(?:\s+in\s+a\s+statement)?\s*[:,]?\s*",
                                                          sentence[m.end - offset:opened]):
                return m
    return None


# what a statement's issuer calls its own men and posts: "our units", "our forces", "our positions"
_OUR_FORCE = re.compile(r"\s+(?:[\w-]+\s+)?(?:forces|troops|units|fighters|soldiers|men|army|positions|detachments?|bases?|"
                        r"posts?|patrols?|brigades?|battalions?|commanders?|leaders?|operations)\b", re.I)
# a statement's marker among a document's first lines: "PRESS RELEASE", "Official communiqué", "Statement by X"
_STATEMENT = re.compile(r"^\s*(?:(?:press|official|joint)\s+)?(?:statement|release|communiqu\S*|handout|declaration)\b"
                        r"(?:\s+(?:by|of|from)\s+(?:the\s+)?)?", re.I | re.M)


def statement_author(raw: str, text: str, mentions: list[Mention]) -> Mention | None:
    """The armed actor a statement is issued by, named in the article too: in the letterhead above its marker
    ("NIGERIAN ARMY ... PRESS RELEASE", lines the cleaner drops as a page's head) or after "Statement by"; None where
    the document is no statement."""
    head = raw[:600]
    marker = _STATEMENT.search(head)
    if marker is None:
        return None
    tail = head[marker.end():].split("\n", 1)[0]
    by = marker.group(0).rstrip().lower().endswith(("by", "of", "from", "the"))
    # the issuer after the marker on its line ("Press Statement, Department of State"), else the letterhead above it
    issuer = (tail if by or re.search(r"[A-Za-z]{3,}", tail) else head[:marker.start()]).casefold()
    armed = [m for m in mentions if m.type in GROUP_TYPES | {"state_force"} and m.text[:1].isupper()
             and not re.search(r"\b(?:Command|Directorate|Ministry|Office|Headquarters|Staff)$", m.text)]  # a force's body
    named = [m for m in armed if re.search(r"(?<!\w)" + re.escape(m.text.casefold()) + r"(?!\w)", issuer)]
    return named[0] if named and text.strip() else None


def _verb_start(sentence: str, pronoun: int) -> int:
    """Where the speech verb before a pronoun starts ('said on Monday that it')."""
    m = None
    for m in re.finditer(rf"\b{_SAID}\b", sentence[:pronoun]):
        pass
    return m.start() if m else pronoun


class Salience:
    """Running record of which entities the article has talked about, to rank antecedents."""

    WINDOW = 6  # sentences an antecedent may lie back

    def __init__(self):
        self.history: list[tuple[int, Mention]] = []  # (sentence index, mention), recent sentences only
        self.main_from: dict[int, int] = {}  # sentence index -> where its main clause starts
        self.short: dict[int, bool] = {}  # sentence index -> whether it is a subhead's length (8 words or fewer)
        self.opened_by: dict[int, Mention] = {}  # sentence index -> the group a noun opening it stood for ("The
        # brigade, which ..."), its subject for a pronoun in the next sentence
        self.author: Mention | None = None  # the armed actor a statement or press release is issued by: "we", "our"

    def add(self, sent_index: int, mentions: list[Mention], sentence: str = "", offset: int = 0) -> None:
        self.history = [(si, m) for si, m in self.history if sent_index - si < self.WINDOW]
        for m in mentions:
            self.history.append((sent_index, m))
        fronted = _FRONTED_CLAUSE.match(sentence)
        self.main_from[sent_index] = offset + (fronted.end() if fronted else 0)
        self.short[sent_index] = len(sentence.split()) <= 8

    def _subject(self, sent_index: int, kinds: frozenset[str], exclude_keys: frozenset[str]) -> Mention | None:
        """The first fitting entity a sentence names after a clause fronted before its subject ("When
        Ethiopian troops entered the country, al-Shabaab emerged ...": al-Shabaab)."""
        opened = self.opened_by.get(sent_index)
        if opened is not None and opened.type in kinds and opened.key not in exclude_keys:
            return opened  # "The brigade, backed by Turkey, is one of Y's factions. Its commander ...": the brigade
        named = [m for si, m in self.history if si == sent_index and m.type in kinds and m.key not in exclude_keys
                 and not (m.type == "organization" and _outlet(m.text))]  # "Reuters quoted X as saying": X's
        main = [m for m in named if m.start >= self.main_from.get(sent_index, 0)]
        return min(main or named, key=lambda m: m.start) if named else None

    def _place(self, ana: Anaphor, sent_index: int, before: list[Mention], sentence: str = "",
               offset: int = 0) -> Mention | None:
        """The settlement 'the town' stands for: the last place named before it in its sentence or the one
        before, when that place is not a country or a region ('northern Syria', 'Idlib province'; in its own
        sentence, 'Bangassou, the chief town of Mbomou prefecture': Bangassou)."""
        named = [m for m in before if m.type == "place" and m.end <= ana.start
                 and not _REGION_AFTER.match(sentence, m.end - offset)]
        named = named or [m for si, m in self.history if si == sent_index - 1 and m.type == "place"]
        if not named:
            return None
        last = named[-1]
        return None if is_region(last.text) else last

    def resolve_plural(self, ana: Anaphor, sent_index: int, before: list[Mention] = (), text: str = "",
                       offset: int = 0) -> list[Mention]:
        """'these groups', 'the two factions': the list of as many groups its own sentence (`text`, starting
        at `offset`) named before it ("A, B and C split away, and the three groups formed ..."), else the groups
        a plural anaphor of the last two sentences stood for, or else those the nearest earlier sentence naming
        two or more of them named."""
        words = ana.text.casefold().split()
        want = _COUNTS.get(words[1] if words[0] == "the" else words[0])
        here = [m for m in before if m.type in GROUP_TYPES and m.end <= ana.start]
        if want and len(here) >= 2 and all(re.fullmatch(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?", text[a.end - offset:b.start - offset])
                                           for a, b in zip(here, here[1:])):
            return here if len(here) == want else []  # one list, counted (a count it misses: a name not found)
        distinct = list({m.key: m for m in here}.values())
        if want and len(distinct) == want and not any(  # "ISKP regards the Taliban as apostates, and the two have
                re.search(r"\b(?:its|their)\s+(?:[\w-]+\s+)?$", text[max(0, m.start - offset - 25):m.start - offset])
                for m in distinct):  # fought": as many groups as counted, named before it in its own sentence (not
            return distinct  # "its Amniyat security service", a part of the other)
        counted: dict[str, Mention] = {}
        for si in range(sent_index - 1, sent_index - 4, -1):
            named = [m for s, m in self.history if s == si and m.type in GROUP_TYPES]
            chained = [m for m in named if m.attrs.get("plural")]
            unique = list({m.key: m for m in chained or named}.values())
            if len(unique) >= 2 and si >= sent_index - 2:
                return unique if want in (None, len(unique)) else []
            for m in unique:  # "X said ... Y denied it. A battle between the two sides": one per sentence
                counted.setdefault(m.key, m)
            if want and len(counted) >= want:
                return list(counted.values()) if len(counted) == want else []
        return []

    def resolve(self, ana: Anaphor, sent_index: int, before: list[Mention],
                exclude_keys: frozenset[str] = frozenset(), sentence: str = "", offset: int = 0) -> Mention | None:
        """The antecedent of `ana`: an entity mentioned earlier (in `before`, this sentence, or history)."""
        if ana.noun == "we":  # '"We have joined the Sham Legion," the Hamza Brigade said': the speaker of the quote;
            # outside quotation marks in a statement, its issuer ("our forces entered P")
            at = ana.start - offset
            quoted = max(sentence.rfind(q, 0, at) for q in ('"', "\u201c")) >= 0
            own = ana.text.lower() == "we" or _OUR_FORCE.match(sentence, ana.end - offset)  # not "our Palestinian
            return _quote_speaker(ana, before, sentence, offset) or (None if quoted or not own else self.author)  # brothers"
        if ana.noun == "speaker":  # the subject of "said": the group before it, or the one an apposition describes
            verb = _verb_start(sentence, ana.start - offset)
            speakers = [m for m in before if m.end <= offset + verb and m.type in GROUP_TYPES | {"state_force"}
                        and not _PREPOSITION_BEFORE.search(sentence[max(0, m.start - offset - 12):m.start - offset])]
            if speakers and _UNNAMED_SUBJECT.match(sentence[:speakers[0].start - offset]):
                return None  # "Jihadist rebels blamed Russian warplanes ... and said they would fight back": the rebels
            if speakers:
                apposed = re.search(r",\s*$", sentence[:verb])
                return speakers[0] if apposed else speakers[-1]
            ana = Anaphor(ana.start, ana.end, ana.text, ana.text.lower() if ana.text.lower() in ("it", "its", "their")
                          else "they")
        if ana.noun == "place":
            return self._place(ana, sent_index, before, sentence, offset)
        if ana.noun == "monitor":
            cands = [m for _, m in self.history] + [m for m in before if m.end <= ana.start]
            return next((m for m in reversed(cands) if m.type == "organization" and _monitor(m.canonical or m.text)),
                        None)
        if ana.noun in ("he", "his", "him"):
            for m in reversed(before):
                if ana.noun == "him" and sentence and re.fullmatch(r"\s*(?:" + AGE_ASIDE + r")?[\s,]*"
                                                                    r"(?:(?!and\b|or\b|but\b)[a-z]+\s+){1,5}",
                                                                    sentence[m.end - offset:ana.start - offset]):
                    continue  # "Z succeeded him", "His son, Z, succeeded him", "Z, then 31, was chosen to succeed
                    # him": not Z himself, the verb's subject
                if m.type == "person" and m.end <= ana.start:
                    return m
            for si, m in reversed(self.history):
                if m.type == "person" and sent_index - si <= 2:
                    return m
            return None
        if ana.noun in ("kind", "kind's"):  # "The Arakan Army launched an offensive. The rebels captured Paletwa": one
            # group only, and only as the sentence's subject (not "fighters battling the extremists ... are part of the
            # SDF") or as the owner of a role ("Z, the rebels' commander")
            if any(m.end <= ana.start and m.type in GROUP_TYPES | {"state_force"} for m in before) or ana.noun == "kind" \
                    and not re.fullmatch(r"\s*(?:[^,;]{0,60},\s*)?", sentence[:ana.start - offset]):
                return None
            last = [m for si, m in self.history if si == sent_index - 1 and m.type in GROUP_TYPES | {"state_force"}]
            groups = [m for m in last if m.type in GROUP_TYPES]
            # bare "police" is no other party there ("gunmen of X ... as soldiers and police tightened a cordon")
            last = [m for m in last if not m.attrs.get("bare")]
            return groups[0] if len({m.key for m in last}) == 1 and groups and groups[0].key not in exclude_keys \
                else None
        if ana.noun == "they":  # the subject of one of the last two sentences that named a group
            for si in range(sent_index - 1, sent_index - 3, -1):
                named = [m for s, m in self.history if s == si and m.type in GROUP_TYPES]
                if named:
                    return min(named, key=lambda m: m.start)
            return None
        if ana.noun == "it" and sentence and re.search(r"\b(?:since|after|when|because|before|until|while|once|"
                                                         r"although|though|whereas)\s+$", sentence[:ana.start - offset], re.I):
            # "The OLA has fought the ENDF since it broke away from the OLF": the subject of the clause it depends on
            named = [m for m in before if m.end <= ana.start and m.type in GROUP_TYPES | {"state_force", "organization"}
                     and m.key not in exclude_keys and not _PREPOSITION_BEFORE.search(
                         sentence[max(0, m.start - offset - 12):m.start - offset])]
            first = min(named, key=lambda m: m.start) if named else None
            if first and not re.search(r"\b(?:which|who|whom|that|those|it|its|they|them)\b",
                                       sentence[first.end - offset:ana.start - offset], re.I):
                return first  # (not "... release those it took hostage when it stormed ...": another clause's it)
        if ana.noun == "it" and sentence and re.search(r"[;:]\s*(?:and\s+|but\s+)?$", sentence[:ana.start - offset]):
            # "X is an alliance in which A is the strongest force; it also includes B", "X could not have fought
            # without Zagreb: it was armed by Croatia": the sentence's subject
            named = [m for m in before if m.end <= ana.start and m.type in GROUP_TYPES | {"state_force", "organization"}
                     and m.key not in exclude_keys and not _PREPOSITION_BEFORE.search(
                         sentence[max(0, m.start - offset - 12):m.start - offset])]
            first = min(named, key=lambda m: m.start) if named else None
            if first and re.fullmatch(r"\W*(?:the\s+)?", sentence[:first.start - offset], re.I):
                return first  # (the name opens the sentence: "The army fought X; it lost ten men" is not X)
        if ana.noun == "it" and sentence and _FRONTED_PARTICIPLE.fullmatch(sentence[:ana.start - offset]):
            # "Supported by the UAE and Russian contractors of the Wagner Group, it reached Tripoli": not a name of the
            # opening clause, the previous sentence's subject
            subject = self._subject(sent_index - 1, GROUP_TYPES | {"state_force"}, exclude_keys)
            if subject is not None:
                return subject
        opened = _OPENING_CLAUSE.match(sentence) if ana.noun == "it" and sentence else None
        if opened and not sentence[opened.end():ana.start - offset].strip():
            # "When the Sun Brigade was part of the Dawn Front, it fought X": the subject the clause opens on
            first = next((m for m in before if m.start == offset + opened.end("who") and m.key not in exclude_keys
                          and m.type in GROUP_TYPES | {"state_force"}), None)
            if first is not None:
                return first
        if ana.noun in ("it", "its") and sentence and _UNNAMED_BAND.search(sentence[:ana.start - offset]):
            return None  # "members of the terrorist commando were killed, including its leader Z": the band unnamed
        cands = list(self.history) + [(sent_index, m) for m in before if m.end <= ana.start and not (
            sentence and _TOLD.search(sentence[:m.start - offset]))]  # "X told Reuters that it had ...": X, not
        # whom it told
        if ana.noun in ("it", "its") and leads_its_sentence(ana, before):
            # "it" or "its" before any name of its sentence but a person's continues the previous sentence's
            # subject ("The KLA fought Serbian forces. Its leader, Z, ...", "ASWJ took up arms to resist al-Shabaab.
            # For a decade its fighters ...", "Z became its first secretary-general")
            kinds = GROUP_TYPES | ({"state_force", "organization"} if ana.noun == "its" else set())
            subject = self._subject(sent_index - 1, kinds, exclude_keys)
            if subject is None and self.short.get(sent_index - 1) and \
                    not any(si == sent_index - 1 for si, _ in self.history):
                subject = self._subject(sent_index - 2, kinds, exclude_keys)  # past a subhead that names nothing
            if subject:
                return subject
        clause = re.search(r"(?P<comma>,\s*)?\band\s+$", sentence[:ana.start - offset]) if sentence else None
        if ana.noun in ("its", "their") and clause and (ana.noun == "its" or clause.group("comma")) and \
                re.match(r"\s+(?:(?:fighters|forces|troops|men|members|units)\s+(?:" + _ADVERB + r")?(?:control|hold|"
                         r"occupy|operate|remain)\b|[\w-]+\s+(?:(?:[A-Z][\w'-]*|(?:al|el)-[A-Z][\w'-]*|bin|ibn|abu)\s+){0,4}"
                         r"(?:" + _ADVERB + r")?(?:was|were|is|are|has|had|have" +
                         (r"|[a-z]{3,}ed" if clause.group("comma") else "") + r")\b)", sentence[ana.end - offset:]):
            # "The KDF crossed into Somalia to push al-Shabaab away and its contingent was integrated into AMISOM",
            # "X were defeated in May 2009, and their leader Z was killed", "X seized Mosul, when Iraqi army divisions
            # collapsed, and its leader Abu Bakr al-Baghdadi proclaimed a caliphate": a clause of its own after "and",
            # whose "its" or "their" is the sentence's subject
            named = [m for m in before if m.end <= ana.start and m.type in GROUP_TYPES | {"state_force", "state"}
                     and m.key not in exclude_keys]
            if named:
                return min(named, key=lambda m: m.start)
        if ana.noun == "their":  # "the Houthis and their backer Iran": only the name right before "and"
            named = [m for m in before if m.end <= ana.start and m.type not in ("place", "person")]
            return named[-1] if named and re.fullmatch(
                r"\s*,?\s*and\s+", sentence[named[-1].end - offset:ana.start - offset]) else None
        if ana.noun == "its" and sentence:
            named = [m for m in before if m.end <= ana.start and m.type not in ("place", "person")]
            gap = sentence[named[-1].end - offset:ana.start - offset] if named else ""
            if named and (re.fullmatch(r"\s*,?\s*and\s+", gap) or named[-1].type == "state" and len(gap) <= 60
                          and not re.search(r"[,;:()]|\b(?:and|or|but|which|who|that|against|with|by|of)\b", gap)
                          and not _PREPOSITION_BEFORE.search(sentence[:named[-1].start - offset])
                          and not re.match(r"\s+(?:[\w-]+\s+)?(?:leader|commander|chief|founder|emir|fighters|members)\b",
                                           sentence[ana.end - offset:])):  # not "after Iran executed its leader Z"
                # "The United States and its allies", "the US would intensify its campaign": the one named just before
                return named[-1]
        if ana.noun == "its" and sentence:  # "The Sun Brigade, which operates under the umbrella of the NFL, announced
            # the death of its commander": the main clause's subject, past the relative clause on it
            named = [m for m in before if m.end <= ana.start and m.type in GROUP_TYPES | {"state_force"}
                     and m.key not in exclude_keys]
            first = min(named, key=lambda m: m.start) if named else None
            closed = re.match(r"\s*(?:\([^()]*\)\s*)?,\s*(?:which|who)\b[^,;]*,", sentence[first.end - offset:]) \
                if first and re.fullmatch(r"\W*(?:the\s+)?", sentence[:first.start - offset], re.I) else None
            if closed and ana.start >= first.end + closed.end() and not any(m.start >= first.end + closed.end()
                                                                            for m in named):
                return first
        if ana.noun == "it" and sentence and _OBJECT_IT.search(sentence[:ana.start - offset]):
            # "The Hawks Brigade now fights alongside it": an object "it" is not its own clause's subject ("itself")
            # (nor the subject past its apposition: "the UDT, its old opponent, joined it")
            exclude_keys = exclude_keys | {m.key for m in before if m.end <= ana.start and not re.search(
                r"[,;]|\b(?:and|but|which|who|that|after|when|while|because|since)\b",
                _APPOSED.sub("", sentence[m.end - offset:ana.start - offset], count=1))}
        if ana.noun in ("it", "its"):
            for si, m in reversed(cands):
                if m.type in GROUP_TYPES | {"state_force", "organization"} and sent_index - si <= 1 \
                        and m.key not in exclude_keys:
                    return m
            return None
        apposed = _APPOSED_TO_NAME.search(sentence[:ana.start - offset]) \
            if sentence and not re.search(r"['\u2019]s?$", ana.text) and _DESCRIBED_AFTER.match(sentence, ana.end - offset) \
            else None  # (not "Z, the faction's leader", nor a list: "the RVC, the Legion and the Siberian Battalion")
        if apposed:  # "militiamen of the Young Patriots, the movement led by Z": the name it is apposed to, or none
            # (one the recogniser missed, or of another kind)
            named = [m for m in before if m.end == offset + apposed.end(1)]
            return named[-1] if named and named[-1].type in GROUP_TYPES and named[-1].key not in exclude_keys \
                else None
        want_coalition = ana.noun in COALITION_NOUNS
        first: dict[int, int] = {}  # sentence -> start of its first group mention (its subject, mostly)
        for si, m in cands:
            if m.type in GROUP_TYPES:
                first[si] = min(first.get(si, m.start), m.start)
        scores: dict[str, float] = {}
        latest: dict[str, Mention] = {}
        kinds = GROUP_TYPES | ({"state_force"} if ana.noun in ("contingent", "force") else set())  # "the contingent"
        if ana.noun == "party":
            kinds = {"organization"} | GROUP_TYPES  # "the party": a political party, or a group named one
        for si, m in cands:
            if m.type not in kinds or m.key in exclude_keys:
                continue
            if ana.noun == "party" and (m.head != "party" if m.type != "organization" else not party_like(m.text)):
                continue
            distance = sent_index - si
            if distance > 6:
                continue
            s = scores.get(m.key, 0.0) + 1.0 + (2.0 if distance <= 1 else 0.0)
            if m.head and m.head == ana.noun:
                s += 6.0
            if want_coalition and m.type == "coalition":
                s += 8.0
            if first.get(si) == m.start:
                s += 1.5
            scores[m.key] = s
            latest[m.key] = m
        if not scores:
            return None
        if ana.noun in ("brigade", "battalion", "division", "legion", "unit") and \
                not any(latest[k].head == ana.noun for k in scores):
            return None
        best = max(scores, key=lambda k: (scores[k], latest[k].start))
        return latest[best]
