"""For the scale tests: a small corpus of good and bad inputs, and a store's content without its ids
(documents by content hash, entities by name, type and scope), so that two stores built in
different ways can be compared."""
from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

from sqlalchemy import select

from orbat.store import open_store
from orbat.store.schema import aliases, claim_args, claims, documents, entities, sources

FRENCH = ("Les combattants du groupe armé ont quitté la ville hier soir après trois jours de combats. "
          "Le commandant a déclaré que ses hommes rejoindraient une autre brigade dans le nord du pays. ") * 3


def make_corpus(folder: Path, shared: Path, n: int) -> Path:
    """`n` FA-KES articles, one of them twice (a duplicate), plus inputs with each kind of status: an
    empty file, binary data, a truncated gzip, a French article, JSON lines with a good line (one
    more article), a bad line and a line without the text field."""
    files = sorted((shared / "bench" / "corpus" / "fakes").glob("*.txt"))[:n + 1]
    folder.mkdir(parents=True)
    for f in files[:n]:
        shutil.copy(f, folder / f.name)
    shutil.copy(files[0], folder / "zz_copy_of_first.txt")
    (folder / "bad").mkdir()
    (folder / "bad" / "empty.txt").write_bytes(b"")
    (folder / "bad" / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "bad" / "cut.txt.gz").write_bytes(gzip.compress(files[1].read_bytes())[:200])
    (folder / "bad" / "french.txt").write_text(FRENCH, encoding="utf-8")
    good = json.dumps({"text": files[n].read_text(encoding="utf-8"), "url": "https://example.org/2019/05/01/x"})
    (folder / "bad" / "lines.jsonl").write_text(f'{good}\n{{"body": "no text field"}}\nnot json\n', encoding="utf-8")
    return folder


def store_content(db: str) -> dict:
    """Everything a store holds that does not depend on the order rows were written in."""
    store = open_store(str(db), create=False, write=False)
    try:
        with store.read() as conn:
            ents = {r.id: r for r in conn.execute(select(entities))}
            docs = {r.id: r for r in conn.execute(select(documents))}

            def ent(i):
                if i is None:
                    return None
                e = ents[i]
                return (e.name, e.type, ent(e.scope_id))

            names: dict = {}
            for a in conn.execute(select(aliases)):
                names.setdefault(a.entity_id, []).append((a.name, a.key, a.origin, ent(a.scope_id)))
            args: dict = {}
            for a in conn.execute(select(claim_args)):
                args.setdefault(a.claim_id, []).append((a.role, ent(a.entity_id), a.name))
            doc_rows = sorted((
                (d.content_hash, d.origin, d.kind, d.url, d.source, d.title, d.author, d.published,
                 d.published_source, d.language, d.status, d.message, d.raw, d.text,
                 docs[d.story_id].content_hash if d.story_id else None, d.extractor_version)
                for d in docs.values()), key=repr)
            claim_rows = sorted((
                (docs[c.document_id].content_hash, c.kind, c.type, ent(c.subject_id), ent(c.object_id),
                 c.subject_name, c.object_name, c.role, c.rank, c.valid_from, c.valid_until, c.date, c.date_text,
                 c.date_anchor, c.quantity, c.polarity, c.modality, c.confidence, c.sentence, c.start, c.end,
                 c.status, sorted(args.get(c.id, []), key=repr))
                for c in conn.execute(select(claims))), key=repr)
            entity_rows = sorted(((*ent(i), ent(e.merged_into), sorted(names.get(i, []), key=repr))
                                  for i, e in ents.items()), key=repr)
            source_rows = sorted((tuple(r) for r in conn.execute(select(sources.c.name, sources.c.reliability))), key=repr)
    finally:
        store.close()
    return {"documents": doc_rows, "claims": claim_rows, "entities": entity_rows, "sources": source_rows}


def counts(content: dict) -> dict:
    statuses: dict = {}
    for d in content["documents"]:
        statuses[d[10]] = statuses.get(d[10], 0) + 1
    return {"documents": len(content["documents"]), "claims": len(content["claims"]),
            "entities": len(content["entities"]), "statuses": statuses}


def assert_same_store(got: dict, want: dict) -> None:
    assert counts(got) == counts(want), (counts(got), counts(want))
    for part in ("documents", "claims", "entities", "sources"):
        missing = [r for r in want[part] if r not in got[part]]
        extra = [r for r in got[part] if r not in want[part]]
        assert got[part] == want[part], f"{part}: {len(missing)} missing, {len(extra)} extra; " + _first_difference(
            missing, extra)


def _first_difference(missing: list, extra: list) -> str:
    """Where the first missing row and the extra row most like it differ, field by field."""
    if not missing or not extra:
        return repr((missing or extra)[0])[:400]
    want = missing[0]
    got = max(extra, key=lambda r: sum(a == b for a, b in zip(r, want)))
    return "; ".join(f"field {i}: {a!r:.150} != {b!r:.150}" for i, (a, b) in enumerate(zip(got, want)) if a != b)


def build(db: str, corpus: Path, jobs: int = 1, **options):
    """Ingest `corpus` into `db` in this process; the summary, the total announced and the marks seen."""
    from orbat.scale.inputs import ReadOptions
    from orbat.scale.run import ingest_paths
    seen: dict = {"total": None, "marks": [], "outcomes": []}
    store = open_store(str(db))
    try:
        summary = ingest_paths(store, [str(corpus)], ReadOptions(), db=str(db), jobs=jobs,
                               on_total=lambda n: seen.__setitem__("total", n),
                               on_mark=lambda m: seen["marks"].append((m.label, len(seen["outcomes"]))),
                               on_outcome=lambda o: seen["outcomes"].append(o), **options)
    finally:
        store.close()
    return summary, seen


def reference_store(corpus: Path, folder: Path) -> tuple:
    """The store `--jobs 1` builds of the corpus, in `folder`: (its path, the ingest summary, its content),
    what every other mode is compared with."""
    db = str(folder / "jobs1.db")
    summary, _ = build(db, corpus, jobs=1)
    return db, summary, store_content(db)


def pg_sibling(url: str, suffix: str) -> str:
    """A new, empty PostgreSQL database on the server of `url`, named after it."""
    import psycopg
    from sqlalchemy.engine import make_url
    u = make_url(url)
    name = f"{u.database}_{suffix}"
    with psycopg.connect(host=u.host, port=u.port, user=u.username, dbname="postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return url.rsplit("/", 1)[0] + "/" + name
