"""Alembic environment: migrations run on the connection `orbat.store.db.upgrade` passes in."""
from alembic import context

from orbat.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
context.run_migrations()
