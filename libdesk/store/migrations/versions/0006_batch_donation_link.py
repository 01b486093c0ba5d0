"""batch items link to donation lines

Revision ID: 0006_batch_donation_link
Revises: 0003_donations, 0004_distribution
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0006_batch_donation_link'
down_revision = ('0003_donations', '0004_distribution')
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('batch_item', schema=None) as batch_op:
        batch_op.add_column(sa.Column('donation_line_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_batch_item_donation_line_id'), ['donation_line_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_batch_item_donation_line_id_donation_line'), 'donation_line', ['donation_line_id'], ['id'])



def downgrade() -> None:
    with op.batch_alter_table('batch_item', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_batch_item_donation_line_id_donation_line'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_batch_item_donation_line_id'))
        batch_op.drop_column('donation_line_id')

