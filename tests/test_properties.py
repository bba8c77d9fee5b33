"""Properties of `pipeline.extract` on any text: it never raises, its result is JSON, evidence is exact."""
from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from orbat.extract.pipeline import extract

# Sentence-like pieces of conflict reporting, combined at random so the rules meet odd neighbours.
FRAGMENTS = [
    "Hundreds of fighters defected from", "the 5th Division", "Jaysh al-Thuwar", "(JAT)",
    "the al-Nour Brigade's", "Free Idlib Army", "joined the ranks of", "the Turkish-backed",
    "National Liberation Coalition", "on March 3, 2018", "last October", "earlier this year",
    "in 2016", "Cpt. Omar Haddad,", "the group's spokesman,", "said in a statement", "reportedly",
    "refused to join", "merged into", "was renamed", "clashed with", "captured the village of",
    "al-Rami", "in northern Hama", "“We will not surrender,”", "\"the Coalition\"", "'the group'",
    "(", ")", "[", "]", ",", ".", ";", "—", "–", "...", "?", "!", "\n", "\n\n", "  ", "\t",
    "more than 500", "about 30", "1st", "12-14", "Dec.", "U.S.", "al-", "-", "’s", "", "é", "ﻻ",
]
sentence_like = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map(" ".join)
article_like = st.lists(sentence_like, max_size=8).map(lambda parts: ". ".join(parts))
published = st.one_of(st.none(), st.sampled_from(["2019", "2019-12", "2019-12-16", "2020-02-29"]))


def check(text: str, date: str | None) -> None:
    result = extract(text, published=date)
    data = result.to_dict()
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    doc = result.document
    ids = {e.id for e in result.entities}
    assert len(ids) == len(result.entities), "entity ids must be unique"
    for fact in [*result.relations, *result.events]:
        ev = fact.evidence
        assert 0 <= ev.start <= ev.end <= len(doc.text)
        assert doc.text[ev.start:ev.end] == ev.sentence
    for r in result.relations:
        assert {r.subject, r.object} <= ids, r
    for v in result.events:
        assert set(v.agent + v.from_ + v.to + v.target + v.locations) <= ids, v


@settings(max_examples=150, deadline=None)
@given(st.text(), published)
def test_any_text(text, date):
    check(text, date)


@settings(max_examples=150, deadline=None)
@given(article_like, published)
def test_article_like_text(text, date):
    check(text, date)
