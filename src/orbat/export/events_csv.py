"""`events-csv`: one row per event claim, with ACLED-like columns (docs/export.md lists them).

Cells come from article text and user options, so none may start a formula in a spreadsheet: as
OWASP advises for CSV injection, a text cell that begins with = + - @ (or their full-width forms),
a tab or a carriage return gets a leading apostrophe, which spreadsheets show as text."""
from __future__ import annotations

import csv
import hashlib
from datetime import date
from typing import TextIO

from orbat.export.facts import EventFact, Facts
from orbat.store.edtf import bounds

STRATEGIC = ("Strategic developments", "Change to group/activity")
ACLED = {"formation": STRATEGIC, "defection": STRATEGIC, "joining": STRATEGIC, "merger": STRATEGIC,
         "split": STRATEGIC, "dissolution": STRATEGIC, "rename": STRATEGIC, "leadership_change": STRATEGIC,
         "alliance": ("Strategic developments", "Agreement"),
         "clash": ("Battles", "Armed clash"),
         "capture": ("Battles", "Non-state actor overtakes territory")}
STATE_CAPTURE = ("Battles", "Government regains territory")
STATE_TYPES = ("state", "state_force")
# the role whose participants are ACLED's actor 2, by event type
COUNTERPART = {"clash": "target", "capture": "from", "defection": "from", "split": "from", "joining": "to",
               "leadership_change": "to", "merger": "to", "formation": "from"}
# events whose agents, with no counterpart named, are the opposing sides ("clashes between A and B")
OPPOSED = ("clash",)
ROLES = ("agent", "from", "to", "target", "location")
COLUMNS = ("event_id", "event_date", "year", "time_precision", "event_type", "sub_event_type", "orbat_event_type",
           "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", *ROLES, "fighters", "source",
           "source_url", "source_title", "published", "notes", "modality", "polarity", "confidence", "status",
           "evidence", "evidence_start", "evidence_end", "document_id", "event_group", "date_basis")


def time_precision(value: str | None) -> int | None:
    """ACLED's time precision: 1 a known day, 2 within about a week, 3 a month or longer; None undated."""
    span = bounds(value)
    if span is None:
        return None
    days = (date.fromisoformat(span[1]) - date.fromisoformat(span[0])).days
    if days == 0:
        return 2 if value.rstrip("?~%") != value else 1
    return 2 if days <= 7 else 3


def acled_type(ev: EventFact, types: dict[int, tuple[str, str]]) -> tuple[str, str]:
    if ev.type == "capture" and any(types.get(a, ("", ""))[1] in STATE_TYPES for a in ev.args.get("agent", [])):
        return STATE_CAPTURE
    return ACLED.get(ev.type, ("", ""))


def event_group(ev: EventFact) -> str:
    """Rows with the same group report the same event: same type, date, polarity and participants."""
    key = repr((ev.type, ev.date, ev.evidence.polarity, sorted((r, i) for r, ids in ev.args.items() for i in ids)))
    return hashlib.sha1(key.encode()).hexdigest()[:12]


def _fighters(q: dict | None) -> str:
    if not q:
        return ""
    if "value" in q:
        return str(q["value"])
    return " ".join(p for p in (f">={q['min']}" if "min" in q else "", f"<={q['max']}" if "max" in q else "") if p)


def sides(ev: EventFact, named) -> tuple[list[str], list[str]]:
    """ACLED's two sides: actor 1 and its associated actors, actor 2 and its. The agents are one
    side and the counterpart role (target, from, to) the other; a clash that names only agents
    ("clashes between A and B") has them on opposite sides: A is actor 1, B actor 2."""
    agents, other = named("agent"), named(COUNTERPART.get(ev.type, ""))
    if ev.type in OPPOSED and not other and len(agents) > 1:
        return agents[:1], agents[1:]
    return agents, other


def dated(ev: EventFact) -> tuple[str, str, str]:
    """(event_date, time_precision, date_basis) as the knowledge base dates the event: its own date,
    or, when the article gives none (or no year), its document's publication date, on or before which
    it happened (orbat.store.history: time from attestation), at ACLED precision 3."""
    if bounds(ev.date):
        return ev.date, str(time_precision(ev.date) or ""), "article"
    published = ev.evidence.published
    if bounds(published):
        return published, "3", "on or before publication"
    return ev.date or "", "", "undated"


def row(ev: EventFact, names: dict[int, tuple[str, str]]) -> dict:
    def named(role: str) -> list[str]:
        return [names[i][0] if i in names else f"#{i}" for i in ev.args.get(role, [])]

    side1, side2 = sides(ev, named)
    kind, sub = acled_type(ev, names)
    e = ev.evidence
    when, precision, basis = dated(ev)
    notes = "; ".join(f"{role} {', '.join(named(role))}" for role in ROLES if ev.args.get(role))
    return {"event_id": ev.id, "event_date": when, "year": (bounds(when) or ("",))[0][:4],
            "time_precision": precision, "event_type": kind, "sub_event_type": sub,
            "orbat_event_type": ev.type, "actor1": side1[0] if side1 else "",
            "assoc_actor_1": "; ".join(side1[1:]), "actor2": side2[0] if side2 else "",
            "assoc_actor_2": "; ".join(side2[1:]),
            **{role: "; ".join(named(role)) for role in ROLES},
            "fighters": _fighters(ev.quantity), "source": e.source or "", "source_url": e.url or "",
            "source_title": e.title or "", "published": e.published or "",
            "notes": f"{ev.date or 'undated'}: {ev.type}" + (f": {notes}" if notes else ""),
            "modality": e.modality, "polarity": e.polarity, "confidence": e.confidence, "status": e.status,
            "evidence": e.sentence, "evidence_start": e.start, "evidence_end": e.end, "document_id": e.document_id,
            "event_group": event_group(ev), "date_basis": basis}


FORMULA_START = tuple("=+-@\t\r\uff1d\uff0b\uff0d\uff20")


def inert(value):
    """A text cell that no spreadsheet evaluates: a leading apostrophe before a formula character."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write(facts: Facts, out: TextIO) -> int:
    """Write the header and one row per event; returns the number of rows."""
    writer = csv.DictWriter(out, COLUMNS)
    writer.writeheader()
    n = 0
    for ev in facts.events(sentences=True):
        writer.writerow({k: inert(v) for k, v in row(ev, facts.names).items()})
        n += 1
    return n
