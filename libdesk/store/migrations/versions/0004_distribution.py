"""distribution batches

Revision ID: 0004_distribution
Revises: 0002_signing_keys
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0004_distribution'
down_revision = '0002_signing_keys'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('catalog_title',
    sa.Column('isbn', sqlmodel.sql.sqltypes.AutoString(length=13), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=250), nullable=False),
    sa.Column('author', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('publisher', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('call_number', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('isbn', name=op.f('pk_catalog_title'))
    )
    op.create_table('distribution_batch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('planned_on', sa.Date(), nullable=True),
    sa.Column('staff', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('packed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('shipped_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('received_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('received_by', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('completed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('cancelled_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('cancel_reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_distribution_batch_branch_id_branch')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_distribution_batch')),
    sa.UniqueConstraint('number', name=op.f('uq_distribution_batch_number'))
    )
    with op.batch_alter_table('distribution_batch', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_distribution_batch_branch_id'), ['branch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_distribution_batch_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_distribution_batch_shipped_at'), ['shipped_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_distribution_batch_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_distribution_batch_year'), ['year'], unique=False)

    op.create_table('batch_box',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('box_no', sa.Integer(), nullable=False),
    sa.Column('item_count', sa.Integer(), nullable=False),
    sa.Column('title_count', sa.Integer(), nullable=False),
    sa.Column('received_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('received_by', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['distribution_batch.id'], name=op.f('fk_batch_box_batch_id_distribution_batch')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_batch_box')),
    sa.UniqueConstraint('batch_id', 'box_no', name=op.f('uq_batch_box_batch_id'))
    )
    with op.batch_alter_table('batch_box', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_batch_box_batch_id'), ['batch_id'], unique=False)

    op.create_table('batch_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('direction', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('isbn', sqlmodel.sql.sqltypes.AutoString(length=13), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=250), nullable=False),
    sa.Column('author', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('publisher', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('call_number', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('issue', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('copies', sa.Integer(), nullable=False),
    sa.Column('box_no', sa.Integer(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['distribution_batch.id'], name=op.f('fk_batch_item_batch_id_distribution_batch')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_batch_item'))
    )
    with op.batch_alter_table('batch_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_batch_item_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_batch_item_isbn'), ['isbn'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('batch_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_batch_item_isbn'))
        batch_op.drop_index(batch_op.f('ix_batch_item_batch_id'))

    op.drop_table('batch_item')
    with op.batch_alter_table('batch_box', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_batch_box_batch_id'))

    op.drop_table('batch_box')
    with op.batch_alter_table('distribution_batch', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_distribution_batch_year'))
        batch_op.drop_index(batch_op.f('ix_distribution_batch_status'))
        batch_op.drop_index(batch_op.f('ix_distribution_batch_shipped_at'))
        batch_op.drop_index(batch_op.f('ix_distribution_batch_kind'))
        batch_op.drop_index(batch_op.f('ix_distribution_batch_branch_id'))

    op.drop_table('distribution_batch')
    op.drop_table('catalog_title')
