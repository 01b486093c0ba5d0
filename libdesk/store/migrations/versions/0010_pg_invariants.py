"""invariants in the database: one valid certificate per donation and kind; on PostgreSQL
an append-only audit log, trigram search indexes and amcheck

Revision ID: 0010_pg_invariants
Revises: 0006_batch_donation_link, 0007_safety
Create Date: 2026-12-01

* ``uq_certificate_valid_per_donation``: a partial unique index (both engines), so two desks
  issuing the same donation's certificate at once cannot both succeed.
* PostgreSQL: a trigger refuses UPDATE, DELETE and TRUNCATE of ``audit_log`` (SQLite has had
  its triggers since 0007).
* PostgreSQL: ``pg_trgm`` GIN indexes behind ``store/search.py`` and, for a superuser,
  ``amcheck`` for Check Database. Without the privilege to create an extension the migration
  goes on without it (search then scans, Check Database says the index check was skipped).
"""
from alembic import op
import sqlalchemy as sa

from libdesk.store import postgres_schema

revision = '0010_pg_invariants'
down_revision = ('0006_batch_donation_link', '0007_safety')
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('certificate', schema=None) as batch_op:
        batch_op.create_index('uq_certificate_valid_per_donation', ['donation_id', 'kind'],
                              unique=True, sqlite_where=sa.text("status = 'valid'"),
                              postgresql_where=sa.text("status = 'valid'"))
    if op.get_bind().dialect.name == "postgresql":
        postgres_schema.create(op)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        postgres_schema.drop(op)
    with op.batch_alter_table('certificate', schema=None) as batch_op:
        batch_op.drop_index('uq_certificate_valid_per_donation')
