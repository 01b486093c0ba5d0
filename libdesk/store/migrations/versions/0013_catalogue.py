"""local catalogue: price and source on catalog_title

Revision ID: 0013_catalogue
Revises: 0004_distribution
Create Date: 2026-12-01

The table that remembered titles typed in LibDesk becomes the local catalogue: imported
records (source 'catalogue') sit beside learnt ones (source 'learnt'), keyed by ISBN.
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0013_catalogue'
down_revision = '0004_distribution'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('catalog_title', schema=None) as batch_op:
        batch_op.add_column(sa.Column('price', sqlmodel.sql.sqltypes.AutoString(length=30),
                                      nullable=False, server_default=''))
        batch_op.add_column(sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=12),
                                      nullable=False, server_default='learnt'))


def downgrade() -> None:
    with op.batch_alter_table('catalog_title', schema=None) as batch_op:
        batch_op.drop_column('source')
        batch_op.drop_column('price')
