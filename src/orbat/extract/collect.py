"""Collect relations and events found by the rules, with evidence, dates, modality and polarity."""
from __future__ import annotations

import re

from orbat.extract.mentions import FORCE_HEADS
from orbat.extract.names import demonym, lookup
from orbat.extract.view import Slot, View, modality, polarity
from orbat.model import Event, Evidence, Relation

SYMMETRIC = frozenset({"allied_with", "hostile_to"})
SIDES = frozenset({"allied_with", "hostile_to", "backed_by"})  # ties between the sides of a war
# A tie the noun phrase says is over: "a former al-Qaeda affiliate", "its one-time ally"
_FORMER = re.compile(r"\b(?:former|one-?time|erstwhile|ex-|once(?=\s+(?:close\s+)?(?:allies|ally|partners?|backers?)\b))\s*(?:[\w'\u2019-]+\s+){0,2}?(?:affiliates?|branch(?:es)?|"
                     r"wings?|arms?|offshoots?|franchises?|ally|allies|partners?|backers?|sponsors?|prox(?:y|ies)|"
                     r"units?|factions?|members?|part)\b", re.I)
_EXCEPTED = re.compile(r"\b(?:with the exception of|except(?: for)?|apart from|other than|save for|leaving only|"
                       r"but not)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_NEAR = re.compile(r"\b(?:near|nearby|close to|towards?|in the direction of|outside|between|positions around|lines around|(?:north|south|east|west)(?:ern)?\s+of)"
                   r"\s+(?:the\s+)?(?:(?![\w-]*-(?:held|controlled|occupied)\s)[\w-]+\s+)?(?:of\s+)?$", re.I)
# a part or a site of a place held is not the place: "held the northern half of Côte d'Ivoire", "the Freeport of
# Monrovia", "the headquarters of the Southern Military District in Rostov-on-Don"
_PART_OF = re.compile(r"\b(?:half|edge|outskirts|fringes?|corner|sector|suburbs?|section|port|freeport|airport|"
                      r"headquarters|barracks|base|border|crossing|gates?)\s+(?:of|in)\s+(?:the\s+)?$", re.I)
_BETWEEN_AND = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w'-]+\s+){1,3}and\s+(?:the\s+)?$")  # "between Marka and Barawe"
# not "near the Israeli-held"; "areas it controlled outside the city of Homs" are not Homs
# a country named as where something happens: "air strikes in Syria", "an offensive in neighbouring Iraq"
_WHERE = re.compile(r"\b(?:in|into|inside|across|throughout|within)\s+(?:the\s+)?(?:(?:neighbou?ring|war-torn|"
                    r"northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|"
                    r"south-?western)\s+)?$", re.I)
_BORDER_OF = re.compile(r"(?:['\u2019]s?|s)?\s+(?:border|borders|frontier|boundary)\b", re.I)
_DENIED_AFTER = re.compile(r"[^.;]{0,160}?(?:\b(?:an?\s+|the\s+)?(?:accusation|charge|claim|allegation)s?\s+(?:that\s+)?"
                           r"(?:[\w'\u2019-]+\s+){0,4}?(?:has\s+|have\s+|had\s+)?(?:denied|denies|deny|rejected|rejects)\b|"
                           r",\s*which\s+(?:both\s+|all\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:has\s+|have\s+|had\s+)?"
                           r"(?:denied|denies|deny|rejected|rejects)\s*(?:[.;]|$))",  # "..., which both governments denied."
                           re.I)
_BEFORE_NOW = re.compile(r"\b(?:previously|formerly)\s+(?:[\w-]+\s+)?$|,\s*once\s+(?:closely\s+)?$|"  # "Fano militias, once allied with"
                         r"\b(?:previously|formerly)\s+(?:[\w'\u2019]+[\s-]){0,3}?\w+-?$", re.I)  # "the formerly al Qaeda-affiliated HTS"


def _ids(slots) -> list[str]:
    out = []
    for s in slots:
        eid = s.eid if isinstance(s, Slot) else s
        if eid not in out:
            out.append(eid)
    return out


# what a place's own apposition or relative clause says of it: "north of Manbij, a key IS stronghold", "near Kafr
# Nabl, which is controlled by X": who holds that place
_APPOSED_TO_PLACE = re.compile(r"\s*,\s*(?:(?:a|an|the)\s+[^,;()]{0,40}|(?:which|that)\s+[^,;()]{0,60})$")


