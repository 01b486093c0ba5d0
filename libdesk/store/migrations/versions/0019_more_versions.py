"""version columns on volunteer activities and hour entries (their dialogs refuse a stale save)

Revision ID: 0019_more_versions
Revises: 0011_versions, 0015_hours_hundredths
Create Date: 2026-12-01

Added in place (SQLite ``ALTER TABLE … ADD COLUMN``): ``version`` starts at 1 for every
existing row; SQLAlchemy's ``version_id_col`` counts it up on every save.
"""
from alembic import op
import sqlalchemy as sa

revision = '0019_more_versions'
down_revision = ('0011_versions', '0015_hours_hundredths')
branch_labels = None
depends_on = None

TABLES = ("volunteer_activity", "hour_entry")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, recreate='never') as batch_op:
            batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False,
                                          server_default='1'))


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('version')
