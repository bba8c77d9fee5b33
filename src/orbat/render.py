"""`--format table`: an extraction as a header and three tables a person can read at the
terminal's width (orbat.terminal: $COLUMNS, the terminal, else 120; lines break between words).

Columns that are empty in every row are left out, and relation evidence is listed under its table
(keyed by the row number), so the tables keep to one line per fact where names are short. The
lexicon entries' sources (URLs) are shown only on request (`extract --sources`).
"""
from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from orbat.model import Extraction
from orbat.terminal import console as terminal_console, table as terminal_table

EVIDENCE_CHARS = 200  # evidence sentences are cut to this many characters
SOURCE_ATTRIBUTES = ("lexicon_source",)  # where a lexicon entry came from: a URL, shown with --sources


def print_table(extraction: Extraction, console: Console | None = None, sources: bool = False) -> None:
    """Print the document header, then entities, relations and events ("none found" when empty);
    with `sources`, the entities' lexicon sources too."""
    if console is None:
        console = terminal_console()
    names = {e.id: e.name for e in extraction.entities}
    console.print(_header(extraction))
    _section(console, "Entities", _entities(extraction, sources))
    _section(console, "Relations", _relations(extraction, names))
    for n, r in enumerate(extraction.relations, 1):
        line = Text(f"[{n}] ", style="dim")
        line.append(_shorten(r.evidence.sentence), style="italic")
        console.print(line)
    _section(console, "Events", _events(extraction, names))


def _header(extraction: Extraction) -> Text:
    doc = extraction.document
    out = Text(doc.title or "(no title found)", style="bold")
    published = doc.published or "unknown"
    if doc.published and doc.published_source:
        published += f" (from {doc.published_source})"
    for label, value in (("published", published), ("url", doc.url), ("source", doc.source),
                         ("language", doc.language)):
        out.append(f"\n{label}: ", style="dim")
        out.append(value or "-")
    return out


def _section(console: Console, title: str, table: Table | None) -> None:
    console.print()
    console.print(Text(f"{title}: none found", style="bold") if table is None else table)


def _table(title: str, headers: tuple[str, ...], rows: list[tuple], wrap: tuple[str, ...]) -> Table:
    """A table of `rows` without the columns empty in all of them; only `wrap` columns wrap, and
    only between words."""
    return terminal_table(headers, rows, wrap=wrap, title=title, drop_empty=True)


def _entities(extraction: Extraction, sources: bool = False) -> Table | None:
    if not extraction.entities:
        return None
    rows = []
    for e in extraction.entities:
        attributes = "; ".join(f"{k}: {v}" for k, v in e.attributes.items()
                               if v not in (None, "", []) and (sources or k not in SOURCE_ATTRIBUTES))
        rows.append((e.id, e.name, e.type, "; ".join(e.aliases), attributes))
    return _table("Entities", ("id", "name", "type", "aliases", "attributes"), rows,
                  wrap=("name", "aliases", "attributes"))


def _relations(extraction: Extraction, names: dict[str, str]) -> Table | None:
    if not extraction.relations:
        return None
    rows = []
    for n, r in enumerate(extraction.relations, 1):
        role_rank = " / ".join(x for x in (r.role, r.rank) if x)
        rows.append((f"[{n}]", names.get(r.subject, r.subject), r.relation, names.get(r.object, r.object),
                     r.valid_from, r.valid_until, r.polarity, r.modality, role_rank, f"{r.confidence:.2f}"))
    headers = ("#", "subject", "relation", "object", "valid from", "valid until", "polarity", "modality",
               "role/rank", "conf")
    return _table("Relations", headers, rows, wrap=("subject", "object", "role/rank"))


def _events(extraction: Extraction, names: dict[str, str]) -> Table | None:
    if not extraction.events:
        return None
    rows = []
    for v in extraction.events:
        date = v.date or "?"
        if v.date_text:
            date += f" ({v.date_text})"
        roles = (_names(ids, names) for ids in (v.agent, v.from_, v.to, v.target, v.locations))
        rows.append((v.id, v.type, date, *roles, _quantity(v.quantity), v.modality, v.polarity,
                     f"{v.confidence:.2f}"))
    headers = ("id", "type", "date", "agent", "from", "to", "target", "locations", "quantity",
               "modality", "polarity", "conf")
    return _table("Events", headers, rows, wrap=("date", "agent", "from", "to", "target", "locations"))


def _names(ids: list[str], names: dict[str, str]) -> str:
    return "; ".join(names.get(i, i) for i in ids)


def _quantity(quantity: dict | None) -> str:
    """{"min": 500} reads as ">=500", {"max": 100} as "<=100", {"value": 30} as "30"."""
    if not quantity:
        return ""
    signs = {"min": ">=", "max": "<=", "value": ""}
    return " ".join(f"{signs.get(k, k + ' ')}{v}" for k, v in quantity.items())


def _shorten(sentence: str) -> str:
    flat = " ".join(sentence.split())
    return flat if len(flat) <= EVIDENCE_CHARS else flat[:EVIDENCE_CHARS - 1] + "…"
