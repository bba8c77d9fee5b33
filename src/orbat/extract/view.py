"""One sentence as the extraction rules see it: its text, the entities named in it (resolved
anaphors included) in order, coordinated lists of them, and its date expressions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from orbat.extract.dates import DateMention
from orbat.extract.mentions import STATE_NOUNS
from orbat.extract.names import OPENING_PARTICIPLE

ACTOR_TYPES = frozenset({"armed_group", "coalition", "state_force", "state", "organization"})
GROUP_TYPES = frozenset({"armed_group", "coalition", "state_force"})
_COORD_GAP = re.compile(r"^(?:\s*\)\s*,?\s*(?=and\b|or\b|as well as\b|&))?(?:\s+(?:rebels|fighters|militants|militiamen|"
                        r"gunmen|forces|troops)(?=\s+and\s))?[\s,]*(?:(?:and|or|as well as|along with|plus|&)\s+(?:an?\s+)?)?(?:the\s+|other\s+|"
                        r"(?:its|their)\s+(?:(?:main|key|close|chief|longtime|regional)\s+)?(?:ally\s+|partner\s+)?)?"
                        r"[\s\"\u201c\u201d]*$", re.I)  # "the Syrian government, its ally Russia and a US-led coalition"
_EXAMPLES = re.compile(r"\b(?:such as|including|notably|especially|in particular|among them)\s+(?:the\s+)?$", re.I)
_CLAUSE_BREAK = re.compile(r"[;:]|\.\s|\b(?:while|whereas|but|although|however|because)\b|, (?:which|who)\b", re.I)
_SAID_AFTER = re.compile(r"^(?:\s*\([^)]{1,40}\))?\s*(?:,[^,]{1,60},\s*)?(?:also\s+|later\s+)?"
                         r"(?:said|says|reported|reports|told|stated|announced|claimed|confirmed|added|noted|"
                         r"documented|estimated|counted|recorded)\b", re.I)
_CHIEF_SAID = re.compile(r"^\s+(?:chief|head|director|spokesman|spokeswoman|spokesperson)\s+"
                         r"(?:[A-Z][\w'\u2019-]*\s+){1,4}(?:said|says|told|reported|stated|added)\b")
_DATELINE_AFTER = re.compile(r"^\s*[-\u2013\u2014,:)]*\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
                             r"\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)")
_SOURCE_BEFORE = re.compile(r"\b(?:according to|told|cited by|quoted by|reported by|a report by|data from)"
                            r"\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.I)
_POSSESSED_KIND = re.compile(r"(?:['\u2019]s?|s)\s+(?:(?:[A-Z][\w-]*|northern|southern|eastern|western|local|regional|main|"
                             r"former)\s+){0,2}(?:affiliate|branch|wing|ally|franchise|proxy|offshoot|faction)\s*,?\s+"
                             r"(?:the\s+)?")
# "X, the Gulf Cartel faction": the noun after a name that makes the phrase a description of the name before
KIND_WORDS = r"faction|wing|branch|unit|cell|affiliate|offshoot|splinter"
KIND_AFTER = re.compile(rf"(?:['\u2019]s?)?\s+(?:[\w-]+\s+)?({KIND_WORDS})\b", re.I)
# a phrase fronted before the subject, closed by a comma: "Once a rival of X, Y ...", "Backed by X, Y ..."
_FRONTED = re.compile(r"\W*(?:Once|Formerly|Long|Like|Unlike|Despite|Backed|Supported|Armed|Funded|Led|Founded|Formed|"
                      r"Created|Established|Based|Trained|Along\s+with|Together\s+with|Alongside|"
                      r"According\s+to|Thanks\s+to|Apart\s+from|With|Without|Having|Under|Amid|After|Before|Following|"
                      r"Since|When|While|As|Besides|(?!During\b)[A-Z][a-z]+ing)\b[^,;]*$")
# a number of a group's units named after it: "three brigades of X, A, B and C"
PARTS_NAMED = re.compile(r"\b(?:two|three|four|five|six|seven|several|\d+)\s+(?:[\w-]+\s+)?(?:brigades|battalions|units|"
                         r"factions|groups|divisions|regiments|militias)\s+(?:of|from|in|within)\s+(?:the\s+)?$", re.I)
# a tie of its owner that describes the name before: "X, the Y's main rival", "X, Iran's closest ally"
_OWNERS_TIE = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+)?(?:rivals?|enem(?:y|ies)|foes?|adversar(?:y|ies)|opponents?|nemesis|"
                         r"arch-?\w+|all(?:y|ies)|partners?|patrons?|sponsors?|prox(?:y|ies)|"
                         r"(?:[\w-]+\s+){0,3}?(?:group|organi[sz]ation|militia|movement|gang|cartel|insurgency)\s*,)",
                         re.I)  # "the Gulf Clan, Colombia's largest drug trafficking group, is fighting the ELN"
_OWN_WORDS = re.compile(r"[\w'\u2019-]+")
# words a side is called by right before its name
_COMPOUND_EPITHET = re.compile(r"[\w'\u2019-]+-(?:led|backed|linked|affiliated|allied|aligned|dominated|based|"
                               r"supported|sponsored|funded|inspired)")
_EPITHETS = frozenset("terrorist takfiri extremist jihadist militant hardline islamist so-called notorious rival "
                      "mercenary".split())


@dataclass
class Slot:
    """An entity named (or pointed to) at [start, end) in the sentence."""
    start: int
    end: int
    eid: str
    type: str
    text: str
    anaphor: bool = False


class View:
    """A sentence with its slots; offsets are absolute (into the clean text)."""

    def __init__(self, text: str, start: int, slots: list[Slot], dates: list[DateMention], index: int):
        self.text = text
        self.start = start
        self.end = start + len(text)
        slots = sorted(slots, key=lambda s: s.start)
        self.reporters = [s for s in slots if self._reporter(text, start, s)]
        self.slots = [s for s in slots if s not in self.reporters]
        self.dates = dates
        self.index = index
        self.groups = self._coordinate()

    @staticmethod
    def _reporter(text: str, start: int, s: Slot) -> bool:
        """A monitor, agency or ministry quoted as the source ('the Observatory said', 'according
        to X', 'Observatory chief Z said'): it tells of the facts, it takes no part in them."""
        if s.type != "organization":
            return False
        before, after = text[:s.start - start], text[s.end - start:]
        if _SAID_AFTER.match(after) and re.search(r"\b(?:to|with|against|alongside)\s+(?:the\s+)?$", before, re.I):
            return False  # "Al-Shabaab which is allied to al-Qaeda said ...": the one allied to it speaks
        return bool(_SAID_AFTER.match(after) or _CHIEF_SAID.match(after) or _SOURCE_BEFORE.search(before)
                    or _DATELINE_AFTER.match(after))  # "AFP Thursday 2 Jul 2015 ...": the agency of a dateline

    def between(self, a: int, b: int) -> str:
        return self.text[max(a - self.start, 0):max(b - self.start, 0)]

    def _coordinate(self) -> list[list[Slot]]:
        groups: list[list[Slot]] = []
        for s in self.slots:
            if getattr(s, "modifier", False) or groups and getattr(groups[-1][-1], "modifier", False):
                groups.append([s])  # "the YPG-FSA Euphrates Volcano": members named inside a name
            elif groups and s.type != "place" and groups[-1][-1].type != "place" and \
                    (s.type == "person") == (groups[-1][-1].type == "person") and \
                    not self.compound(s) and not self.compound(groups[-1][-1]) and \
                    _COORD_GAP.match(self.between(groups[-1][-1].end, s.start)) and not self._not_listed(groups[-1], s):
                groups[-1].append(s)
            elif groups and s.type == "place" and groups[-1][-1].type == "place" and \
                    _COORD_GAP.match(self.between(groups[-1][-1].end, s.start)):
                groups[-1].append(s)
            else:
                groups.append([s])
        return groups

    def _not_listed(self, group: list[Slot], s: Slot) -> bool:
        """Whether `s`, after a comma, describes the list before it or opens the clause after it rather than
        continuing it: "Los Ciclones, the Gulf Cartel faction", "X, the Y's main rival", "Once a rival of X, Y now
        fights", "X, the group said", "three brigades of X, A, B and C" (X's brigades, named after it)."""
        gap = self.between(group[-1].end, s.start)
        if "," not in gap:
            return False
        if KIND_AFTER.match(self.text, s.end - self.start) or _OWNERS_TIE.match(self.text, s.end - self.start):
            return True
        if len(group) == 1 and re.fullmatch(r"\s*,\s*(?:and|but)\s+(?:the\s+)?", gap) and re.match(
                r"(?:\s+(?:units|troops|forces|fighters|soldiers|members|militiamen))?\s+(?:\w+ly\s+)?"
                r"(?:is|are|was|were|has|have|had|will|would)\b", self.text[s.end - self.start:]):
            return True  # "X is armed by Turkey, and the Dawn Army is backed by Iran": a clause of its own
        if re.search(r"\band\b|\bor\b", gap):
            return False
        opener = self.between(self.start, group[0].start)
        continued = re.match(r"\s*,?\s*(?:and|or)\s", self.text[s.end - self.start:])
        return bool((_FRONTED.match(opener) or s.anaphor and s.text.lower().startswith("the ")) and not continued
                    or len(group) == 1 and PARTS_NAMED.search(opener))

    def group_of(self, slot: Slot) -> list[Slot]:
        for g in self.groups:
            if slot in g:
                return g
        return [slot]

    def before(self, pos: int, types=ACTOR_TYPES | {"person"}, max_gap: int = 90) -> list[Slot]:
        """The coordinated list that ends nearest before `pos` in the same clause (the subject)."""
        best = None
        for g in self.groups:
            if g[-1].end <= pos and g[-1].type in types:
                best = g
            elif g[0].start >= pos:
                break
        if not best:
            return []
        gap = self.between(best[-1].end, pos)
        if len(gap) > max_gap or _CLAUSE_BREAK.search(gap):
            return []
        if any(s.start >= best[-1].end and s.end <= pos and s.type != "place" and not self.compound(s)
               for s in self.slots):
            return []  # another name stands between ("Iran-backed" does not: it only modifies)
        return [s for s in best if s.type in types]

    def after(self, pos: int, preps: tuple[str, ...] = (), types=ACTOR_TYPES | {"person"},
              max_words: int = 5) -> list[Slot]:
        """The coordinated list just after `pos`, introduced by one of `preps` when given (an adverb may stand
        before it: "clash regularly with")."""
        for g in self.groups:
            first = g[0]
            if first.start < pos or self.compound(first) or getattr(first, "modifier", False):
                continue  # before `pos`, or a compound modifier ("al-Qaeda-linked X", "the YPG-FSA X")
            gap = self.between(pos, first.start)
            if gap.lstrip().startswith(","):
                return []
            if len(g) == 1 and self.owns_next(first):
                continue  # "an assault by Russia's 155th Brigade": the brigade, not its owner
            words = _OWN_WORDS.findall(gap.casefold())
            if _CLAUSE_BREAK.search(gap) or len(words) > max_words and not (
                    len(words) <= max_words + 5 and _EXAMPLES.search(gap)):
                return []  # "groups such as the Islamic State": the example named stands for the kind
            lead = " ".join(words[1:] if words and words[0].endswith("ly") and len(words[0]) > 5 else words)
            while words and (words[-1] in _EPITHETS or _COMPOUND_EPITHET.fullmatch(words[-1])):
                words = words[:-1]  # "from the terrorist Hawks Brigade", "from the Tuareg-led CSP": what it is called
            tail = " ".join(w for w in words if w not in ("the", "its", "their", "a", "an"))
            if preps and not (words and any(lead.startswith(p) or tail.endswith(p) for p in preps)):
                if first.type in types:
                    return []
                continue
            members = [s for s in g if s.type in types]
            if members:
                return members
        return []

    def compound(self, s: Slot) -> bool:
        """'Iran-backed', 'YPG-FSA': a name written as the first half of a compound."""
        return self.text[s.end - self.start:s.end - self.start + 1] == "-"

    def owns_next(self, s: Slot) -> bool:
        """'Russia's 155th Naval Infantry Brigade', 'the al Qaedas Nusra Front': a possessor right before the name
        it owns (its apostrophe may be lost)."""
        rest = self.text[s.end - self.start:]
        m = re.match(r"(?:['\u2019]s?|s)\s+", rest)
        if m and any(x.start == s.end + m.end() and x.type != "place" for x in self.slots):
            return True
        m = _POSSESSED_KIND.match(rest)  # "Al-Qaeda's Syria affiliate Al-Nusra Front": the affiliate, named
        return bool(m) and any(x.start == s.end + m.end() and x.type != "place" for x in self.slots)

    def owner_only(self, s: Slot, of_people: bool = False) -> bool:
        """'Mozambique's Tete province': a country named as the owner of a place is where, no side; `of_people`,
        nor is one named as the owner of others ('fought alongside Syria's opposition'; 'Syria's army' is its
        state's). An attack on 'India's parliament' is one on India."""
        m = re.match(r"['\u2019]?s\s+", self.text[s.end - self.start:]) if s.type == "state" else None
        if not m:
            return False
        word = re.match(r"[a-z]+", self.text[s.end - self.start + m.end():])
        return any(x.start == s.end + m.end() and x.type == "place" for x in self.slots) or \
            of_people and bool(word) and word.group(0) not in STATE_NOUNS

    def places_after(self, pos: int, max_words: int = 12) -> list[Slot]:
        out = []
        for s in self.slots:
            if s.type == "place" and s.start >= pos and len(self.between(pos, s.start).split()) <= max_words:
                out.append(s)
        return out

    def places(self) -> list[Slot]:
        """The sentence's places, but where a group is based ("the Idlib-based X"): no place of what it does."""
        return [s for s in self.slots if s.type == "place" and not _BASED_AT.match(self.text, s.end - self.start)]

    def date_after(self, pos: int, within: int = 25) -> DateMention | None:
        """The date expression starting at most `within` characters after `pos` ("... succeed him in July 2016")."""
        return next((d for d in self.dates if d.kind == "date" and 0 <= d.start - pos <= within), None)

    def closed_relative(self, a: int, b: int, pos: int) -> re.Match | None:
        """The ", which" / ", who" opening a relative clause that holds [a, b) and closes with a comma before
        `pos` ("X, which is dominated by Y, is supported by Z"; offsets of the match are into the sentence), or
        None."""
        opened = OPENS_RELATIVE.search(self.text, 0, a - self.start)
        return opened if opened and re.match(r"[^,;]*,", self.between(b, pos)) else None

    def date_near(self, pos: int) -> DateMention | None:
        """The date expression of this sentence nearest to `pos`."""
        # "X, now part of Y, took P": a present state described, no date of what X did
        ds = [d for d in self.dates if d.kind == "date" and not (d.text.lower() == "now" and _NOW_STATE.match(
            self.text, d.end - self.start))]
        before = self.between(self.start, pos)
        if re.search(r",\s*$", before) and re.match(r"[a-z]+ed\b", self.text[pos - self.start:]) or \
                not before.strip(" \"'\u201c") and OPENING_PARTICIPLE.match(self.text, pos - self.start):
            # "X, founded by Z, arrived in May 1995", "Founded by Z, a commander of the 1980s, the X ...": a
            # participle's date is in its own clause, before the next comma
            ds = [d for d in ds if d.start < pos or "," not in self.between(pos, d.start)]
        # "formed in 2016, and it later joined Y": the join came after that date, at one the sentence does not give
        later = [d for d in ds if d.end <= pos and _LATER.search(self.between(d.end, pos))
                 and not re.match(r"\s*later\b", self.between(d.end, pos))]  # not "ten days later it raided P"
        # "X, which has fought the government since 1949, seized P": the relative clause's date, closed before it
        aside = [d for d in ds if d.end <= pos and self.closed_relative(d.start, d.end, pos)]
        # "X, commanded since 1984 by Z, was armed by Israel": the participle's aside, closed before the main verb
        aside += [d for d in ds if d.end <= pos and opens_aside(self.between(self.start, d.start))
                  and re.match(r"[^,;]*,", self.between(d.end, pos))]
        # "M23 was formed in 2012 by members of the CNDP, a group that had been integrated into the army": a perfect
        # in a relative clause is not dated by the main clause before it (but "founded in 1960 by Z, who became
        # its first chairman": then)
        opener = re.search(r",\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?)?(?:that|which|who)\s+(?:\w+ly\s+)?"
                           r"(?:had|has|have)\b[^,;]*$", before)
        aside += [d for d in ds if opener and d.end <= self.start + opener.start()]
        # "Formed in 2012 as a faction of Y, X attacked P": the opening participle's date, its clause closed before
        lead = len(self.text) - len(self.text.lstrip(" \"'\u201c"))
        comma = self.text.find(",", lead) if OPENING_PARTICIPLE.match(self.text, lead) else -1
        aside += [d for d in ds if 0 <= comma and d.end <= self.start + comma < pos]
        # "Z, who later became head of X, spoke on Monday": the relative clause closes before the main clause's date
        outside = [d for d in ds if d.start >= pos and self.closed_relative(pos, pos, d.start)]
        # "In 2022 the Fano, which had fought the TPLF, turned on the government": what "had" been, before then
        prior = [d for d in ds if d.end <= pos and _HAD_RELATIVE.search(self.between(d.end, pos))
                 and re.match(r"[^,;]*,", self.text[pos - self.start:])]
        # "retook Kafr Nabl, which the Hawks Brigade had seized in March": the date of what had been before
        prior += [d for d in ds if d.start > pos and re.search(r",\s*(?:which|that|who)\s+(?:[\w'-]+\s+){0,4}?had\s",
                                                             self.between(pos, d.start))]
        # "X is part of Y, the largest coalition, which has fought Z since 2015": the relative clause's own date
        prior += [d for d in ds if d.start > pos and re.search(  # (not "the ambush, which took place on Friday")
            r",\s*(?:which|who)\s(?!(?:\w+\s+)?(?:took\s+place|happened|occurred|began|started|ended|lasted|erupted|"
            r"broke\s+out)\b)[^,;]*$", self.between(pos, d.start))]
        # "waged an insurgency from 1984 until it announced its dissolution in May 2025": the span's start is the
        # other verb's
        prior += [d for d in ds if d.end <= pos and re.match(r"\s*(?:until|till)\b", self.between(d.end, pos))]
        ds = [d for d in ds if d not in later and d not in aside and d not in outside and d not in prior]
        # "X said on Monday it had killed 12 Y fighters in an ambush last week": the day of the saying, not of the
        # ambush the sentence dates itself (but "announced on 12 May that it had been dissolved": its own act, then)
        said = [d for d in ds if d.end <= pos and _SAID_ON.search(self.between(self.start, d.start))]
        ds = [d for d in ds if d not in said] or ds
        if not ds:
            return None
        # "the deadliest attack on the police this year": the span it is the worst of, not its date
        ds = [d for d in ds if not _WORST_IN.search(self.between(self.start, d.start))] or ds
        # a date in the trigger's own stretch of the sentence, no comma between ("Hattab was pushed aside in 2003 and
        # replaced by Z, who was killed by the army in June 2004": Z's death is June 2004), not in a relative clause
        # after it ("by merging the armies of the factions that had fought one another in the 1980s")
        own = [d for d in ds if not re.search(r"[,;]", self.between(min(d.end, pos), max(d.start, pos))) and not (
            d.start > pos and re.search(r"\b(?:that|which|who)\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+)?(?:\w+ed|fought|"
                                        r"took|led|held|won|lost|left|began)\b", self.between(pos, d.start)))]
        if later and not own and all(d.start > pos for d in ds):
            return None  # nor a date past the clause's end ("which crossed in 2011 and later joined Y, took P in 2012")
        ds = own or ds
        # "was formed in 2016 and joined Y in 2017": the date of the verb's own clause, after it
        ds = [d for d in ds if not (d.end <= pos and re.search(r"\band\b", self.between(d.end, pos)) and
                                    any(x.start >= pos for x in ds))] or ds
        return min(ds, key=lambda d: min(abs(d.start - pos), abs(d.end - pos)) + (0 if d.end <= pos else 5))


OPENS_RELATIVE = re.compile(r",\s*(?:which|who|whose|whom|that)\b[^,;()]*$")
_OPENS_PARTICIPLE = re.compile(r",\s*(?:[a-z]+ly\s+)?(?:[a-z]+ed|led|held|built|set\s+up)\s+(?:by|in|on|since|from|with|"
                               r"as|at|after|under|during|until|near|along)\b[^,;()]*$")  # a passive: no object


def opens_aside(before: str) -> bool:
    """Whether `before` ends inside a participle's or a relative clause's aside still open ("The SLA, commanded
    since", "The RSF, which has been at war with the army since"), not after the main verb that follows a closed one
    ("GNA forces, backed by drones, recaptured")."""
    m = _OPENS_PARTICIPLE.search(before) or OPENS_RELATIVE.search(before)
    return bool(m) and before[:m.start()].count(",") % 2 == 0
_BASED_AT = re.compile(r"[-\u2010]based\b")
_SAID_ON = re.compile(r"\b(?:said|says|told(?:\s+[\w-]+){1,3}?|claimed|reported|stated)\s+(?:(?:late|early)\s+)?"
                      r"(?:on\s+)?$", re.I)
_HAD_RELATIVE = re.compile(r",\s*(?:which|who)\s+had\b[^,;()]*$")
_NOW_STATE = re.compile(r"\s+(?:part\s+of|known\s+as|rebranded|renamed|called|named|a|an|the)\b", re.I)
_LATER = re.compile(r"\b(?:later|subsequently|afterwards|eventually|thereafter)\b(?!\s+(?:known|called|named|dubbed|"
                    r"renamed|nicknamed)\b)", re.I)  # not "Z, later known as Gonzalo, led a faction"
_WORST_IN = re.compile(r"\b(?:deadliest|worst|biggest|largest|bloodiest|heaviest|most\s+(?!notably\b|recently\b|likely\b)"
                       r"\w+)\b[^,;]{0,60}$")
# what a group announces that is its own act, not a claim it reports: "announced the formation of Y", "announced
# its dissolution", "announced a new alliance with Y"
_ITS_OWN_ACT = (r"\s+(?:(?:the|a|an|its|their|his|her|our|new|own|joint|official|formal)\s+){0,3}(?:formation|creation|"
                r"establishment|founding|launch|merger|dissolution|disbanding|alliance|coalition|union|unification|"
                r"integration|withdrawal|split|defection|allegiance)\b")
_REPORTED = re.compile(r"\b(?:reportedly|according to|said|says|say|reported|reports|claimed|claims|insisted|insists|"
                       r"confirmed|confirms|"
                       r"in a statement|statement|announced(?!" + _ITS_OWN_ACT + r")|alleged(?:ly)?|told|quoted|cited|purportedly|"
                       r"accused|accuses|accusing|blamed|blames|blaming|sources|"
                       r"(?:regards?|regarded|considers?|considered|views|viewed|brands|branded|sees|designates|designated|"
                       r"labels|labelled)(?=\s+(?:[\w'\u2019-]+\s+){0,5}?as\b)|"  # "Turkey regards the YPG as ..."
                       r"which\s+(?:the\s+)?(?:[\w-]+\s+){1,2}(?:calls|dubs|names)\s+(?:its|their))\b", re.I)
_LIKELY = re.compile(r"\b(?:likely|probably|suggests?|apparently|believed to|appears? to|seems? to|thought to|"
                     r"rumou?red to|understood to|presumed to|"
                     r"suspected|presumably|it is (?:widely\s+)?(?:thought|believed)|(?:analysts?|experts?|observers?|"
                     r"officials?|diplomats?|researchers?|many|some|others)\s+(?:\w+\s+)?(?:believe|think|suspect)|"
                     r"(?:widely|generally|often)\s+(?:seen|regarded|viewed|considered|described)\s+as)\b",
                     re.I)
_POSSIBLE = re.compile(r"\b(?:may|might|could|possibly|perhaps|may have|might have|could have)\b", re.I)
# what a sentence leaves open: a condition that opens it ("If X joins Y, ...", within its reach, for commas get
# lost), or a doubt the fact stands after ("it is unclear whether X has joined Y")
_CONDITION = re.compile(r"\s*[\"\u201c]?(?:If|Unless|Should|Were)\s[^,;]{0,60}$|"
                        r"\b(?i:unclear|uncertain|not\s+(?:yet\s+)?(?:clear|known|certain))\s+(?i:whether|if)\b[^.;]{0,80}$")
_NEGATION = re.compile(r"\b(?:not|never|no longer|refused to|rejected|refuses to|declined to|denied|denies|deny|"
                       r"neither|nor|n't|failed to|would not|did not|rather than|instead of)\b", re.I)


_DENIED_THAT = re.compile(r"\b(?:denied|denies|deny|denying|(?:no|little|scant|scarce)\s+(?:evidence|proof|indication|sign)s?|"
                          r"(?:rejected|rejects|rejecting|dismissed|dismisses|dismissing|refuted|refutes)\s+(?:the\s+)?"
                          r"(?:claims?|reports?|allegations?|accusations?|charges?|suggestions?))\s+(?:\w+\s+){0,2}?(?:that\s+)?(?:it|they|its|their|the\s+\w+|"
                          r"[A-Z][\w-]*)?[^,.;]{0,40}?\b(?:had|has|have|was|were|is|are)?\s*$")


# a claim reported, then called false after its clause: "Reports that X had captured P were false"
_REPORTS_THAT = re.compile(r"\b(?:reports?|claims?|allegations?|rumou?rs?|accounts?)\s+that\s+[^,;]*$", re.I)
_WERE_FALSE = re.compile(r"[^,;]*?\b(?:was|were|is|are|proved|proven)\s+(?:\w+ly\s+)?(?:false|untrue|baseless|unfounded|"
                         r"fabricated|wrong|inaccurate)\b", re.I)
# what the speaker of a sentence is called before his verb: no clause of its own, no quotation
_CLAUSE_IN_SUBJECT = re.compile(r"[\"\u201c\u201d:;]|\b(?:was|were|is|are|has|had|have|been|be|will|would|who|which|"
                                r"that|when|after|as|if|sent|took|fought|led|held|won|lost|left|began|met|made|gave|went|"
                                r"came|hit|struck|shot|drove|rose|fell|became|overran|withdrew|seized|attacked|killed|"
                                r"captured|launched|joined|sends|gives|provides|supplies|backs|supports|arms|funds|trains|"
                                r"controls|leads|commands|joins|fights|attacks|seizes|captures|takes|holds)\b|"
                                r"(?-i:(?<![\w-])(?!armed\b)[a-z]+ed\b)", re.I)  # (a headline's present: "Iran sends arms to
# X, report says")  # not "Armed Forces", "armed wing"
# a speaker described by a relative clause of his own, up to the speech verb
_SPEAKER_WHO = re.compile(r"\s*[^,;:\"\u201c\u201d]{1,60},\s*(?:who|which)\s+[^,;:\"\u201c\u201d]{1,120},\s*")
_SPOKE = re.compile(r"\b(?:said|says|told|announced|stated|added|claimed|claims|confirmed|confirms|accused|accuses|"
                    r"blamed|blames|insisted|insists)\b")


def modality(view: View, pos: int, described: bool = False) -> str:
    """asserted / reported / likely / possible, from cues in the sentence around `pos`. A `described` fact
    (a relation) in the speaker's own description is the article's ("Z, the commander of X, said ...",
    "X's spokesman Z told reporters ..."): asserted, what he said being another matter."""
    t = view.text
    lo, hi = max(0, pos - view.start - 120), pos - view.start + 80
    lo = max(lo, max(t.rfind(";", 0, pos - view.start), t.rfind(":", 0, pos - view.start)) + 1)  # its own clause:
    local = t[lo:hi]  # "X could not have fought without Zagreb: it was armed by Croatia" is said outright
    if any(_modal(m, local) for m in _POSSIBLE.finditer(local)) or _CONDITION.search(t[:pos - view.start]):
        return "possible"
    if _LIKELY.search(local):
        return "likely"
    cue = _REPORTED.search(t)
    if described and cue and cue.start() > pos - view.start and _SPOKE.fullmatch(cue.group(0)) and \
            (not _CLAUSE_IN_SUBJECT.search(t[:cue.start()]) or _SPEAKER_WHO.fullmatch(t[:cue.start()])):
        return "asserted"  # (and "Z, who commands X's northern sector, said ...")
    if cue and re.match(r"regard|consider|view|brand|see|designate|label", cue.group(0), re.I) and \
            re.search(r"(?:,\s*and|;)\s", t[cue.end():pos - view.start]) and not _REPORTED.search(t, cue.end()):
        cue = None  # "ISKP regards the Taliban as apostates, and the two have fought": the view ends with its clause
    close = t.find(",", pos - view.start)
    if cue and 0 <= close < cue.start() and ";" not in t[pos - view.start:close] and opens_aside(t[:close]):
        cue = None  # "X, which has fought alongside Y since 2021, was accused of ...": the aside is the article's own
    at = pos - view.start
    if cue or t.lstrip().startswith(("\"", "\u201c")) or _DENIAL_BEFORE.search(t[max(0, at - 60):at + len(
            re.match(r"\w*", t[at:]).group(0))]):
        return "reported"  # (a denial is a claim too: "X denied any involvement in the attack on Y")
    return "asserted"


_DENIAL_BEFORE = re.compile(r"\b(?:denied|denies|deny|denying)\b[^,;.]*$", re.I)


def _modal(m: re.Match, local: str) -> bool:
    """'may' is a modal, but a capitalised 'May' inside a sentence is the month ('in May 2014')."""
    return m.group(0)[0] != "M" or not local[:m.start()].strip(" \"\u201c")


def polarity(view: View, pos: int, window: int = 40) -> str:
    """negated when a negation cue stands just before the trigger at `pos`, or a denial governs the
    clause it stands in ('denied reports that it had attacked')."""
    if _DENIED_THAT.search(view.between(max(view.start, pos - 90), pos)):
        return "negated"
    if _REPORTS_THAT.search(view.between(max(view.start, pos - 90), pos)) and \
            _WERE_FALSE.match(view.text, pos - view.start):
        return "negated"  # "Reports that the Dawn Front had captured Idlib were false"
    local = view.between(max(view.start, pos - window), pos)
    cues = list(_NEGATION.finditer(local))
    if not cues or re.search(r",\s*not\s+(?:the\s+)?[^,;]{1,60},\s*(?:\w+ly\s+)?$", local):
        return "affirmed"  # (not "X, not the Hawks Brigade, captured P": the other side named, the capture X's)
    # the cue must govern the trigger: "did not join", "refused to join", not "if they were not aided
    # by other rebels in their fight"
    if re.match(r"\s+(?:fully|entirely|completely|wholly)\b", local[cues[-1].end():]):
        return "affirmed"  # "not fully integrated into X" qualifies the membership, it does not deny it
    rest = local[cues[-1].end():]
    if re.fullmatch(r"\s+(?:take|taken|took|taking|play|played)\s+(?:any\s+)?part\s+in\s+(?:the\s+|a\s+|an\s+|any\s+)?"
                    r"(?:[\w-]+\s+)?|\s+(?:participate|participated|(?:been\s+)?involved)\s+in\s+(?:the\s+|a\s+|an\s+|any\s+)?"
                    r"(?:[\w-]+\s+)?", rest):
        return "negated"  # "did not take part in the offensive": no part in it
    return "negated" if len(rest.split()) <= 3 else "affirmed"
