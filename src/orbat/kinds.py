"""What kind of actor an entity is, for the order of battle: an armed actor (group, coalition, a
state's force), a state, or something that is never a side of part_of, backed_by, allied_with or
hostile_to between armed actors: a media outlet, a monitor, an NGO, an international
organization, a government body (a ministry, a parliament), a person, a place, or words that
are not a name at all (headline and tag-line debris).

The kind comes from lexicons/actor_kinds.tsv (each entry with its source) by any name of the
entity, else from the words of its name ("news agency", "observatory", "ministry"), else from
its extracted type. Entities the extractor typed `organization` with none of these marks stay
`organization` (al-Qaeda, a political party) and may take part.
"""
from __future__ import annotations

import re
from functools import lru_cache

from orbat.lexicons import load
from orbat.resolve import is_debris, match_keys

ARMED = frozenset({"armed_group", "coalition", "state_force"})
# Kinds that are never a side of an order-of-battle relation between armed actors
NOT_A_SIDE = frozenset({"media", "monitor", "ngo", "igo", "government_body", "person", "place", "debris"})
KIND_WORDS = "media outlet", "monitor", "NGO", "international organization", "government body"

# Words of a name that mark its kind, tried in this order (a 'Network for Human Rights' is a monitor
# before it is a network).
_CONTEXT = (
    ("monitor", r"\bobservatory\b|\bmonitor(?:s|ing)?\b|\bdocumentation cent(?:er|re)\b|\bhuman rights\b"),
    ("igo", r"\bunited nations\b|^u\.?n\.?\b|\bsecurity council\b|\bunhcr\b|\bunicef\b|\bworld health organi[sz]ation\b"
            r"|\beuropean union\b|\barab league\b|\bprohibition of chemical\b|\bopcw\b|\binternational criminal court\b"
            r"|\binternational court of justice\b"),
    ("ngo", r"\bred cross\b|\bred crescent\b|\bwhite helmets\b|\bcivil defen[cs]e\b|\bm[ée]decins\b|\bdoctors without\b"
            r"|\brelief\b|\bhumanitarian\b|\bcharity\b|\bfoundation\b|\binstitute\b|\bhospital\b|\bmedical\b"),
    ("media", r"\bnews\b|\bagenc(?:y|ies)\b|\btv\b|\btelevision\b|\bchannel\b|\bradio\b|\bnewspaper\b|\bgazette\b|\bpress\b"
              r"|\bmedia\b|\binformation office\b|\bbroadcast(?:ing|er)?\b|\bmagazine\b|\bjournal\b|\bdaily\b"),
    ("government_body", r"\bministry\b|\bminister\b|\bdepartment\b|\bdirectorate\b|\bkremlin\b|\bwhite house\b"
                        r"|\bpentagon\b|\bparliament\b|\bpeoples? council\b|\bpeople's council\b|\bembassy\b"
                        r"|\bpresidency\b|\bforeign office\b|\bcongress\b|\bsenate\b|\bcourt\b|\btribunal\b"),
)
_CONTEXT_RE = tuple((kind, re.compile(pattern, re.I)) for kind, pattern in _CONTEXT)
# Named intelligence agencies and the like are state forces in actors.tsv: their type wins
_TYPED_BY_LEXICON = frozenset({"state_force"})


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, tuple[str, str]]:
    """match key -> (kind, canonical name) for every name and alias in actor_kinds.tsv."""
    out: dict[str, tuple[str, str]] = {}
    for row in load("actor_kinds"):
        for name in (row["name"], *row["aliases"]):
            for key in match_keys(name):
                out.setdefault(key, (row["kind"], row["name"]))
    return out


def _is_known_name(name: str) -> bool:
    """Whether the actor, state or place lexicons know `name` (so it names no person)."""
    from orbat.extract.names import lexicon_index, name_key
    return name_key(name) in lexicon_index()[0]


@lru_cache(maxsize=1)
def _aliases():
    """The shipped alias table ('SOHR' -> 'Syrian Observatory for Human Rights')."""
    from orbat.resolve import AliasTable
    return AliasTable.load()


def kind_from_names(names: list[str]) -> str | None:
    """The kind actor_kinds.tsv or the words of the names give, or None."""
    table = _lexicon()
    for n in names:
        canon = _aliases().canonical(n)
        for key in match_keys(n) + (match_keys(canon) if canon else []):
            if key in table:
                return table[key][0]
    for n in names[:1]:
        for kind, pattern in _CONTEXT_RE:
            if pattern.search(n):
                return kind
    return None


