"""The lines of one batch as an editable table: a batch holds at most a few thousand lines,
so the model keeps them all and edits go straight to the service, one line at a time."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from libdesk.models.distribution.rules import ItemInput
from libdesk.models.distribution.records import ItemLine
from libdesk.models.errors import Conflict, EditConflict
from libdesk.ui.common.operations import Change, run_write
from libdesk.ui.distribution.columns import direction_text, source_text

C = "ItemColumns"
COLUMNS = [  # (attribute, header, editable)
    ("box_no", QT_TRANSLATE_NOOP("ItemColumns", "Box"), True),
    ("direction", QT_TRANSLATE_NOOP("ItemColumns", "Direction"), False),
    ("isbn", QT_TRANSLATE_NOOP("ItemColumns", "ISBN"), True),
    ("title", QT_TRANSLATE_NOOP("ItemColumns", "Title"), True),
    ("author", QT_TRANSLATE_NOOP("ItemColumns", "Author"), True),
    ("publisher", QT_TRANSLATE_NOOP("ItemColumns", "Publisher"), True),
    ("call_number", QT_TRANSLATE_NOOP("ItemColumns", "Call number"), True),
    ("issue", QT_TRANSLATE_NOOP("ItemColumns", "Issue"), True),
    ("copies", QT_TRANSLATE_NOOP("ItemColumns", "Copies"), True),
    ("source", QT_TRANSLATE_NOOP("ItemColumns", "Source"), False),
]
WIDTHS = [44, 50, 110, 220, 100, 130, 90, 80, 50, 60]
_INTS = {"box_no", "copies"}


def to_input(line: ItemLine) -> ItemInput:
    return ItemInput(isbn=line.isbn, title=line.title, author=line.author,
                     publisher=line.publisher, call_number=line.call_number, issue=line.issue,
                     copies=line.copies, box_no=line.box_no, direction=line.direction,
                     source=line.source, donation_line_id=line.donation_line_id)


class ItemsModel(QAbstractTableModel):
    def __init__(self, services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.lines: list[ItemLine] = []
        self.editable = False
        self.on_error = None  # callable(exception), set by the panel

    def load(self, lines: list[ItemLine], editable: bool) -> None:
        self.beginResetModel()
        self.lines, self.editable = list(lines), editable
        self.endResetModel()

    def put(self, line: ItemLine) -> int:
        """Insert or replace ``line`` (after a scan); returns its row."""
        for row, old in enumerate(self.lines):
            if old.id == line.id:
                self.lines[row] = line
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
                return row
        self.beginInsertRows(QModelIndex(), len(self.lines), len(self.lines))
        self.lines.append(line)
        self.endInsertRows()
        return len(self.lines) - 1

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(C, COLUMNS[section][1])
        return section + 1

    def flags(self, index):
        flags = super().flags(index)
        if self.editable and COLUMNS[index.column()][2]:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        key = COLUMNS[index.column()][0]
        value = getattr(line, key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if key == "direction":
                return direction_text(value)
            if key == "source":
                return source_text(value)
            if key == "title" and not value and role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("ItemsModel", "(title to be filled in)")
            return str(value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _INTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key == "title" and not value:
            from PySide6.QtGui import QColor

            return QColor("#8795A1")
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        line = self.lines[index.row()]
        key = COLUMNS[index.column()][0]
        try:
            value = int(value) if key in _INTS else str(value).strip()
        except (TypeError, ValueError):
            return False
        if value == getattr(line, key):
            return False
        outcome = run_write(self, lambda: self.services.distribution.update_item(
            line.id, replace(to_input(line), **{key: value}), expected_version=line.version),
            Change.of("distribution"), on_error=lambda exc: self._refused(exc, index))
        if not outcome.ok:
            return False
        self.lines[index.row()] = outcome.value
        self.dataChanged.emit(self.index(index.row(), 0),
                              self.index(index.row(), len(COLUMNS) - 1))
        return True

    def _refused(self, error: BaseException, index) -> None:
        """A line changed at another desk since it was shown: the row now shows the stored
        line, and the message says the typed value was not saved."""
        if isinstance(error, EditConflict) and error.saved:
            row = index.row()
            self.lines[row] = ItemLine(**error.saved, version=error.stored)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
            error = Conflict(QT_TRANSLATE_NOOP(
                "Errors", "Line {row} was changed by {who} at {when} while you were editing "
                "it, so your “{column}” was not saved. The table now shows the line as saved "
                "there; type your change again if it is still needed."),
                row=row + 1, who=error.who or "?", when=error.when or "?",
                column=QCoreApplication.translate(C, COLUMNS[index.column()][1]))
        if self.on_error is not None:
            self.on_error(error)
