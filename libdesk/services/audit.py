"""Reading the audit log (administrators).

The store writes the log; nothing here changes or deletes a row. Phone and ID numbers in the
logged values are masked unless the caller asks to unmask, which needs ``Perm.UNMASK`` and is
itself logged (``services.privacy``).
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from sqlalchemy import func, or_, select

from libdesk.models.audit import AuditEntry, mask_values
from libdesk.models.audit_log import AuditLog
from libdesk.models.roles import Perm
from libdesk.services.base import ListQuery, ServiceBase, like_pattern
from libdesk.services.privacy import masker
from libdesk.spreadsheets.audit_sheet import write_audit

_SORT = {"id": AuditLog.id, "at": AuditLog.id, "actor": AuditLog.actor,
         "action": AuditLog.action, "table_name": AuditLog.table_name,
         "record_id": AuditLog.record_id}
_EXPORT_CHUNK = 2000


class AuditService(ServiceBase):
    """Filters (``ListQuery.filters``): ``table``, ``record``, ``actor``, ``action``,
    ``date_from`` and ``date_to`` (dates, inclusive, local days)."""

    def _filtered(self, columns, query: ListQuery):
        stmt = select(*columns).select_from(AuditLog)
        f = query.filters
        if f.get("table"):
            stmt = stmt.where(AuditLog.table_name == f["table"])
        if f.get("record"):
            stmt = stmt.where(AuditLog.record_id == str(f["record"]).strip())
        if f.get("actor"):
            stmt = stmt.where(AuditLog.actor == f["actor"])
        if f.get("action"):
            stmt = stmt.where(AuditLog.action == f["action"])
        if f.get("date_from"):
            stmt = stmt.where(AuditLog.at >= _day_start(f["date_from"]))
        if f.get("date_to"):
            stmt = stmt.where(AuditLog.at < _day_start(f["date_to"]) + timedelta(days=1))
        text = query.text.strip()
        if text:
            pattern = like_pattern(text)
            stmt = stmt.where(or_(*(c.like(pattern, escape="\\") for c in (
                AuditLog.table_name, AuditLog.record_id, AuditLog.actor,
                AuditLog.old_values, AuditLog.new_values))))
        return stmt

    def count(self, query: ListQuery) -> int:
        self.require(Perm.AUDIT_VIEW)
        with self.store.read() as session:
            return session.execute(self._filtered([func.count()], query)).scalar_one()

    def page(self, query: ListQuery, offset: int, limit: int, *,
             unmask: bool = False) -> list[AuditEntry]:
        self.require(Perm.AUDIT_VIEW)
        unmask = masker(self, unmask, "audit.page").full
        key = _SORT.get(query.sort or "id", AuditLog.id)
        descending = query.descending if query.sort else True  # newest first by default
        order = [key.desc() if descending else key.asc(), AuditLog.id.desc()]
        stmt = self._filtered([AuditLog], query).order_by(*order).offset(offset).limit(limit)
        with self.store.read() as session:
            return [_entry(row, unmask) for row in session.execute(stmt).scalars()]

    def tables(self) -> list[str]:
        self.require(Perm.AUDIT_VIEW)
        with self.store.read() as session:
            return list(session.execute(select(AuditLog.table_name).distinct()
                                        .order_by(AuditLog.table_name)).scalars())

    def actors(self) -> list[str]:
        self.require(Perm.AUDIT_VIEW)
        with self.store.read() as session:
            return list(session.execute(select(AuditLog.actor).distinct()
                                        .order_by(AuditLog.actor)).scalars())

    def export(self, path: Path, query: ListQuery | None = None, *,
               unmask: bool = False) -> Path:
        """The matching rows (newest first) as an .xlsx; phones and IDs masked by default."""
        self.require(Perm.AUDIT_VIEW)
        self.require(Perm.EXPORT)
        unmask = masker(self, unmask, "audit.export").full
        return write_audit(path, self._iter(query or ListQuery(), unmask))

    def _iter(self, query: ListQuery, unmask: bool) -> Iterator[AuditEntry]:
        offset = 0
        while True:
            chunk = self.page(query, offset, _EXPORT_CHUNK, unmask=False) if not unmask else \
                self._raw_page(query, offset)
            yield from chunk
            if len(chunk) < _EXPORT_CHUNK:
                return
            offset += _EXPORT_CHUNK

    def _raw_page(self, query: ListQuery, offset: int) -> list[AuditEntry]:
        stmt = self._filtered([AuditLog], query).order_by(AuditLog.id.desc()) \
            .offset(offset).limit(_EXPORT_CHUNK)
        with self.store.read() as session:
            return [_entry(row, True) for row in session.execute(stmt).scalars()]


def _entry(row: AuditLog, unmask: bool) -> AuditEntry:
    old, new = _load(row.old_values), _load(row.new_values)
    if not unmask:
        old, new = mask_values(old), mask_values(new)
    return AuditEntry(row.id, row.at, row.actor, row.action, row.table_name, row.record_id,
                      old, new)


def _load(text: str | None) -> dict:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {"value": text}
    return value if isinstance(value, dict) else {"value": value}


def _day_start(day) -> datetime:
    if isinstance(day, datetime):
        day = day.date()
    if isinstance(day, str):
        day = date.fromisoformat(day)
    local = datetime.combine(day, time()).astimezone()
    return local.astimezone(timezone.utc)
