"""The extraction pipeline for one article:

    clean (chrome out, title) -> publication date -> date expressions -> sentences -> mentions
    -> entities -> coreference -> relations and events -> dates carried along the narrative.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from datetime import date, timedelta

from orbat.extract import decide, parse
from orbat.extract.clean import clean_page
from orbat.extract.recase import recase
from orbat.extract.coref import Salience, find_anaphors, leads_its_sentence, statement_author
from orbat.extract.dates import MONTHS, WEEKDAYS, Anchor, DateMention, find_dates, parse_anchor
from orbat.extract.entities import EntityTable
from orbat.extract.collect import Collector
from orbat.extract.events import LEADER_ROLES, PARTNER, EventRules, group_of
from orbat.extract.relations import FOUNDING_VERBS, ITS_ROLE, RelationRules
from orbat.extract.view import OPENS_RELATIVE, Slot, View, opens_aside
from orbat.extract.mentions import COMMUNITIES, Mention, MentionFinder, is_portfolio
from orbat.model import Document, Extraction
from orbat.extract.names import HEADLINE_VERB, demonym, lexicon_index, lookup, name_key, national_forces, word_sets
from orbat.extract.published import find_published
from orbat.lexicons import load
from orbat.extract.sentences import split_sentences

_BASED = re.compile(r"[-\u2010\s]based\b(?!\s+(?:in|on|at|near|out)\b)", re.I)
_AIRCRAFT_AFTER = re.compile(r"(?:-?\d+s?)?(?:\s+[A-Z][A-Za-z]{0,3}-\d+\w*)?\s+(?:bombers?|jets?|warplanes?|fighter[- ]?jets?|"
                             r"fighter-bombers?|fighters?\s+jets?|aircraft|planes?|helicopters?|gunships?|drones?)\b")
_FIGHTERS_AFTER = re.compile(r"\s+(?:rebels|militants|jihadists|insurgents|opposition|fighters|gunmen|militias?)\b")
_FINDER: MentionFinder | None = None
SIDES = frozenset({"part_of", "backed_by", "allied_with", "hostile_to"})
BYSTANDERS = frozenset({"media", "monitor", "ngo", "igo", "government_body", "debris"})
_DEMONYM_LIST = re.compile(r"(?:[A-Z][a-z]+(?:,\s+|\s+and\s+))+$")  # "Eritrean and " before "Ethiopian troops"
_FORCES = re.compile(r"\b(?:(?:[Tt]he\s+)?(?:[Pp]ro-government|[Pp]ro-regime|[Gg]overnment|[Rr]egime|[Rr]egime's|"
                     r"[Gg]overnment's|state)\s+"
                     r"(?:forces|troops|soldiers|units|army|military|aircraft|warplanes|planes|jets)|"
                     r"(?:[Tt]he\s+)?(?<![Pp]ro-)(?:[Gg]overnment|[Rr]egime)\s+fighters|"  # not "pro-government fighters"
                     r"(?:[Tt]he\s+)?(?:army|military|junta)(?![\w-])|(?:[Tt]he\s+)?federal\s+(?:forces|troops|army|soldiers)|"
                     r"^(?:Army|Military)(?=\s+(?:chief|commander|spokes(?:man|woman|person))\b)|"  # "Army chief General Z"
                     r"(?P<dem>(?:(?:South|North|Sri|Central|Sierra|Costa|New|Papua|East|West)\s+)?[A-Z][a-z]+|U\.S\.|US|UK)"
                     r"(?:['\u2019]s)?\s+(?:state\s+|armed\s+|security\s+)?(?:forces|troops|soldiers|army|military|warplanes|jets|"
                     r"air force|aircraft|contingent|servicemen|service ?members|marines|paratroopers|commandos|"
                     r"special forces|navy|artillery|tanks|helicopters|gunships|drones|warships|fighter jets|bombers))\b")
# a state's officer named by its demonym and his rank: "Russian General Vladimir Savchenko"
_DEMONYM_RANK = re.compile(r"\b(?P<dem>[A-Z][a-z]+)\s+(?=(?:Lieutenant\s+General|Major\s+General|Brigadier(?:\s+General)?|"
                           r"General|Gen\.|Colonel|Col\.|Admiral|Lieutenant\s+Colonel)\s+(?!(?:Staff\w*|Command|Assembly|"
                           r"Secretary|Directorate|Prosecutor|Security|Intelligence|Headquarters)\b)[A-Z])")  # (not "the
# Russian General Staff")
# "the US-led coalition", "a Saudi-led military coalition": a coalition named by the state that leads it
_LED_COALITION = re.compile(r"\b(?P<dem>[A-Z][a-z]+|U\.S\.|US|UK)-led\s+(?:(?:international|military|Arab|multinational|"
                            r"anti-(?:IS|ISIS|ISIL|jihadist)|global)\s+)*(?:coalition|alliance)\b")
_GOVERNMENT = re.compile(r"\b(?<!parallel )(?<!rival )(?<!shadow )(?<!exiled )(?<![Pp]ro-)(?:(?P<dem>[A-Z][a-z]+)\s+)?"
                         r"(?:government|regime|state|^Regime(?=\s+(?:air\s*strikes|helicopters|bombardment|shelling)\b))"
                         r"\b(?![-\u2010])")  # (and "Regime air strikes killed ..." opening a sentence: a weapon the regime
# fires; not a headline's "Regime offensive tightens grip on P", whose sides the story names after it)
_OF_STATE = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?")  # "the government of Sudan", "the government in Kigali"


def _finder() -> MentionFinder:
    global _FINDER
    if _FINDER is None:
        lexicon_index()
        _FINDER = MentionFinder()
    return _FINDER


def extract(raw: str, published: str | None = None, url: str | None = None,
            source: str | None = None, title: str | None = None,
            published_source: str | None = None, learned: bool = True, observe=None) -> Extraction:
    """Run the whole pipeline over one article's raw text.

    `published_source` says where a given `published` came from (default "given"); `title`, when
    known from page metadata, is kept over the one the cleaner finds. With `learned` (and shipped
    weights) the trained models decide over the rules' candidates; `observe(entities, pairs, args)`
    sees the candidates before that decision (training reads them so)."""
    page = clean_page(raw)
    text = recase(page.text)  # a page that lost all its capitals gets back those the lexicons know
    provenance = (published_source or "given") if published else None
    from_page = provenance not in (None, "given")  # metadata, url or page markup: checked against the text
    if not published:
        published, provenance = find_published(raw, page)
    anchor = _anchor(published)
    dates = find_dates(text, anchor)
    note = None
    clash = _contradicted(anchor, provenance, dates) if from_page and anchor else None
    if clash:
        published, provenance, note = _text_date_instead(raw, page, clash)
        anchor = _anchor(published)
        dates = find_dates(text, anchor)
    doc = Document(text=text, title=title or page.title, published=published, published_source=provenance,
                   url=url, source=source, published_note=note)
    if not text.strip():
        return Extraction(document=doc)
    date_starts = [d.start for d in dates]
    sentences = split_sentences(text)
    spans = [dates[bisect_left(date_starts, s.start):bisect_left(date_starts, s.end)] for s in sentences]
    finder = _finder()
    finder.begin_document(text)
    per_sentence = [[_force_alias(m, text) for m in finder.find(s.text, s.start)] for s in sentences]
    spans = [[d for d in ds if not any(m.start < d.end and d.start < m.end and m.type not in ("place", "state") for m in ms)]
             for ds, ms in zip(spans, per_sentence)]  # "the March 23 Movement" names no date
    learned = learned and len(text) <= PARSE_LIMIT
    if learned or observe:
        _recognised_names(sentences, per_sentence)
    _named_again(sentences, per_sentence)
    # "the British-based monitor", "the London based Observatory": where a source sits, no party
    # (not "the Idlib-based Hawks Brigade", "a Kafr Nabl-based faction": where a group is, the relations read it, and
    # marked: no theatre of the sentence, "the Istanbul-based X said regime warplanes ..." are Syria's, not Turkey's)
    for ms in per_sentence:
        for m in ms:
            if m.type in ("state", "place") and _BASED.match(text, m.end):
                m.attrs["based"] = True
    per_sentence = [[m for m in ms if not (m.attrs.get("based") and not _group_based(m, ms, text))
                     and not (m.type == "state" and not m.attrs.get("demonym") and _FIGHTERS_AFTER.match(text, m.end))
                     and not (m.canonical is None and m.type in ("organization", "armed_group") and " " not in m.text
                              and _AIRCRAFT_AFTER.match(text, m.end))]
                    for ms in per_sentence]  # nor "Syria rebels", "pro-Turkey Syria militants": fighters in a country;
    # nor "Tupolev bombers", "Sukhoi Su-34 jets": the aircraft's maker, no party
    filed = []
    for a, b in _datelines(text, dates):  # "DAMASCUS, Jan 3 (Reuters) -": where and by whom it was filed
        filed += [m for ms in per_sentence for m in ms if a <= m.start and m.end <= b]
        per_sentence = [[m for m in ms if not (a <= m.start and m.end <= b)] for ms in per_sentence]
    # "... Feb 092015 BEIRUT At least 15 people were killed": a city in capitals opening the story
    capitals = [[m for m in ms if _capital_dateline(m, text)] for ms in per_sentence]
    filed += [m for ms in capitals for m in ms]
    per_sentence = [[m for m in ms if m not in cs] for ms, cs in zip(per_sentence, capitals)]
    country = _dominant_country([filed] + per_sentence, text)  # (a tie goes to where the story was filed)
    per_sentence = [[_anchored(m, country) for m in ms] for ms in per_sentence]
    for s, ms in zip(sentences, per_sentence):
        ms.extend(_generic_state_actors(s.text, s.start, ms, _sentence_country(ms) or country))
        ms.sort(key=lambda m: m.start)
    _the_named_army(per_sentence)
    _the_named_police(sentences, per_sentence)
    _nicknamed(sentences, per_sentence)
    _surnames(sentences, per_sentence)
    table = EntityTable()
    for ms in per_sentence:
        table.add(ms, text)
    table.link_short_forms()
    entities, key_to_id = table.entities()
    types = {e.id: e.type for e in entities}

    col = Collector()
    member_groups: dict[str, str] = {}
    relation_rules = RelationRules(col, member_groups)
    event_rules = EventRules(col, member_groups)
    salience = Salience()
    salience.author = statement_author(raw, text, [m for ms in per_sentence for m in ms])
    views: list[View] = []
    for i, (s, ms) in enumerate(zip(sentences, per_sentence)):
        slots = [_slot(m, key_to_id, types) for m in ms]

        stood_for: list[Mention] = []
        for ana in find_anaphors(s.text, s.start):
            if any(m.start < ana.end and ana.start < m.end for m in ms):
                continue  # a name's own words ("the Alliance" of "the Alliance Fleuve Congo")
            if ana.noun == "plural":
                for ante in salience.resolve_plural(ana, i, ms, s.text, s.start):
                    eid = _entity_id(ante, table, key_to_id)
                    if eid:
                        slots.append(Slot(ana.start, ana.end, eid, types[eid], ana.text, anaphor=True))
                        stood_for.append(replace(ante, start=ana.start, end=ana.end, attrs={"plural": True}))
                continue
            nominal = ana.noun not in ("it", "its", "their", "he", "his", "him", "they", "speaker", "we", "kind", "kind's")
            ante = salience.resolve(ana, i, ms, exclude_keys=_list_members(ms, ana.start, text) if nominal else frozenset(),
                                    sentence=s.text, offset=s.start)
            if ante is not None and ana.noun == "speaker" and ana.text.lower() == "they":
                for other in _listed_with(ante, ms, text)[1:]:  # "A, B and C announced that they had merged"
                    eid = _entity_id(other, table, key_to_id)
                    if eid:
                        slots.append(Slot(ana.start, ana.end, eid, types[eid], ana.text, anaphor=True))
            born = _newly_formed(col, sentences[max(0, i - 3)].start) if nominal and _NEW.search(ana.text) else None
            if born is not None:  # "... joined the new group": the group the last sentences said was formed
                slots.append(Slot(ana.start, ana.end, born, types[born], ana.text, anaphor=True))
            elif ante is not None:
                eid = _entity_id(ante, table, key_to_id)
                if eid:
                    slots.append(Slot(ana.start, ana.end, eid, types[eid], ana.text, anaphor=True))
                    if nominal and ante.type != "person" and leads_its_sentence(ana, ms) and \
                            not s.text[:ana.start - s.start].strip(" \"'\u201c"):
                        salience.opened_by[i] = replace(ante, start=ana.start, end=ana.end)
                    if ana.noun in ("it", "its") and ante.type != "person" and leads_its_sentence(ana, ms):
                        stood_for.append(replace(ante, start=ana.start, end=ana.end))  # "Its fighters waged ...":
                        # the sentence's subject, for the next sentence's "its"
        his = [_his_group(x, s, col, member_groups, types) for x in slots]
        for y in (y for x, y in zip(slots, his) if y is not x):  # "Shekau's group" is the group he leads for the
            kin = next((m for m in table.mentions if key_to_id.get(m.key) == y.eid), None)  # sentences after it too
            if kin is not None:
                stood_for.append(replace(kin, start=y.start, end=y.end, attrs={}))
        slots = his
        view = View(s.text, s.start, slots, spans[i], i)
        if not _is_name_list(s.text):
            relation_rules.run(view)
            event_rules.run(view)
            views.append(view)
        salience.add(i, ms + stood_for, s.text, s.start)
    trained = decide.models() if learned else None
    if trained or observe:
        # a model that adds no reading needs only the rules' readings and their sentences
        every_rel, every_arg = (True, True) if observe or not trained else (trained[0].add <= 1, trained[1].add <= 1)
        pairs, args = decide.candidates(views, col, every_rel, every_arg)
        if observe:
            observe(entities, pairs, args)
        if trained:
            decide.apply(pairs, args, col, *trained)
    col.renumber_events()
    _carry_dates(col, sentences, spans)
    _date_relations(col, sentences, spans, text)
    _end_at_death(col, entities)
    _close_at_deaths(col, {**_deaths_named(views), **event_rules.deaths})
    _end_former_ties(col, published, sentences, spans, text)
    _lost_in_capture(col, published)
    _drop_one_side_ties(col, entities, text)
    _no_founding_heads_of_state(col, entities)
    used = {r.subject for r in col.relations} | {r.object for r in col.relations}
    for ev in col.events:
        used.update(ev.agent + ev.from_ + ev.to + ev.target + ev.locations)
    # a place, or a name only the recogniser found, is reported when a fact names it
    found_by_rules = {_entity_id(m, table, key_to_id) for ms in per_sentence for m in ms if m.source != "ner"}
    entities = [e for e in entities if e.id in used or (e.type != "place" and e.id in found_by_rules)]
    return Extraction(document=doc, entities=entities, relations=col.relations, events=col.events)


# a war, a conflict or a campaign that began, or ended ("ended"), at the date after it
_WAR_TURNED = re.compile(r"\b(?P<noun>conflict|war|fighting|hostilities|clashes|insurgency|rebellion|campaign)\b[^.;]{0,120}?\b"
                         r"(?:(?P<began>began|begun|broke out|erupted|started|resumed|flared(?:\s+up)?)(?:\s+in\s+earnest)?|"
                         r"(?P<ended>ended|came\s+to\s+(?:an?\s+)?(?:formal\s+|official\s+|final\s+)?(?:end|close)|was\s+over)"
                         r"\b[^.;]{0,60}?)\s+(?:on|in)\s+(?:early\s+|late\s+|mid-?)?$|"
                         r"\b(?P<launched>launched|began|started|opened)\s+(?:its|their|a|an|the)\s+(?:[\w-]+\s+){0,2}(?:campaign|"
                         r"offensive|war|insurgency|rebellion)\s+against\b[^.;,]{0,80}?\b(?:on|in)\s+(?:early\s+|late\s+|mid-?)?$|"
                         r"\b(?:took\s+up\s+arms|rose\s+up|rebelled|revolted)\s+against\b[^.;,]{0,80}?\b(?:on|in)\s+"
                         r"(?:early\s+|late\s+|mid-?)?$", re.I)  # "took up arms against the state in 2009"
_DURING = re.compile(r"\b(?i:during|throughout|in)\s+(?:the\s+)?$")  # before a span of years a fight lasted
_PORTFOLIO_OF = re.compile(r"\s+(?:Minister|Secretary)\s+[A-Z]")
_CAPS_PLACE = re.compile(r"[A-Z][A-Z'\u2019 -]{3,}")
_STORY_OPENS = re.compile(r"\s*(?:\([A-Za-z .]{2,30}\)\s*)?(?:[-\u2013\u2014,:]\s*)?[A-Z][a-z]")


# "Shekau's group", "Z's fighters": the men a leader leads
_HIS_MEN = re.compile(r"['\u2019]s?\s+(?:own\s+|loyal\s+|armed\s+)?(?:group|faction|fighters|men|forces|militia|movement|"
                      r"organi[sz]ation|troops|loyalists|followers|gunmen|militants)\b")


def _his_group(slot: Slot, sentence, col: Collector, member_groups: dict[str, str], types: dict[str, str]) -> Slot:
    """A leader's name before "'s group", "'s fighters" stands for the group he leads, once the article has
    said which ("Shekau led Boko Haram ... ISWAP broke away from Shekau's group")."""
    if slot.type != "person" or slot.anaphor or not _HIS_MEN.match(sentence.text, slot.end - sentence.start):
        return slot
    group = group_of(col, member_groups, slot.eid)
    return Slot(slot.start, slot.end, group, types[group], slot.text) if group in types else slot


def _capital_dateline(m: Mention, text: str) -> bool:
    """A state or place named in capitals and followed by the first words of a sentence ("BEIRUT At
    least ..."): a dateline that lost its date or comma; where the story was filed, no party."""
    return m.type in ("state", "place") and bool(_CAPS_PLACE.fullmatch(text[m.start:m.end])) and \
        bool(_STORY_OPENS.match(text, m.end))


def _datelines(text: str, dates) -> list[tuple[int, int]]:
    """The spans of the datelines: a line's opening city (and country), date and agency."""
    out = []
    for d in dates:
        if d.kind == "dateline":
            tail = re.match(r"\s*(?:\([^()\n]{1,40}\))?\s*[-\u2013\u2014:]?", text[d.end:])
            out.append((text.rfind("\n", 0, d.start) + 1, d.end + tail.end()))
    return out


_NAMED_ROLE = re.compile(r"\b(?:election|appointment|selection|nomination)\s+of\s+[A-Z]|^\W*Under\s+[A-Z]")


def _recognised_names(sentences, per_sentence: list[list[Mention]]) -> None:
    """Add the persons, organisations and places spaCy's recogniser finds in the sentences that can hold
    a fact (an actor already named, or a trigger word) and a capitalised name no mention covers."""
    covered = [[(m.start, m.end) for m in ms] for ms in per_sentence]
    jobs = []  # (sentence, start of the window in it, the window's text)
    for k, s in enumerate(sentences):
        if any(m.is_actor or m.type == "person" for m in per_sentence[k]) or decide.has_trigger(s.text) \
                or ITS_ROLE.search(s.text) or _NAMED_ROLE.search(s.text):
            # "Its military commander was Z", "Z became its political leader", "the election of Z as ..."
            for a, b in parse.windows(s.text, parse.unplaced_names(s.text, s.start, covered[k])):
                jobs.append((k, a, s.text[a:b]))
    for (k, at, _), doc in zip(jobs, parse.recognise([text for *_, text in jobs])):
        for a, b, text, typ in parse.ner_names(doc, sentences[k].start + at, covered[k], sentences[k].text):
            if any(a <= m.start and m.end <= b and (typ == "place" or m.type == "person" or m.attrs.get("possessor"))
                   for m in per_sentence[k]):
                continue  # "Brigadier Z" holds the person Z: no organisation around him; "Turkeys Special
                # Forces" holds the owner of a unit the rules left unnamed
            places = [m for m in per_sentence[k] if a <= m.start and m.end <= b and m.type in ("place", "state")]
            if len(places) >= 2 and not text[places[-1].end - a:].strip() and \
                    not "".join(text[x.end - a:y.start - a] for x, y in zip(places, places[1:])).strip(" ,") and \
                    re.fullmatch(r"\s*(?:[A-Z][a-z]{2,8}\.?\s+\d[\d\s,]*)?", text[:places[0].start - a]):
                continue  # "KHAN SHEIKHUN Syria", "Jul 282016 QAMISHLI Syria": a place and its country (a dateline)
            if _PORTFOLIO_OF.match(sentences[k].text, b - sentences[k].start) or is_portfolio(
                    sentences[k].text[:a - sentences[k].start], text):
                continue  # "Interior Minister Mohamed Ibrahim", "Secretary of Defense Z": a portfolio, no organisation
            if text.casefold() in COMMUNITIES or typ in ("armed_group", "organization") and \
                    text.casefold().endswith(("terrorism", "extremism")):
                continue  # "CODECO, a Lendu militia": a people's name describes fighters, it names no group; nor
                # does "Takfiri Terrorism"
            per_sentence[k] = [m for m in per_sentence[k] if not (a <= m.start and m.end <= b and m.type == "place")]
            if typ in ("armed_group", "organization") and _listed_with_place(per_sentence[k], a, b, sentences[k]):
                typ = "place"  # "5 in Almiyassar and Karm Albeiq": a name listed with places is one
            m = Mention(a, b, text, typ, name_key(text), source="ner")
            MentionFinder.widen_group(m, sentences[k].text, sentences[k].start)
            per_sentence[k].append(m)
        per_sentence[k].sort(key=lambda m: m.start)
    for s, ms in zip(sentences, per_sentence):
        _places_listed_before_places(s, ms)
    # one unknown word the article places elsewhere ("the village of Almehemdiya") is that place wherever the
    # recogniser calls it an organisation ("condemned the attack on Almehemdiya")
    places = {m.key for ms in per_sentence for m in ms if m.type == "place"}
    for ms in per_sentence:
        ms[:] = [replace(m, type="place") if m.source == "ner" and m.type in ("armed_group", "organization")
                 and " " not in m.text and m.key in places else m for m in ms]


def _named_again(sentences, per_sentence: list[list[Mention]]) -> None:
    """A group no lexicon knows, found once by the words around it ("the Seleka rebels", "Séléka was a coalition
    of rebel groups"), is the same group wherever the article writes its name again ("Seleka then attacked
    Bangui"); not a name only the recogniser found, a word of a person's name in the article, a people or a
    demonym."""
    common = word_sets()["common"]
    people = {w for ms in per_sentence for m in ms if m.type == "person" for w in m.text.split()}
    found = {}
    for m in (m for ms in per_sentence for m in ms):
        if m.type in ("armed_group", "coalition") and not m.canonical and m.source != "ner" and len(m.text) >= 4 and \
                m.text[:1].isupper() and m.text.casefold() not in common | COMMUNITIES and \
                not demonym(m.text) and not set(m.text.split()) & people:
            found.setdefault(m.text, m)
    if not found:
        return
    pattern = re.compile(r"(?<![\w'-])(?:" + "|".join(re.escape(t) for t in sorted(found, key=len, reverse=True)) +
                         r")(?![\w-])")
    for s, ms in zip(sentences, per_sentence):
        for hit in pattern.finditer(s.text):
            a, b = s.start + hit.start(), s.start + hit.end()
            if not any(m.start < b and a < m.end for m in ms):
                ms.append(replace(found[hit.group(0)], start=a, end=b, attrs={}))
        ms.sort(key=lambda m: m.start)


# a man named with his nickname in quotation marks between his names: 'Ismael "El Mayo" Zambada'
_NICKNAMED = re.compile(r"(?<![\w-])[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+){0,2}\s+[\"\u201c][A-Z][\w'\u2019-]*"
                        r"(?:\s+[A-Z][\w'\u2019-]*){0,2}[\"\u201d]\s+[A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z][a-z][\w'\u2019-]*)?")


def _nicknamed(sentences, per_sentence: list[list[Mention]]) -> None:
    """'Ismael "El Mayo" Zambada', 'Jimmy "Barbecue" Cherizier': one person, his nickname inside his name (the
    recogniser stops at the quotation marks); not over a name a lexicon or a rule already placed."""
    for s, ms in zip(sentences, per_sentence):
        for m in _NICKNAMED.finditer(s.text):
            a, b = s.start + m.start(), s.start + m.end()
            inside = [x for x in ms if x.start < b and a < x.end]
            q = re.search(r"[\"\u201c][^\"\u201d]*[\"\u201d]", m.group())
            quoted = (a + q.start(), a + q.end())  # a nickname may sound like a place ("El Mayo")
            if any(x.type != "person" and (x.canonical or x.source != "ner") and
                   not (quoted[0] <= x.start and x.end <= quoted[1]) for x in inside) or \
                    lookup(m.group().split()[0]) is not None:
                continue
            plain = re.sub(r"\s+[\"\u201c][^\"\u201d]*[\"\u201d]", "", m.group())  # "Ismael Zambada" too
            ms[:] = [x for x in ms if x not in inside] + [Mention(a, b, m.group(), "person", name_key(m.group()),
                                                                  attrs={"full_name": plain})]
            ms.sort(key=lambda x: x.start)


def _surnames(sentences, per_sentence: list[list[Mention]]) -> None:
    """'Abdelmalek Droukdel, the emir of AQIM ... Droukdel was killed', 'French forces killed al-Sahrawi': a
    person's last name alone, where no mention stands, is that person again (the entity table joins it to the
    full name)."""
    common = word_sets()["common"]
    keys: dict[str, set[str]] = {}
    for m in (m for ms in per_sentence for m in ms if m.type == "person" and 2 <= len(m.text.split()) <= 4):
        keys.setdefault(m.text.split()[-1], set()).add(m.key)
    names = {w: next(iter(k)) for w, k in keys.items() if len(k) == 1 and len(w) >= 4 and (
        w[:1].isupper() or re.match(r"(?:al|el|ad|as|ash|an|ar|at|az)-[A-Z]", w))  # "al-Sahrawi"
             and not w.isupper() and w.casefold() not in common and lookup(w) is None}  # one person by that name
    if not names:
        return
    # "al-Sahrawi" opens a sentence as "Al-Sahrawi"
    alts = [f"[{w[0]}{w[0].upper()}]{re.escape(w[1:])}" if w[0].islower() else re.escape(w) for w in names]
    pattern = re.compile(r"(?<![\w'\u2019-])(" + "|".join(sorted(alts, key=len, reverse=True)) + r")(?![\w-])")
    for s, ms in zip(sentences, per_sentence):
        for m in pattern.finditer(s.text):
            a, b = s.start + m.start(), s.start + m.end()
            w = m.group(1)
            key = names.get(w) or names[w[0].lower() + w[1:]]
            # "Misuari's commander": the recogniser's organisation is the man whose surname it is
            ms[:] = [replace(x, type="person", key=key, canonical=None) if x.start == a and x.end == b and
                     x.source == "ner" and x.type != "person" else x for x in ms]
            if not any(x.start < b and a < x.end for x in ms):
                ms.append(Mention(a, b, w, "person", key))
        ms.sort(key=lambda x: x.start)


def _places_listed_before_places(sentence, ms: list[Mention]) -> None:
    """'held parts of Mejicanos, Ciudad Delgado, Zacamil and Soyapango': capitalised names no one found, listed
    just before places (which the recogniser did find), are places of the same list; so are the names of an
    'organisation' the recogniser made of them."""
    def before_place(end: int) -> bool:
        nxt = next((x for x in ms if x.start >= end), None)
        return nxt is not None and nxt.type == "place" and bool(
            re.fullmatch(r"\s*,\s*(?:and\s+)?|\s+and\s+", sentence.text[end - sentence.start:nxt.start - sentence.start]))

    for x in [x for x in ms if x.source == "ner" and x.type in ("organization", "armed_group") and "," in x.text]:
        if before_place(x.end):  # "Mejicanos, Ciudad Delgado" taken for one organisation
            ms.remove(x)
            ms.extend(Mention(x.start + p.start(), x.start + p.end(), p.group(0), "place", name_key(p.group(0)),
                              source="ner") for p in _CAPITALISED_RUN.finditer(x.text))
    ms.sort(key=lambda x: x.start)
    for m in reversed(list(_CAPITALISED_RUN.finditer(sentence.text))):
        a, b = sentence.start + m.start(), sentence.start + m.end()
        if any(x.start < b and a < x.end for x in ms) or m.group(0).split()[0] in ("The", "A", "An") + MONTHS + WEEKDAYS:
            continue  # "Kisangani fell in March and Lubumbashi in April": a month
        if not before_place(b):
            continue
        if not re.search(r"(?:\b(?:of|in|near|around|at|to|from|into|and|the)\s+|,\s*)$", sentence.text[:m.start()]):
            continue  # the list opens after a preposition or continues one
        ms.append(Mention(a, b, m.group(0), "place", name_key(m.group(0)), source="ner"))
        ms.sort(key=lambda x: x.start)


_CAPITALISED_RUN = re.compile(r"(?<![\w'\u2019-])[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}")


def _listed_with_place(mentions: list[Mention], a: int, b: int, sentence) -> bool:
    """Whether [a, b) is joined by "and" or "or" (after a count: "in X 3 and Y") to a place named just
    before or after it."""
    def gap(x: int, y: int) -> bool:
        return bool(re.fullmatch(r"\s*(?:\d+\s*)?,?\s*\b(?:and|or)\s+(?:the\s+)?",
                                 sentence.text[x - sentence.start:y - sentence.start]))
    return any(m.type == "place" and (m.end <= a and gap(m.end, a) or b <= m.start and gap(b, m.start))
               for m in mentions)


_HEAD_OF_STATE = re.compile(r"(?:President|Prime Minister|King|Emperor|Premier|Chancellor)", re.I)


def _no_founding_heads_of_state(col: Collector, entities) -> None:
    """'The National Guard, created this year under Lopez Obrador' (President Lopez Obrador earlier): a force
    set up in a head of state's time in office; he is not its founding leader."""
    heads = {e.id for e in entities if _HEAD_OF_STATE.fullmatch(e.attributes.get("rank") or "")}
    col.relations = [r for r in col.relations if not (r.role == "founding leader" and r.subject in heads)]


def _drop_one_side_ties(col: Collector, entities, text: str) -> None:
    """A country, its government and its national army are one side: 'Syria' fighting 'the Syrian
    government', the Syrian army 'backed by' or 'allied with' Syria, is a misreading (a demonym or a dateline taken
    for an actor), never a fact. A news outlet, a monitor, an NGO, an international organisation or a
    government body is no side of a fight, an alliance or an order of battle ('the Observatory',
    'Doctors Without Borders' whose hospital was hit)."""
    forces = national_forces()
    side: dict[str, str] = {}
    for e in entities:
        name = e.attributes.get("canonical") or e.name
        hit = lookup(name) if e.type in ("state", "state_force", "organization") else None
        governs = re.fullmatch(r"([A-Z]\w+) government", name)  # "the Russian government", named for its state
        hit = hit or (demonym(governs.group(1)) if governs and e.type == "state" else None)
        iso = hit.country if hit else None
        if iso in forces and (name in forces[iso] or re.fullmatch(r"[A-Z]\w+ government|Government of .+", name)):
            side[e.id] = iso
    col.relations = [r for r in col.relations if not (
        r.relation in ("hostile_to", "backed_by", "allied_with") and side.get(r.subject)
        and side.get(r.subject) == side.get(r.object))]
    from orbat.kinds import actor_kind, kind_from_context  # here: orbat.kinds reads orbat.resolve, which imports
    # this package
    bystander = {e.id for e in entities if e.type == "organization" and (
        actor_kind(e.name, e.type) in BYSTANDERS or kind_from_context(e.name, [text]) in BYSTANDERS)}
    col.relations = [r for r in col.relations if not (
        r.relation in SIDES and (r.subject in bystander or r.object in bystander))]
    for ev in col.events:
        if ev.type == "clash":
            ours = {side.get(a) for a in ev.agent} - {None}
            ev.target = [t for t in ev.target if (side.get(t) not in ours or side.get(t) is None) and t not in bystander]


_NEW = re.compile(r"\bnew\b", re.I)


def _newly_formed(col: Collector, since: int) -> str | None:
    """The group the latest formation or merger since offset `since` made, if one did."""
    born = [ev.agent[0] if ev.type == "formation" else ev.to[0] for ev in col.events
            if ev.evidence.start >= since and (ev.type == "formation" and ev.agent or ev.type == "merger" and ev.to)]
    return born[-1] if born else None


def _listed_with(m: Mention, ms: list[Mention], text: str) -> list[Mention]:
    """`m` and the names coordinated after it ('A, B and C')."""
    out = [m]
    for n in ms:
        if n.start >= out[-1].end and n.type == m.type and \
                re.fullmatch(r"(?:\s*\([^()]{1,12}\))?[\s,]*(?:and\s+)?(?:the\s+)?", text[out[-1].end:n.start]):
            out.append(n)
        elif n.start >= out[-1].end:
            break
    return out


def _entity_id(m: Mention, table: EntityTable, key_to_id: dict[str, str]) -> str | None:
    return key_to_id[table.find(m.key)] if m.key in key_to_id else key_to_id.get(m.key)


_HEADLINE_VERB = re.compile(rf"\b{HEADLINE_VERB}\b")


def _is_name_list(sentence: str) -> bool:
    """A run of names with hardly a lower-case word and no headline's verb (a tag list, a menu): no statement."""
    words = re.findall(r"[A-Za-z][\w'-]*", sentence)
    if re.match(r"\s*(?:Tags|Topics|Keywords)\b", sentence) and len(words) <= 16:
        return True  # a tag line the crawler kept: "Tags Syria air strike SOHR ISIS"
    if len(words) < 10 or len(words) <= 16 and _HEADLINE_VERB.search(sentence):
        return False  # "Syrian Army Kills 11 ISIL Terrorists, Destroys Their Positions in Deir Ezzor": a headline
    if re.search(r"\b[a-z]{2,}ed\s+(?:the|an?|its|their)\s", sentence):
        return False  # "In June 1985 A B, C D and E F formed the X": a verb and its object, a statement
    caps = sum(w[0].isupper() for w in words)
    return caps / len(words) > 0.75


PARSE_LIMIT = 200_000  # characters: a longer text (a book, a dump run together) is read by the rules alone

PAGE_DATE_SLACK_DAYS = 62  # an article may name a date this far past its publication (a scheduled vote)


@dataclass
class Contradiction:
    text: str
    latest: str


def _contradicted(anchor: Anchor, provenance: str, dates) -> Contradiction | None:
    """A date from page metadata, url or page markup that the text contradicts: an article that
    reports a day more than PAGE_DATE_SLACK_DAYS after its page date was not published then."""
    latest = max((d.value for d in dates if d.anchor is None and d.kind == "date" and d.value
                  and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.value)), default=None)
    claimed = date(anchor.year, anchor.month or 1, anchor.day or 1)
    if latest is None or date.fromisoformat(latest) <= claimed + timedelta(days=PAGE_DATE_SLACK_DAYS):
        return None
    return Contradiction(f"the page's {provenance} date {anchor.iso()} is earlier than {latest}, a date its text "
                         "reports", latest)


