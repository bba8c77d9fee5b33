"""The edges (subject, relation, object) around some entities, loaded in one pass: what `views.show`
computes for one entity, shared here by the graph, the timeline and the evidence of a claim."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.engine import Connection

from orbat.store.history import Claim, Edge, credibility, edges, load_claims, roots
from orbat.store.schema import entities

MODALITIES = ("asserted", "reported", "likely", "possible")


@dataclass
class Neighbourhood:
    edges: dict[tuple[int, str, int], Edge]
    claims: list[Claim]
    root_of: dict[int, int]
    names: dict[int, tuple[str, str]]  # root id -> (name, type)

    def name(self, i: int) -> str:
        return self.names[i][0]


def families(conn: Connection, ids: set[int]) -> dict[int, int]:
    """Each of `ids` and every entity merged into one of them, mapped to that one of `ids`."""
    owner = {i: i for i in ids}
    frontier = list(ids)
    while frontier:
        rows = conn.execute(select(entities.c.id, entities.c.merged_into)
                            .where(entities.c.merged_into.in_(frontier))).all()
        frontier = [i for i, _ in rows if i not in owner]
        owner.update({i: owner[m] for i, m in rows if i in frontier})
    return owner


def names_of(conn: Connection, ids: set[int]) -> dict[int, tuple[str, str]]:
    rows = conn.execute(select(entities.c.id, entities.c.name, entities.c.type).where(entities.c.id.in_(ids))).all()
    return {i: (n, t) for i, n, t in rows}


def load(conn: Connection, ids: set[int], min_reliability: str = "F") -> Neighbourhood:
    """Every edge that a live claim about one of the (root) entities `ids` speaks of."""
    owner = families(conn, ids)
    claim_list = load_claims(conn, set(owner), min_reliability)
    involved = {i for c in claim_list for i in (c.subject, c.object, *sum(c.args.values(), [])) if i is not None}
    root_of = roots(conn, involved | set(owner))
    names = names_of(conn, set(root_of.values()))
    people = {i for i, (_, t) in names.items() if t == "person"}
    return Neighbourhood(edges(claim_list, root_of, people), claim_list, root_of, names)


def modality(claims: list[Claim]) -> str:
    """The firmest modality among the claims."""
    rank = {m: i for i, m in enumerate(MODALITIES)}
    return min((c.modality for c in claims), key=lambda m: rank.get(m, 9), default="asserted")


def evidence(e: Edge) -> dict:
    """What an edge rests on: claim ids, documents, credibility, modality, dispute."""
    support = e.support
    return {"claims": sorted({c.id for c in support} | {c.id for c in e.against}),
            "documents": sorted({c.document_id for c in support}),
            "against": sorted({c.document_id for c in e.against}),
            "sources": sorted({c.source for c in support if c.source}),
            "disputed": bool(e.against), "modality": modality(support),
            "credibility": credibility(support, e.against),
            "role": ", ".join(sorted(e.roles)) or None, "rank": ", ".join(sorted(e.ranks)) or None}