class Collector:
    """Accumulates the facts of one article; duplicates are merged, not repeated."""

    def __init__(self):
        self.relations: list[Relation] = []
        self.events: list[Event] = []
        self._rel_index: dict[tuple, Relation] = {}
        self._by_sentence: dict[int, list[Event]] = {}

    @staticmethod
    def evidence(view: View) -> Evidence:
        return Evidence(view.text, view.start, view.end)

    def relation(self, view: View, subj, rel: str, obj, pos: int, *, valid_from=None, valid_until=None,
                 role=None, rank=None, negated=None, confidence=0.7, date=None, ended=False) -> None:
        s = subj.eid if isinstance(subj, Slot) else subj
        o = obj.eid if isinstance(obj, Slot) else obj
        if not s or not o or s == o:
            return
        if rel == "member_of" and isinstance(obj, Slot) and obj.type in ("state", "place"):
            return  # "US President Donald Trump": a state's officer, not a member of an armed organization
        if rel == "part_of" and isinstance(subj, Slot) and subj.type == "person":
            return  # GUIDE: a person is a member, no unit ("he would not join the Rural Force")
        if rel in ("controls", "operates_in") and isinstance(obj, Slot) and (
                _EXCEPTED.search(view.between(max(view.start, obj.start - 45), obj.start)) or
                rel == "controls" and ((near := _NEAR.search(view.between(max(view.start, obj.start - 30), obj.start)))
                                       and not (pos >= obj.end and (re.match(r"toward|in the direction", near.group(0))
                                                                    or _APPOSED_TO_PLACE.match(view.between(obj.end, pos))))
                                       or  # "pushing towards Tabaqa, held by Daesh since 2014": Tabaqa is held
                                       _PART_OF.search(view.between(max(view.start, obj.start - 30), obj.start)) or
                                       _BETWEEN_AND.search(view.between(max(view.start, obj.start - 50), obj.start)))):
            return  # "back under regime control with the exception of the Waer district", "regained control over
            # point 875 near al-Tloul al-Sud": not held
        if rel in ("controls", "operates_in") and isinstance(obj, Slot) and obj.type in ("state", "place") and \
                _BORDER_OF.match(view.text, obj.end - view.start):
            return  # "territory along Turkeys border": the border area, not the country
        if rel == "controls" and isinstance(obj, Slot) and pos < obj.start and \
                re.search(r"\binto\s+(?:the\s+)?$", view.between(max(view.start, obj.start - 12), obj.start)):
            return  # "a route from rebel-held northern Syria into Turkey" (not "into X, which is controlled by")
        if rel == "backed_by" and isinstance(subj, Slot) and isinstance(obj, Slot) and \
                all(x.type in ("state", "state_force") or x.text.split()[-1].casefold() in FORCE_HEADS
                    for x in (subj, obj)) and (home := state_of(subj.text)) and home == state_of(obj.text):
            if "state" in (subj.type, obj.type):
                return  # a state's force backed by its own state: no tie to report
            rel = "allied_with"  # "the Sri Lanka Army, supported by the Sri Lanka Navy": one state's forces fight
            # together; neither sponsors the other
        if rel in SIDES and any(_where(view, x) for x in (subj, obj)):
            return  # "Russian air strikes in Syria bolster the government": Syria is where, no side
        pol = "negated" if negated else ("affirmed" if negated is False else polarity(view, pos))
        key = (s, rel, o, pol) if rel not in SYMMETRIC else (*sorted((s, o)), rel, pol)
        old = self._rel_index.get(key)
        if old:
            old.valid_from = old.valid_from or valid_from
            old.valid_until = old.valid_until or valid_until
            old.role = old.role or role
            old.rank = old.rank or rank
            if date and not old.date_text:
                old.date_text, old.date_anchor = date.text, date.anchor
            old.confidence = min(0.95, max(old.confidence, confidence) + 0.05)
            if view.start != old.evidence.start:
                old.restated.append((view.start, pos))
            return
        if date is None and valid_until is None and rel != "member_of" and (ended or _ended(view, pos)):
            date_text = "former"  # ended by the time of writing: the pipeline bounds it by the publication date
        else:
            date_text = date.text if date else None
        r = Relation(s, rel, o, self.evidence(view), valid_from=valid_from, valid_until=valid_until,
                     polarity=pol, modality="possible" if INTENDED.search(view.between(max(view.start, pos - 40), pos))
                     else modality(view, pos, described=True), role=role, rank=rank,
                     confidence=confidence, trigger=pos,
                     date_text=date_text, date_anchor=date.anchor if date else None)
        self._rel_index[key] = r
        self.relations.append(r)
        if pol == "affirmed" and _DENIED_AFTER.match(view.text, pos - view.start):
            r.modality = "possible"  # "... says it cooperates with Damascus, an accusation the YPG has denied":
            # a charge its target denies in the same sentence is no more than possible

    def renumber_events(self) -> None:
        for n, ev in enumerate(self.events, 1):
            ev.id = f"v{n}"

    def events_in(self, view: View) -> list[Event]:
        """The events found so far in this sentence, in the order found."""
        return list(self._by_sentence.get(view.start, ()))

    def event(self, view: View, typ: str, pos: int, *, agent=(), from_=(), to=(), target=(),
              locations=(), quantity=None, negated=None, confidence=0.6, dated=True) -> Event | None:
        agent, target = [x for x in agent if not _where(view, x)], [x for x in target if not _where(view, x)]
        agent, from_, to, target = _ids(agent), _ids(from_), _ids(to), _ids(target)
        from_ = [x for x in from_ if x not in agent]
        to = [x for x in to if x not in agent]
        target = [x for x in target if x not in agent]
        if not (agent or from_ or to or target):
            return None
        if INTENDED.search(view.between(max(view.start, pos - 40), pos)) or \
                _READYING.search(view.between(max(view.start, pos - 40), pos)) or \
                typ == "clash" and _FORMED_TO.search(view.between(max(view.start, pos - 40), pos)):
            return None  # "threatened to attack X", "plans to join Y", "is preparing an offensive", "was formed in 2012
            # to fight X": an aim, nothing done yet
        d = view.date_near(pos) if dated else None
        pol = "negated" if negated else polarity(view, pos)
        if pol == "negated":
            return None  # a refusal or denial is a negated relation, not an event
        for ev in self._by_sentence.get(view.start, ()):
            if ev.type == typ and set(ev.agent) == set(agent) \
                    and ev.polarity == pol:
                ev.from_ = _ids(ev.from_ + from_)
                ev.to = _ids(ev.to + to)
                ev.target = _ids(ev.target + target)
                ev.locations = _ids(ev.locations + _ids(locations))
                return ev
        ev = Event(f"v{len(self.events) + 1}", typ, self.evidence(view),
                   date=d.value if d else None, date_text=d.text if d else None,
                   date_anchor=d.anchor if d else None,
                   agent=agent, from_=from_, to=to, target=target, locations=_ids(locations),
                   quantity=quantity, polarity=pol, modality=modality(view, pos), confidence=confidence)
        self.events.append(ev)
        self._by_sentence.setdefault(view.start, []).append(ev)
        return ev


