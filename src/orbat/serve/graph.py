"""An entity's order of battle as of a day: the lists `orbat show` prints, and a graph for the page.

The hierarchy (coalition → group → units) becomes nested compound nodes, two levels up and two
down; sponsors, allies, enemies, leaders and affiliations of the entity become edges of their kind."""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.engine import Connection

from orbat.store.history import Neighbourhood, neighbourhood
from orbat.store.views import LISTS, PLACE, entity_info

DEPTH = 2
MAX_NODES = 3000
# list of the root's view -> (edge kind, root is the edge's source)
EDGE_KINDS = {"sponsors": ("sponsor", False), "backs": ("sponsor", True), "allies": ("ally", True),
              "enemies": ("enemy", True), "leaders": ("leader", False), "memberships": ("leader", True),
              "affiliations": ("affiliation", True), "affiliates": ("affiliation", False),
              "parents": ("part_of", True)}


def lists_at(nb: Neighbourhood, ids: set[int], day: str, max_credibility: int = 6,
             include_past: bool = False) -> dict[int, dict[str, list[dict]]]:
    """For each of `ids`, what `views.show` lists as of `day`."""
    out = {i: {k: [] for k in LISTS} for i in ids}
    for (s, rel, o), e in nb.edges.items():
        if s not in out and o not in out:
            continue
        holds, since, until = e.state_at(day)
        if not holds and not include_past:
            continue
        info = e.summary()
        if info["credibility"] > max_credibility:
            continue
        for me, other, side in ((s, o, "subject"), (o, s, "object")):
            if me in out:
                out[me][PLACE[(rel, side)]].append(
                    {"id": other, "name": nb.name(other), "type": nb.names[other][1], "relation": rel,
                     "since": since, "until": until, "holds": holds, **info})
    for lists in out.values():
        for items in lists.values():
            items.sort(key=lambda it: (it["credibility"], it["name"]))
    return out


def change_days(nb: Neighbourhood, ids: set[int]) -> set[str]:
    """Where the view can change: the days the dated points on edges that touch `ids` take effect, and
    the ends of each edge's attested window (see orbat.store.history)."""
    days = set()
    for (s, _, o), e in nb.edges.items():
        if s in ids or o in ids:
            days.update(p.day for p in e.points)
            days.update(d for d in e.window() if d)
    return days


def orbat(conn: Connection, root: int, day: str, min_reliability: str = "F", max_credibility: int = 6,
          include_past: bool = False, max_nodes: int = MAX_NODES) -> dict:
    """The view of `root` as of `day`: entity, lists, graph {nodes, edges}, change days and span."""
    def level(ids: set[int]) -> dict[int, dict[str, list[dict]]]:
        nb = neighbourhood(conn, ids, min_reliability)
        days.update(change_days(nb, ids))
        return lists_at(nb, ids, day, max_credibility, include_past)

    days: set[str] = set()
    lists = level({root})[root]
    info = entity_info(conn, root)
    graph = Graph()
    graph.node(root, info, "root", None, {})
    _ancestors(graph, root, lists, level)
    _descendants(graph, root, lists, level, max_nodes)
    for key, (kind, outward) in EDGE_KINDS.items():
        for it in lists[key][1 if key == "parents" else 0:]:
            graph.node(it["id"], it, key, None, it)
            graph.edge(kind, (root, it["id"]) if outward else (it["id"], root), it)
    return {"entity": info, "at": day, "lists": lists,
            "graph": {"nodes": list(graph.nodes.values()), "edges": list(graph.edges.values()),
                      "truncated": graph.truncated, "nesting": list(graph.nesting.values())},
            "changes": sorted(days), "span": _span(days or {day})}


