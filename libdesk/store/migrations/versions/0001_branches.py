"""branches registry

Revision ID: 0001_branches
Revises: 
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0001_branches'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_setting',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('value', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_app_setting'))
    )
    op.create_table('branch_category',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_branch_category')),
    sa.UniqueConstraint('name', name=op.f('uq_branch_category_name'))
    )
    op.create_table('number_counter',
    sa.Column('series', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last_value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('series', 'year', name=op.f('pk_number_counter'))
    )
    op.create_table('branch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('name_key', sqlmodel.sql.sqltypes.AutoString(length=250), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=True),
    sa.Column('address', sqlmodel.sql.sqltypes.AutoString(length=250), nullable=False),
    sa.Column('district', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('books_on_site', sa.Integer(), nullable=False),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['branch_category.id'], name=op.f('fk_branch_category_id_branch_category')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_branch')),
    sa.UniqueConstraint('name', name=op.f('uq_branch_name'))
    )
    with op.batch_alter_table('branch', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_branch_category_id'), ['category_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_branch_name_key'), ['name_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_branch_number'), ['number'], unique=True)
        batch_op.create_index(batch_op.f('ix_branch_status'), ['status'], unique=False)

    op.create_table('branch_contact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('is_primary', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_branch_contact_branch_id_branch')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_branch_contact'))
    )
    with op.batch_alter_table('branch_contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_branch_contact_branch_id'), ['branch_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('branch_contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_branch_contact_branch_id'))

    op.drop_table('branch_contact')
    with op.batch_alter_table('branch', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_branch_status'))
        batch_op.drop_index(batch_op.f('ix_branch_number'))
        batch_op.drop_index(batch_op.f('ix_branch_name_key'))
        batch_op.drop_index(batch_op.f('ix_branch_category_id'))

    op.drop_table('branch')
    op.drop_table('number_counter')
    op.drop_table('branch_category')
    op.drop_table('app_setting')
