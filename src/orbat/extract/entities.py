"""Group the mentions of one article into entities: one id, the fullest name, every other form as alias.

Mentions share an entity when they fold to the same key, name the same lexicon entry, are defined
as each other's acronym or translation ("Jaish al-Islam (Army of Islam)", "(HTS)"), or one is a
short form of the other ("Afisi" for "Haitham Afisi", "Hazzm" for "Hazzm movement").
"""
from __future__ import annotations

import re
from collections import Counter

from orbat.extract.mentions import HONORIFICS, Mention, lookup
from orbat.model import Entity
from orbat.extract.names import word_sets

_DESCRIBED = re.compile(r"(?<=\w)\s+(?:(?:terror|terrorist|jihadist|militant|extremist|armed|rebel)\s+)?"
                        r"(?:group|organi[sz]ation|gunmen|militants|fighters|terrorists|jihadists)$", re.I)
# what a name is, said after it ("the M23 rebel group"): the name is the one before it ("the Maute group" stays)
_KIND_DESCRIBED = re.compile(r"(?<=\w)\s+(?:terror|terrorist|jihadist|militant|extremist|armed|rebel)\s+"
                             r"(?:group|organi[sz]ation)$")  # (in lower case: not "Foreign Terrorist Organization")
_PAREN_GAP = re.compile(r"^\s*\(\s*[\"\u201c]?$")
_KNOWN_AS = re.compile(r"(?:also |commonly |better )?known (?:by his nom de guerre |by the name |as )|"
                       r"nom de guerre |a\.k\.a\.? |aka |^\s*,\s*alias\s+|^\s*\(\s*alias\s+", re.I)  # "Z, alias W,"
_ALIAS = re.compile(r"\s*(?:,|\()\s*alias\s+$", re.I)  # "Z, alias W": a man's other name
# a group's other name in apposition: "X, also known as Y", "X (also known as Y)"
_NAME_KNOWN_AS = re.compile(r"\s*[,(]\s*(?:(?:also|commonly|better|locally|formally|officially|widely|otherwise|formerly|"
                            r"previously)\s+)?"
                            r"(?:known\s+(?:locally\s+|in\s+(?-i:[A-Z])[a-z]+\s+)?as|(?:formerly|previously)\s+(?:called|named)|"
                            r"known\s+by\s+(?:its|their|the)\s+(?:[\w-]+\s+)?(?:acronym|initials|abbreviation))\s+"
                            r"(?:the\s+)?[\"\u201c]?", re.I)  # ("known in Arabic as Y", "previously called Y", "known by
# its acronym Y")
# the old name a sentence opens on: "Formerly known as the Sun Brigade, the Hawks Brigade ..."
_FRONTED_KNOWN_AS = re.compile(r"(?:^|[.!?]\s+|\n)\W*(?:Formerly|Previously|Once|Also|Better|Originally)\s+known\s+as\s+"
                               r"(?:the\s+)?[\"\u201c]?$")
# a group's new name after its old: "X renamed itself Y", "X, which changed its name to Y in 2017," (GUIDE: one group)
_RENAMED_TO = re.compile(r"\s*,?\s*(?:which\s+|that\s+)?(?:later\s+|then\s+|in\s+\d{4}\s+)?(?:renamed\s+(?:itself|themselves)|"
                         r"changed\s+(?:its|their)\s+name\s+to|rebranded\s+(?:itself\s+)?as|(?:was\s+|were\s+)?renamed)\s+"
                         r"(?:in\s+\d{4}\s+)?(?:as\s+)?(?:the\s+)?[\"\u201c]?", re.I)
TYPE_RANK = {"coalition": 5, "armed_group": 4, "state_force": 4, "organization": 3, "state": 3,
             "person": 2, "place": 1}


