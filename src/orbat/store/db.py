"""Opening the store: SQLite file by default, PostgreSQL for a `postgresql://` URL; schema kept
current with Alembic migrations.

Writes are serialised per document (SQLite `BEGIN IMMEDIATE`, a PostgreSQL advisory lock), so
several ingest processes can share one store and a killed process leaves each document either
fully stored or absent.

What a user can get wrong here (a mistyped path, a folder, a file that is not a store, a damaged
or read-only file, an unreachable server) is a `StoreError` with a one-line message. A read-only
SQLite file opens in read-only mode for the commands that only read (`write=False`).
"""
from __future__ import annotations

import os
import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

DEFAULT_DB = "orbat.db"
WRITE_LOCK = 7_202_019  # PostgreSQL advisory lock key for writers
SQLITE_MAGIC = b"SQLite format 3\x00"
MAX_ID = 2**31 - 1  # ids are INTEGER columns, 32 bits on PostgreSQL: a larger id names nothing


class StoreError(Exception):
    """A store that cannot be used as asked; the message says what is wrong and what to do."""


def now() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def store_url(db: str | None = None) -> str:
    """A SQLAlchemy URL for `db`, `$ORBAT_DB`, or ./orbat.db: a path means SQLite."""
    db = db or os.environ.get("ORBAT_DB") or DEFAULT_DB
    if "://" not in db:
        return f"sqlite:///{Path(db).expanduser()}"
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    return db


@dataclass
class Store:
    engine: Engine
    readonly: bool = False
    label: str = ""  # how messages name the store: its path, or its URL without the password

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def write(self):
        """A transaction that holds the store's write lock until it commits or rolls back."""
        if self.readonly:
            raise StoreError(f"{self.label} is read-only: nothing can be changed (copy it somewhere writable "
                             "or fix its permissions)")
        with self.engine.execution_options(immediate=True).begin() as conn:
            if self.dialect == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK})
            yield conn

    @contextmanager
    def read(self):
        with self.engine.connect() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_engine(url: str, readonly: bool = False, immutable: bool = False) -> Engine:
    """A SQLite engine in WAL mode; with `readonly`, opened `mode=ro` (`immutable=1` where the
    folder is read-only too and no -shm file can be made), every statement refused a write."""
    if readonly:
        path = make_url(url).database
        flags = "immutable=1" if immutable else "mode=ro"
        url = f"sqlite:///file:{quote(str(Path(path).resolve()))}?{flags}&uri=true"
    engine = create_engine(url, connect_args={"timeout": 60})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # transactions are begun below, explicitly
        cur = dbapi_conn.cursor()
        if readonly:
            cur.execute("PRAGMA query_only=ON")
        else:
            _to_wal(cur)
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=60000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection):
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("immediate") else "BEGIN")

    return engine


def _to_wal(cur, wait: float = 60.0) -> None:
    """Put the file in WAL mode. Where two processes open a new store at once, SQLite refuses the
    switch at once ("database is locked", its busy timeout not consulted) to the one that meets the
    other's first write; the other has switched the file by then, so the switch is tried again."""
    deadline = time.monotonic() + wait
    while True:
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _need_psycopg() -> None:
    """PostgreSQL's driver is an extra (pip install 'orbat[postgres]'); say so rather than fail on import."""
    import importlib.util
    if importlib.util.find_spec("psycopg") is None:
        raise StoreError("a postgresql:// store needs the PostgreSQL driver, which the core install leaves out: "
                         "pip install 'orbat[postgres]'")


def open_store(db: str | None = None, migrate: bool = True, *, create: bool = True, write: bool = True) -> Store:
    """Open (and create or upgrade) the store named by `db`, `$ORBAT_DB` or ./orbat.db.

    `create`: a SQLite file that does not exist is made (ingest, import); otherwise it is an error, so
    a mistyped --db on a read command creates nothing. `write`: the caller changes the store, so a
    read-only one is an error; with `write=False` a read-only SQLite file opens read-only. Any
    problem is a StoreError with a one-line message."""
    url = store_url(db)
    if not url.startswith(("sqlite", "postgresql")):
        raise StoreError(f"--db {url.split('://')[0]}://... is not a store orbat can use: give a SQLite file path "
                         "or a postgresql:// URL")
    try:
        if url.startswith("sqlite"):
            store = _open_sqlite(url, create, write)
        else:
            _need_psycopg()
            store = Store(create_engine(url, pool_pre_ping=True), label=_label(url))
    except (ArgumentError, NoSuchModuleError, ImportError, ValueError) as err:
        raise StoreError(f"--db {db or os.environ.get('ORBAT_DB')!r} is not a store path or a postgresql:// URL "
                         f"({err})") from None
    try:
        if migrate and not store.readonly:
            upgrade(store)
        else:
            _check_schema(store, migrate)
    except SQLAlchemyError as err:
        store.close()
        raise StoreError(describe(err, store.label)) from None
    except StoreError:
        store.close()
        raise
    return store


def _label(url: str) -> str:
    u = make_url(url)
    if u.drivername.startswith("sqlite"):
        return u.database or ":memory:"
    return u.render_as_string(hide_password=True).replace("+psycopg", "")