# an aim before the verb: "threatened to attack", "plans to join", "is expected to merge with" (not "tried to", "refused
# to": an attempt happened, a refusal is a negation)
INTENDED = re.compile(r"\b(?:plans?|planned|planning|vow(?:s|ed|ing)?|promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|"
                      r"threat(?:en|ens|ened|ening)|wants?|wanted|hopes?|hoped|intends?|intended|seeks?|sought|aims?|aimed|"
                      r"expected|likely|ready|willing|poised|set|prepared|preparing|offer(?:s|ed)?|called\s+on\s+\S+)\s+to\s+"
                      r"(?:\w+ly\s+)?$", re.I)

# a noun for an act still being readied: "is preparing an offensive against X", "plans a new assault"
_READYING = re.compile(r"\b(?:preparing|prepares|readying|readies|plans|planning|mulling|considering)\s+(?:an?\s+|the\s+|its\s+|"
                       r"their\s+)?(?:[\w-]+\s+){0,2}$", re.I)

# the purpose a group was founded for: "was formed in 2012 to fight X" (its enmity, no fight on that date)
_FORMED_TO = re.compile(r"\b(?:formed|founded|created|set\s+up|established|raised)\s+(?:in\s+\d{4}\s+)?(?:\w+\s+){0,3}?"
                        r"to\s+(?:\w+ly\s+)?$", re.I)


def _where(view: View, x) -> bool:
    """Whether a state's mention names where something happens, not who does it ("in neighbouring Iraq",
    "in Aleppo, Syria")."""
    if not isinstance(x, Slot) or x.type != "state" or x.anaphor or adjective(x):
        return False  # (not "killed in Turkish strike": a demonym names whose, never where)
    start = next((p.start for p in view.slots if p.type == "place" and p.end <= x.start
                  and re.fullmatch(r"\s*,?\s*", view.between(p.end, x.start))), x.start)
    return bool(_WHERE.search(view.between(max(view.start, start - 30), start))) and \
        not re.match(r"['\u2019]s?\b", view.text[x.end - view.start:]) and \
        not (x.text.endswith("s") and lookup(x.text) is None)  # "in Ankaras offensive": whose, not where


def adjective(s: Slot) -> bool:
    """Whether a state is named by its demonym alone ("Syrian" of "the Syrian and Lebanese forces", "Turkish" of
    "killed in Turkish strike")."""
    known = demonym(s.text) if s.type == "state" else None
    return known is not None and known.name != s.text


def _ended(view: View, pos: int) -> bool:
    """Whether the trigger at `pos` stands in a "former ..." noun phrase (or just before it), or just
    after "previously" / "formerly" ("had previously been controlled by")."""
    a = pos - view.start
    if _BEFORE_NOW.search(view.text[max(0, a - 30):a]):
        return True
    return any(m.start() - 5 <= a < m.end() for m in _FORMER.finditer(view.text, max(0, a - 60), a + 60))


def state_of(name: str) -> str | None:
    """The country (iso2) a state or state force is named for: the lexicon's, else the state or demonym its
    first words name ("Sri Lanka Navy", "Rhodesian Air Force")."""
    hit = lookup(name)
    if hit and hit.country:
        return hit.country
    words = name.split()
    for n in range(min(3, len(words) - 1), 0, -1):
        lead = " ".join(words[:n])
        st = lookup(lead)
        known = st if st and st.type == "state" else demonym(lead)
        if known and known.country:
            return known.country
    return None
