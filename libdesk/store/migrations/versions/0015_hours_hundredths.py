"""hours in hundredths of an hour (the city platform exports 0.85 h)

Revision ID: 0015_hours_hundredths
Revises: 0005_volunteers
Create Date: 2026-12-01

``hour_entry.quarters`` and ``volunteer_certificate.quarters`` (hours × 4) become
``hundredths`` (hours × 100): every stored value is multiplied by 25, so totals are unchanged.
"""
from alembic import op
import sqlalchemy as sa


revision = '0015_hours_hundredths'
down_revision = '0005_volunteers'
branch_labels = None
depends_on = None

TABLES = ('hour_entry', 'volunteer_certificate')


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column('quarters', new_column_name='hundredths',
                                  existing_type=sa.Integer(), existing_nullable=False)
        op.execute(sa.text(f'UPDATE {table} SET hundredths = hundredths * 25'))


def downgrade() -> None:
    for table in TABLES:
        op.execute(sa.text(f'UPDATE {table} SET hundredths = hundredths / 25'))
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column('hundredths', new_column_name='quarters',
                                  existing_type=sa.Integer(), existing_nullable=False)
