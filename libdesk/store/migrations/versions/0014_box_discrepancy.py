"""box discrepancies: a box recorded missing or damaged on receiving, with a note

Revision ID: 0014_box_discrepancy
Revises: 0004_distribution
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0014_box_discrepancy'
down_revision = '0004_distribution'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('batch_box', schema=None) as batch_op:
        batch_op.add_column(sa.Column('condition', sqlmodel.sql.sqltypes.AutoString(length=10),
                                      nullable=False, server_default=''))
        batch_op.add_column(sa.Column('condition_note',
                                      sqlmodel.sql.sqltypes.AutoString(length=250),
                                      nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('batch_box', schema=None) as batch_op:
        batch_op.drop_column('condition_note')
        batch_op.drop_column('condition')
