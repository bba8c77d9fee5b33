"""What `show`, `timeline` and `search` print: an entity's order of battle as of a date, the events
that shaped it, and entities found by any of their names."""
from __future__ import annotations

import re
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.engine import Connection

from orbat.resolve import AliasTable
from orbat.store.db import MAX_ID
from orbat.store.edtf import bounds
from orbat.store.history import Claim, credibility, family, firmest, load_claims, names_of, neighbourhood, roots
from orbat.store.schema import aliases, claims, documents, entities

# Where an edge appears in an entity's order of battle: (relation, entity's side) -> list name
PLACE = {("part_of", "subject"): "parents", ("part_of", "object"): "units",
         ("backed_by", "subject"): "sponsors", ("backed_by", "object"): "backs",
         ("allied_with", "subject"): "allies", ("allied_with", "object"): "allies",
         ("hostile_to", "subject"): "enemies", ("hostile_to", "object"): "enemies",
         ("affiliated_with", "subject"): "affiliations", ("affiliated_with", "object"): "affiliates",
         ("member_of", "object"): "leaders", ("member_of", "subject"): "memberships",
         ("operates_in", "subject"): "areas", ("controls", "subject"): "controls",
         ("operates_in", "object"): "present", ("controls", "object"): "controlled_by"}
LINEAGE_TYPES = ("formation", "defection", "joining", "merger", "split", "dissolution", "rename")
LISTS = ("parents", "units", "sponsors", "backs", "allies", "enemies", "affiliations", "affiliates", "leaders",
         "memberships", "areas", "controls", "present", "controlled_by")

# The lineage terms researchers use: UCDP actor dataset fields and ACLED's event types
LINEAGE = {"formation": ("formed", "ACLED: Strategic developments / Change to group/activity"),
           "defection": ("defection", "ACLED: Strategic developments / Change to group/activity"),
           "joining": ("joined group", "UCDP: joined group; ACLED: Strategic developments / Change to group/activity"),
           "merger": ("merged (absorbed into)", "UCDP: merger; ACLED: Strategic developments / Change to group/activity"),
           "split": ("split from (splinter of)", "UCDP: splinter of; ACLED: Strategic developments / Change to group/activity"),
           "alliance": ("alliance", "UCDP: alliance; ACLED: Strategic developments / Agreement"),
           "dissolution": ("dissolved", "ACLED: Strategic developments / Change to group/activity"),
           "rename": ("renamed from", "UCDP: name change; ACLED: Strategic developments / Change to group/activity"),
           "leadership_change": ("leadership change", "ACLED: Strategic developments / Change to group/activity"),
           "clash": ("clash", "ACLED: Battles / Armed clash"),
           "capture": ("capture", "ACLED: Battles / Government regains territory or Non-state actor overtakes territory")}


TIER_ORDER = {"exact": 0, "prefix": 1, "word": 2, "word prefix": 3, "meaning": 4, "fuzzy": 5}


class NotFound(LookupError):
    """No stored entity has that name."""


class Ambiguous(LookupError):
    """Several stored entities have that name; `candidates` lists them."""

    def __init__(self, name: str, candidates: list[dict]):
        super().__init__(name)
        self.candidates = candidates


def entity_info(conn: Connection, root: int) -> dict:
    row = conn.execute(select(entities).where(entities.c.id == root)).one()
    ids = family(conn, root)
    names = conn.execute(select(aliases.c.name).where(aliases.c.entity_id.in_(ids))
                         .order_by(aliases.c.id)).scalars().all()
    scope = None
    if row.scope_id is not None:
        scope = conn.execute(select(entities.c.name).where(entities.c.id == row.scope_id)).scalar()
    return {"id": row.id, "name": row.name, "type": row.type, "scope": scope,
            "aliases": [n for n in dict.fromkeys(names) if n != row.name]}


