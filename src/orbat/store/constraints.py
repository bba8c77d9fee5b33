"""What the order of battle may hold: the checks run on every edge when the store derives it.

- Sides: media outlets, monitors, NGOs, international organizations, government bodies, persons,
  places and headline debris are never a side of part_of, backed_by, allied_with or hostile_to
  (orbat.kinds); a person is a member, a monitor a source.
- Signatures: part_of joins armed actors (a group, coalition or state force) to an armed actor or
  a political organization; a state is part of nothing; a state's force is a unit of a state
  force or of its state, never of a non-state group; a non-state group is not part of a state.
  backed_by has an armed actor or a state as its subject; a media outlet, monitor, NGO, international
  organization, government body or person neither operates in nor controls a place.
- Life: no relation before either end was formed, or after it was dissolved: dates from
  lexicons/founding.tsv (each with its source) or, for entities it does not list, from dated
  formation and dissolution events; the edge is narrowed to that life, and refused when nothing
  of its attested window is left.
- Hostility: a unit and its parent, a group and its backer, two allies reported hostile over the
  same time: the line is disputed, and refused when the hostility has at least twice its stories.
- part_of is acyclic: in a cycle the edges with fewest stories are refused (every one of them
  when several tie, so both directions of a two-cycle with as many stories each). A cycle is
  judged on the whole of its strongly connected part of the store, however few of its edges
  the view holds, so `show` of any entity and every export refuse the same edges.
- Lineage: a non-state group is not formed out of, or split from, a state's force (defectors
  are people: see the defection events).

A refused edge is not dropped: it stays in `Neighbourhood.rejected` with its reasons, and
`review_queue` lists every one in the store for an analyst.
"""
from __future__ import annotations

from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.engine import Connection

from orbat.lexicons import load
from orbat.resolve import match_keys
from orbat.store.edtf import bounds
from orbat.store.history import (LIST_CONFIDENCE, LIVE, Edge, Neighbourhood, families, independent,
                                  neighbourhood, roots)
from orbat.kinds import ARMED, actor_kind, camp, is_side, kind_from_context
from orbat.store.schema import claim_args, claims, entities

OOB = ("part_of", "backed_by", "allied_with", "hostile_to")
POSITIVE = ("part_of", "backed_by", "allied_with")
OUTWEIGH = 2
KIND_NAMES = {"media": "a media outlet", "monitor": "a monitor", "ngo": "an NGO", "igo": "an international organization",
              "government_body": "a government body", "person": "a person", "place": "a place"}  # hostility refuses a positive line when it has this many times its stories


@lru_cache(maxsize=1)
def _founding() -> dict[str, dict]:
    """match key -> founding.tsv row."""
    return {k: row for row in load("founding") for k in match_keys(row["name"])}


def founding(name: str) -> dict | None:
    """The founding.tsv row (formed, dissolved, source) for an actor name, or None."""
    return next((_founding()[k] for k in match_keys(name) if k in _founding()), None)


def lifespans(conn: Connection, nb: Neighbourhood) -> dict[int, tuple[str | None, str | None, str]]:
    """(formed, dissolved, where from) of the entities of the neighbourhood: founding.tsv first,
    else the earliest dated formation and latest dated dissolution events naming them as agent."""
    out: dict[int, tuple[str | None, str | None, str]] = {}
    rest = []
    for i, (name, _type) in nb.names.items():
        row = founding(name)
        if row:
            lo, hi = bounds(row["formed"]), bounds(row["dissolved"])
            out[i] = (lo[0] if lo else None, hi[1] if hi else None, row["source"])
        else:
            rest.append(i)
    if not rest:
        return out
    members = {i: r for i, r in nb.root_of.items() if r in rest}
    q = (select(claim_args.c.entity_id, claims.c.type, claims.c.date)
         .join(claims, claims.c.id == claim_args.c.claim_id)
         .where(claim_args.c.role == "agent", claim_args.c.entity_id.in_(list(members) or [-1]),
                claims.c.type.in_(("formation", "dissolution")), claims.c.polarity == "affirmed",
                claims.c.status.in_(("active", "confirmed")), claims.c.modality.in_(("asserted", "reported"))))
    born: dict[int, str] = {}
    ended: dict[int, str] = {}
    for eid, type_, when in conn.execute(q):
        span = bounds(when)
        if span is None:
            continue
        r = members[eid]
        if type_ == "formation":
            born[r] = min(born.get(r, span[0]), span[0])
        else:
            ended[r] = max(ended.get(r, span[1]), span[1])
    for r in set(born) | set(ended):
        out[r] = (born.get(r), ended.get(r), "dated formation and dissolution events in the store")
    return out


