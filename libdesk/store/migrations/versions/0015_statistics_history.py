"""dates the year's statistics count from (points listed/closed, teams formed, volunteers
left) and the volunteer platform's year-end figures

Revision ID: 0015_statistics_history
Revises: 0005_volunteers, 0008_statistics
Create Date: 2026-12-01

Existing points count from the day they were registered, except the seeded points of the
2020 annual report's table 14 (still named as seeded), which count from the end of 2020.
A point already closed, or a volunteer who already left, is taken to have closed/left on the
day of the last change to the record. Teams that existed before are counted in every year.
"""
import csv

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0015_statistics_history'
down_revision = ('0005_volunteers', '0008_statistics')
branch_labels = None
depends_on = None


def _seeded() -> set[str]:
    from libdesk.config import resource_path

    with open(resource_path("seed", "branches.csv"), encoding="utf-8") as handle:
        return {(int(row["no"]), row["name"]) for row in csv.DictReader(handle)}


def upgrade() -> None:
    op.create_table('volunteer_platform_year',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('registered', sa.Integer(), nullable=False),
    sa.Column('registered_on_site', sa.Integer(), nullable=False),
    sa.Column('hundredths', sa.Integer(), nullable=False),
    sa.Column('recorded_by', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_platform_year')),
    sa.UniqueConstraint('year', name=op.f('uq_volunteer_platform_year_year'))
    )
    with op.batch_alter_table('branch', schema=None) as batch_op:
        batch_op.add_column(sa.Column('listed_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('closed_on', sa.Date(), nullable=True))
    with op.batch_alter_table('volunteer_team', schema=None) as batch_op:
        batch_op.add_column(sa.Column('created_on', sa.Date(), nullable=True))
    with op.batch_alter_table('volunteer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('left_on', sa.Date(), nullable=True))

    bind = op.get_bind()
    branch = sa.table('branch', sa.column('id'), sa.column('number'), sa.column('name'),
                      sa.column('status'), sa.column('created_at'), sa.column('updated_at'),
                      sa.column('listed_on', sa.Date), sa.column('closed_on', sa.Date))
    seeded = _seeded()
    for row in bind.execute(sa.select(branch.c.id, branch.c.number, branch.c.name,
                                      branch.c.status, branch.c.created_at,
                                      branch.c.updated_at)).all():
        listed = _day(row.created_at)
        if (row.number, row.name) in seeded:
            listed = _day('2020-12-31')
        closed = _day(row.updated_at) if row.status == 'closed' else None
        bind.execute(branch.update().where(branch.c.id == row.id).values(
            listed_on=listed, closed_on=closed))
    volunteer = sa.table('volunteer', sa.column('id'), sa.column('status'),
                         sa.column('updated_at'), sa.column('left_on', sa.Date))
    for row in bind.execute(sa.select(volunteer.c.id, volunteer.c.updated_at).where(
            volunteer.c.status == 'left')).all():
        bind.execute(volunteer.update().where(volunteer.c.id == row.id).values(
            left_on=_day(row.updated_at)))


def _day(value):
    """A date from a stored timestamp (a datetime, or ISO text on SQLite)."""
    from datetime import date, datetime

    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def downgrade() -> None:
    op.drop_table('volunteer_platform_year')
    with op.batch_alter_table('volunteer', schema=None) as batch_op:
        batch_op.drop_column('left_on')
    with op.batch_alter_table('volunteer_team', schema=None) as batch_op:
        batch_op.drop_column('created_on')
    with op.batch_alter_table('branch', schema=None) as batch_op:
        batch_op.drop_column('closed_on')
        batch_op.drop_column('listed_on')
