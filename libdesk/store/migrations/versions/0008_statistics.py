"""mobile service records

Revision ID: 0008_statistics
Revises: 0002_signing_keys
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0008_statistics'
down_revision = '0002_signing_keys'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('mobile_service',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('month', sa.Integer(), nullable=False),
    sa.Column('visits', sa.Integer(), nullable=False),
    sa.Column('loans', sa.Integer(), nullable=False),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('recorded_by', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_mobile_service_branch_id_branch')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mobile_service')),
    sa.UniqueConstraint('branch_id', 'year', 'month', name='uq_mobile_service_branch_month')
    )
    with op.batch_alter_table('mobile_service', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mobile_service_branch_id'), ['branch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mobile_service_year'), ['year'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('mobile_service', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mobile_service_year'))
        batch_op.drop_index(batch_op.f('ix_mobile_service_branch_id'))

    op.drop_table('mobile_service')