def _text_date_instead(raw: str, page, clash: Contradiction) -> tuple[str | None, str | None, str]:
    """The text's own dateline or byline in place of a contradicted page date, else no date; and why."""
    published, provenance = find_published(raw, page)
    if published and published[:4] >= clash.latest[:4]:
        return published, provenance, f"{clash.text}; the {provenance} date is used instead"
    return None, None, f"{clash.text}; the publication date is left unknown"


def _anchor(published: str | None) -> Anchor | None:
    if not published:
        return None
    try:
        return parse_anchor(published)
    except ValueError:
        return None


def _slot(m: Mention, key_to_id: dict[str, str], types: dict[str, str]) -> Slot:
    eid = key_to_id[m.key]
    slot = Slot(m.start, m.end, eid, types[eid], m.text)
    owner = m.attrs.get("owner")
    if owner and owner in key_to_id and key_to_id[owner] != eid:
        slot.owner = key_to_id[owner]
        slot.owner_type = types[slot.owner]
    slot.rank = m.attrs.get("rank")
    slot.modifier = bool(m.attrs.get("modifier"))  # names a member inside another name ("YPG-FSA X")
    return slot


def _list_members(ms: list[Mention], pos: int, text: str) -> frozenset[str]:
    """Keys of a coordinated list of three or more units before `pos`: "the group" after such a list is
    not one of them (it is rather the group that owns them)."""
    before = [m for m in ms if m.end <= pos and m.type != "place"]
    run: list[Mention] = []
    for m in before:
        if run and re.fullmatch(r"[\s,]*(?:and\s+)?(?:the\s+)?", text[run[-1].end:m.start]):
            run.append(m)
        else:
            run = [m]
    members = [m for m in run if not m.attrs.get("possessor")]
    return frozenset(m.key for m in members) if len(run) >= 3 else frozenset()


