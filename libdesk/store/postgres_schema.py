"""PostgreSQL-only parts of the schema, made by migration 0010 (``create``/``drop``):

* ``audit_log_append_only``: a trigger that refuses UPDATE and DELETE of audit rows, and one
  that refuses TRUNCATE, so the log is append-only on the server as on SQLite.
* ``pg_trgm`` GIN indexes ``donor_trgm_<column>`` over the donor search columns
  (``store/search.py`` answers three or more characters with ILIKE through them).
* ``amcheck`` for Check Database, when the migrating role may create it (a superuser).

Extensions are created in a savepoint: a role that may not create them still migrates.
"""
from __future__ import annotations

from libdesk.store.search import DONOR_INDEX, trigram_index_names

REFUSE = "libdesk_audit_log_refuse"


def _try(op, statement: str) -> bool:
    bind = op.get_bind()
    try:
        with bind.begin_nested():
            bind.exec_driver_sql(statement)
        return True
    except Exception:  # noqa: BLE001 - no privilege: carry on without the extension
        return False


def create(op) -> None:
    op.execute(f"""
        CREATE FUNCTION {REFUSE}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'the audit log cannot be changed' USING ERRCODE = 'insufficient_privilege';
        END $$""")
    op.execute(f"CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
               f"FOR EACH ROW EXECUTE FUNCTION {REFUSE}()")
    op.execute(f"CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
               f"FOR EACH STATEMENT EXECUTE FUNCTION {REFUSE}()")
    if _try(op, "CREATE EXTENSION IF NOT EXISTS pg_trgm"):
        for column, name in zip(DONOR_INDEX.columns, trigram_index_names(DONOR_INDEX)):
            op.execute(f"CREATE INDEX {name} ON {DONOR_INDEX.table} "
                       f"USING gin ({column} gin_trgm_ops)")
    superuser = op.get_bind().exec_driver_sql(
        "SELECT rolsuper FROM pg_roles WHERE rolname = current_user").scalar()
    if superuser:
        _try(op, "CREATE EXTENSION IF NOT EXISTS amcheck")


def drop(op) -> None:
    for name in trigram_index_names(DONOR_INDEX):
        op.execute(f"DROP INDEX IF EXISTS {name}")
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")
    op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
    op.execute(f"DROP FUNCTION IF EXISTS {REFUSE}()")
