"""full-text search over entity names

`orbat search` and the web's search rank exact, then prefix and word matches, then fuzzy ones
(issue 15). The word matches come from the database's own full-text search: on SQLite an FTS5 table
over the aliases' names and match keys, kept in step by triggers; on PostgreSQL a GIN index on the
same text's tsvector ('simple' configuration: names are not English words to stem).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 09:10:00
"""
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

SQLITE_UP = [
    # unicode61 with diacritics removed: "Ḥay'at" finds "Hay'at"; names and match keys both searchable
    """CREATE VIRTUAL TABLE IF NOT EXISTS alias_search USING fts5(name, key, content='aliases', content_rowid='id',
           tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER IF NOT EXISTS alias_search_insert AFTER INSERT ON aliases BEGIN
           INSERT INTO alias_search(rowid, name, key) VALUES (new.id, new.name, new.key);
       END""",
    """CREATE TRIGGER IF NOT EXISTS alias_search_delete AFTER DELETE ON aliases BEGIN
           INSERT INTO alias_search(alias_search, rowid, name, key) VALUES ('delete', old.id, old.name, old.key);
       END""",
    """CREATE TRIGGER IF NOT EXISTS alias_search_update AFTER UPDATE ON aliases BEGIN
           INSERT INTO alias_search(alias_search, rowid, name, key) VALUES ('delete', old.id, old.name, old.key);
           INSERT INTO alias_search(rowid, name, key) VALUES (new.id, new.name, new.key);
       END""",
    "INSERT INTO alias_search(alias_search) VALUES ('rebuild')",
]
SQLITE_DOWN = ["DROP TRIGGER IF EXISTS alias_search_update", "DROP TRIGGER IF EXISTS alias_search_delete",
               "DROP TRIGGER IF EXISTS alias_search_insert", "DROP TABLE IF EXISTS alias_search"]
POSTGRES_UP = ["CREATE INDEX IF NOT EXISTS ix_aliases_search ON aliases "
               "USING gin (to_tsvector('simple', name || ' ' || key))"]
POSTGRES_DOWN = ["DROP INDEX IF EXISTS ix_aliases_search"]


def _run(statements: list[str]) -> None:
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    _run(SQLITE_UP if op.get_bind().dialect.name == "sqlite" else POSTGRES_UP)


def downgrade() -> None:
    _run(SQLITE_DOWN if op.get_bind().dialect.name == "sqlite" else POSTGRES_DOWN)
