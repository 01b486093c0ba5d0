"""The audit log's actions, its rows as shown, and how their values are masked (plain Python:
the table itself is ``audit_log.py``). The log has one row for every insert, update and
delete on every table (written by the store in the same transaction as the change), and for
events such as unmasking personal data or restoring a backup. Nothing in LibDesk edits or
deletes these rows."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from libdesk.models.errors import QT_TRANSLATE_NOOP
from libdesk.models.validation import mask_id_number, mask_phone, mask_text


AUDIT_LOG_TABLE = "audit_log"  # its name, for what must not import the table model


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