def signature(rel: str, s_kind: str, o_kind: str) -> str | None:
    """Why `rel` cannot join a subject and object of these kinds, or None when it can."""
    if "debris" in (s_kind, o_kind):
        return "one side is not a name (headline or tag-line words run together)"
    if rel in ("operates_in", "controls") and not is_side(s_kind):
        return f"the subject is {KIND_NAMES.get(s_kind, s_kind)}, which holds no ground ({rel} is an armed actor's)"
    if rel not in OOB:
        return None
    for side, kind in (("subject", s_kind), ("object", o_kind)):
        if not is_side(kind):
            what = KIND_NAMES.get(kind, kind.replace("_", " "))
            why = "a person is a member" if kind == "person" else "not an armed actor"
            return f"the {side} is {what}, never a side of {rel} ({why})"
    if rel == "part_of":
        if s_kind == "state":
            return "a state is not part of anything armed"
        if s_kind == "state_force" and o_kind in ("armed_group", "coalition"):
            return "a state's force is not a unit of a non-state group"
        if s_kind in ("armed_group", "coalition") and o_kind == "state":
            return "a non-state group is not part of a state"
        if s_kind not in ARMED and s_kind != "organization":
            return f"only armed actors are units (subject is {s_kind})"
    if rel == "backed_by" and s_kind not in ARMED | {"state", "organization"}:
        return f"only armed actors and states are backed (subject is {s_kind})"
    return None


def _overlap(a: Edge, b: Edge) -> bool:
    (alo, ahi), (blo, bhi) = a.window(), b.window()
    return (alo is None or bhi is None or alo <= bhi) and (blo is None or ahi is None or blo <= ahi)


def _reject(nb: Neighbourhood, key: tuple, reason: str) -> None:
    e = nb.edges.get(key) or nb.rejected.get(key)
    if e is None:
        return
    e.rejected.append(reason)
    if key in nb.edges:
        nb.rejected[key] = nb.edges.pop(key)


def apply_constraints(conn: Connection, nb: Neighbourhood) -> None:
    """Check every edge of `nb` (see the module): refused edges move to `nb.rejected` with their
    reasons, disputed ones keep theirs in `conflicts`, every edge gets the life of its ends."""
    kinds = _judge_lines(conn, nb)
    for key, reason in _cycle_refusals(conn, nb).items():
        _reject(nb, key, reason)
    _lineage(nb, kinds)
    _doubtful(nb)


def _judge_lines(conn: Connection, nb: Neighbourhood) -> dict[int, str]:
    """The checks of each line on its own and against the lines between the same sides
    (signature, life, hostility, camps); returns the kind of each entity."""
    kinds = {i: actor_kind(name, t) for i, (name, t) in nb.names.items()}
    _kinds_from_sentences(nb, kinds)
    lives = lifespans(conn, nb)
    for key, e in list(nb.edges.items()):
        s, rel, o = key
        why = signature(rel, kinds.get(s, "organization"), kinds.get(o, "organization"))
        if why:
            _reject(nb, key, why)
            continue
        born = [lives[i][0] for i in (s, o) if i in lives and lives[i][0]]
        ended = [lives[i][1] for i in (s, o) if i in lives and lives[i][1]]
        e.life = (max(born) if born else None, min(ended) if ended else None)
        lo, hi = e.window()
        if lo and hi and lo > hi:
            which = [f"{nb.name(i)} {lives[i][0] or ''}..{lives[i][1] or ''} ({lives[i][2]})" for i in (s, o) if i in lives]
            _reject(nb, key, f"attested {e.first_seen or '?'}..{e.last_seen or '?'}, outside the life of "
                             + "; ".join(which))
    _hostility(nb)
    _camps(nb)
    return kinds


def _firm(e: Edge) -> bool:
    """Whether a line's readings reach LIST_CONFIDENCE together: a doubtful reading is checked like
    any other line, but disputes or refuses none."""
    return e.likelihood >= LIST_CONFIDENCE


def _doubtful(nb: Neighbourhood) -> None:
    """Lines whose independent readings together stay below LIST_CONFIDENCE (calibrated
    confidences) move to `nb.doubtful`; `neighbourhood` lists them again as doubtful readings."""
    for key, e in list(nb.edges.items()):
        if e.support and not _firm(e):
            nb.doubtful[key] = nb.edges.pop(key)