def find_entity(conn: Connection, name: str, table: AliasTable | None = None) -> int:
    """The root id of the one entity called `name` ('#12' names entity 12)."""
    if name.startswith("#") and name[1:].isdigit():
        eid = int(name[1:])
        if eid > MAX_ID or conn.execute(select(entities.c.id).where(entities.c.id == eid)).first() is None:
            raise NotFound(name)
        return roots(conn, {eid})[eid]
    hits = search(conn, name, table, exact=True)
    if not hits:
        raise NotFound(name)
    if len(hits) > 1:
        raise Ambiguous(name, hits)
    return hits[0]["id"]


def search(conn: Connection, text: str, table: AliasTable | None = None, exact: bool = False,
           limit: int = 50) -> list[dict]:
    """Entities with a name matching `text`, best first: exact (any spelling or alias), then prefix,
    word and fuzzy matches (orbat.store.search); each with the tier it was found in as `match`.
    `exact` keeps only the first tier."""
    from orbat.store.search import claim_counts, search_names

    found = search_names(conn, text, table, exact=exact, limit=limit)
    root = roots(conn, {i for i, _ in found})
    tier: dict[int, str] = {}
    for i, how in found:
        tier.setdefault(root[i], how)
    counts = claim_counts(conn, list(tier))
    order = {i: n for n, i in enumerate(tier)}  # the full-text rank within a tier
    ranked = sorted(tier, key=lambda i: (TIER_ORDER[tier[i]], -counts.get(i, 0), order[i]))[:limit]
    return [entity_info(conn, i) | {"claims": counts.get(i, 0), "match": tier[i]} for i in ranked]


def _documents(conn: Connection, ids: set[int]) -> dict[int, dict]:
    rows = conn.execute(select(documents.c.id, documents.c.title, documents.c.url, documents.c.source,
                               documents.c.published, documents.c.story_id).where(documents.c.id.in_(ids))).all()
    return {r.id: {"id": r.id, "title": r.title, "url": r.url, "source": r.source, "published": r.published,
                   "story": r.story_id} for r in rows}


def show(conn: Connection, root: int, at: str | None = None, min_reliability: str = "F",
         max_credibility: int = 6, include_past: bool = False, min_confidence: float = 0.0,
         evidence: bool = False) -> dict:
    """The order of battle of entity `root` as of `at` (an ISO day), or, when `at` is None, every
    line ever attested, each with its first and last attestation. With `evidence`, each line
    lists its claims: sentence, document, source and date. Lines the constraints refuse are
    under `rejected`, with why. A line whose readings together stay below history.LIST_CONFIDENCE
    is listed as a doubtful reading (credibility 4)."""
    nb = neighbourhood(conn, {root}, min_reliability, min_confidence=min_confidence)
    out: dict = {"entity": entity_info(conn, root), "at": at, **{k: [] for k in LISTS}, "rejected": []}
    docs = _documents(conn, {c.document_id for c in nb.claims}) if evidence else {}
    for (s, rel, o), e in nb.edges.items():
        if root not in (s, o):
            continue
        if at is None:
            holds, since, until = True, *_span_of(e)
        else:
            holds, since, until = e.state_at(at)
        if not holds and not include_past:
            continue
        side = "subject" if s == root else "object"
        other = o if side == "subject" else s
        summary = e.summary()
        if summary["credibility"] > max_credibility:
            continue
        item = {"id": other, "name": nb.names[other][0], "type": nb.names[other][1],
                "relation": rel, "since": since, "until": until, "holds": holds, **summary}
        if evidence:
            item["evidence"] = _evidence(e.support + e.against, docs)
        out[PLACE[(rel, side)]].append(item)
    for (s, rel, o), e in nb.rejected.items():
        if root in (s, o):
            out["rejected"].append({"subject": nb.name(s), "relation": rel, "object": nb.name(o),
                                    "reasons": e.rejected, "claims": sorted(c.id for c in e.support)})
    for k in LISTS:
        out[k].sort(key=lambda it: (it["credibility"], it["name"]))
    refused = {c.id for c, _ in nb.rejected_events}
    day = at or "9999-12-31"
    changes = [c for c in nb.claims if c.kind == "event" and c.type in LINEAGE_TYPES and c.id not in refused
               and (bounds(c.placed) or (day,))[0] <= day]
    # lineage is the entity's own changes: an event it has no role in is not its lineage
    out["lineage"] = [it for it in event_items(conn, changes, root, max_credibility) if it["role_of_entity"]]
    return out


