"""The audit log: one row for every insert, update and delete on every table (written by the
store in the same transaction as the change), and for events such as unmasking personal data
or restoring a backup. Nothing in LibDesk edits or deletes these rows."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, Optional

from sqlmodel import Field

from libdesk.models.base import TableModel, utcnow
from libdesk.models.errors import QT_TRANSLATE_NOOP
from libdesk.models.validation import mask_id_number, mask_phone, mask_text


class AuditAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    UNMASK = "unmask"
    RESTORE = "restore"


AUDIT_ACTION_LABELS = {
    AuditAction.INSERT: QT_TRANSLATE_NOOP("AuditAction", "Added"),
    AuditAction.UPDATE: QT_TRANSLATE_NOOP("AuditAction", "Changed"),
    AuditAction.DELETE: QT_TRANSLATE_NOOP("AuditAction", "Deleted"),
    AuditAction.UNMASK: QT_TRANSLATE_NOOP("AuditAction", "Showed personal data"),
    AuditAction.RESTORE: QT_TRANSLATE_NOOP("AuditAction", "Restored a backup"),
}
AUDIT_ACTION_ZH = {AuditAction.INSERT: "新增", AuditAction.UPDATE: "修改",
                   AuditAction.DELETE: "删除", AuditAction.UNMASK: "显示个人信息",
                   AuditAction.RESTORE: "恢复备份"}


class AuditLog(TableModel, table=True):
    __tablename__ = "audit_log"

    id: Optional[int] = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    actor: str = Field(default="", max_length=40, index=True)
    action: str = Field(max_length=10)
    table_name: str = Field(max_length=60, index=True)
    record_id: str = Field(default="", max_length=80, index=True)
    old_values: Optional[str] = None  # JSON object of column → value
    new_values: Optional[str] = None


@dataclass(frozen=True)
class AuditEntry:
    """One audit row as the Audit tab, the CLI and the export show it."""

    id: int
    at: datetime
    actor: str
    action: str
    table_name: str
    record_id: str
    old_values: dict[str, Any] = field(default_factory=dict)
    new_values: dict[str, Any] = field(default_factory=dict)


PHONE_HINTS = ("phone", "mobile", "tel")
ID_HINTS = ("id_number", "id_card", "identity")


def mask_value(column: str, value: Any) -> Any:
    """A value as a default (masked) view shows it: phone and ID columns masked, and any
    mobile, landline or ID number inside other text masked as well."""
    if not isinstance(value, str) or not value:
        return value
    name = column.lower()
    if any(hint in name for hint in ID_HINTS):
        return mask_id_number(value)
    if any(hint in name for hint in PHONE_HINTS):
        return mask_phone(value)
    return mask_text(value)


def mask_values(values: dict[str, Any]) -> dict[str, Any]:
    return {key: mask_value(key, value) for key, value in values.items()}