_REGION_BEFORE = re.compile(r"\b(North|South|East|West|Central|Latin)\s+$")


def _group_based(m: Mention, ms: list[Mention], text: str) -> bool:
    """Whether the place a '-based' compound names locates an armed group: the group's name or its kind follows."""
    after = _BASED.match(text, m.end).end()
    return bool(_BASED_KIND.match(text, after)) or any(
        x.type in ("armed_group", "coalition") and re.fullmatch(r"\s+", text[after:x.start]) for x in ms)


_BASED_KIND = re.compile(r"\s+(?:(?:rebel|armed|militant|jihadist|islamist|insurgent)\s+)?(?:faction|group|militia|brigade|"
                         r"battalion|rebels|fighters|insurgents|movement)\b")


def _dominant_country(per_sentence: list[list[Mention]], text: str = "") -> str | None:
    """The country most of the article's places, states and demonyms ("the southern Philippine city";
    not "Turkish-backed", which names a sponsor) belong to (iso2); where it names none, the one country whose
    forces it names ("the Sri Lanka Army")."""
    counts: Counter[str] = Counter()
    demonyms = lexicon_index()[2]
    for w in _CAPITAL_WORD.finditer(text):
        region = _REGION_BEFORE.search(text[max(0, w.start() - 9):w.start()])
        pair = demonyms.get(name_key(region.group(1) + " " + w.group())) if region else None
        st = pair if region else demonyms.get(name_key(w.group()))  # "South Sudanese"; not "Central American"
        if st and st.country:
            counts[st.country] += 1
    for ms in per_sentence:
        for m in ms:
            if m.type not in ("place", "state") or m.attrs.get("demonym") or m.attrs.get("based"):
                continue  # "Turkish-backed" names a sponsor, not where the article happens; nor does "Istanbul-based"
            name = m.canonical or re.sub(r"^(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)+", "", m.text,
                                         flags=re.I)
            hit = lookup(name)
            if hit and hit.country:  # a place, or a state named in full ("the Kingdom of Nepal"), weighs double; a
                # province known only by its ISO name weighs single ("Salah al-Din" is a district of Tripoli too)
                counts[hit.country] += 2 if m.type == "place" and not hit.source.startswith("ISO 3166-2") or \
                    _FORMAL_STATE.search(text, 0, m.start) else 1
    if not counts:
        forces = {hit.country for ms in per_sentence for m in ms if m.type == "state_force" and not _generic(m.text)
                  for hit in [lookup(m.canonical or m.text)] if hit and hit.country}
        return forces.pop() if len(forces) == 1 else None
    return counts.most_common(1)[0][0]


