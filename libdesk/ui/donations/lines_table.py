"""The editable lines of a donation: material, title, ISBN, 种, quantity, unit, evaluation,
note. Combo boxes for the fixed choices; locked lines (certified) are read-only."""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from libdesk.models.donations.rules import LineInput
from libdesk.models.donations.tables import (
    EVALUATION_LABELS, MATERIAL_LABELS, Evaluation, Material, Unit)
from libdesk.ui.common.labels import enum_label

CONTEXT = "LineColumns"
HEADERS = [QT_TRANSLATE_NOOP("LineColumns", "Material"),
           QT_TRANSLATE_NOOP("LineColumns", "Title or description"),
           QT_TRANSLATE_NOOP("LineColumns", "ISBN"),
           QT_TRANSLATE_NOOP("LineColumns", "Titles (种)"),
           QT_TRANSLATE_NOOP("LineColumns", "Quantity"),
           QT_TRANSLATE_NOOP("LineColumns", "Unit"),
           QT_TRANSLATE_NOOP("LineColumns", "Evaluation"),
           QT_TRANSLATE_NOOP("LineColumns", "Evaluation note")]
MATERIAL, TITLE, ISBN, TITLES, QUANTITY, UNIT, EVALUATION, NOTE = range(8)
CONTENT_COLUMNS = (MATERIAL, TITLE, ISBN, TITLES, QUANTITY, UNIT)


evaluation_label = partial(enum_label, EVALUATION_LABELS)
material_label = partial(enum_label, MATERIAL_LABELS)


class LinesTable:
    """Wraps the form's QTableWidget; ``lines()`` reads it back as LineInput."""

    def __init__(self, table: QTableWidget, on_change=None) -> None:
        self.table = table
        self._on_change = on_change
        table.setColumnCount(len(HEADERS))
        table.setHorizontalHeaderLabels([QCoreApplication.translate(CONTEXT, h) for h in HEADERS])
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((MATERIAL, 90), (ISBN, 120), (TITLES, 64), (QUANTITY, 64),
                              (UNIT, 56), (EVALUATION, 96), (NOTE, 120)):
            table.setColumnWidth(column, width)
        table.verticalHeader().setDefaultSectionSize(28)
        self._ids: list[int | None] = []
        self._locked: list[bool] = []

    def add(self, line: LineInput, locked: bool = False) -> int:
        table = self.table
        blocked = table.blockSignals(True)  # no itemChanged for a half-built row
        try:
            row = self._add(line)
        finally:
            table.blockSignals(blocked)
        if locked:
            self.lock_row(row, CONTENT_COLUMNS + (EVALUATION, NOTE))
        return row

    def _add(self, line: LineInput) -> int:
        table = self.table
        row = table.rowCount()
        table.insertRow(row)
        self._ids.append(line.id)
        self._locked.append(False)
        table.setCellWidget(row, MATERIAL, self._combo(
            [(material_label(m.value), m.value) for m in Material], line.material))
        for column, value in ((TITLE, line.title), (ISBN, line.isbn),
                              (TITLES, str(line.titles)), (QUANTITY, str(line.quantity)),
                              (NOTE, line.evaluation_note)):
            item = QTableWidgetItem(value)
            if column in (TITLES, QUANTITY):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)
        table.setCellWidget(row, UNIT, self._combo([(u.value, u.value) for u in Unit], line.unit))
        table.setCellWidget(row, EVALUATION, self._combo(
            [(evaluation_label(e.value), e.value) for e in Evaluation], line.evaluation))
        return row

    def lock_row(self, row: int, columns) -> None:
        if EVALUATION in columns:
            self._locked[row] = True
        for column in columns:
            widget = self.table.cellWidget(row, column)
            if widget is not None:
                widget.setEnabled(False)
            item = self.table.item(row, column)
            if item is not None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)

    def is_locked(self, row: int) -> bool:
        return self._locked[row]

    def _combo(self, choices: list[tuple[str, str]], current: str) -> QComboBox:
        combo = QComboBox(self.table)
        for label, value in choices:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        if self._on_change is not None:
            combo.currentIndexChanged.connect(lambda _i: self._on_change())
        return combo

    def remove(self, row: int) -> None:
        self.table.removeRow(row)
        del self._ids[row]
        del self._locked[row]

    def set_evaluation(self, row: int, value: str) -> None:
        combo = self.table.cellWidget(row, EVALUATION)
        if combo.isEnabled():
            combo.setCurrentIndex(combo.findData(value))

    def set_quantity(self, row: int, value: int) -> None:
        self.table.item(row, QUANTITY).setText(str(value))

    def find_isbn(self, isbn: str) -> int | None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, ISBN).text().strip() == isbn:
                return row
        return None

    def lines(self) -> list[LineInput]:
        result = []
        for row in range(self.table.rowCount()):
            result.append(LineInput(
                title=self._text(row, TITLE), material=self.table.cellWidget(row, MATERIAL)
                .currentData(), titles=self._int(row, TITLES, 1),
                quantity=self._int(row, QUANTITY, 0), unit=self.table.cellWidget(row, UNIT)
                .currentData(), isbn=self._text(row, ISBN),
                evaluation=self.table.cellWidget(row, EVALUATION).currentData(),
                evaluation_note=self._text(row, NOTE), id=self._ids[row]))
        return result

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _int(self, row: int, column: int, default: int) -> int:
        text = self._text(row, column)
        try:
            return int(text)
        except ValueError:
            return default if not text else 0
