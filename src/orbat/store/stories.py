"""Near-duplicate detection: the same wire story on several sites is one story.

Each stored text gets a MinHash signature of its word 5-grams (datasketch); a new text whose
estimated Jaccard similarity to a stored one reaches `THRESHOLD` joins that one's story.
Corroboration counts stories, not documents.
"""
from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH
from sqlalchemy import select
from sqlalchemy.engine import Connection

from orbat.store.schema import documents

NUM_PERM = 64
THRESHOLD = 0.7
SHINGLE = 5
SCHEME = "affine32"  # datasketch 2 permutation scheme; signatures are stored as uint32


def signature(text: str) -> MinHash:
    words = re.findall(r"\w+", text.casefold())
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    m.update_batch([s.encode("utf-8") for s in shingles])
    return m


def _to_bytes(m: MinHash) -> bytes:
    return m.hashvalues.astype(np.uint32).tobytes()


def _from_bytes(b: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashvalues=np.frombuffer(b, dtype=np.uint32))


class Stories:
    """The store's signatures in an LSH index, loaded once per ingest run and topped up before each
    match with the documents stored since (by another ingest writing the same store, too)."""

    def __init__(self):
        self.lsh: MinHashLSH | None = None
        self.story: dict[int, int] = {}
        self.sigs: dict[int, MinHash] = {}
        self.top = 0  # the highest document id read in

    def load(self, conn: Connection) -> None:
        if self.lsh is None:
            self.lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        q = select(documents.c.id, documents.c.story_id, documents.c.minhash).where(
            documents.c.minhash.is_not(None), documents.c.id > self.top).order_by(documents.c.id)
        for doc_id, story_id, blob in conn.execute(q):
            self.add(doc_id, story_id or doc_id, blob)
            self.top = doc_id

    def match(self, conn: Connection, text: str) -> tuple[int | None, bytes]:
        """The story a text belongs to (None: a new story) and its signature to store."""
        self.load(conn)
        m = signature(text)
        best, best_sim = None, 0.0
        for key in self.lsh.query(m):
            doc_id = int(key)
            sim = m.jaccard(self.sigs[doc_id])
            if sim >= THRESHOLD and sim > best_sim:
                best, best_sim = self.story[doc_id], sim
        return best, _to_bytes(m)

    def add(self, doc_id: int, story_id: int, blob: bytes) -> None:
        if self.lsh is None:
            return
        m = _from_bytes(blob)
        key = str(doc_id)
        if key not in self.lsh:
            self.lsh.insert(key, m)
            self.sigs[doc_id] = m
        self.story[doc_id] = story_id
