"""mobile-service log, events and visits at points, points' facts

Revision ID: 0016_outreach_log
Revises: 0008_statistics
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0016_outreach_log'
down_revision = '0008_statistics'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('mobile_outing',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('served_on', sa.Date(), nullable=False),
    sa.Column('vehicle', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=True),
    sa.Column('place', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('staff', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('readers', sa.Integer(), nullable=False),
    sa.Column('loans', sa.Integer(), nullable=False),
    sa.Column('returns', sa.Integer(), nullable=False),
    sa.Column('new_cards', sa.Integer(), nullable=False),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('recorded_by', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('recorded_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_mobile_outing_branch_id_branch')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mobile_outing'))
    )
    with op.batch_alter_table('mobile_outing', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mobile_outing_branch_id'), ['branch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mobile_outing_served_on'), ['served_on'], unique=False)

    op.create_table('point_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('participants', sa.Integer(), nullable=False),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('recorded_by', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('recorded_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_point_event_branch_id_branch')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_point_event'))
    )
    with op.batch_alter_table('point_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_point_event_branch_id'), ['branch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_point_event_held_on'), ['held_on'], unique=False)

    op.create_table('point_visit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('visited_on', sa.Date(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('staff', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('topic', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('recorded_by', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('recorded_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_point_visit_branch_id_branch')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_point_visit'))
    )
    with op.batch_alter_table('point_visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_point_visit_branch_id'), ['branch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_point_visit_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_point_visit_visited_on'), ['visited_on'], unique=False)

    op.create_table('point_facts',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('opening_hours', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('open_24h', sa.Boolean(), nullable=False),
    sa.Column('area_m2', sa.Float(), nullable=False),
    sa.Column('seats', sa.Integer(), nullable=False),
    sa.Column('machines', sa.Integer(), nullable=False),
    sa.Column('books_correction', sa.Integer(), nullable=False),
    sa.Column('correction_note', sqlmodel.sql.sqltypes.AutoString(length=250), nullable=False),
    sa.Column('updated_by', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branch.id'], name=op.f('fk_point_facts_branch_id_branch')),
    sa.PrimaryKeyConstraint('branch_id', name=op.f('pk_point_facts'))
    )


def downgrade() -> None:
    op.drop_table('point_facts')
    with op.batch_alter_table('point_visit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_point_visit_visited_on'))
        batch_op.drop_index(batch_op.f('ix_point_visit_kind'))
        batch_op.drop_index(batch_op.f('ix_point_visit_branch_id'))

    op.drop_table('point_visit')
    with op.batch_alter_table('point_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_point_event_held_on'))
        batch_op.drop_index(batch_op.f('ix_point_event_branch_id'))

    op.drop_table('point_event')
    with op.batch_alter_table('mobile_outing', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mobile_outing_served_on'))
        batch_op.drop_index(batch_op.f('ix_mobile_outing_branch_id'))

    op.drop_table('mobile_outing')
