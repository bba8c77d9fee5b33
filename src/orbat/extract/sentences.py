"""Split clean article text into sentences, keeping character offsets."""
from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations after which a period does not end a sentence (ranks, titles, initials, months).
ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen lt col maj capt cpt sgt cmdr adm brig st no vs etc jr sr
jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k e.g i.e al
""".split())

_BOUNDARY = re.compile(r"""([.!?]+["'\u201d\u2019)]*)(\s+)(?=["'\u201c\u2018(]?[A-Z0-9\u0600-\u06FF])|\n\s*\n|\n(?=\s*(?:[-*#]|\d+\.)\s)"""
                       # a full stop a crawler lost: "... peace to Syria The siege by regime forces ..."
                       r"""|(?<=[A-Za-z])(\s+)(?=The [a-z])"""
                       # a space a crawler lost after the full stop: "... battling IS since 2014.In recent months"
                       r"""|(?<=[a-z0-9]{2})(\.)(?=[A-Z][a-z]+\s)""")
# words after which "The" opens a title or a name, not a new sentence ("said The ...", "in The Hague")
_GOVERNS = frozenset("in to of by at on and or for said told from with".split())


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` with offsets, so text[s.start:s.end] == s.text."""
    out: list[Sentence] = []
    pos = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(1) is None and m.group(3):  # a lost full stop: the boundary is the space itself
            last = re.search(r"(\w+)$", text[max(pos, m.start() - 20):m.start()])
            if last and last.group(1).lower() in _GOVERNS:
                continue
            _add(text, pos, m.start(), out)
            pos = m.end()
            continue
        if m.group(1) or m.group(4):
            before = text[max(pos, m.start() - 12):m.start()]
            word = re.search(r"([A-Za-z.]+)$", before)
            if word:
                w = word.group(1).lower().rstrip(".")
                if w in ABBREVIATIONS or (len(w) == 1 and w.isalpha()) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", w):
                    # "K.P.S. Gill": initials
                    continue
            cut = m.start() + len(m.group(1) or m.group(4))
        else:
            cut = m.start()
        _add(text, pos, cut, out)
        pos = m.end()
    _add(text, pos, len(text), out)
    return out


def _add(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))
