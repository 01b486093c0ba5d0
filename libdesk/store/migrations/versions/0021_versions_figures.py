"""version columns on the statistics tab's typed figures: a point's mobile-service month and
the volunteer platform's year-end figures

Revision ID: 0021_versions_figures
Revises: 0015_statistics_history, 0020_versions_rest (the head that made the platform's
table, and the head of the version columns)
Create Date: 2026-12-01

Added in place (SQLite ``ALTER TABLE … ADD COLUMN``): ``version`` starts at 1 for every
existing row; SQLAlchemy's ``version_id_col`` counts it up on every save.
"""
from alembic import op
import sqlalchemy as sa

revision = '0021_versions_figures'
down_revision = ('0015_statistics_history', '0020_versions_rest')
branch_labels = None
depends_on = None

TABLES = ("mobile_service", "volunteer_platform_year")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, recreate='never') as batch_op:
            batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False,
                                          server_default='1'))


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('version')
