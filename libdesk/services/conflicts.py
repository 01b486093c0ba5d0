"""Stale saves: a record changed at another desk (or in another window) after this user
opened it. The dialog passes the ``version`` it showed (``services.<area>.version(id)``, read
before the values) as ``expected_version``; a different stored version raises
``EditConflict`` naming who saved meanwhile and when, and nothing is written. Between reading
and writing inside one save, the ``version_id_col`` of the model catches the rest (the save
is then run again, see retry.py).

The conflict carries both versions field by field (``mine``: what the user would save,
``saved``: what is stored now, masked as the dialog shows it), so the conflict dialog can let
the user keep theirs, take the other, or pick per field, and save again on top of
``conflict.stored`` (the newer version).

Deletes check the same way (``check_delete``): the confirmation shows the record read fresh
with its version, the delete passes that version, and a record changed meanwhile is kept
(``DeleteConflict``: who changed it and when), one deleted meanwhile is said so (NotFound).
Deleting several rows selected in a list (``check_listed``) passes each row's version as the
list showed it; one changed or gone since refuses the whole delete (``ListedRowsChanged``).
"""
from __future__ import annotations

from dataclasses import fields, is_dataclass
from typing import Any, Callable

from sqlalchemy import select

from libdesk.models.audit_log import AuditLog
from libdesk.models.errors import (QT_TRANSLATE_NOOP, DeleteConflict, EditConflict,  # noqa: F401
                                   ListedRowsChanged, NotFound, Phrase, record_gone)
from libdesk.models.staff import StaffAccount
from libdesk.services.base import LOCAL_ADMIN, chunks


def values_of(data: Any) -> dict[str, Any]:
    """A form's fields as a dict (a dataclass or a dict; ``version`` left out)."""
    if isinstance(data, dict):
        return {k: v for k, v in data.items() if k != "version"}
    if is_dataclass(data):
        return {f.name: getattr(data, f.name) for f in fields(data) if f.name != "version"}
    raise TypeError(f"not a form: {data!r}")


def check_version(session, model, record_id: int, expected: int | None, name: str, *,
                  mine: Any = None, saved: Callable[[Any], Any] | None = None) -> None:
    """Raise EditConflict unless the record is still at ``expected`` (None: no check). The
    row is locked (PostgreSQL ``FOR UPDATE``) and re-read, so it cannot change between this
    check and the caller's save in the same transaction. With ``mine`` (the user's form) and
    ``saved(row)`` (the stored record as the same form), the conflict carries both."""
    if expected is None:
        return
    row = session.get(model, record_id, with_for_update=True, populate_existing=True)
    if row is None or row.version == expected:
        return
    who, when = last_saved(session, row.__table__.name, record_id)
    raise EditConflict(name, who, when, expected, row.version, record_id=record_id,
                       mine=values_of(mine) if mine is not None else None,
                       saved=values_of(saved(row)) if saved is not None else None)


def check_delete(session, model, record_id: int, expected: int | None,
                 name: Callable[[Any], str], record: str) -> Any:
    """The row a delete is about to remove, locked (PostgreSQL ``FOR UPDATE``) and re-read
    in the delete's own transaction, or None when it is gone and no version was expected
    (nothing to delete, as before). With ``expected`` (the version the user's confirmation
    showed): a row at another version raises DeleteConflict naming who changed it and when
    (``name(row)`` names it); a row gone meanwhile raises NotFound naming who deleted it and
    when (``record``: an English phrase in context "Errors": "Point", "Donor" …)."""
    row = session.get(model, record_id, with_for_update=True, populate_existing=True)
    if expected is None or (row is not None and row.version == expected):
        return row
    who, when = last_saved(session, model.__table__.name, record_id)
    if row is not None:
        raise DeleteConflict(name(row), who, when, expected, row.version, record_id=record_id)
    if who:
        raise NotFound(QT_TRANSLATE_NOOP(
            "Errors", "{record} #{id} was deleted by {who} at {when}, after you confirmed "
            "deleting it. Nothing more was deleted; the list now shows what is stored."),
            record=Phrase(record), id=record_id, who=who, when=when or "?")
    raise NotFound(QT_TRANSLATE_NOOP(
        "Errors", "{record} #{id} was deleted at another desk after you confirmed deleting "
        "it. Nothing more was deleted; the list now shows what is stored."),
        record=Phrase(record), id=record_id)