_CAPITAL_WORD = re.compile(r"\b[A-Z][a-z]+\b(?!-)")
_FORMAL_STATE = re.compile(r"\b(?:Kingdom|Republic|Sultanate|Emirate|Principality)\s+of\s+(?:the\s+)?$")


def _force_alias(m: Mention, text: str) -> Mention:
    """"GNA forces": a body's name that runs on into "forces" or "troops" as a lexicon alias of an armed force names
    that force, not the government whose forces they are."""
    after = _FORCES_AFTER.match(text, m.end) if m.type == "organization" else None
    hit = lookup(m.text + " " + after.group(1)) if after else None
    if hit is None or hit.type not in ("state_force", "armed_group", "coalition"):
        return m
    return replace(m, end=after.end(), text=text[m.start:after.end()], type=hit.type, key=name_key(hit.name),
                   canonical=hit.name, source=hit.source)


_FORCES_AFTER = re.compile(r"\s+(forces|troops)\b")


def _generic(name: str) -> bool:
    from orbat.resolve import is_generic  # here: orbat.resolve imports this package
    return is_generic(name)


def _anchored(m: Mention, country: str | None) -> Mention:
    """A unit the lexicons know under a generic name ("the 4th Division", Syria's 4th Armoured Division) is
    that unit only in an article about its country; elsewhere it is a unit of the same number, named as written."""
    hit = lookup(m.canonical) if m.canonical and _generic(m.text) else None
    if hit is None or not hit.country or hit.country == country:
        return m
    return replace(m, canonical=None, source=None, key=name_key(m.text))


