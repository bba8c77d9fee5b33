"""The knowledge base's tables (SQLAlchemy Core), shared by SQLite and PostgreSQL.

Nothing extracted is ever overwritten: each relation or event an article states is a row of
`claims` tied to its document; the order of battle is derived from claims when asked for.
Corrections by analysts (merge, split, alias, reject, confirm) are rows of `corrections`,
each reversible.
"""
from __future__ import annotations

from sqlalchemy import (Column, Float, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Table,
                        Text, UniqueConstraint)

metadata = MetaData(naming_convention={
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})

sources = Table(
    "sources", metadata,
    Column("name", String(200), primary_key=True),
    Column("reliability", String(1), nullable=False, default="F"),  # Admiralty A..F
    Column("note", Text),
)

documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("origin", Text),
    Column("kind", String(16)),
    Column("url", Text),
    Column("source", String(200)),
    Column("title", Text),
    Column("author", Text),
    Column("published", String(32)),
    Column("published_source", String(16)),
    Column("language", String(16)),
    Column("status", String(80), nullable=False),
    Column("message", Text),
    Column("raw", Text),  # what the extractor read, kept so `orbat reprocess` can run it again
    Column("text", Text),  # the clean text that evidence offsets point into
    Column("story_id", Integer, ForeignKey("documents.id")),  # first document of its near-duplicate story
    Column("minhash", LargeBinary),
    Column("extractor_version", String(40)),
    Column("ingested_at", String(32), nullable=False),
    Index("ix_documents_story_id", "story_id"),
    Index("ix_documents_url", "url"),
)

entities = Table(
    "entities", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", String(24), nullable=False),
    Column("scope_id", Integer, ForeignKey("entities.id")),  # parent that gives a generic unit name meaning
    Column("merged_into", Integer, ForeignKey("entities.id")),
    Column("created_at", String(32), nullable=False),
    Index("ix_entities_merged_into", "merged_into"),
)

aliases = Table(
    "aliases", metadata,
    Column("id", Integer, primary_key=True),
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False),
    Column("name", Text, nullable=False),
    Column("key", String(300), nullable=False),
    Column("scope_id", Integer),
    Column("origin", String(16), nullable=False),  # article | table | user | rename
    UniqueConstraint("entity_id", "key", name="uq_aliases_entity_key"),
    Index("ix_aliases_key", "key"),
)

claims = Table(
    "claims", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False),
    Column("kind", String(8), nullable=False),  # relation | event
    Column("type", String(24), nullable=False),  # relation name or event type
    Column("subject_id", Integer, ForeignKey("entities.id")),
    Column("object_id", Integer, ForeignKey("entities.id")),
    Column("subject_name", Text),
    Column("object_name", Text),
    Column("role", String(80)),
    Column("rank", String(80)),
    Column("valid_from", String(32)),
    Column("valid_until", String(32)),
    Column("date", String(32)),
    Column("date_text", Text),
    Column("date_anchor", String(32)),
    Column("quantity", Text),  # JSON
    Column("polarity", String(8), nullable=False),
    Column("modality", String(8), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("sentence", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("status", String(12), nullable=False, default="active"),  # active | confirmed | rejected
    Column("extractor_version", String(40)),
    Index("ix_claims_subject_id", "subject_id"),
    Index("ix_claims_object_id", "object_id"),
    Index("ix_claims_document_id", "document_id"),
)

claim_args = Table(
    "claim_args", metadata,
    Column("claim_id", Integer, ForeignKey("claims.id"), nullable=False),
    Column("role", String(12), nullable=False),  # agent | from | to | target | location
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False),
    Column("name", Text),
    Index("ix_claim_args_entity_id", "entity_id"),
    Index("ix_claim_args_claim_id", "claim_id"),
)

corrections = Table(
    "corrections", metadata,
    Column("id", Integer, primary_key=True),
    Column("action", String(16), nullable=False),  # merge | split | alias | reject | confirm | edit | grade
    Column("actor", String(120), nullable=False),
    Column("at", String(32), nullable=False),
    Column("reason", Text),
    Column("payload", Text, nullable=False),  # JSON: what changed, enough to undo it
    Column("undone_at", String(32)),
)
