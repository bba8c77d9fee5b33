"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25 15:25:05.483517
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('corrections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('actor', sa.String(length=120), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('undone_at', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_corrections'))
    )
    op.create_table('documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('origin', sa.Text(), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('source', sa.String(length=200), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('author', sa.Text(), nullable=True),
    sa.Column('published', sa.String(length=32), nullable=True),
    sa.Column('published_source', sa.String(length=16), nullable=True),
    sa.Column('language', sa.String(length=16), nullable=True),
    sa.Column('status', sa.String(length=80), nullable=False),
    sa.Column('message', sa.Text(), nullable=True),
    sa.Column('raw', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('story_id', sa.Integer(), nullable=True),
    sa.Column('minhash', sa.LargeBinary(), nullable=True),
    sa.Column('extractor_version', sa.String(length=40), nullable=True),
    sa.Column('ingested_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['story_id'], ['documents.id'], name=op.f('fk_documents_story_id_documents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_documents')),
    sa.UniqueConstraint('content_hash', name=op.f('uq_documents_content_hash'))
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index('ix_documents_story_id', ['story_id'], unique=False)
        batch_op.create_index('ix_documents_url', ['url'], unique=False)

    op.create_table('entities',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('type', sa.String(length=24), nullable=False),
    sa.Column('scope_id', sa.Integer(), nullable=True),
    sa.Column('merged_into', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['merged_into'], ['entities.id'], name=op.f('fk_entities_merged_into_entities')),
    sa.ForeignKeyConstraint(['scope_id'], ['entities.id'], name=op.f('fk_entities_scope_id_entities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_entities'))
    )
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.create_index('ix_entities_merged_into', ['merged_into'], unique=False)

    op.create_table('sources',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('reliability', sa.String(length=1), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_sources'))
    )
    op.create_table('aliases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('key', sa.String(length=300), nullable=False),
    sa.Column('scope_id', sa.Integer(), nullable=True),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['entity_id'], ['entities.id'], name=op.f('fk_aliases_entity_id_entities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_aliases')),
    sa.UniqueConstraint('entity_id', 'key', name='uq_aliases_entity_key')
    )
    with op.batch_alter_table('aliases', schema=None) as batch_op:
        batch_op.create_index('ix_aliases_key', ['key'], unique=False)

    op.create_table('claims',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('type', sa.String(length=24), nullable=False),
    sa.Column('subject_id', sa.Integer(), nullable=True),
    sa.Column('object_id', sa.Integer(), nullable=True),
    sa.Column('subject_name', sa.Text(), nullable=True),
    sa.Column('object_name', sa.Text(), nullable=True),
    sa.Column('role', sa.String(length=80), nullable=True),
    sa.Column('rank', sa.String(length=80), nullable=True),
    sa.Column('valid_from', sa.String(length=32), nullable=True),
    sa.Column('valid_until', sa.String(length=32), nullable=True),
    sa.Column('date', sa.String(length=32), nullable=True),
    sa.Column('date_text', sa.Text(), nullable=True),
    sa.Column('date_anchor', sa.String(length=32), nullable=True),
    sa.Column('quantity', sa.Text(), nullable=True),
    sa.Column('polarity', sa.String(length=8), nullable=False),
    sa.Column('modality', sa.String(length=8), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('sentence', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('extractor_version', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_claims_document_id_documents')),
    sa.ForeignKeyConstraint(['object_id'], ['entities.id'], name=op.f('fk_claims_object_id_entities')),
    sa.ForeignKeyConstraint(['subject_id'], ['entities.id'], name=op.f('fk_claims_subject_id_entities')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claims'))
    )
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.create_index('ix_claims_document_id', ['document_id'], unique=False)
        batch_op.create_index('ix_claims_object_id', ['object_id'], unique=False)
        batch_op.create_index('ix_claims_subject_id', ['subject_id'], unique=False)

    op.create_table('claim_args',
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=12), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['claim_id'], ['claims.id'], name=op.f('fk_claim_args_claim_id_claims')),
    sa.ForeignKeyConstraint(['entity_id'], ['entities.id'], name=op.f('fk_claim_args_entity_id_entities'))
    )
    with op.batch_alter_table('claim_args', schema=None) as batch_op:
        batch_op.create_index('ix_claim_args_claim_id', ['claim_id'], unique=False)
        batch_op.create_index('ix_claim_args_entity_id', ['entity_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('claim_args', schema=None) as batch_op:
        batch_op.drop_index('ix_claim_args_entity_id')
        batch_op.drop_index('ix_claim_args_claim_id')

    op.drop_table('claim_args')
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_index('ix_claims_subject_id')
        batch_op.drop_index('ix_claims_object_id')
        batch_op.drop_index('ix_claims_document_id')

    op.drop_table('claims')
    with op.batch_alter_table('aliases', schema=None) as batch_op:
        batch_op.drop_index('ix_aliases_key')

    op.drop_table('aliases')
    op.drop_table('sources')
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.drop_index('ix_entities_merged_into')

    op.drop_table('entities')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index('ix_documents_url')
        batch_op.drop_index('ix_documents_story_id')

    op.drop_table('documents')
    op.drop_table('corrections')