def _sentence_country(ms: list[Mention]) -> str | None:
    """The one country every place a sentence names lies in, when it names no state ("Haditha and other towns
    remain under control of government forces" in a story filed on Syria: Iraq's forces), else None."""
    if any(m.type == "state" for m in ms):
        return None
    found = set()
    for m in ms:
        if m.type == "place" and not m.attrs.get("based"):
            hit = lookup(m.canonical or m.text)
            bare = lookup(re.sub(r"s$", "", m.text))  # "Lebanons": a possessive that lost its apostrophe
            if hit and hit.type == "state" or bare and bare.type == "state":
                continue  # a country named as a place ("the border with Lebanon", "Lebanons Hezbollah"): no theatre
            found.add(hit.country if hit else None)
    return found.pop() if len(found) == 1 else None


def _coordinated_forces(text: str, offset: int, m: re.Match, found: list[Mention], taken: list, forces: dict) -> list:
    """'Eritrean and Ethiopian troops', 'Syrian and Russian warplanes': each demonym listed before the one a
    force's phrase begins with names that state's force too (its state mention is removed from `found`)."""
    out = []
    listed = _DEMONYM_LIST.search(text, 0, m.start("dem"))
    if listed and re.search(r"\bbetween\s+(?:the\s+)?$", text[:listed.start()]):
        return out  # "clashes between the Syrian and Lebanese forces and militants of X": the sides are unclear
    for w in re.finditer(r"[A-Z][a-z]+", listed.group(0)) if listed else ():
        hit = demonym(w.group(0))
        if hit is None or hit.name == w.group(0) or hit.country not in forces:
            continue  # "Syria and Russian troops": a state's name, no force of it
        a, b = offset + listed.start() + w.start(), offset + listed.start() + w.end()
        for d in [x for x in found if a <= x.start and x.end <= b and x.type == "state"]:
            found.remove(d)
            taken.remove((d.start, d.end))
        name = forces[hit.country][1]
        out.append(Mention(a, b, w.group(0) + " " + text[m.end("dem"):m.end()].strip(), "state_force",
                           name_key(name), name, None, {"described": False}))
    return out


def _generic_state_actors(text: str, offset: int, found: list[Mention], country: str | None) -> list[Mention]:
    """'regime forces', 'the army', 'Russian troops', 'the Syrian government': the national force or
    government of the article's country (or of the demonym's). A demonym mention that such a phrase
    begins ("Syrian" in "Syrian forces") is removed from `found`: the phrase names the actor."""
    out: list[Mention] = []
    taken = [(m.start, m.end) for m in found]

    def free(a: int, b: int) -> bool:
        return not any(s < b and a < e for s, e in taken + [(m.start, m.end) for m in out])

    forces = national_forces()
    for m in _FORCES.finditer(text):
        a, b = offset + m.start(), offset + m.end()
        # "Iraqi government forces": the demonym before the phrase names the force's state
        dem = next((x for x in found if x.type == "state" and x.attrs.get("demonym") and
                    re.fullmatch(r"\s", text[x.end - offset:m.start()])), None) if not m.group("dem") else None
        owner = next((x for x in found if x.type == "state" and re.fullmatch(r"['\u2019]s\s+", text[x.end - offset:m.start()])),
                     None) if not dem and not m.group("dem") else None  # "Ethiopia's federal army": Ethiopia's own
        hit = (lookup(dem.canonical) or lookup(dem.text)) if dem else \
            (lookup(owner.canonical or owner.text) if owner else None)
        iso = hit.country if hit else _country_meant(m, country, forces)
        if iso not in forces:
            continue
        surface = re.sub(r"^the\s+", "", m.group(0), flags=re.I)
        if surface in ("military", "army", "junta") and not m.group(0)[:3].lower() == "the":
            continue
        a = b - len(surface)
        if dem:
            found.remove(dem)
            taken.remove((dem.start, dem.end))
            a, surface = dem.start, text[dem.start - offset:m.end()]
        if m.group("dem"):  # "Syrian forces": the demonym names the force's state, not an actor of its own
            dem_start = offset + m.start("dem")
            for d in [x for x in found if dem_start <= x.start and x.type == "state" and x.end <= b]:  # "South Sudanese"
                found.remove(d)
                taken.remove((d.start, d.end))
        if free(a, b):
            name = forces[iso][1]
            if not dem and not m.group("dem"):  # "Regime soldiers" opening a sentence: a description all the same
                surface = surface[:1].lower() + surface[1:]
            out.append(Mention(a, b, surface, "state_force", name_key(name), name, None, {"described": bool(dem)}))
            if m.group("dem"):
                out += _coordinated_forces(text, offset, m, found, taken, forces)
    for m in _DEMONYM_RANK.finditer(text):  # "Russian General Vladimir Savchenko": an officer of Russia's forces
        st = demonym(m.group("dem"))
        a, b = offset + m.start("dem"), offset + m.end("dem")
        if st is None or st.country not in forces:
            continue
        for d in [x for x in found if a <= x.start and x.end <= b and x.type == "state"]:
            found.remove(d)
            taken.remove((d.start, d.end))
        if free(a, b):
            name = forces[st.country][1]
            out.append(Mention(a, b, m.group("dem"), "state_force", name_key(name), name, None, {"unnamed": True}))
    for m in _GOVERNMENT.finditer(text):
        iso = _country_meant(m, country, forces)
        a, b = offset + m.start(), offset + m.end()
        # "the government of Sudan", "the government in Kigali": the state named after it (a capital stands for its
        # state), not the article's country
        of = _OF_STATE.match(text, m.end()) if not m.group("dem") else None
        named = next((x for x in found if of and x.start == offset + of.end() and x.type in ("state", "place")
                      and not x.attrs.get("demonym")), None)
        hit = lookup(named.canonical or named.text) if named is not None else None
        if hit is not None and hit.type == "state":
            if hit.country not in forces:
                continue
            taken.remove((named.start, named.end))
            if not free(a, named.end):
                taken.append((named.start, named.end))
                continue
            iso, b = hit.country, named.end
            found.remove(named)  # the state's name is part of the phrase now, not a mention of its own
        if not iso or m.group(0).endswith("state") and not m.group("dem"):
            continue  # "the Turkish state" is Turkey's government; "the state" alone may be a province
        if free(a, b):
            state = forces[iso][0]
            dem = _demonym_of(state)
            name = f"{dem} government" if dem else f"Government of {state}"
            out.append(Mention(a, b, text[a - offset:b - offset], "state", name_key(name), name, None, {}))
    for m in _leader_phrases().finditer(text):
        a, b = offset + m.start(), offset + m.end()
        mention = _led_actor(m, a, b, forces)
        if mention is None:
            continue
        for d in [x for x in found if a <= x.start and x.end <= b]:  # "Bashar al-Assad" in "Bashar al-Assad's
            found.remove(d)  # forces" is the possessor, not a party
            taken.remove((d.start, d.end))
        if free(a, b):
            out.append(mention)
    for m in _LED_COALITION.finditer(text):
        st = demonym(m.group("dem"))
        a, b = offset + m.start(), offset + m.end()
        if st is None:
            continue
        for d in [x for x in found if a <= x.start and x.end <= b]:  # "US" in "US-led coalition" names no actor
            found.remove(d)
            taken.remove((d.start, d.end))
        if free(a, b):
            known = lookup(m.group(0))  # the lexicon's name where it knows the coalition
            name, typ = (known.name, known.type) if known else (f"{st.name}-led coalition", "coalition")
            out.append(Mention(a, b, m.group(0), typ, name_key(name), name, None, {}))
    return out


@lru_cache(maxsize=1)
def _leads() -> dict[str, str]:
    """Each leader's short name (lexicons/leaders.tsv) -> the state or group he leads."""
    return {a: row["leads"] for row in load("leaders") for a in row["aliases"]}


@lru_cache(maxsize=1)
def _leader_phrases() -> re.Pattern:
    """'the Assad regime', 'Haftar's forces', 'troops loyal to President Hadi': an actor named by its
    leader (lexicons/leaders.tsv)."""
    names = sorted(map(re.escape, _leads()), key=len, reverse=True)
    leader = r"(?:[A-Z][\w.-]*\s+){0,3}(?P<leader%s>" + "|".join(names) + r")"
    return re.compile(r"\b(?:(?:[Ff]orces|[Tt]roops|[Ss]oldiers|[Uu]nits|[Ff]ighters|[Mm]ilitias?)\s+loyal\s+to\s+"
                      r"(?:the\s+)?(?:(?:eastern|western|northern|southern|renegade|rebel|former|ousted|exiled|strongman|"
                      r"military|army|commander|general|president|leader|warlord)\s+){0,3}" + leader % 1 +
                      r"\b|(?:[Pp]ro-)?" + leader % 2 + r"(?:'s|\u2019s|s)?\s+(?:(?P<gov>regime|government|administration|"
                      r"junta)|forces|troops|army|military|soldiers|loyalists|air force|warplanes|jets|helicopters)\b)(?![-\u2010])")


def _led_actor(m: re.Match, a: int, b: int, forces: dict) -> Mention | None:
    """The state's government or national force, or the armed group, that a leader phrase names."""
    surface = m.group(0)
    known = lookup(_leads()[m.group("leader1") or m.group("leader2")])
    if known is None:
        return None
    if known.type != "state":
        return Mention(a, b, surface, known.type, name_key(known.name), known.name, known.source, {"described": True})
    if known.country not in forces:
        return None
    if m.group("gov"):
        dem = _demonym_of(known.name)
        name = f"{dem} government" if dem else f"Government of {known.name}"
        return Mention(a, b, surface, "state", name_key(name), name, None, {"described": True})
    name = forces[known.country][1]
    return Mention(a, b, surface, "state_force", name_key(name), name, None, {"described": True})


def _the_named_army(per_sentence: list[list[Mention]]) -> None:
    """'the army' of an article that names its country's army ('the Sri Lanka Army') is that army, not the
    country's armed forces as a whole."""
    forces = national_forces()
    armies = {}
    for ms in per_sentence:
        for m in ms:
            hit = lookup(m.canonical or m.text) if m.type == "state_force" and "described" not in m.attrs else None
            if hit and hit.country in forces and hit.name.endswith(" Army") and hit.name != forces[hit.country][1]:
                armies.setdefault(name_key(forces[hit.country][1]), hit.name)
    for ms in per_sentence:
        for i, m in enumerate(ms):
            if m.key in armies and "described" in m.attrs and m.text.casefold() == "army":
                ms[i] = replace(m, key=name_key(armies[m.key]), canonical=armies[m.key])


