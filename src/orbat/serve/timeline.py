"""An entity's history for the timeline: one row for the entity and one per unit it ever had; the
periods its relations held as ranges, its events as points, each with the precision of its dates.

A date known to the month covers the whole month (`lo`..`hi`), so the page draws it as a span,
never as a day."""
from __future__ import annotations

from collections import defaultdict

from sqlalchemy.engine import Connection

from orbat.store.edtf import bounds
from orbat.store.history import Neighbourhood, credibility, firmest, neighbourhood
from orbat.store.views import LINEAGE, entity_info

PHRASE = {("part_of", "subject"): "part of", ("part_of", "object"): "unit", ("backed_by", "subject"): "backed by",
          ("backed_by", "object"): "backs", ("allied_with", "subject"): "allied with",
          ("allied_with", "object"): "allied with", ("hostile_to", "subject"): "hostile to",
          ("hostile_to", "object"): "hostile to", ("affiliated_with", "subject"): "affiliated with",
          ("affiliated_with", "object"): "affiliate", ("member_of", "subject"): "member of",
          ("member_of", "object"): "member", ("operates_in", "subject"): "operates in",
          ("operates_in", "object"): "present", ("controls", "subject"): "controls",
          ("controls", "object"): "controlled by"}


def precision(value: str | None) -> str | None:
    """'day', 'month', 'year' or 'interval' for an EDTF value; None when it cannot be placed."""
    if bounds(value) is None:
        return None
    if "/" in value:
        return "interval"
    return ("year", "month", "day")[min(value.rstrip("?~%").count("-"), 2)]


def when(value: str | None) -> dict | None:
    """An EDTF value with the days it covers and its precision."""
    span = bounds(value)
    return None if span is None else {"value": value, "lo": span[0], "hi": span[1], "precision": precision(value)}


def history(conn: Connection, root: int, min_reliability: str = "F", max_credibility: int = 6) -> dict:
    """Rows (the entity, then its units), items (relation ranges and events) and the days they span."""
    first = neighbourhood(conn, {root}, min_reliability)
    units = sorted({s for s, rel, o in first.edges if rel == "part_of" and o == root}, key=first.name)
    nb = neighbourhood(conn, {root, *units}, min_reliability) if units else first
    rows = [root, *units]
    items = _ranges(nb, rows, max_credibility) + _events(nb, rows, max_credibility)
    ends = [d for it in items for d in (it["from"], it["to"]) if d]
    return {"entity": entity_info(conn, root),
            "rows": [{"id": i, "name": nb.name(i), "type": nb.names[i][1]} for i in rows],
            "items": items, "span": [min(d["lo"] for d in ends), max(d["hi"] for d in ends)] if ends else None,
            "undated": sum(1 for (s, _, o), e in nb.edges.items() if not e.points and (s in rows or o in rows))}


def _ranges(nb: Neighbourhood, rows: list[int], max_credibility: int) -> list[dict]:
    out = []
    root, units = rows[0], set(rows[1:])
    for (s, rel, o), e in nb.edges.items():
        placed = [(me, other, side) for me, other, side in ((s, o, "subject"), (o, s, "object")) if me in units] \
            or [(me, other, side) for me, other, side in ((s, o, "subject"), (o, s, "object")) if me == root]
        info = e.summary()
        if not placed or info["credibility"] > max_credibility:
            continue
        me, other, side = placed[0]
        role = f" ({info['role']})" if info["role"] else ""
        for n, (opening, closing) in enumerate(e.periods()):
            out.append({"id": f"r:{s}:{rel}:{o}:{n}", "row": me, "kind": "relation", "relation": rel,
                        "label": f"{PHRASE[(rel, side)]} {nb.name(other)}{role}", "other": other,
                        "from": when(opening.value) if opening else None,
                        "to": when(closing.value) if closing else None, **info})
    return out


def _events(nb: Neighbourhood, rows: list[int], max_credibility: int) -> list[dict]:
    grouped = defaultdict(list)
    for c in nb.claims:
        if c.kind != "event" or bounds(c.date) is None:
            continue
        args = tuple(sorted((role, nb.root_of.get(i, i)) for role, v in c.args.items() for i in v))
        grouped[(c.type, c.date, c.polarity, args)].append(c)
    out = []
    for (type_, value, polarity, args), cs in grouped.items():
        cred = credibility(cs, [])
        if cred > max_credibility:
            continue
        ids = [i for _, i in args]
        agents = [i for role, i in args if role == "agent" and i in rows]
        places = agents or [i for i in rows if i in ids][:1] or rows[:1]
        label = LINEAGE.get(type_, (type_,))[0] + (" (denied)" if polarity == "negated" else "")
        for me in places:
            detail = " ".join(_roles(nb, args, me))
            out.append({"id": f"e:{cs[0].id}:{me}", "row": me, "kind": "event", "type": type_, "what": label,
                        "detail": detail, "label": f"{label} {detail}".strip(), "from": when(value), "to": None,
                        "polarity": polarity, "claims": sorted(c.id for c in cs), "modality": firmest(cs),
                        "credibility": cred, "disputed": False})
    return out


def _roles(nb: Neighbourhood, args: tuple, me: int) -> list[str]:
    """The other participants, briefly: 'by X', 'with 9 others', 'from X', 'in Y'."""
    names = defaultdict(list)
    for role, i in args:
        if i != me:
            names[role].append(nb.name(i))
    mine = {role for role, i in args if i == me}
    out = []
    for role, word in (("agent", "with" if "agent" in mine else "by"), ("from", "from"), ("to", "to"),
                       ("target", "against"), ("location", "in")):
        found = names.get(role, [])
        if found:
            out.append(f"{word} {', '.join(found)}" if len(found) <= 2 else f"{word} {len(found)} others")
    return out