def _open_sqlite(url: str, create: bool, write: bool) -> Store:
    """A Store over the SQLite file in `url`, after checking that it is one and can be used as asked."""
    path = make_url(url).database
    if not path or path == ":memory:":
        return Store(_sqlite_engine(url), label=":memory:")
    p = Path(path)
    if p.is_dir():
        raise StoreError(f"{path} is a folder, not a store file: give a file path to --db (e.g. {p / DEFAULT_DB})")
    if not p.exists():
        if not create:
            raise StoreError(f"no store at {path}: check --db or $ORBAT_DB (`orbat ingest FILE --db {path}` "
                             "makes a new one)")
        folder = p.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(f"cannot create a store at {path}: {err.strerror or err} (choose another --db)") from None
        if not os.access(folder, os.W_OK | os.X_OK):
            raise StoreError(f"cannot create a store at {path}: the folder {folder} is not writable "
                             "(choose another --db)")
        return Store(_sqlite_engine(url), label=path)
    try:
        with open(p, "rb") as f:
            head = f.read(100)
        size = p.stat().st_size
    except OSError as err:
        raise StoreError(f"cannot read the store {path}: {err.strerror or err}") from None
    if head and not head.startswith(SQLITE_MAGIC):
        raise StoreError(f"{path} is not an orbat store (not a SQLite database file): check --db")
    if not head and not write:
        raise StoreError(f"{path} is an empty file, not an orbat store: check --db")
    if len(head) == 100 and head[24:28] == head[92:96]:  # the header's page count is valid
        page_size = int.from_bytes(head[16:18], "big")
        expected = (65536 if page_size == 1 else page_size) * int.from_bytes(head[28:32], "big")
        if size < expected:
            raise StoreError(f"the store {path} is truncated ({size:,} of {expected:,} bytes): restore it "
                             "from a backup")
    problem = _unwritable(p)
    if problem is None:
        return Store(_sqlite_engine(url), label=path)
    if write:
        raise StoreError(f"the store {path} is read-only ({problem}): this command changes it; fix the "
                         "permissions or work on a writable copy (show, search, timeline, export and serve "
                         "can still read it)")
    shm = Path(f"{path}-shm")
    immutable = not os.access(p.parent, os.W_OK | os.X_OK) and not shm.exists()
    return Store(_sqlite_engine(url, readonly=True, immutable=immutable), readonly=True, label=path)


def _unwritable(p: Path) -> str | None:
    """Why SQLite could not write the store file `p` (itself, or its -wal and -shm files beside it),
    or None when it can."""
    if not os.access(p, os.W_OK):
        return "the file is not writable"
    if not os.access(p.parent, os.W_OK | os.X_OK):
        sides = [Path(f"{p}-wal"), Path(f"{p}-shm")]
        if not all(s.exists() and os.access(s, os.W_OK) for s in sides):
            return f"its folder {p.parent} is not writable, and SQLite writes its journal there"
    return None


def _check_schema(store: Store, migrate: bool) -> None:
    """For a store that is not migrated here: that it is an orbat store at this orbat's schema."""
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    with store.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            raise StoreError(f"{store.label} is not an orbat store (no orbat tables in it): check --db")
        current = MigrationContext.configure(conn).get_current_revision()
    if not migrate:
        return
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    known = {rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions()}
    if current not in known:  # an older schema is read as it is; a newer one may not be understood
        raise StoreError(f"{store.label} is read-only and was written by a newer orbat (schema {current}); "
                         "read it with that version")


def describe(err: BaseException, label: str = "the store") -> str:
    """A one-line account of a database error, without the statement or its parameters (they can
    hold a whole article)."""
    orig = getattr(err, "orig", None) or err
    first = (str(orig).strip().splitlines() or [type(orig).__name__])[0]
    low = first.lower()
    if "readonly" in low or "read-only" in low or "read only" in low:
        return f"{label} is read-only ({first}): fix its permissions or work on a writable copy"
    if any(w in low for w in ("malformed", "not a database", "disk image", "file is encrypted")):
        return f"{label} is damaged ({first}): restore it from a backup (`sqlite3 FILE .recover` may save some)"
    if "database is locked" in low or "could not obtain lock" in low:
        return f"{label} is locked by another process ({first}): try again when it is done"
    if "no such table" in low or ("relation" in low and "does not exist" in low):
        return f"{label} is not an orbat store ({first}): check --db"
    if "disk" in low and "full" in low or "no space" in low:
        return f"no space left to write {label} ({first}): free some disk space and run the command again"
    if isinstance(err, DBAPIError) and err.connection_invalidated or "connect" in low or "connection" in low:
        return f"cannot reach {label} ({first}): is the server running and the URL right?"
    return f"{label}: {first}"


def upgrade(store: Store) -> None:
    """Bring the schema to the newest migration (a no-op when it is already there)."""
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    with store.engine.connect() as conn:
        tables = inspect(conn).get_table_names()
        current = MigrationContext.configure(conn).get_current_revision() if "alembic_version" in tables else None
    if current == head:
        return
    if current is None and tables:
        raise StoreError(f"{store.label} is a database of something else (tables {', '.join(sorted(tables)[:3])}"
                         f"{', ...' if len(tables) > 3 else ''}), not an orbat store: check --db")
    with store.write() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