@lru_cache(maxsize=65536)
def actor_kind(name: str, entity_type: str) -> str:
    """The kind of the entity called `name` with extracted type `entity_type` (see the module)."""
    if entity_type == "person" and _is_known_name(name):
        return "debris"  # 'Middle East', 'Aleppo' read as a person
    if entity_type in ("person", "place"):
        return "debris" if is_debris(name, entity_type) else entity_type
    if is_debris(name, entity_type):
        return "debris"
    if entity_type == "state" or entity_type in _TYPED_BY_LEXICON:
        return entity_type
    found = kind_from_names([name])
    return found or entity_type


def is_side(kind: str) -> bool:
    """Whether an actor of this kind can be a side of part_of, backed_by, allied_with, hostile_to."""
    return kind not in NOT_A_SIDE


_TROOPS = r"(?:soldiers|troops|forces|army|military|armed forces|regime forces|government forces|warplanes|jets|aircraft|air force)"


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Spelling key of a state's name, demonym or alias -> its iso2 code (states.tsv)."""
    from orbat.extract.names import name_key
    out = {}
    for row in load("states"):
        for n in (row["name"], *row["demonyms"], *row["aliases"]):
            out[name_key(n)] = row["iso2"]
    return out


@lru_cache(maxsize=1)
def _lexicon_countries() -> dict[str, str]:
    """match key -> iso2 for state forces and governments in actors.tsv and national_forces.tsv."""
    out = {}
    for row in load("national_forces"):
        for k in match_keys(row["force"]):
            out[k] = row["iso2"]
    for row in load("actors"):
        if row["country"] and (row["type"] == "state_force" or "government" in row["name"].casefold()):
            for n in (row["name"], *row["aliases"]):
                for k in match_keys(n):
                    out.setdefault(k, row["country"])
    return out


@lru_cache(maxsize=65536)
def camp(name: str, entity_type: str) -> str | None:
    """The state an actor belongs to when it is a state, one of its forces or its government
    ('Syria', 'Syrian Arab Army', 'Syrian soldiers', 'Syrian government' -> 'SY'), else None."""
    from orbat.extract.names import name_key
    if entity_type == "state" and name_key(name) in _demonyms():
        return _demonyms()[name_key(name)]
    if entity_type not in ("state", "state_force", "organization"):
        return None
    for k in match_keys(name):
        if k in _lexicon_countries():
            return _lexicon_countries()[k]
    m = re.match(r"^(?:the\s+)?(?:pro-)?([\w'-]+)\s+(?:" + _TROOPS + r"|government|regime)$", name.strip(), re.I)
    if m and (entity_type == "state_force" or m.group(0).casefold().endswith(("government", "regime"))):
        return _demonyms().get(name_key(m.group(1)))
    return None


# What a sentence calls an actor right before or after its name: 'Amaq, the group's media wing',
# 'the Britain-based monitor SOHR'
_NOUNS = {"media": r"news agency|media wing|media outlet|media arm|propaganda (?:arm|outlet)|channel|television|"
                   r"newspaper|broadcaster|news site|website",
          "monitor": r"monitor|monitoring group|observatory|war monitor",
          "ngo": r"charity|aid group|aid agency|rights group|relief organi[sz]ation|humanitarian group|ngo",
          "government_body": r"ministry|department"}


@lru_cache(maxsize=4096)
def _context_patterns(name: str) -> tuple:
    n = re.escape(name)
    out = []
    for kind, nouns in _NOUNS.items():
        after = rf"{n},?\s+(?:an?|the|its|their|[\w'-]+'s)\s+(?:[\w'-]+\s+){{0,3}}?(?:{nouns})\b"
        before = rf"\b(?:{nouns})\s+(?:[\w'-]+\s+){{0,1}}?{n}\b"
        head = rf"\b{n}\s+(?:{nouns})\b"  # "the Dogan news agency reported"
        out.append((kind, re.compile(f"{after}|{before}|{head}", re.I)))
    return tuple(out)


@lru_cache(maxsize=1)
def _armed_lexicon() -> frozenset[str]:
    """Canonical names actors.tsv types as armed (group, coalition, state force)."""
    return frozenset(row["name"] for row in load("actors") if row["type"] in ARMED)


def kind_from_context(name: str, sentences: list[str]) -> str | None:
    """The kind the article's own words give an actor ('Amaq, the group's media wing'), or None.
    Never for an actor the lexicons know as armed: one odd sentence does not unmake a group."""
    if len(name) < 3 or _aliases().canonical(name) in _armed_lexicon():
        return None
    for kind, pattern in _context_patterns(name):
        if any(pattern.search(s) for s in sentences):
            return kind
    return None
