"""Exports of the knowledge base to the tools analysts already use: an ACLED-like events CSV,
FollowTheMoney, STIX 2.1, GraphML and dynamic GEXF, and orbat's own JSON dump (which `orbat import`
reads back). docs/export.md describes each format."""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from orbat.export.scope import Scope
    from orbat.resolve import AliasTable
    from orbat.store.db import Store

# format -> (module, writer); modules load on use, so a CSV export does not import stix2
WRITERS = {"events-csv": ("events_csv", "write"), "ftm": ("ftm", "write"), "stix": ("stix", "write"),
           "graphml": ("graph", "write_graphml"), "gexf": ("graph", "write_gexf"), "json": ("dump", "dump")}
FORMATS = tuple(WRITERS)


def export(store: Store, fmt: str, out: TextIO, scope: Scope | None = None, table: AliasTable | None = None) -> int:
    """Write the store, or the part of it in `scope`, to `out` as `fmt`; returns the number of
    rows, entities or objects written. The json dump always holds the whole store."""
    from orbat.export.facts import Facts
    from orbat.export.scope import Scope

    module, name = WRITERS[fmt]
    writer = getattr(import_module(f"orbat.export.{module}"), name)
    with store.read() as conn:
        return writer(conn, out) if fmt == "json" else writer(Facts(conn, scope or Scope(), table), out)