def _span_of(e) -> tuple[str | None, str | None]:
    """(since, until) of an edge over all time: the opening of its first period and the closing of its last (none
    while it still holds). A tie read as ended again later ("former al-Qaeda affiliate" in each year's stories)
    ended at its first such reading, not its last."""
    periods = e.periods()
    since = next((o.value for o, _ in periods if o), None)
    until = periods[-1][1].value if periods and periods[-1][1] else None
    return since, until


def _evidence(claim_list: list[Claim], docs: dict[int, dict]) -> list[dict]:
    """Each claim behind a line: id, sentence, document, source, date, modality, polarity."""
    out = []
    for c in sorted(claim_list, key=lambda c: c.id):
        d = docs.get(c.document_id, {})
        out.append({"claim": c.id, "sentence": c.sentence, "document": c.document_id, "title": d.get("title"),
                    "source": c.source, "published": d.get("published"), "modality": c.modality,
                    "polarity": c.polarity, "confidence": c.confidence})
    return out


# How an event reads from the side of one participant: (type, its role) -> phrase; {x} lists the others
PHRASES = {("formation", "agent"): "formed{from: from {from}}", ("formation", "from"): "gave rise to {agent}",
           ("defection", "agent"): "defected{from: from {from}}{to: to {to}}",
           ("defection", "from"): "defections{agent: of {agent}}{to: (to {to})}", ("defection", "to"): "gained {agent} from {from}",
           ("joining", "agent"): "joined {to}", ("joining", "to"): "was joined by {agent}",
           ("merger", "agent"): "merged{to: into {to}} (absorbed)", ("merger", "to"): "formed by the merger of {agent}",
           ("split", "agent"): "split from {from}", ("split", "from"): "splinter {agent} broke away",
           ("alliance", "agent"): "formed an alliance with {agent}", ("dissolution", "agent"): "dissolved",
           ("rename", "agent"): "renamed", ("leadership_change", "agent"): "leadership change in {to}",
           ("leadership_change", "to"): "leadership change: {agent}",
           ("clash", "agent"): "attacked {target}", ("clash", "target"): "attacked by {agent}",
           ("capture", "agent"): "captured{location: {location}}{from: from {from}}", ("capture", "from"): "lost {location} to {agent}"}


# Lineage phrases that mean nothing without a name in one of these roles ("renamed" to what?)
NEEDS_ANY = {("rename", "agent"): ("from", "to")}
# ... and those that say all there is with the entity alone ("formed", "dissolved")
COMPLETE_ALONE = {("formation", "agent"), ("dissolution", "agent")}
QUOTE_CHARS = 160


