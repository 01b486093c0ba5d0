"""a version column on collection-transfer lines (removing selected lines checks it)

Revision ID: 0022_transfer_line_version
Revises: 0021_versions_figures
Create Date: 2026-12-01

Added in place (SQLite ``ALTER TABLE … ADD COLUMN``): ``version`` starts at 1 for every
existing line; SQLAlchemy's ``version_id_col`` counts it up on every save.
"""
from alembic import op
import sqlalchemy as sa

revision = '0022_transfer_line_version'
down_revision = '0021_versions_figures'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('transfer_line', recreate='never') as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), nullable=False,
                                      server_default='1'))


def downgrade() -> None:
    with op.batch_alter_table('transfer_line', schema=None) as batch_op:
        batch_op.drop_column('version')
