"""version columns on the records people edit (no silent lost edit between desks)

Revision ID: 0011_versions
Revises: 0010_pg_invariants, 0005_volunteers
Create Date: 2026-12-01

``version`` starts at 1 for every existing row; SQLAlchemy's ``version_id_col`` counts it up
on every save and refuses a save over a row changed meanwhile.
"""
from alembic import op
import sqlalchemy as sa

revision = '0011_versions'
down_revision = ('0010_pg_invariants', '0005_volunteers')
branch_labels = None
depends_on = None

TABLES = ("donor", "donation", "branch", "volunteer", "distribution_batch")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False,
                                          server_default='1'))


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('version')