def _kinds_from_sentences(nb: Neighbourhood, kinds: dict[int, str]) -> None:
    """Where the lexicons and the name say nothing, what the evidence sentences call an actor
    ('Amaq, the group's media wing', 'the monitor SOHR') decides its kind."""
    said: dict[int, list[str]] = {}
    for c in nb.claims:
        for i in (c.subject, c.object):
            if i is not None:
                said.setdefault(nb.root_of.get(i, i), []).append(c.sentence)
    for i, kind in kinds.items():
        if kind in ("organization", "armed_group", "coalition") and i in said:
            found = kind_from_context(nb.name(i), said[i])
            if found:
                kinds[i] = found


def _hostility(nb: Neighbourhood) -> None:
    for key, e in list(nb.edges.items()):
        s, rel, o = key
        if rel not in POSITIVE:
            continue
        hostile = nb.edges.get((min(s, o), "hostile_to", max(s, o)))
        if hostile is None or not _firm(hostile) or not _overlap(e, hostile):
            continue
        mine, theirs = independent(e.support), independent(hostile.support)
        if theirs >= OUTWEIGH * mine:
            _reject(nb, key, f"{nb.name(s)} and {nb.name(o)} are reported hostile over the same time in "
                             f"{theirs} stories against {mine} for {rel}")
        else:
            e.conflicts.append(f"also reported hostile over the same time ({theirs} stories)")
            if _firm(e):
                hostile.conflicts.append(f"also reported {rel} over the same time ({mine} stories)")


def _camps(nb: Neighbourhood) -> None:
    """A state, its forces and its government are one side: hostility between two sides that are
    also reported backing or allied with each other over the same time disputes both readings."""
    side = {i: camp(name, t) or i for i, (name, t) in nb.names.items()}
    pairs: dict[frozenset, dict[str, list[Edge]]] = {}
    for (s, rel, o), e in nb.edges.items():
        if rel in OOB and side[s] != side[o] and _firm(e):
            group = "hostile" if rel == "hostile_to" else "positive"
            pairs.setdefault(frozenset((side[s], side[o])), {}).setdefault(group, []).append(e)
    for groups in pairs.values():
        if "hostile" not in groups or "positive" not in groups:
            continue
        hostile = independent([c for e in groups["hostile"] for c in e.support])
        positive = independent([c for e in groups["positive"] for c in e.support])
        for e in groups["hostile"]:
            if any(_overlap(e, p) for p in groups["positive"]) and not e.conflicts:
                e.conflicts.append(f"the two sides (a state, its forces, its government) are also reported "
                                   f"backing or allied ({positive} stories)")
        for e in groups["positive"]:
            if any(_overlap(e, h) for h in groups["hostile"]) and not e.conflicts:
                e.conflicts.append(f"the two sides (a state, its forces, its government) are also reported "
                                   f"hostile ({hostile} stories)")


def _cycle_refusals(conn: Connection, nb: Neighbourhood) -> dict[tuple[int, str, int], str]:
    """The part_of edges of `nb` that close a cycle, with why. Each strongly connected part of the
    store's part_of graph that one of them is in is judged whole, from the claims between its
    entities (read with `nb`'s filters), so the answer does not depend on what else `nb` holds."""
    mine = {k for k in nb.edges if k[1] == "part_of"}
    out: dict[tuple[int, str, int], str] = {}
    for part in _strong_parts(_part_of_graph(conn, {k[2] for k in mine})):
        if not any(k[0] in part and k[2] in part for k in mine):
            continue
        whole = neighbourhood(conn, part, nb.min_reliability, nb.min_confidence, constrained=False, among=True)
        _judge_lines(conn, whole)
        out.update((k, why) for k, why in _break_cycles(whole, part).items() if k in mine)
    return out


def _part_of_graph(conn: Connection, ids: set[int]) -> dict[int, set[int]]:
    """Root id -> the roots any live claim makes it part of (part_of relations; joining, defection
    and split events, whatever their polarity or judgement), for `ids` and all they reach so."""
    graph: dict[int, set[int]] = {}
    frontier = set(ids)
    while frontier:
        owner = families(conn, frontier)
        rel = select(claims.c.subject_id, claims.c.object_id).where(
            claims.c.kind == "relation", claims.c.type == "part_of", claims.c.status.in_(LIVE),
            claims.c.subject_id.in_(list(owner)))
        a, b = claim_args.alias("a"), claim_args.alias("b")
        ev = (select(a.c.entity_id, b.c.entity_id).select_from(a).join(b, b.c.claim_id == a.c.claim_id)
              .join(claims, claims.c.id == a.c.claim_id)
              .where(a.c.role == "agent", b.c.role.in_(("to", "from")), claims.c.status.in_(LIVE),
                     claims.c.type.in_(("joining", "defection", "split")), a.c.entity_id.in_(list(owner))))
        pairs = [(s, o) for q in (rel, ev) for s, o in conn.execute(q) if o is not None]
        root = roots(conn, {i for pair in pairs for i in pair})
        for s, o in pairs:
            if root[s] != root[o]:
                graph.setdefault(root[s], set()).add(root[o])
        graph.update({i: graph.get(i, set()) for i in frontier})
        frontier = {o for ps in graph.values() for o in ps} - set(graph)
    return graph