class EntityTable:
    """Union-find over mention keys, then one Entity per class."""

    def __init__(self):
        self.parent: dict[str, str] = {}
        self.mentions: list[Mention] = []
        self.person_aliases: set[str] = set()

    def find(self, k: str) -> str:
        self.parent.setdefault(k, k)
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra

    def add(self, mentions: list[Mention], text: str) -> None:
        """Add one sentence's mentions, linking acronyms, translations and "known as" names."""
        for m in mentions:
            self.find(m.key)
            self.mentions.append(m)
        for a, b in zip(mentions, mentions[1:]):
            gap = text[a.end:b.start]
            if _PAREN_GAP.match(gap) and text[b.end:b.end + 3].lstrip("\"\u201d' ").startswith(")"):
                if _compatible(a, b):
                    self.union(a.key, b.key)
            elif _KNOWN_AS.search(gap) and len(gap) < 40 and a.type == "person" and (
                    b.type in ("person", None) or _ALIAS.match(gap) and not b.canonical):
                self.union(a.key, b.key)  # "Jorge Luis Zambrano, alias Rasquiña": one man, whatever the recogniser
                self.person_aliases.add(b.key)  # took the alias for
            elif (_NAME_KNOWN_AS.fullmatch(gap) or _RENAMED_TO.fullmatch(gap) or
                  _FRONTED_KNOWN_AS.search(text[max(0, a.start - 60):a.start]) and  # "Formerly known as the Sun
                  re.fullmatch(r"[\"\u201d]?\s*,\s*(?:the\s+)?", gap)) and a.type != "person" and \
                    _compatible(a, b) and \
                    not (a.canonical and b.canonical and a.canonical != b.canonical):
                self.union(a.key, b.key)  # "the Jenin Brigade, also known as the Jenin Battalion": one group

    def link_short_forms(self) -> None:
        """Merge a short form into the one longer name it abbreviates."""
        units = word_sets()["unit"]
        by_root: dict[str, list[Mention]] = {}
        for m in self.mentions:
            by_root.setdefault(self.find(m.key), []).append(m)
        roots = list(by_root)
        for r in roots:
            ms = by_root[r]
            short = min(ms, key=lambda m: len(m.key))
            words = short.key.split()
            if not words or len(words) > 2:
                continue
            core = [w for w in words if w not in units]
            if not core:
                continue
            matches = []
            for r2 in roots:
                if r2 == self.find(r):
                    continue
                ms2 = by_root[r2]
                if not _compatible(short, ms2[0]):
                    continue
                for m2 in ms2:
                    w2 = m2.key.split()
                    if len(w2) <= len(words) or m2.type == "place" and _LOCATOR_FORM.search(m2.text):
                        continue  # "north of Aleppo" is another place than Aleppo
                    if short.type == "person" and m2.type == "person":
                        if w2[-len(words):] == words:
                            matches.append(r2)
                            break
                    elif w2[-len(words):] == words or (w2[:len(core)] == core and set(w2[len(core):]) <= units):
                        matches.append(r2)
                        break
            if len(set(matches)) == 1:
                self.union(matches[0], r)

    def entities(self) -> tuple[list[Entity], dict[str, str]]:
        """Entities in order of first mention, and a map from mention key to entity id."""
        groups: dict[str, list[Mention]] = {}
        for m in self.mentions:
            groups.setdefault(self.find(m.key), []).append(m)
        ordered = sorted(groups.values(), key=lambda ms: ms[0].start)
        out, key_to_id = [], {}
        for n, ms in enumerate(ordered, 1):
            eid = f"e{n}"
            typ = _vote_type(ms)
            if any(m.key in self.person_aliases for m in ms) and any(m.type == "person" for m in ms):
                typ = "person"
            forms = []
            for m in ms:
                core = _DESCRIBED.sub("", m.text) if typ in ("armed_group", "coalition") else None
                for f in (m.attrs.get("full_name"), None if m.attrs.get("unnamed") else m.text, core):  # "X's northern
                    # branch", named with its owner ("Russian" of "Russian General Z" names no force);
                    if f and f not in forms:  # "Daesh terror group" is also "Daesh"
                        forms.append(f)
            canonical = next((m.canonical for m in ms if m.canonical), None)
            described = {m.text for m in ms if m.attrs.get("described")}  # "Haftar's forces": no name of its own
            named = [f for f in forms if f not in described] + ([canonical] if described and canonical else [])
            named = named or forms or [canonical]
            named = [f for f in named if not (_KIND_DESCRIBED.search(f) and _DESCRIBED.sub("", f) in named)] or named
            name = max(named, key=lambda f: (not f.isupper(), len(f), f == canonical))  # a tie: the lexicon's name
            if canonical and typ in ("state", "place") and (all(m.canonical == canonical for m in ms) or
                                                            getattr(lookup(name), "name", None) == canonical):
                name = canonical  # "the Islamic Republic" is Iran, "the Turkish government" stays itself
            elif canonical and typ == "state_force" and (canonical in forms or all(f[:1].islower() for f in forms)):
                name = canonical  # "the army", "regime forces": named for the force they stand for
            attrs: dict = {}
            for m in ms:
                for k in ("rank", "role"):
                    if m.attrs.get(k) and k not in attrs:
                        attrs[k] = m.attrs[k]
            if canonical and canonical != name:
                attrs["canonical"] = canonical
            src = next((m.source for m in ms if m.source), None)
            if src:
                attrs["lexicon_source"] = src
            if typ == "person":  # "Mullah Fazlullah", "King Gyanendra": how the article names him, title and all
                forms += [f"{m.attrs['rank']} {m.text}" for m in ms if (m.attrs.get("rank") or "").lower() in HONORIFICS
                          and f"{m.attrs['rank']} {m.text}" not in forms]
            out.append(Entity(eid, name, typ, [f for f in forms if f != name], attrs))
            for m in ms:
                key_to_id[m.key] = eid
        return out, key_to_id


_LOCATOR_FORM = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s", re.I)


def _compatible(a: Mention, b: Mention) -> bool:
    actor = {"armed_group", "coalition", "state_force", "organization"}
    if a.type == b.type:
        return True
    return a.type in actor and b.type in actor


def _vote_type(ms: list[Mention]) -> str:
    lex = [m.type for m in ms if m.canonical]
    if lex:
        return lex[0]
    counts = Counter(m.type for m in ms)
    return max(counts, key=lambda t: (counts[t], TYPE_RANK.get(t, 0)))
