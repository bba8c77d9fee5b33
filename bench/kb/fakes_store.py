#!/usr/bin/env python3
"""A fresh store of the 792 FA-KES articles, each with its outlet and date from fakes-meta.json:
the store the history bench, the judged sample and the resolution bench read.

    python bench/kb/fakes_store.py [--shared ../shared] [--db /tmp/fakes.db]

The dates are passed the way the README documents for JSON lines (a `published` field per line,
and `source`); the articles are read as UTF-8, with U+FFFD where the dataset lost characters.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def jsonl(shared: Path, out: Path) -> Path:
    """One JSON line per FA-KES article: text, published (YYYY-MM-DD), source, url."""
    corpus = shared / "bench" / "corpus"
    meta = json.loads((corpus / "fakes-meta.json").read_text(encoding="utf-8"))
    with out.open("w", encoding="utf-8") as f:
        for path in sorted((corpus / "fakes").glob("*.txt")):
            m = meta[path.name]
            month, day, year = (int(x) for x in m["date"].split("/"))
            f.write(json.dumps({"text": path.read_text(encoding="utf-8", errors="replace"),
                                "published": f"{year:04d}-{month:02d}-{day:02d}", "source": m["source"],
                                "url": f"fakes:{path.name}"}) + "\n")
    return out


def build(db: str, shared: Path) -> str:
    """Ingest the corpus into a new store at `db` (which must not exist yet); returns `db`."""
    from orbat.ingest import ingest
    from orbat.sources import iter_records
    from orbat.store import open_store
    if Path(db).exists():
        sys.exit(f"{db} exists: give a new path")
    with tempfile.TemporaryDirectory() as tmp:
        lines = jsonl(shared, Path(tmp) / "fakes.jsonl")
        store = open_store(db)
        summary = ingest(store, iter_records([str(lines)]))
        store.close()
    print(f"{db}: {summary.counts}", file=sys.stderr)
    return db


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "fakes.db"))
    args = ap.parse_args()
    build(args.db, Path(args.shared))


if __name__ == "__main__":
    main()
