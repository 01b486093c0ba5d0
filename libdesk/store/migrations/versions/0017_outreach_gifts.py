"""outgoing gifts with gift letters

Revision ID: 0017_outreach_gifts
Revises: 0016_outreach_log
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0017_outreach_gifts'
down_revision = '0016_outreach_log'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('outgoing_gift',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('recipient', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('recipient_kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('address', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('contact', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(length=250), nullable=False),
    sa.Column('titles', sa.Integer(), nullable=False),
    sa.Column('volumes', sa.Integer(), nullable=False),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('payload', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('void_reason', sqlmodel.sql.sqltypes.AutoString(length=250), nullable=False),
    sa.Column('issued_by', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outgoing_gift')),
    sa.UniqueConstraint('number', name=op.f('uq_outgoing_gift_number'))
    )
    with op.batch_alter_table('outgoing_gift', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outgoing_gift_given_on'), ['given_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_outgoing_gift_recipient'), ['recipient'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('outgoing_gift', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outgoing_gift_recipient'))
        batch_op.drop_index(batch_op.f('ix_outgoing_gift_given_on'))

    op.drop_table('outgoing_gift')
