"""collection transfers and their packing into batches

Revision ID: 0018_outreach_transfers
Revises: 0017_outreach_gifts
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0018_outreach_transfers'
down_revision = '0017_outreach_gifts'
branch_labels = None
depends_on = '0004_distribution'


def upgrade() -> None:
    op.create_table('collection_transfer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('transferred_on', sa.Date(), nullable=False),
    sa.Column('source_dept', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('target_dept', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=True),
    sa.Column('project', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('purpose', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('staff', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('recorded_by', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('recorded_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_collection_transfer_branch_id_branch')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_collection_transfer'))
    )
    with op.batch_alter_table('collection_transfer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_collection_transfer_branch_id'), ['branch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_collection_transfer_transferred_on'), ['transferred_on'], unique=False)

    op.create_table('transfer_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('transfer_id', sa.Integer(), nullable=False),
    sa.Column('isbn', sqlmodel.sql.sqltypes.AutoString(length=13), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=250), nullable=False),
    sa.Column('copies', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['transfer_id'], ['collection_transfer.id'], name=op.f('fk_transfer_line_transfer_id_collection_transfer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_transfer_line'))
    )
    with op.batch_alter_table('transfer_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_transfer_line_transfer_id'), ['transfer_id'], unique=False)

    op.create_table('transfer_packing',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('line_id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('copies', sa.Integer(), nullable=False),
    sa.Column('packed_by', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('packed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['distribution_batch.id'], name=op.f('fk_transfer_packing_batch_id_distribution_batch')),
    sa.ForeignKeyConstraint(['line_id'], ['transfer_line.id'], name=op.f('fk_transfer_packing_line_id_transfer_line')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_transfer_packing'))
    )
    with op.batch_alter_table('transfer_packing', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_transfer_packing_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_transfer_packing_line_id'), ['line_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('transfer_packing', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_transfer_packing_line_id'))
        batch_op.drop_index(batch_op.f('ix_transfer_packing_batch_id'))

    op.drop_table('transfer_packing')
    with op.batch_alter_table('transfer_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_transfer_line_transfer_id'))

    op.drop_table('transfer_line')
    with op.batch_alter_table('collection_transfer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_collection_transfer_transferred_on'))
        batch_op.drop_index(batch_op.f('ix_collection_transfer_branch_id'))

    op.drop_table('collection_transfer')
