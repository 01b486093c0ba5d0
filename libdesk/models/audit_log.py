"""The audit log's table (``models/audit.py`` holds its actions and how its rows are shown)."""
from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlmodel import Field

from libdesk.models.audit import AUDIT_LOG_TABLE
from libdesk.models.base import TableModel, utcnow


class AuditLog(TableModel, table=True):
    __tablename__ = AUDIT_LOG_TABLE

    id: Optional[int] = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    actor: str = Field(default="", max_length=40, index=True)
    action: str = Field(max_length=10)
    table_name: str = Field(max_length=60, index=True)
    record_id: str = Field(default="", max_length=80, index=True)
    old_values: Optional[str] = None  # JSON object of column → value
    new_values: Optional[str] = None