class Graph:
    """Nodes and edges in the shape the page's graph library takes (ids as strings)."""

    def __init__(self):
        self.nodes: dict[int, dict] = {}
        self.edges: dict[str, dict] = {}
        self.truncated = False
        self.nesting: dict[int, dict] = {}  # units with more than one parent: where each is drawn, and why

    def node(self, i: int, it: dict, kind: str, parent: int | None, info: dict) -> bool:
        if i in self.nodes:
            return False
        self.nodes[i] = {"id": str(i), "label": it["name"], "type": it["type"], "kind": kind,
                         "parent": None if parent is None else str(parent),
                         **{k: info.get(k) for k in ("since", "until", "claims", "credibility", "disputed",
                                                     "modality", "role")}}
        return True

    def nest(self, child: int, parents: list[dict]) -> None:
        """Note why `child` is drawn inside parents[0] when it has other parents at the date."""
        if len(parents) > 1:
            top = parents[0]
            self.nesting[child] = {"unit": self.nodes[child]["label"], "inside": top["name"],
                                   "why": _why(top), "also": [p["name"] for p in parents[1:]]}

    def also(self, child: int, parent: int) -> None:
        """A unit met again under another parent: it stays in the box it was met in first, with an
        edge to this one."""
        inside = self.nodes[child]["parent"]
        note = self.nesting.setdefault(child, {
            "unit": self.nodes[child]["label"], "inside": self.nodes[int(inside)]["label"] if inside else None,
            "why": "the first of its parents met going down from the entity", "also": []})
        note["also"].append(self.nodes[parent]["label"])

    def edge(self, kind: str, ends: tuple[int, int], it: dict) -> None:
        s, t = ends
        self.edges.setdefault(f"{kind}:{s}:{t}", {
            "id": f"{kind}:{s}:{t}", "source": str(s), "target": str(t), "kind": kind, "label": it.get("role") or "",
            **{k: it[k] for k in ("since", "until", "claims", "credibility", "disputed", "modality")}})


def _ancestors(graph: Graph, root: int, lists: dict, level) -> None:
    """The best-supported parent of `root`, and its parent, as the compounds that hold it; a unit's
    other parents at the date are drawn beside it with part-of edges, and the choice is noted."""
    child, parents = root, lists["parents"]
    for depth in range(DEPTH):
        if not parents or not graph.node(parents[0]["id"], parents[0], "parent", None, {}):
            return
        top = parents[0]
        graph.nodes[child].update({"parent": str(top["id"]),
                                   **{k: top[k] for k in ("since", "until", "claims", "credibility", "disputed")}})
        graph.nest(child, parents)
        if child != root:  # the root's other parents are drawn with its other relations
            for other in parents[1:]:
                graph.node(other["id"], other, "parents", None, other)
                graph.edge("part_of", (child, other["id"]), other)
        child = top["id"]
        parents = level({child})[child]["parents"] if depth + 1 < DEPTH else []


def _descendants(graph: Graph, root: int, lists: dict, level, max_nodes: int) -> None:
    """Units of `root` and their units, nested in their parent, up to `max_nodes` nodes."""
    frontier = {root: lists}
    for depth in range(DEPTH):
        added = set()
        for parent, parent_lists in frontier.items():
            for it in parent_lists["units"]:
                if len(graph.nodes) >= max_nodes:
                    graph.truncated = True
                    return
                if graph.node(it["id"], it, "unit", parent, it):
                    added.add(it["id"])
                else:
                    graph.edge("part_of", (it["id"], parent), it)
                    graph.also(it["id"], parent)
        if not added or depth + 1 == DEPTH:
            return
        frontier = level(added)


def _why(parent: dict) -> str:
    """Why this parent is the box a unit is drawn in: lists are sorted by credibility, then name."""
    stories = parent.get("stories") or 0
    return (f"the best supported (credibility {parent['credibility']}"
            + (f", {stories} stor{'y' if stories == 1 else 'ies'}" if stories else "") + ")")


def _span(days: set[str]) -> list[str]:
    """The slider's range: from the first change day to the last, half a year either side."""
    pad = timedelta(days=183)
    known = sorted(days)
    return [(date.fromisoformat(known[0]) - pad).isoformat(), (date.fromisoformat(known[-1]) + pad).isoformat()]
