"""Stale saves: a record changed at another desk (or in another window) after this user
opened it. The dialog passes the ``version`` it showed (``services.<area>.version(id)``) as
``expected_version``; a different stored version raises ``EditConflict`` naming who saved
meanwhile and when, and nothing is written. Between reading and writing inside one save, the
``version_id_col`` of the model catches the rest (the save is then run again, see retry.py).
"""
from __future__ import annotations

from sqlalchemy import select

from libdesk.models.audit import AuditLog
from libdesk.models.errors import QT_TRANSLATE_NOOP, Conflict


class EditConflict(Conflict):
    """Someone else saved this record after it was opened here; the user's edit is kept
    in the dialog, not saved."""

    def __init__(self, name: str, who: str, when: str, theirs: int, stored: int) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "“{name}” was changed by {who} at {when} while you were editing it. "
            "Your changes were not saved. Reopen it to see that version, then make your "
            "changes again."), name=name, who=who or "?", when=when or "?")
        self.theirs, self.stored = theirs, stored


def check_version(session, model, record_id: int, expected: int | None, name: str) -> None:
    """Raise EditConflict unless the record is still at ``expected`` (None: no check). The
    row is locked (PostgreSQL ``FOR UPDATE``) and re-read, so it cannot change between this
    check and the caller's save in the same transaction."""
    if expected is None:
        return
    row = session.get(model, record_id, with_for_update=True, populate_existing=True)
    if row is None or row.version == expected:
        return
    table = row.__table__.name
    last = session.execute(select(AuditLog.actor, AuditLog.at).where(
        AuditLog.table_name == table, AuditLog.record_id == str(row.id))
        .order_by(AuditLog.id.desc()).limit(1)).first()
    who, when = (last.actor, last.at.strftime("%Y-%m-%d %H:%M")) if last else ("", "")
    raise EditConflict(name, who, when, expected, row.version)


def version_of(session, model, record_id: int) -> int:
    return session.execute(select(model.version).where(model.id == record_id)).scalar_one()