# a police force named only as police: "police", "policemen", "the police officers"
_POLICE = re.compile(r"(?<![\w-])(?:[Tt]he\s+)?(?:[Pp]olice(?:men|man)?|[Pp]olice\s+(?:officers?|forces?|units?))(?![\w-])")
# "Kenya's police", "Serbian police", "according to police": another force, or a source
_OTHER_POLICE = re.compile(r"(?:[A-Z][\w-]*(?:['\u2019]s)?|\baccording\s+to(?:\s+the)?|\bby|"
                           r"\b(?:a|an)(?:\s+[a-z-]+)?)\s+$")  # nor "a former police officer": what a man was
# "police said", "police commanders said", "a police spokesman": who speaks, no party
_POLICE_SPEAK = re.compile(r"\s+(?:(?:\w+\s+){0,2}(?:said|say|says|told|reported|added|confirmed|believe|believed)\b|"
                           r"(?:commanders?|chiefs?|spokes(?:man|woman|person)|sources?|officials?|statements?|"
                           r"headquarters|reports?|investigators?)\b)")


def _the_named_police(sentences, per_sentence: list[list[Mention]]) -> None:
    """'police', 'policemen', 'the police' of an article that names one police force ('the Punjab Police', the
    'Haitian National Police') are that force, wherever no other mention stands."""
    named = {m.key: m for ms in per_sentence for m in ms if m.type == "state_force" and "described" not in m.attrs
             and re.search(r"\bPolice\b", m.text)}
    if len(named) != 1:
        return
    force = next(iter(named.values()))
    for s, ms in zip(sentences, per_sentence):
        for hit in _POLICE.finditer(s.text):
            a, b = s.start + hit.start(), s.start + hit.end()
            if not any(m.start < b and a < m.end for m in ms) and not _OTHER_POLICE.search(s.text[:hit.start()]) \
                    and not _POLICE_SPEAK.match(s.text, hit.end()):
                ms.append(Mention(a, b, hit.group(0), "state_force", force.key, force.canonical, None,
                                  {"described": True, "bare": True}))
        ms.sort(key=lambda m: m.start)


def _country_meant(m: re.Match, country: str | None, forces: dict) -> str | None:
    """The country a generic phrase speaks of: its demonym's ("Russian troops"), else the article's."""
    iso = country
    if m.group("dem"):
        st = demonym(m.group("dem"))
        iso = st.country if st else None
    return iso if iso in forces else None


def _demonym_of(state: str) -> str | None:
    for row in load("states"):
        if row["name"] == state and row.get("demonyms"):
            return row["demonyms"][0]
    return None


_DEATH = r"(?:death|killing|assassination|murder)"  # the nouns that name a person's death
_DESCRIBED_BY = r"(?:[\w'\u2019-]+\s+){0,5}?"  # the words that describe the dead before the name: "the Dawn Front commander"


def _end_at_death(col: Collector, entities) -> None:
    """"Commanded since 1984 by Z after the death of its founder Saad Haddad": a role the sentence names its
    holder's death beside ends then (the date the sentence gives it, else by the time of writing)."""
    persons = {e.id: e for e in entities if e.type == "person"}
    for r in col.relations:
        e = persons.get(r.subject)
        if r.relation != "member_of" or e is None or r.valid_until or not _DEATH_WORD.search(r.evidence.sentence) \
                or not _death_of(e).search(r.evidence.sentence):
            continue
        if r.valid_from:
            r.valid_from, r.valid_until = None, r.valid_from
        else:
            r.date_text = "former"


_DEATH_WORD = re.compile(_DEATH)


def _death_of(person) -> re.Pattern:
    """"the death of its founder Z", "Z's assassination": the person's death named (compiled only for a
    sentence that names a death, so that one pattern per person does not crowd out `re`'s cache)."""
    alts = "|".join(re.escape(n) for n in sorted([person.name, *person.aliases], key=len, reverse=True))
    return re.compile(rf"\b{_DEATH}\s+of\s+(?:(?:its|the|their|his|her)\s+)?"
                      rf"{_DESCRIBED_BY}(?:{alts})\b|\b(?:{alts})['\u2019]s?\s+{_DEATH}\b")


_DEATH_AFTER = re.compile(rf"(?:['\u2019]s?)?\s+{_DEATH}\s+")
_DEATH_BEFORE = re.compile(rf"\b{_DEATH}\s+of\s+{_DESCRIBED_BY}$")


def _deaths_named(views: list[View]) -> dict[str, DateMention]:
    """"Jalal Talabani's death on 3 October", "the assassination of Z in 1989", "until his death in May
    2016": the person's death, at the date written right after the word."""
    out: dict[str, DateMention] = {}
    for view in views:
        for p in view.slots:
            if p.type != "person" or p.anaphor and p.text.casefold() not in ("his", "her"):
                continue
            if p.anaphor and {x.eid for x in view.slots if x.type == "person" and not x.anaphor and x.end <= p.start} \
                    != {p.eid}:
                continue  # "ZANLA under Z and ZIPRA under W, and after his death in 1978": whose, unsure
            after = _DEATH_AFTER.match(view.text, p.end - view.start)
            if after and not p.anaphor and not re.match(r"['\u2019]", after.group(0)):
                after = None  # a name needs its possessive ("Z's death"), "his death" none
            before = None if after or p.anaphor else _DEATH_BEFORE.search(view.between(max(view.start, p.start - 60),
                                                                                       p.start))
            at = p.end + after.end() - after.start() if after else p.end if before else None
            d = view.date_after(at, within=8) if at is not None else None
            if d and d.kind == "date":
                out.setdefault(p.eid, d)
    return out


def _close_at_deaths(col: Collector, deaths: dict[str, DateMention]) -> None:
    """A person's roles end at his death, wherever the article gives it ("Z, the head of X, ... Z died on
    3 October"): a role of his it names without an end, or with an end after it (his successor's election),
    ends then, unless it began later."""
    for r in col.relations:
        d = deaths.get(r.subject)
        if r.relation != "member_of" or d is None or d.value is None or r.polarity != "affirmed" \
                or r.valid_until and not (r.valid_until > d.value and not d.value.startswith(r.valid_until)) \
                or (r.role or "").endswith("(former)"):
            continue  # (a death on a day the undated article cannot place ends nothing it can date; a former role had
            # ended before)
        if r.valid_from and r.valid_from > d.value or r.holds_at and r.holds_at > d.value:
            continue
        r.valid_until = d.value
        r.date_anchor = r.date_anchor or d.anchor
        r.date_text = r.date_text or d.text


# "a former X officer who crossed to the other side in 1977": the relative clause says when he left
_LEFT_THEN = re.compile(r"\bformer\s(?:[^,;()]|\([^()]{1,12}\)){0,80}?,?\s*\bwho\s+(?:had\s+|later\s+|then\s+)?(?:defected|crossed|fled|left|broke|"
                        r"deserted|switched|went\s+over|quit|resigned|split|walked\s+out|escaped|surrendered)\b[^,;()]*$")


def _end_former_ties(col: Collector, published: str | None, sentences, spans: list[list], text: str) -> None:
    """"A former al-Qaeda affiliate", "the former FSA deputy chief of staff": the tie held once and had
    ended by the time of writing, so it holds until the publication date at the latest (unknown when
    the article is undated); "a former X officer who defected in 2014": until the date of the leaving."""
    index = {s.start: i for i, s in enumerate(sentences)}
    for r in col.relations:
        former_role = r.relation == "member_of" and (r.role or "").endswith("(former)")
        if not (r.date_text == "former" or former_role) or r.valid_until is not None:
            continue
        left = next((d for d in _dated(spans[index[r.evidence.start]]) if r.trigger is not None and r.trigger < d.start
                     and _LEFT_THEN.search(text, r.trigger, d.start)), None)
        if left:
            r.valid_until, r.date_text, r.date_anchor, r.holds_at = left.value, left.text, left.anchor, None
        elif published:
            r.valid_until, r.date_anchor, r.holds_at = published[:10], published[:10], None
            r.date_text = r.date_text or "former"


def _lost_in_capture(col: Collector, published: str | None) -> None:
    """"X's stronghold of P fell to Y on Sunday": X held P until the capture the same sentence tells of, and
    lost it to Y (ended by the time of writing when the capture is undated; unknown when the article is)."""
    for ev in col.events:
        if ev.type != "capture" or ev.polarity != "affirmed":
            continue
        for r in col.relations:
            if r.relation == "controls" and r.evidence.start == ev.evidence.start and r.object in ev.locations \
                    and r.subject not in ev.agent and r.polarity == "affirmed" and r.valid_until is None:
                end = ev.date or (published[:10] if published else None)
                if end:
                    r.valid_until, r.date_anchor, r.holds_at = end, ev.date_anchor or end, None
                    r.date_text = r.date_text or ev.date_text or "former"
                if r.subject not in ev.from_:
                    ev.from_.append(r.subject)


def _carry_dates(col: Collector, sentences, spans: list[list]) -> None:
    """Date undated events from the sentence before: an event there that shares a participant, an
    event told to follow "the announcement" or to come "soon", "the clashes" that the previous
    sentences dated."""
    index = {s.start: i for i, s in enumerate(sentences)}
    events_in: dict[int, list] = {}
    for ev in col.events:
        events_in.setdefault(index[ev.evidence.start], []).append(ev)
    for ev in col.events:
        i = index[ev.evidence.start]
        if ev.date or i == 0:
            continue
        found = (_shared_participant_date(ev, events_in.get(i - 1, []))
                 or _following_date(ev, spans[i - 1])
                 or _soon_date(ev, spans[i - 1])
                 or _fight_date(ev, events_in, spans, sentences, i))
        if found:
            ev.date, ev.date_text = found
            ev.date_anchor = "previous sentence"


def _dated(span: list) -> list:
    return [d for d in span if d.kind == "date" and d.value]


def _one_date(span: list):
    """The date a sentence gives, when all its date expressions name one day, month or year."""
    said = _dated(span)
    return said[0] if said and len({d.value for d in said}) == 1 else None


def _shared_participant_date(ev, previous: list) -> tuple[str, str] | None:
    """An event of the previous sentence with a participant in common gives its date; not a founding
    ("X was founded in 2000. The group has attacked ... for two decades")."""
    for prev in previous:
        if prev.date and prev.type not in _FOUNDING and set(prev.agent + prev.target + prev.from_) & set(ev.agent + ev.target + ev.from_):
            return prev.date, prev.date_text
    return None


def _following_date(ev, span: list) -> tuple[str, str] | None:
    """"Following the announcement, X was arrested": when the previous sentence's one date was."""
    said = _one_date(span)
    if _FOLLOWING.match(ev.evidence.sentence) and said:
        return said.value, said.text
    return None


