"""`json`: every row of every table as JSON lines, and `orbat import`, which reads a dump back into an
empty store with the same ids, so a team can pass a knowledge base around.

The first line names the format, its version and the store's Alembic revision; each further line
is {"table": NAME, "row": {column: value}}, binary columns in base64. Tables come in an order that
satisfies foreign keys, rows in key order, so dumping an imported store gives the same file.
"""
from __future__ import annotations

import base64
import json
from typing import Iterable, TextIO

from alembic.runtime.migration import MigrationContext
from sqlalchemy import LargeBinary, String, Table, func, select, text
from sqlalchemy.engine import Connection

from orbat import __version__
from orbat.store.db import Store
from orbat.store.schema import aliases, claim_args, claims, corrections, documents, entities, sources

FORMAT, VERSION = "orbat-dump", 1
TABLES = (sources, documents, entities, aliases, claims, claim_args, corrections)
BATCH = 5000


class DumpError(ValueError):
    """A dump that cannot be read into this store."""


def _order(table: Table, dialect: str) -> list:
    """Key order, strings compared byte by byte on either database, so dumps of equal stores are equal."""
    cols = list(table.primary_key.columns) or [table.c[name] for name in ("claim_id", "role", "entity_id", "name")]
    if dialect == "postgresql":
        return [c.collate("C") if isinstance(c.type, String) else c for c in cols]
    return cols


def _binary(table: Table) -> set[str]:
    return {c.name for c in table.columns if isinstance(c.type, LargeBinary)}


def revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def dump(conn: Connection, out: TextIO) -> int:
    """Write the header and every row; returns the number of rows."""
    header = {"format": FORMAT, "version": VERSION, "alembic_revision": revision(conn), "orbat": __version__,
              "tables": [t.name for t in TABLES]}
    out.write(json.dumps(header) + "\n")
    n = 0
    for table in TABLES:
        binary = _binary(table)
        query = select(table).order_by(*_order(table, conn.dialect.name))
        rows = conn.execution_options(yield_per=BATCH).execute(query).mappings()
        for row in rows:
            row = {k: (base64.b64encode(v).decode() if k in binary and v is not None else v) for k, v in row.items()}
            out.write(json.dumps({"table": table.name, "row": row}, ensure_ascii=False) + "\n")
            n += 1
    return n


# columns that point at rows of their own table, which may come later in the dump
SELF_REFERENCES = {"documents": ("story_id",), "entities": ("scope_id", "merged_into")}


def load(store: Store, lines: Iterable[str]) -> dict[str, int]:
    """Read a dump into `store`, which must be empty; returns the rows read per table."""
    lines = iter(lines)
    try:
        header = json.loads(next(lines))
    except (StopIteration, json.JSONDecodeError):
        raise DumpError("not an orbat dump: the first line is not a JSON header") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise DumpError("not an orbat dump (made by `orbat export --format json`)")
    if header.get("version") != VERSION:
        raise DumpError(f"dump format version {header.get('version')} is not supported (this orbat reads {VERSION})")
    tables = {t.name: t for t in TABLES}
    counts = {t.name: 0 for t in TABLES}
    with store.write() as conn:
        if header.get("alembic_revision") != revision(conn):
            raise DumpError(f"the dump is of schema revision {header.get('alembic_revision')}, "
                            f"the store of {revision(conn)}: use an orbat of the dump's version")
        if any(conn.execute(select(func.count()).select_from(t)).scalar() for t in TABLES):
            raise DumpError("the store is not empty: import into a new store (--db a new file or database)")
        pending: list[dict] = []
        later: list[tuple[Table, int, str, int]] = []
        current: Table | None = None
        for number, line in enumerate(lines, start=2):
            try:
                item = json.loads(line)
                table, row = tables[item["table"]], item["row"]
            except (json.JSONDecodeError, KeyError, TypeError):
                raise DumpError(f"line {number}: not a row of an orbat table") from None
            if table is not current:
                _insert(conn, current, pending)
                current = table
            for col in _binary(table):
                if row.get(col) is not None:
                    row[col] = base64.b64decode(row[col])
            for col in SELF_REFERENCES.get(table.name, ()):
                if row.get(col) is not None and row[col] > row["id"]:
                    later.append((table, row["id"], col, row[col]))
                    row[col] = None
            pending.append(row)
            counts[table.name] += 1
            if len(pending) >= BATCH:
                _insert(conn, table, pending)
        _insert(conn, current, pending)
        for table, rid, col, value in later:
            conn.execute(table.update().where(table.c.id == rid).values({col: value}))
        if store.dialect == "postgresql":
            for table in TABLES:
                if "id" in table.c:
                    conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                      f"coalesce(max(id), 1), max(id) IS NOT NULL) FROM {table.name}"))
    return counts


def _insert(conn: Connection, table: Table | None, rows: list[dict]) -> None:
    if table is not None and rows:
        conn.execute(table.insert(), rows)
    rows.clear()
