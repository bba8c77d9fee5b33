"""Restore capitals to a text that lost them all ("cairo nov 14 the egyptian militant group ansar bait al
maqdis has pledged allegiance to the islamic state ..."): the recogniser finds names by their capitals, so a page
crawled or pasted in lower case would give nothing. Only case changes, so every offset stays valid.

What is restored is what the lexicons know: the names of actors, states and places (and their acronyms and
demonyms), months and weekdays, and the first word of each sentence. A name the lexicons do not know stays in
lower case and is not found; nothing is guessed."""
from __future__ import annotations

import re

from orbat.extract.dates import MONTH_ABBR, MONTHS, WEEKDAYS
from orbat.extract.names import lexicon_index, name_key, word_sets

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019]*")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)[\"'\u201c(]?([a-z])")
_CONNECTORS = frozenset("of the and for al el ad ar as ash at az bin ibn bait bayt de du des la le los las".split())
_ARTICLES = frozenset("al el ad ar as ash at az".split())  # an Arabic article opens a name, in lower case
_NOT_FIRST = _CONNECTORS - _ARTICLES  # a name starts at its own first word, not at "the"
_VERB_MONTHS = frozenset({"march", "mar", "may"})  # months that are words too: only beside a number
_MONTHS = frozenset(m.lower() for m in (*MONTHS, *MONTH_ABBR)) - _VERB_MONTHS
_WEEKDAYS = frozenset(d.lower() for d in WEEKDAYS)
_SHORT = frozenset("us it is am an as at be by do go he if in me my no of on or so to up we".split())
# the lexicons' acronyms that are English words (or common first names) too: never upper-cased
_WORD_ACRONYMS = frozenset("who fact fan jam tip ant err mend sac pap sig mit nas tak gam car dag mee cds uno isa ana "
                           "ria saj sas mois naja fos maa far man".split())
_LONGEST = 7  # words in the longest name looked up


def lost_capitals(text: str) -> bool:
    """Whether a text of some length has (almost) no capitalised word."""
    words = _WORD.findall(text)
    return len(words) >= 30 and sum(w[0].isupper() for w in words) <= len(words) // 50


def recase(text: str) -> str:
    """The text with the capitals the lexicons can vouch for, where it lost them all; else the text as it is."""
    if not lost_capitals(text):
        return text
    chars = list(text)
    words = list(_WORD.finditer(text))
    by_key, acronyms, demonyms = lexicon_index()
    common = word_sets()["common"]
    i = 0
    while i < len(words):
        for n in range(min(_LONGEST, len(words) - i), 0, -1):
            span = words[i:i + n]
            if not re.fullmatch(r"[\s-]*", "".join(text[a.end():b.start()] for a, b in zip(span, span[1:]))):
                continue  # a name does not run across punctuation
            surface = text[span[0].start():span[-1].end()]
            low = surface.lower()
            if n == 1 and (low in common or low in _SHORT or low in _WORD_ACRONYMS or len(low) < 3) or \
                    n > 1 and span[0].group(0).lower() in _NOT_FIRST:
                continue
            key = name_key(surface)
            known = by_key.get(key)
            if n == 1 and low.upper() in acronyms and len(low) <= 5:
                chars[span[0].start():span[0].end()] = low.upper()
            elif known and (n > 1 or known.name.lower() == low) or n == 1 and key in demonyms:
                # (one word: the lexicon's own name, not a folded variant)
                for k, w in enumerate(span):
                    if w.group(0).lower() not in (_CONNECTORS if k else _ARTICLES):
                        chars[w.start()] = chars[w.start()].upper()
            else:
                continue
            i += n - 1
            break
        i += 1
    for w in words:
        low = w.group(0).lower()
        numbered = re.match(r"\s+\d", text[w.end():w.end() + 3]) or re.search(r"\d\s+$", text[max(0, w.start() - 3):w.start()])
        if low in _WEEKDAYS or low in _MONTHS or low in _VERB_MONTHS and numbered:
            chars[w.start()] = chars[w.start()].upper()
    for m in _SENTENCE_START.finditer(text):
        chars[m.start(1)] = chars[m.start(1)].upper()
    return "".join(chars)
