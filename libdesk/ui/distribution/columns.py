"""How batches look in tables: translated kinds and statuses, the batch list's columns, and
the colour of overdue shipments."""
from __future__ import annotations

from datetime import date, datetime
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor

from libdesk.models.distribution.tables import (
    BATCH_KIND_LABELS,
    BATCH_STATUS_LABELS,
    DIRECTION_LABELS,
    ITEM_SOURCE_LABELS,
)
from libdesk.ui.common.paged_model import TableColumn
from libdesk.ui.common.labels import enum_label

OVERDUE_BACKGROUND = QColor("#FDE2E1")
OVERDUE_TEXT = QColor("#8C1D18")


kind_text = partial(enum_label, BATCH_KIND_LABELS)
status_text = partial(enum_label, BATCH_STATUS_LABELS)
direction_text = partial(enum_label, DIRECTION_LABELS)
source_text = partial(enum_label, ITEM_SOURCE_LABELS)


def day_text(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def _boxes(row) -> str:
    return f"{row.boxes_received}/{row.boxes}" if row.boxes else ""


C = "BatchColumns"
COLUMNS = [
    TableColumn("number", QT_TRANSLATE_NOOP("BatchColumns", "Batch"), C, width=110),
    TableColumn("branch", QT_TRANSLATE_NOOP("BatchColumns", "Destination"), C, width=190),
    TableColumn("kind", QT_TRANSLATE_NOOP("BatchColumns", "Kind"), C, format=kind_text,
                width=80),
    TableColumn("status", QT_TRANSLATE_NOOP("BatchColumns", "Status"), C, format=status_text,
                width=70),
    TableColumn("planned_on", QT_TRANSLATE_NOOP("BatchColumns", "Planned"), C,
                format=day_text, width=90),
    TableColumn("copies_out", QT_TRANSLATE_NOOP("BatchColumns", "Copies"), C,
                align_right=True, width=60),
    TableColumn("boxes", QT_TRANSLATE_NOOP("BatchColumns", "Boxes in"), C, align_right=True,
                width=70),
    TableColumn("shipped_at", QT_TRANSLATE_NOOP("BatchColumns", "Shipped"), C,
                format=day_text, width=120),
    TableColumn("staff", QT_TRANSLATE_NOOP("BatchColumns", "Staff"), C, width=70),
]


class BatchRowView:
    """Adapts a BatchSummary to the column keys (``branch`` and ``boxes`` are derived)."""

    def __init__(self, summary) -> None:
        self._s = summary

    def __getattr__(self, name):
        if name == "branch":
            return self._s.branch_name
        if name == "boxes":
            return _boxes(self._s)
        return getattr(self._s, name)


class BatchRows:
    """The service seen by the paged model, rows wrapped for display."""

    def __init__(self, service) -> None:
        self.service = service

    def count(self, query):
        return self.service.count(query)

    def page(self, query, offset, limit):
        return [BatchRowView(s) for s in self.service.page(query, offset, limit)]


def decorate(row, role):
    from PySide6.QtCore import Qt

    if not getattr(row, "overdue", False):
        return None
    if role == Qt.ItemDataRole.BackgroundRole:
        return QBrush(OVERDUE_BACKGROUND)
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(OVERDUE_TEXT)
    return None
