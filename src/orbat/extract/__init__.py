"""Extraction: one article's text to entities, relations and events (GUIDE.md's JSON).

The modules, in the order an article passes through them:

    clean        page chrome out, title found        published  the publication date (dateline, byline)
    sentences    sentences with character offsets    dates      date expressions to EDTF
    names        name keys and the lexicon index     mentions   names of groups, units, people, places
    entities     mentions grouped into entities      coref      "the group", "he", "these groups"
    view         one sentence's slots, for the rules relations / events   candidate facts from rules
    collect      candidates with modality, polarity and dates
    pipeline     the steps above in order: `extract(raw, published, url, source, ...)`
"""
from orbat.extract.pipeline import extract

__all__ = ["extract"]