def _soon_date(ev, span: list) -> tuple[str, str] | None:
    """"The group soon merged with six others": about the year the previous sentence gave."""
    said = [d for d in _dated(span) if d.value[:4].isdigit()]
    if _SOON.search(ev.evidence.sentence) and len(said) == 1:
        return said[0].value[:4] + "~", said[0].text
    return None


def _fight_date(ev, events_in: dict[int, list], spans: list[list], sentences, i: int) -> tuple[str, str] | None:
    """"The clashes pitted X against Y": the clashes one of the two sentences before dated."""
    if ev.type != "clash" or not _THE_FIGHT.search(ev.evidence.sentence):
        return None
    earlier = [p for k in (i - 1, i - 2) for p in events_in.get(k, []) if p.type == "clash" and p.date]
    if earlier:
        return earlier[0].date, earlier[0].date_text
    for k in (i - 1, i - 2) if i >= 2 else (i - 1,):
        said = _one_date(spans[k])
        if _FIGHT_WORD.search(sentences[k].text) and said:
            return said.value, said.text
    return None


_FOUNDING = frozenset({"formation", "merger", "rename", "split"})
_THE_FIGHT = re.compile(r"\b(?:the|these|those)\s+(?:clashes|fighting|battle|attack|offensive|assault|raid)\b", re.I)
_FIGHT_WORD = re.compile(r"\b(?:clash(?:es|ed)?|fighting|battles?|attack(?:s|ed)?|offensive|assault)\b", re.I)
_FOLLOWING = re.compile(r"\s*(?:Following|After|Days after|Hours after|Shortly after)\s+(?:the|this|that|these|those)\s+"
                        r"(?:\w+\s+)?(?:announcement|statement|decision|move|declaration|attack|incident|clashes|"
                        r"events?|news|refusal)\s*,")
_SOON = re.compile(r"\b(?:soon|shortly afterwards?|shortly thereafter|afterwards|subsequently)\b", re.I)
_SINCE = re.compile(r"\b(?:since|starting in|beginning in|as of)\s+(?:(?:its|their)\s+(?:creation|founding|formation|"
                    r"establishment|inception|birth|emergence)\s+in\s+)?(?:early\s+|late\s+|mid-?)?$", re.I)
# ("since its creation in 2014": since its date)
# a fight, an alliance, a presence or control "since it broke away from the OLF in 2019", "since routing government
# troops in July": since the date of the clause "since" opens (not "the biggest setback since it launched ... in April")
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?-i:it|they|the\s+[\w-]+|[a-z]+ing)\s+"
                           r"[^,.;]{0,60}?\b(?:in|on)\s+(?:early\s+|late\s+|mid-?)?$", re.I)
_SINCE_SUPERLATIVE = re.compile(r"\b(?:biggest|worst|largest|heaviest|first|deadliest|most\s+(?!of\b)\w+)\s+[^,.;]{0,80}\bsince\s+"
                                r"[^,.;]*$", re.I)
# "X, the al-Qaeda-linked alliance that has besieged Djibo since 2022": "since" dates the relative clause's verb
_COMRADE = re.compile(PARTNER + r"\b", re.I)
_RELATIVE_VERB = re.compile(r"\b(?:that|which|who)\s+(?:has|have|had)\s+(?:been\s+)?(?:[a-z]+ed|[a-z]{2,}ing|fought|held|"
                            r"led|won|lost|taken|kept|run)\b")
_UNTIL = re.compile(r"\b(?:until|till|up to)\s+(?:early\s+|late\s+|mid-?|the\s+end\s+of\s+|(?:his|her|its|their)\s+"
                    r"(?:death|killing|arrest|capture|dissolution|disbandment|defeat)\s+(?:in|on)\s+)?$", re.I)
# the end of a span opened by "from": "from 1972 to 1974", "from 2012 until his arrest in 2019"
_SPAN_TO = re.compile(r"\s+(?:to|until|till)\s+(?:(?:his|her|its|their)\s+(?:death|killing|arrest|capture|dissolution|"
                      r"disbandment|defeat)\s+(?:in|on)\s+|(?:it|they|he|she)\s+(?:[\w'\u2019-]+\s+){1,5}?(?:in|on)\s+)?")
# ("from 1984 until it announced its own dissolution in May 2025")
_OPENING_SPAN = re.compile(r"^\s*(?:From|Between)\s+$")
_FROM_DATE = re.compile(r"\b(?i:from)\s+(?:early\s+|late\s+|mid-?)?$")
_OPENING = re.compile(r"^\s*(?:In|By|On|From|During|Starting in)\s+(?:early\s+|late\s+|mid-?)?$")
_PRESENT = re.compile(r"\b(?:is|are|has|have|remains?|continues?|controls|holds|includes|leads|commands|"
                      r"belongs|operates|fights|backs|supports|is\s+still|now)\b", re.I)
# a founding the sentence tells of: the verbs that make a founder, or their nouns
_FOUNDED_WORD = re.compile(r"\b(?:" + "|".join(FOUNDING_VERBS) + r"|founding|formation|establishment|creation)\b", re.I)
_BECAME = re.compile(r"\b(?:became|becomes|was (?:appointed|named|elected|made)|took over as|took command|"
                     r"assumed command|rose to become)\b", re.I)
_TOOK_ROLE = re.compile(_BECAME.pattern + r"[^,;.]*$", re.I)  # the clause the date closes
STARTED_BY_ACTION = frozenset({"allied_with", "hostile_to", "operates_in", "controls"})


_SIDED = re.compile(r"(?:sided|allied\s+(?:itself|themselves|himself)|joined\s+forces|teamed\s+up|"
                    r"(?:formed|forged|struck|sealed)\s+an\s+alliance)\s+with\b", re.I)


def _allied_then(r, d, text: str) -> bool:
    """Whether the date `d` closes the clause in which a side took the other's side ("X sided with Y in April",
    "allied itself with Y in 2015", "joined forces with Y in 2019")."""
    return r.relation == "allied_with" and r.trigger is not None and r.trigger < d.start and \
        bool(_SIDED.match(text, r.trigger)) and not re.search(r"[,;.]", text[r.trigger:d.start])


def _took_role_then(r, d, text: str) -> bool:
    """Whether the date `d` closes the clause in which the person of a member_of relation took the role
    ("Z became its leader in 1983")."""
    return r.relation == "member_of" and r.trigger is not None and r.trigger < d.start and \
        bool(_TOOK_ROLE.search(text[r.trigger:d.start])) and ";" not in text[r.trigger:d.start] and \
        not _past_aside(r, d, text)  # not "Z, who founded Y, was appointed commander of X on Monday": the date of a
    # role taken past the close of the clause that holds the tie


def _took_role_after(r, d, text: str) -> bool:
    """Whether the person of a member_of relation took the role in the clause the date `d` opens ("In 2016 Z
    became the head of X")."""
    if r.relation != "member_of" or r.trigger is None:
        return False
    clause = re.match(r",?[^,;.]*", text[d.end:r.evidence.end]).group(0)
    return d.end <= r.trigger < d.end + len(clause) and bool(re.match(r"[^,;.]{0,40}?" + _BECAME.pattern,
                                                                        text[r.trigger:d.end + len(clause)], re.I))


_CLAUSE_FROM = re.compile(r"(?:[,;]|\b(?:and|but))\s+(?i:from)\s+$")  # "..., and from 1958" opening a clause


def _since_clause(r, before: str) -> bool:
    """Whether a fight, an alliance, a presence or control the sentence states before "since" dates from the
    clause it opens ("has fought the ENDF since it broke away from the OLF in 2019"): `before` runs from the
    sentence's start to that clause's date."""
    m = _SINCE_CLAUSE.search(before)
    return bool(m) and r.relation in STARTED_BY_ACTION and r.trigger is not None and \
        r.trigger < r.evidence.start + m.start() and not _SINCE_SUPERLATIVE.search(before)


# an aside naming a man by his place in a group: ", the leader of X in P"
_MANS_ROLE_ASIDE = re.compile(r",\s*(?:the|a|an|its)\s+(?:[\w'-]+\s+){0,3}?" + LEADER_ROLES.pattern + r"\s+(?:of|for|in)\b",
                              re.I)


def _past_aside(r, d, text: str) -> bool:
    """Whether a date lies past the close of a comma-bounded aside that holds the relation's trigger ("The
    army, commanded by Z, has been fighting X since 2023"): the main clause's date, not the tie's; or inside
    a participle's aside closed before the trigger ("X, commanded since 1984 by Z, was armed by Israel"). A list's
    commas close nothing ("provided X with drones, artillery and training since 2019")."""
    if r.trigger is not None and d.end <= r.trigger:
        return opens_aside(text[r.evidence.start:d.start]) and \
            bool(re.match(r"[^,;]*,", text[d.end:r.trigger]))
    return r.trigger is not None and r.trigger < d.start and \
        _LIST_COMMA.sub("", text[r.trigger:d.start]).count(",") % 2 == 1


_LIST_COMMA = re.compile(r",(?=\s*(?!(?:in|on|at|the|a|an|of|to|from|with|by|for|since|who|which|that|including|"
                         r"where|when|while|after|before)\b)[\w'-]+(?:\s+[\w'-]+){0,2}\s*(?:,|\s+and\b|\s+or\b))", re.I)


def _in_aside_clause(r, d, text: str) -> bool:
    """Whether the trigger of a relation lies in a relative clause that opens after the date `d` and closes
    before the sentence's main verb ("In 2022 the Fano, which had fought with federal troops against the TPLF,
    turned on the government"), or in an aside naming a man by his place in a group ("On 23 May troops moved to
    arrest Z, the leader of X in P"): the date is the main clause's."""
    return r.trigger is not None and d.end <= r.trigger and (
        bool(OPENS_RELATIVE.search(text[d.end:r.trigger])) and bool(re.match(r"[^,;]*,", text[r.trigger:r.evidence.end]))
        or any(m.start() < r.trigger for m in _MANS_ROLE_ASIDE.finditer(text, d.end, r.trigger + 60)
               if text[d.end:m.start()].strip()))  # (not the comma closing "In July 2017,")


_AFTERWARDS = re.compile(r"\b(?:later|subsequently|eventually|afterwards|thereafter)\b")
# a present state right before a tie's verb: "X, formed in 2012, now controls P" (held now, not since its founding)
_NOW = re.compile(r"\b(?:now|currently|today|still)\s+(?:\w+\s+)?$")


