"""Which database errors mean "another desk got there first; run the transaction again".

PostgreSQL reports them by SQLSTATE: a serialization failure (40001), a deadlock (40P01), a
lock not obtained within ``lock_timeout`` (55P03), and a unique violation (23505) raised while
waiting for another desk's row (two desks issuing one donation's certificate: run again, the
second desk's checks then see the first one's row and answer in plain words). SQLite's
equivalent is "database is locked" after the busy timeout.
"""
from __future__ import annotations

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm.exc import StaleDataError

RETRYABLE_SQLSTATES = {"40001", "40P01", "55P03", "23505"}


def sqlstate(exc: BaseException) -> str | None:
    orig = getattr(exc, "orig", None)
    return getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)


def is_retryable(exc: BaseException) -> bool:
    if isinstance(exc, StaleDataError):  # a versioned row changed between read and write
        return True
    if not isinstance(exc, DBAPIError):
        return False
    if sqlstate(exc) in RETRYABLE_SQLSTATES:
        return True
    return "database is locked" in str(getattr(exc, "orig", ""))
