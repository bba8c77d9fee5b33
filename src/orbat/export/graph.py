"""`graphml` and `gexf`: the order of battle as a networkx multigraph.

Nodes are root entities; a relation edge (subject -> object) carries its consolidated periods, and
an event gives an edge from each agent to each other participant, dated by the event. GEXF is
written dynamic: edges have `spells` (one per period, ISO days), events `start`/`end`, and nodes
the dates of their formation and dissolution, so Gephi's timeline plays the order of battle.
GraphML has no time model: the same dates are plain attributes (EDTF and ISO days).
"""
from __future__ import annotations

import codecs
import shutil
import tempfile
from itertools import islice
from typing import TextIO
from xml.etree.ElementTree import Element, tostring

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from orbat.export.countries import country
from orbat.export.facts import EdgeFact, EventFact, Facts
from orbat.store.edtf import bounds

MODALITIES = ("asserted", "reported", "likely", "possible")
LIFE = {"formation": "formed", "dissolution": "dissolved"}  # single-actor events kept on the node
COUNTERPARTS = ("from", "to", "target", "location")
SLICE = 5000  # nodes or edges handed to the GEXF writer at a time


def _day(value: str | None, last: bool = False) -> str | None:
    span = bounds(value)
    return span[1 if last else 0] if span else None


def _interval(since: str | None, until: str | None) -> str:
    return f"{since or '..'}/{until or '..'}"


def _edge_attrs(fact: EdgeFact) -> dict:
    support = fact.support
    return {"kind": "relation", "relation": fact.edge.relation, "label": fact.edge.relation,
            "since": fact.spans[0][0] or "", "until": fact.spans[-1][1] or "",
            "periods": "; ".join(_interval(a, b) for a, b in fact.spans),
            "credibility": fact.credibility,
            "modality": min((e.modality for e in support), key=MODALITIES.index, default=""),
            "disputed": fact.disputed, "role": ", ".join(sorted(fact.edge.roles)),
            "claims": ",".join(str(e.claim_id) for e in support),
            "documents": ",".join(str(i) for i in dict.fromkeys(e.document_id for e in support))}


def _event_pairs(ev: EventFact) -> list[tuple[int, int, str]]:
    agents = ev.args.get("agent", [])
    pairs = [(a, o, role) for role in COUNTERPARTS for o in ev.args.get(role, []) for a in agents]
    if not pairs and ev.type == "alliance":
        pairs = [(a, b, "agent") for n, a in enumerate(agents) for b in agents[n + 1:]]
    return [(a, b, role) for a, b, role in pairs if a != b]


def build(facts: Facts, dynamic: bool) -> nx.MultiDiGraph:
    """The graph of the facts in scope; `dynamic` adds GEXF's start/end/spells."""
    g = nx.MultiDiGraph(name="orbat order of battle")
    used: set[int] = set() if facts.focus is None else {facts.focus}
    life: dict[int, dict[str, str]] = {}
    for fact in facts.edges():
        s, rel, o = fact.key
        attrs = _edge_attrs(fact)
        if dynamic:
            spells = [(_day(a), _day(b)) for a, b in fact.spans if _day(a) or _day(b)]
            attrs |= {"spells": spells} if spells else {}
        g.add_edge(s, o, key=rel, id=f"{s}-{rel}-{o}", **attrs)
        used.update((s, o))
    for ev in facts.events():
        if ev.evidence.polarity != "affirmed":
            continue
        if ev.type in LIFE and _day(ev.date):
            for a in ev.args.get("agent", []):
                known = life.setdefault(a, {}).get(LIFE[ev.type])
                if known is None or _day(ev.date) < _day(known):  # the earliest report's date
                    life[a][LIFE[ev.type]] = ev.date
        for n, (a, b, role) in enumerate(_event_pairs(ev)):
            attrs = {"kind": "event", "relation": ev.type, "label": ev.type, "role": role, "since": ev.date or "",
                     "until": ev.date or "", "modality": ev.evidence.modality, "claims": str(ev.id),
                     "documents": str(ev.evidence.document_id)}
            if dynamic and _day(ev.date):
                attrs |= {"start": _day(ev.date), "end": _day(ev.date, last=True)}
            g.add_edge(a, b, key=f"event:{ev.id}:{n}", id=f"event-{ev.id}-{n}", **attrs)
            used.update((a, b))
    for e in facts.entities(used):
        attrs = {"label": e.name, "entity_type": e.type, "aliases": "; ".join(e.aliases),
                 "country": country([e.name, *e.aliases]) or "", **life.get(e.id, {})}
        if dynamic:
            start, end = _day(attrs.get("formed")), _day(attrs.get("dissolved"))
            if start and end and end < start:
                end = None  # the sources disagree; keep the formation
            attrs |= {k: v for k, v in (("start", start), ("end", end)) if v}
        g.add_node(e.id, **attrs)
    return g


def write_graphml(facts: Facts, out: TextIO) -> int:
    """GraphML through networkx's incremental (lxml) writer, which adds nothing to the graph's memory."""
    g = build(facts, dynamic=False)
    nx.write_graphml_lxml(g, _TextSink(out))
    return g.number_of_nodes() + g.number_of_edges()


def write_gexf(facts: Facts, out: TextIO) -> int:
    """GEXF through networkx's writer, fed a slice of the graph at a time: given the whole graph it
    builds an XML tree of it, several times the graph's size. The attribute declarations it collects
    on the way come first in the file, so the nodes and edges wait in a temporary file."""
    g = build(facts, dynamic=True)
    writer = GEXFWriter(prettyprint=False)
    writer.graph_element = Element("graph", defaultedgetype="directed", mode="dynamic", timeformat="date",
                                   name=g.graph["name"])
    with tempfile.TemporaryFile("w+", encoding="utf-8") as body:
        for part, items, add in (("nodes", g.nodes(data=True), writer.add_nodes),
                                 ("edges", g.edges(keys=True, data=True), writer.add_edges)):
            body.write(f"<{part}>")
            items = iter(items)
            while chunk := list(islice(items, SLICE)):
                piece, holder = nx.MultiDiGraph(), Element("holder")
                piece.add_nodes_from(chunk) if part == "nodes" else piece.add_edges_from(chunk)
                add(piece, holder)
                body.writelines(tostring(el, encoding="unicode") + "\n" for el in holder[0])
            body.write(f"</{part}>")
        writer.graph_element.append(Element("body"))
        writer.xml.append(writer.graph_element)
        head, tail = tostring(writer.xml, encoding="unicode").split("<body />")
        out.write(f'<?xml version="1.0" encoding="utf-8"?>\n{head}')
        body.seek(0)
        shutil.copyfileobj(body, out)
        out.write(tail + "\n")
    return g.number_of_nodes() + g.number_of_edges()


class _TextSink:
    """A binary file object that writes into a text stream, for writers that produce UTF-8 bytes."""

    def __init__(self, out: TextIO):
        self.out = out
        self.decoder = codecs.getincrementaldecoder("utf-8")()

    def write(self, data: bytes) -> int:
        self.out.write(self.decoder.decode(data))
        return len(data)
