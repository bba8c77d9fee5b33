"""name keys keep their digits

Match keys used to fold doubled digits with doubled letters, so 'Unit 8200' was keyed 'unit 820'
and 'Division 11' 'division 1' (issue 13). Each alias whose name holds a doubled digit is re-keyed
with the key orbat computes now, so an article naming 'Unit 8200' still finds the stored unit and
'Unit 820' no longer does.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03 08:40:00
"""
import re

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

_DOUBLED_DIGIT = re.compile(r"(\d)\1")
_aliases = sa.table("aliases", sa.column("id", sa.Integer), sa.column("entity_id", sa.Integer),
                    sa.column("name", sa.Text), sa.column("key", sa.String))


def _folded(key: str) -> str:
    """A key as the old rule wrote it: doubled digits folded."""
    return _DOUBLED_DIGIT.sub(r"\1", key)


def _rekey(to_new: bool) -> None:
    from orbat.resolve import match_keys

    conn = op.get_bind()
    rows = conn.execute(sa.select(_aliases.c.id, _aliases.c.entity_id, _aliases.c.name, _aliases.c.key)).all()
    taken = {(eid, key) for _, eid, _, key in rows}
    for aid, eid, name, key in rows:
        if not _DOUBLED_DIGIT.search(name or ""):
            continue
        for new in match_keys(name):
            old = _folded(new)
            want, have = (new, old) if to_new else (old, new)
            if want != have and key == have and (eid, want) not in taken:
                conn.execute(sa.update(_aliases).where(_aliases.c.id == aid).values(key=want))
                taken.discard((eid, have))
                taken.add((eid, want))
                break


def upgrade() -> None:
    _rekey(to_new=True)


def downgrade() -> None:
    _rekey(to_new=False)
