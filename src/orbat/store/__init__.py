"""The knowledge base: documents, entities and claims in SQLite (default) or PostgreSQL."""
from orbat.store.db import Store, StoreError, open_store

__all__ = ["Store", "StoreError", "open_store"]