def _strong_parts(graph: dict[int, set[int]]) -> list[set[int]]:
    """The strongly connected parts of two or more nodes of a directed graph."""
    import networkx as nx  # here: only a store with part_of edges pays for importing it

    digraph = nx.DiGraph()
    digraph.add_nodes_from(graph)
    digraph.add_edges_from((n, m) for n, ms in graph.items() for m in ms)
    return [part for part in nx.strongly_connected_components(digraph) if len(part) > 1]


def _break_cycles(nb: Neighbourhood, part: set[int]) -> dict[tuple[int, str, int], str]:
    """Refuse part_of edges inside `part` until no cycle is left, the one with fewest stories
    first; the edges are taken in id order, so one part gives one answer."""
    out: dict[tuple[int, str, int], str] = {}
    while True:
        graph: dict[int, list[tuple[int, str, int]]] = {}
        for key in sorted(nb.edges):
            if key[1] == "part_of" and key[0] in part and key[2] in part:
                graph.setdefault(key[0], []).append(key)
        cycle = _find_cycle(graph)
        if not cycle:
            return out
        weights = {k: independent(nb.edges[k].support) for k in cycle}
        low = min(weights.values())
        path = " -> ".join(nb.name(k[0]) for k in cycle) + f" -> {nb.name(cycle[0][0])}"
        for k in cycle:
            if weights[k] == low:
                out[k] = f"part_of would be a cycle ({path}); this direction has {low} stories"
                _reject(nb, k, out[k])


def _find_cycle(graph: dict[int, list[tuple[int, str, int]]]) -> list[tuple[int, str, int]] | None:
    """The edges of one cycle in the part_of graph, or None."""
    state: dict[int, int] = {}
    stack: list[tuple[int, str, int]] = []

    def visit(n: int) -> list | None:
        state[n] = 1
        for edge in graph.get(n, []):
            m = edge[2]
            stack.append(edge)
            if state.get(m) == 1:
                start = next(i for i, k in enumerate(stack) if k[0] == m)
                return stack[start:]
            if m not in state:
                found = visit(m)
                if found:
                    return found
            stack.pop()
        state[n] = 2
        return None

    for n in list(graph):
        if n not in state:
            found = visit(n)
            if found:
                return found
    return None


def _lineage(nb: Neighbourhood, kinds: dict[int, str]) -> None:
    """Formation and split events that make a non-state group out of a state's force."""
    for c in nb.claims:
        if c.kind != "event" or c.type not in ("formation", "split", "merger"):
            continue
        agents = [nb.root_of.get(a, a) for a in c.args.get("agent", [])]
        froms = [nb.root_of.get(f, f) for f in c.args.get("from", [])]
        if any(kinds.get(a) in ("armed_group", "coalition") for a in agents) \
                and any(kinds.get(f) in ("state_force", "state") for f in froms):
            nb.rejected_events.append((c, "a non-state group is not formed out of a state's force "
                                          "(defectors are people: see the defection events)"))
        elif any(not is_side(kinds.get(x, "organization")) for x in agents + froms):
            nb.rejected_events.append((c, "a participant is not an armed actor"))


def review_queue(conn: Connection, min_reliability: str = "F") -> list[dict]:
    """Every reading the constraints refuse in the store, with why and the claims behind it."""
    ids = set(conn.execute(select(entities.c.id).where(entities.c.merged_into.is_(None))).scalars())
    if not ids:
        return []
    nb = neighbourhood(conn, ids, min_reliability)
    out = []
    for (s, rel, o), e in sorted(nb.rejected.items()):
        out.append({"kind": "edge", "subject": nb.name(s), "subject_id": s, "relation": rel, "object": nb.name(o),
                    "object_id": o, "reasons": e.rejected, "claims": sorted(c.id for c in e.support),
                    "stories": independent(e.support), "first_seen": e.first_seen, "last_seen": e.last_seen})
    for c, why in nb.rejected_events:
        out.append({"kind": "event", "type": c.type, "claim": c.id, "date": c.date, "reasons": [why],
                    "claims": [c.id], "sentence": c.sentence})
    return out
