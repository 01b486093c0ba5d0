"""The audit log as a workbook (审计日志): one row per change, values as readable text."""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from libdesk.models.audit import AUDIT_ACTION_ZH, AuditAction, AuditEntry
from libdesk.spreadsheets.writing import Column, export_book, write_table

SHEET = "审计日志"
COLUMNS = [Column("序号", 9), Column("时间（UTC）", 20), Column("操作人", 14), Column("操作", 12),
           Column("数据表", 20), Column("记录", 12), Column("原值", 60), Column("新值", 60)]


def write_audit(path: Path, entries: Iterable[AuditEntry]) -> Path:
    """Write the entries as given (the caller masks personal data unless told otherwise)."""
    with export_book(path) as workbook:
        rows = ([e.id, e.at, e.actor, _action(e.action), e.table_name, e.record_id,
                 _text(e.old_values), _text(e.new_values)] for e in entries)
        write_table(workbook, SHEET, COLUMNS, rows)
    return path


def _action(action: str) -> str:
    try:
        return AUDIT_ACTION_ZH[AuditAction(action)]
    except ValueError:
        return action


def _text(values: dict) -> str:
    if not values:
        return ""
    return json.dumps(values, ensure_ascii=False, sort_keys=True)[:32000]
