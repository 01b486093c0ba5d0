"""signing keys

Revision ID: 0002_signing_keys
Revises: 0001_branches
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0002_signing_keys'
down_revision = '0001_branches'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('signing_key',
    sa.Column('key_id', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('public_key', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('private_key', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('label', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('key_id', name=op.f('pk_signing_key'))
    )


def downgrade() -> None:
    op.drop_table('signing_key')