def _date_relations(col: Collector, sentences, spans: list[list], text: str) -> None:
    """Undated relations dated by their sentence: a tie stated again later "until" a date ends then; a tie
    left by a defection ends with it; a group formed there has its ties, and its founder his role, since
    then; an alliance, a hostility or a presence stated beside an event the previous sentence dated starts
    then; 'since April 2013' starts any of them stated in its clause; so does a sentence opening 'In January
    2014,', 'from 1980' after the tie, and 'sided with Y in April' an alliance; 'from 2014 to 2017' and 'between 2015
    and 2018' start and end it. A tie still undated holds at
    the one date its sentence gives, if it gives one (`holds_at`: neither its start nor its end)."""
    index = {s.start: i for i, s in enumerate(sentences)}
    born = {(ev.evidence.start, a): ev for ev in col.events if ev.date and ev.type in ("formation", "merger")
            for a in (ev.agent if ev.type == "formation" else ev.to)}
    carried = {(ev.evidence.start, a): ev for ev in col.events if ev.date and ev.date_anchor == "previous sentence"
               for a in ev.agent + ev.from_ + ev.target}
    left = {(ev.evidence.start, a, f): ev for ev in col.events if ev.date and ev.type in ("defection", "split")
            for a in ev.agent for f in ev.from_}
    joined = {(ev.evidence.start, a, t) for ev in col.events if ev.type == "joining" for a in ev.agent for t in ev.to}
    for r in col.relations:
        ev = left.get((r.evidence.start, r.subject, r.object))
        if ev and not r.valid_until and r.relation in ("part_of", "member_of", "affiliated_with"):
            r.valid_until = ev.date  # "Many commanders also defected from X, including Z": Z left X then
            r.date_text, r.date_anchor = r.date_text or ev.date_text, r.date_anchor or ev.date_anchor
        if r.date_text == "former" and not r.valid_from:
            continue  # "... since 2012 and was joined by Z, a former unit of W": ended, and not dated by the other tie
        if r.valid_from or r.valid_until:
            took = None if r.valid_from else next((d for d in _dated(spans[index[r.evidence.start]])
                                                   if _took_role_then(r, d, text)), None)
            if took:  # "Z became its first secretary-general in 1989; he was replaced by W in 1991": from 1989 too
                r.valid_from = took.value
            continue
        ev = born.get((r.evidence.start, r.subject))
        own = next((d for d in _dated(spans[index[r.evidence.start]]) if r.trigger is not None and r.trigger < d.start
                    and not re.search(r"[,;]", text[r.trigger:d.start])), None) if ev else None
        if own and r.relation in STARTED_BY_ACTION:  # "formed in the early 1990s and fought Yugoslav forces in
            r.holds_at, r.date_text, r.date_anchor = own.value, own.text, own.anchor  # 1998": it held then
            continue
        if ev and r.relation not in ("member_of", "controls") and (r.evidence.start, r.subject, r.object) not in joined \
                and not (r.trigger is not None and (_AFTERWARDS.search(text, r.evidence.start, r.trigger) or
                                                    _NOW.search(text, max(r.evidence.start, r.trigger - 12), r.trigger))):
            # "merged to form X, based in P and part of Y": since X exists (not "X, which later joined Y, was
            # founded in 2012": the joining has a date of its own; nor "established in 2011 and later became one of
            # the founding members of Y": after it, when the sentence does not say)
            r.valid_from, r.date_text, r.date_anchor = ev.date, ev.date_text, ev.date_anchor
            continue
        ev = born.get((r.evidence.start, r.object))
        if ev and r.relation == "member_of" and r.role in ("founder", "founding leader"):  # "X was founded in 2016
            # by Z", "founded in 1989 under Z": Z since then
            r.valid_from, r.date_text, r.date_anchor = ev.date, ev.date_text, ev.date_anchor
            continue
        ev = carried.get((r.evidence.start, r.subject)) if r.relation in STARTED_BY_ACTION else None
        if ev:  # "[In January 2014, ...] After ISIL expelled X, X moved into P and allied itself with Y"
            r.valid_from, r.date_text, r.date_anchor = ev.date, ev.date_text, ev.date_anchor
            continue
        dated = _dated(spans[index[r.evidence.start]])
        for k, d in enumerate(dated):
            before = text[r.evidence.start:d.start]
            # "The army, commanded by Z, has been fighting X since 2023": Z's command is not dated by it; "X,
            # together with Y, has been fighting Z since 2021": the two fight together since then
            aside = _past_aside(r, d, text) and not (r.relation == "allied_with" and r.trigger is not None
                                                        and _COMRADE.match(text, r.trigger))
            if (_SINCE.search(before) and not _RELATIVE_VERB.search(text[r.trigger or d.start:d.start])
                and not _SINCE_SUPERLATIVE.search(before) or  # (not "its first foothold in the zone since 1991")
                    _since_clause(r, before)) and not aside and not (r.role or "").endswith("(former)") or \
                    (r.relation in STARTED_BY_ACTION and _OPENING.match(before) and not _in_aside_clause(r, d, text)
                     and not (k + 1 < len(dated) and _SPAN_TO.fullmatch(text[d.end:dated[k + 1].start]))):
                r.valid_from, r.date_text, r.date_anchor = d.value, d.text, d.anchor
                break
            if _took_role_then(r, d, text) or _OPENING.match(before) and _took_role_after(r, d, text) or \
                    _allied_then(r, d, text):  # "sided with the Hawks Brigade in April": allied since then
                r.valid_from, r.date_text, r.date_anchor = d.value, d.text, d.anchor  # "Z became its leader in 1983",
                break  # "In 2016 Z became the head of X"
            if _UNTIL.search(before) and not aside and r.trigger is not None and r.trigger < d.start:
                r.valid_until, r.date_text, r.date_anchor = d.value, d.text, d.anchor  # "was part of X until 2018"
                break
            turned = _WAR_TURNED.search(before) if r.relation == "hostile_to" else None  # (in an aside on the war too)
            if turned and turned.group("ended"):  # "the clashes between X and Y, which ended with an agreement in
                r.valid_until, r.date_text, r.date_anchor = d.value, d.text, d.anchor  # Damascus in November 1990"
                break
            if turned and (turned.group("noun") or "").lower() != "clashes":  # "the conflict between X and Y began in
                # earnest in April 1993", "launched its air campaign against X in early August" (not "clashes erupted
                # on Friday": one fight)
                r.valid_from, r.date_text, r.date_anchor = d.value, d.text, d.anchor
                break
            if "/" in d.value and r.relation in ("hostile_to", "allied_with") and not aside and r.trigger is not None \
                    and r.trigger < d.start and _DURING.search(before):  # "fought alongside X against Y during the
                r.valid_from, r.valid_until = d.value.split("/", 1)  # 2020-2022 war": the span of the war
                r.date_text, r.date_anchor = d.text, d.anchor
                break
            to = dated[k + 1] if k + 1 < len(dated) else None
            span_from = re.search(r"\b(?i:from)\s+$", before) and to and _SPAN_TO.fullmatch(text[d.end:to.start]) or \
                re.search(r"\b(?i:between)\s+$", before) and to and re.fullmatch(r"\s+and\s+", text[d.end:to.start])
            verbs_span = r.relation == "member_of" and r.trigger is not None and r.trigger < d.start and \
                re.search(r"\b(?!(?:led|commanded|headed|served|ruled|directed|chaired|appointed|named)\b)[a-z]+ed\s+"
                          r"(?:[\w'-]+\s+){0,4}$", text[r.trigger:d.start])
            # "Z's LNA, supported by Wagner, besieged Tripoli from April 2019 to June 2020": the siege's span, not his
            # command's
            if verbs_span or aside:
                continue
            if span_from and r.trigger is not None and (r.trigger < d.start or _OPENING_SPAN.match(before)):
                r.valid_from, r.valid_until = d.value, to.value  # "fought a civil war from 1972 to 1974", "From 2014
                r.date_text, r.date_anchor = text[d.start:to.end], d.anchor  # to 2017 X held P", "between 2015 and 2018"
                break
            if not span_from and _FROM_DATE.search(before) and r.trigger is not None and (
                    r.trigger < d.start and not _RELATIVE_VERB.search(text[r.trigger:d.start]) or (
                        _OPENING.match(before) or r.trigger >= d.end and _CLAUSE_FROM.search(before) and
                        not re.search(r"[,;]", text[d.end:r.trigger]))  # "..., and from 1958 it clashed with X"
                    and not any(d.end <= x.start < r.trigger for x in dated)):
                r.valid_from, r.date_text, r.date_anchor = d.value, d.text, d.anchor  # "waged an insurgency against
                break  # the state from 1980", "From 2005 the PKK was the leading member of the KCK": since then
        else:
            said = _one_date(spans[index[r.evidence.start]])
            # "In 1994 ULIMO split into Kromah's ULIMO-K": it held then; not "Daesh controls P, seized in 2014"
            # "X, founded by Z, arrived in May 1995": the date of what the group did after the aside
            if said and said.value[:4].isdigit() and r.relation == "member_of" and not _past_aside(r, said, text) and \
                    (r.role or "").startswith(("founder", "co-founder")) and _FOUNDED_WORD.search(r.evidence.sentence):
                # (not "Wagner's founder Z led a mutiny in June 2023": a founder named, not the founding)
                r.valid_from, r.date_text, r.date_anchor = said.value, said.text, said.anchor  # founded then
            elif said and re.match(r"\d{3}[\dX]", said.value) and not _PRESENT.search(r.evidence.sentence):
                r.holds_at = said.value  # "In the 1990s X was backed by Sudan": then
    for r in col.relations:
        for start, trigger in r.restated if not r.valid_until else ():
            ended = next((d for d in _dated(spans[index[start]]) if trigger < d.start
                          and _UNTIL.search(text[start:d.start]) and ";" not in text[trigger:d.start]), None)
            if ended:  # "Z became its leader in 1976. ... Z led the front until his death on 31 May 2016"
                r.valid_until = ended.value
                break
        for start, trigger in r.restated if not r.valid_from else ():
            began = next((d for d in _dated(spans[index[start]]) if trigger < d.start
                          and _SINCE.search(text[start:d.start]) and not re.search(r"[;,]", text[trigger:d.start])), None)
            if began:  # "Mali's army and its Russian allies ... Wagner has fought alongside the army since late 2021"
                r.valid_from, r.date_text, r.date_anchor, r.holds_at = began.value, began.text, began.anchor, None
                break
