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
           "graphml": ("graph", "write_graphml"), "gexf": ("graph", "write_gexf"), "jsonl": ("dump", "dump")}
# other names a format answers to: the dump is JSON lines, and was first called `json`
ALIASES = {"json": "jsonl"}
FORMATS = tuple(WRITERS) + tuple(ALIASES)
# the formats whose libraries come with the `exports` extra (pip install 'orbat[exports]')
EXTRA = {"ftm": "followthemoney", "stix": "stix2"}


class MissingExtra(ImportError):
    """A format whose library is not installed; the message says how to install it."""


def canonical(fmt: str) -> str:
    """The format's own name (`json` is `jsonl`)."""
    return ALIASES.get(fmt, fmt)


def load_writer(fmt: str):
    """The writer function of `fmt`; MissingExtra when its library is not installed."""
    fmt = canonical(fmt)
    module, name = WRITERS[fmt]
    try:
        return getattr(import_module(f"orbat.export.{module}"), name)
    except ModuleNotFoundError as err:
        if fmt in EXTRA and err.name and err.name.split(".")[0] in {"followthemoney", "stix2"}:
            raise MissingExtra(f"--format {fmt} needs {EXTRA[fmt]}, which the core install leaves out: "
                               "pip install 'orbat[exports]'") from None
        raise


def export(store: Store, fmt: str, out: TextIO, scope: Scope | None = None, table: AliasTable | None = None) -> int:
    """Write the store, or the part of it in `scope`, to `out` as `fmt`; returns the number of
    rows, entities or objects written. The json dump always holds the whole store."""
    from orbat.export.facts import Facts
    from orbat.export.scope import Scope

    fmt = canonical(fmt)
    writer = load_writer(fmt)
    with store.read() as conn:
        return writer(conn, out) if fmt == "jsonl" else writer(Facts(conn, scope or Scope(), table), out)
