"""volunteers

Revision ID: 0005_volunteers
Revises: 0002_signing_keys
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0005_volunteers'
down_revision = '0002_signing_keys'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('activity_category',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_category')),
    sa.UniqueConstraint('name', name=op.f('uq_activity_category_name'))
    )
    op.create_table('volunteer_org',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('name_key', sqlmodel.sql.sqltypes.AutoString(length=250), nullable=False),
    sa.Column('is_school', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_org')),
    sa.UniqueConstraint('name', name=op.f('uq_volunteer_org_name'))
    )
    op.create_table('volunteer_team',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('name_key', sqlmodel.sql.sqltypes.AutoString(length=250), nullable=False),
    sa.Column('leader_id', sa.Integer(), nullable=True),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_team')),
    sa.UniqueConstraint('name', name=op.f('uq_volunteer_team_name'))
    )
    op.create_table('volunteer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('name_key', sqlmodel.sql.sqltypes.AutoString(length=250), nullable=False),
    sa.Column('gender', sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
    sa.Column('org_id', sa.Integer(), nullable=True),
    sa.Column('team_id', sa.Integer(), nullable=True),
    sa.Column('student_no', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('id_type', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.Column('id_number', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('platform_no', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('joined_on', sa.Date(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['org_id'], ['volunteer_org.id'], name=op.f('fk_volunteer_org_id_volunteer_org')),
    sa.ForeignKeyConstraint(['team_id'], ['volunteer_team.id'], name=op.f('fk_volunteer_team_id_volunteer_team')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer'))
    )
    with op.batch_alter_table('volunteer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteer_name_key'), ['name_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteer_org_id'), ['org_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteer_platform_no'), ['platform_no'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteer_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteer_team_id'), ['team_id'], unique=False)

    op.create_table('volunteer_activity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('name_key', sqlmodel.sql.sqltypes.AutoString(length=250), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=True),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('place', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('organiser', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('notes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['activity_category.id'], name=op.f('fk_volunteer_activity_category_id_activity_category')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_activity')),
    sa.UniqueConstraint('name', name=op.f('uq_volunteer_activity_name'))
    )
    with op.batch_alter_table('volunteer_activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteer_activity_category_id'), ['category_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteer_activity_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteer_activity_name_key'), ['name_key'], unique=False)

    op.create_table('hour_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('volunteer_id', sa.Integer(), nullable=False),
    sa.Column('activity_id', sa.Integer(), nullable=False),
    sa.Column('served_on', sa.Date(), nullable=False),
    sa.Column('quarters', sa.Integer(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=250), nullable=False),
    sa.Column('recorded_by', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('recorded_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('reviewed_by', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('reviewed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('reject_reason', sqlmodel.sql.sqltypes.AutoString(length=250), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['volunteer_activity.id'], name=op.f('fk_hour_entry_activity_id_volunteer_activity')),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], name=op.f('fk_hour_entry_volunteer_id_volunteer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hour_entry'))
    )
    with op.batch_alter_table('hour_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hour_entry_activity_id'), ['activity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_hour_entry_served_on'), ['served_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_hour_entry_status'), ['status'], unique=False)
        batch_op.create_index('ix_hour_entry_volunteer_day', ['volunteer_id', 'served_on'], unique=False)

    op.create_table('volunteer_certificate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('volunteer_id', sa.Integer(), nullable=False),
    sa.Column('volunteer_name', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('id_type', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.Column('id_number_masked', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('volunteer_no', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('period_from', sa.Date(), nullable=False),
    sa.Column('period_to', sa.Date(), nullable=False),
    sa.Column('quarters', sa.Integer(), nullable=False),
    sa.Column('service_content', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('organisation', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('person_in_charge', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('handler', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('contact', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('remarks', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('issued_by', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('payload', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('void_reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], name=op.f('fk_volunteer_certificate_volunteer_id_volunteer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_certificate')),
    sa.UniqueConstraint('number', name=op.f('uq_volunteer_certificate_number'))
    )
    with op.batch_alter_table('volunteer_certificate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteer_certificate_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteer_certificate_volunteer_id'), ['volunteer_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('volunteer_certificate', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_volunteer_certificate_volunteer_id'))
        batch_op.drop_index(batch_op.f('ix_volunteer_certificate_status'))

    op.drop_table('volunteer_certificate')
    with op.batch_alter_table('hour_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_hour_entry_volunteer_day')
        batch_op.drop_index(batch_op.f('ix_hour_entry_status'))
        batch_op.drop_index(batch_op.f('ix_hour_entry_served_on'))
        batch_op.drop_index(batch_op.f('ix_hour_entry_activity_id'))

    op.drop_table('hour_entry')
    with op.batch_alter_table('volunteer_activity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_volunteer_activity_name_key'))
        batch_op.drop_index(batch_op.f('ix_volunteer_activity_kind'))
        batch_op.drop_index(batch_op.f('ix_volunteer_activity_category_id'))

    op.drop_table('volunteer_activity')
    with op.batch_alter_table('volunteer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_volunteer_team_id'))
        batch_op.drop_index(batch_op.f('ix_volunteer_status'))
        batch_op.drop_index(batch_op.f('ix_volunteer_platform_no'))
        batch_op.drop_index(batch_op.f('ix_volunteer_org_id'))
        batch_op.drop_index(batch_op.f('ix_volunteer_name_key'))

    op.drop_table('volunteer')
    op.drop_table('volunteer_team')
    op.drop_table('volunteer_org')
    op.drop_table('activity_category')