def lineage_phrase(type_: str, role: str | None, participants: dict[str, list[dict]],
                   sentence: str | None = None) -> str:
    """'split from Jaysh al-Izza', 'formed by the merger of A, B': the event told from one side.
    When the article names nobody where the phrase needs a name ("was joined by" whom?), or the
    entity has no role in it, the phrase is what the article says: the type and its sentence."""
    template = PHRASES.get((type_, role), LINEAGE.get(type_, (type_,))[0])
    needed = re.findall(r"(?<!\{\w)\{(\w+)\}(?![^{}]*\})", re.sub(r"\{\w+:[^{}]*\{\w+\}[^{}]*\}", "", template))
    anyof = NEEDS_ANY.get((type_, role), ())
    others = any(ps for r, ps in participants.items() if r != role)
    if role is None or any(not participants.get(r) for r in needed) or (
            anyof and not any(participants.get(r) for r in anyof)) or (
            not others and (type_, role) not in COMPLETE_ALONE):
        return as_the_article_says(type_, sentence)
    if anyof:
        template += "".join(f"{{{r}: {r} {{{r}}}}}" for r in anyof)

    def names(r: str) -> str:
        return ", ".join(p["name"] for p in participants.get(r, []))

    def optional(m: re.Match) -> str:
        return m.group(2).replace("{" + m.group(1) + "}", names(m.group(1))) if participants.get(m.group(1)) else ""

    text = re.sub(r"\{(\w+):([^{}]*\{\w+\}[^{}]*)\}", optional, template)
    return re.sub(r"\{(\w+)\}", lambda m: names(m.group(1)), text)


def as_the_article_says(type_: str, sentence: str | None) -> str:
    """'defection, in the article's words: "Senior commanders also defected from ..."'."""
    label = type_.replace("_", " ")
    if not sentence:
        return f"{label} (no participant named)"
    flat = " ".join(sentence.split())
    if len(flat) > QUOTE_CHARS:
        flat = flat[:QUOTE_CHARS].rsplit(" ", 1)[0] + " …"
    return f"{label}, in the article's words: \u201c{flat}\u201d"


def timeline(conn: Connection, root: int, min_reliability: str = "F", max_credibility: int = 6,
             min_confidence: float = 0.0) -> dict:
    """The dated events that name entity `root`, one entry per event told by any number of documents;
    an event the article does not date is placed by its document's date ('by 2016-05-10')."""
    ids = family(conn, root)
    evs = [c for c in load_claims(conn, ids, min_reliability, min_confidence=min_confidence) if c.kind == "event"]
    return {"entity": entity_info(conn, root), "events": event_items(conn, evs, root, max_credibility)}


def _sort_day(value: str | None) -> str:
    """Where a date sorts: its first day; an open-start interval ('../2016-05-10', an event dated
    only by its document) at its end."""
    if value and value.startswith("../"):
        return value[3:]
    return (bounds(value) or ("9999",))[0]


def event_items(conn: Connection, evs: list[Claim], root: int, max_credibility: int = 6) -> list[dict]:
    """Event claims grouped into events (same type, date and participants), oldest first."""
    involved = {i for c in evs for v in c.args.values() for i in v}
    root_of = roots(conn, involved | {root})
    names = names_of(conn, set(root_of.values()))
    docs = _documents(conn, {c.document_id for c in evs})
    grouped: dict[tuple, list[Claim]] = defaultdict(list)
    for c in evs:
        args = tuple(sorted((role, root_of.get(i, i)) for role, v in c.args.items() for i in v))
        when = c.date if bounds(c.date) else (f"../{c.attested}" if c.attested else c.date)
        grouped[(c.type, when, c.polarity, args)].append(c)
    items = []
    for (type_, when, polarity, args), cs in grouped.items():
        cred = credibility(cs, [])
        if cred > max_credibility:
            continue
        roles: dict[str, list[dict]] = defaultdict(list)
        for role, i in args:
            roles[role].append({"id": i, "name": names[i][0]})
        mine = [role for role, i in args if i == root]
        label, code = LINEAGE.get(type_, (type_, ""))
        items.append({"type": type_, "label": label, "coding": code, "date": when,
                      "phrase": lineage_phrase(type_, mine[0] if mine else None, roles, cs[0].sentence),
                      "role_of_entity": mine[0] if mine else None, "polarity": polarity,
                      "participants": dict(roles), "modality": firmest(cs), "credibility": cred,
                      "claims": [c.id for c in cs], "sentence": cs[0].sentence,
                      "sources": [docs[c.document_id] for c in cs]})
    items.sort(key=lambda it: (_sort_day(it["date"]), it["type"]))
    return items