def check_listed(session, model, expected: dict[int, int] | None, what: str) -> None:
    """Before deleting rows selected in a list: raise ListedRowsChanged unless every row of
    ``expected`` (id → version the list showed) is still stored at that version (None: no
    check). The rows are locked (PostgreSQL ``FOR UPDATE``; SQLite's write transaction holds
    the database) and their versions read, chunk by chunk, so none can change between this
    check and the caller's delete in the same transaction. ``what``: the rows as an English
    phrase in context "Errors"."""
    if expected is None:
        return
    ids = sorted(expected)
    changed: list[int] = []
    gone: list[int] = []
    for chunk in chunks(ids):
        stored = dict(session.execute(select(model.id, model.version).where(
            model.id.in_(chunk)).order_by(model.id).with_for_update()).all())
        for record_id in chunk:
            if record_id not in stored:
                gone.append(record_id)
            elif stored[record_id] != expected[record_id]:
                changed.append(record_id)
    if changed or gone:
        who, when = _latest_of(session, model.__table__.name, changed + gone)
        raise ListedRowsChanged(what, len(ids), changed, gone, who, when)


def _latest_of(session, table: str, record_ids: list[int]) -> tuple[str, str]:
    """Who made the latest audited change to any of the records, and when."""
    latest = None
    for chunk in chunks(record_ids):
        keys = [str(i) for i in chunk]
        found = session.execute(select(AuditLog.id, AuditLog.actor, AuditLog.at).where(
            AuditLog.table_name == table, AuditLog.record_id.in_(keys))
            .order_by(AuditLog.id.desc()).limit(1)).first()
        if found is not None and (latest is None or found[0] > latest[0]):
            latest = found
    return ("", "") if latest is None else _described(session, latest[1], latest[2])


def last_saved(session, table: str, record_id: Any) -> tuple[str, str]:
    """Who saved the record last (their display name where known) and when (local time)."""
    last = session.execute(select(AuditLog.actor, AuditLog.at).where(
        AuditLog.table_name == table, AuditLog.record_id == str(record_id))
        .order_by(AuditLog.id.desc()).limit(1)).first()
    if last is None:
        return "", ""
    return _described(session, *last)


def _described(session, actor: str, at) -> tuple[str, str]:
    """An audit row's actor (display name where known) and time (local) as messages say."""
    if at is not None and at.tzinfo is not None:
        at = at.astimezone()
    when = at.strftime("%Y-%m-%d %H:%M") if at is not None else ""
    if actor == LOCAL_ADMIN.username:
        return LOCAL_ADMIN.label, when
    display = session.execute(select(StaffAccount.display_name).where(
        StaffAccount.username == actor)).scalar()
    return (f"{display}（{actor}）" if display and display != actor else actor), when


def version_of(session, model, record_id: int) -> int:
    """The stored version; NotFound for a record deleted (perhaps at another desk)."""
    found = session.execute(select(model.version).where(model.id == record_id)).scalar()
    if found is None:
        raise record_gone()
    return found


def versions_of(session, model) -> dict[int, int]:
    """id → version of every row of a short list (a name list), read with the list."""
    return dict(session.execute(select(model.id, model.version)).all())


def version_or_none(session, model, key_column, key) -> int:
    """The stored version, or 0 for a row not written yet (one made meanwhile conflicts)."""
    found = session.execute(select(model.version).where(key_column == key)).scalar()
    return found if found is not None else 0
