"""version columns on the remaining editable records: the name lists (categories of points,
activity categories, volunteer schools and organisations, teams), point contacts, batch items,
staff accounts and the outreach records (outings, events, visits, transfers, gifts, facts)

Revision ID: 0020_versions_rest
Revises: 0018_outreach_transfers, 0019_more_versions (the heads whose tables it changes)
Create Date: 2026-12-01

Added in place (SQLite ``ALTER TABLE … ADD COLUMN``): ``version`` starts at 1 for every
existing row; SQLAlchemy's ``version_id_col`` counts it up on every save.
"""
from alembic import op
import sqlalchemy as sa

revision = '0020_versions_rest'
down_revision = ('0018_outreach_transfers', '0019_more_versions')
branch_labels = None
depends_on = None

TABLES = ("branch_category", "branch_contact", "activity_category", "volunteer_org",
          "volunteer_team", "batch_item", "staff_account", "mobile_outing", "point_event",
          "point_visit", "collection_transfer", "outgoing_gift", "point_facts")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, recreate='never') as batch_op:
            batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False,
                                          server_default='1'))


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('version')
