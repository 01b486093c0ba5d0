"""What the window asks a database when it opens, before the first tab: whether it has staff
accounts (then nobody acts until someone signs in) and its newest audit row (the automatic
backups count the changes made after it). One query, on the tables' names (Core): neither
the staff nor the maintenance service is made for it, nor any table model imported, nor the
mappers configured (all of that follows in the background once the first tab's rows are on
screen, ``Services.prepare``)."""
from __future__ import annotations

from sqlalchemy import column, exists, func, select, table

from libdesk.models.audit import AUDIT_LOG_TABLE
from libdesk.models.roles import ACCOUNTS_TABLE

# ``ctx.extras`` key: the newest audit id when the database was opened (``MaintenanceService``)
OPENING_CHANGE_MARK = "opening_change_mark"

# By name (the table models are not imported before the first tab's rows are painted)
_ACCOUNTS = table(ACCOUNTS_TABLE)  # only its rows are asked about, not its columns
_AUDIT_ID = table(AUDIT_LOG_TABLE, column("id")).c.id


def opening_facts(store) -> tuple[bool, int]:
    """(whether any staff account exists, the newest audit id or 0)."""
    with store.read() as session:
        accounts, mark = session.execute(select(
            exists().select_from(_ACCOUNTS),
            select(func.max(_AUDIT_ID)).scalar_subquery())).one()
    return bool(accounts), mark or 0


def accounts_exist(store) -> bool:
    """True once any staff account exists: the database then needs a login."""
    with store.read() as session:
        return bool(session.execute(select(exists().select_from(_ACCOUNTS))).scalar())
