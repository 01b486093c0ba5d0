"""A PostgreSQL server that cannot be reached, or refuses this desk, in plain words.

The driver's own text is not shown; it is sorted into what the user can act on: the server
does not answer, the password was refused (or is missing from this PC's pgpass file), or the
database does not exist yet (IT has not created it).
"""
from __future__ import annotations

from libdesk.models.errors import QT_TRANSLATE_NOOP, DomainError


class ServerUnreachable(DomainError):
    """The database server did not let this desk in; nothing was changed anywhere."""


def explain(exc: BaseException, where: str) -> ServerUnreachable:
    text = str(getattr(exc, "orig", exc)).lower()
    if "password" in text or "authentication" in text:
        return ServerUnreachable(QT_TRANSLATE_NOOP(
            "Errors", "The database server {where} refused the sign-in: the password is "
            "wrong or missing. Nothing was changed. Put the password in this PC's pgpass "
            "file (see the README, \"Shared office\") or ask IT."), where=where)
    if "does not exist" in text:
        return ServerUnreachable(QT_TRANSLATE_NOOP(
            "Errors", "The database server {where} has no such database or user. Nothing was "
            "changed. Check the address, or ask IT to create the role and the database."),
            where=where)
    return ServerUnreachable(QT_TRANSLATE_NOOP(
        "Errors", "The database server {where} does not answer. Nothing was changed. Check "
        "the network cable or Wi-Fi and that the server is running, then start LibDesk "
        "again; ask IT if it stays like this."), where=where)


def driver_missing() -> ServerUnreachable:
    return ServerUnreachable(QT_TRANSLATE_NOOP(
        "Errors", "This LibDesk has no PostgreSQL driver (psycopg), so it cannot open a "
        "shared server. Nothing was changed. Install LibDesk again from its installer, or run "
        "pip install \"psycopg[binary]\" in its environment."))
