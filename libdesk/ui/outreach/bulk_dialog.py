"""Bulk entry of mobile-service outings: one day's (or one week's) outings typed into a grid,
each row an outing. Date, vehicle and staff above the grid fill the rows that leave them
empty. Nothing is saved unless every filled row is valid; problems name the grid's row."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from libdesk.models.errors import Problem, ValidationFailed
from libdesk.models.outreach.rules import OutingInput
from libdesk.ui.common.dialogs import Dialog
from libdesk.ui.common.errors import problem_text
from libdesk.ui.common.operations import Change

COLUMNS = ("date", "point", "place", "readers", "loans", "returns", "new_cards", "notes")
NUMBERS = ("readers", "loans", "returns", "new_cards")


class BulkOutingDialog(Dialog):
    def __init__(self, services, parent=None, rows: int = 8) -> None:
        super().__init__(parent)
        self.services = services
        self.saved = 0
        self.setWindowTitle(self.tr("Bulk entry of mobile-service outings"))
        self.points = {name: branch_id for branch_id, name in services.branches.names()}
        layout = QVBoxLayout(self)
        top = QFormLayout()
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.vehicle_edit = QLineEdit(self)
        self.vehicle_edit.setObjectName("vehicleEdit")
        self.staff_edit = QLineEdit(self)
        self.staff_edit.setObjectName("staffEdit")
        top.addRow(self.tr("Date (for rows without one)"), self.date_edit)
        top.addRow(self.tr("Vehicle or site"), self.vehicle_edit)
        top.addRow(self.tr("Staff"), self.staff_edit)
        layout.addLayout(top)
        headers = [self.tr("Date"), self.tr("Point"), self.tr("Place (when not a point)"),
                   self.tr("Readers served"), self.tr("Loans"), self.tr("Returns"),
                   self.tr("New library cards"), self.tr("Notes")]
        self.grid = QTableWidget(0, len(headers), self)
        self.grid.setObjectName("outingGrid")
        self.grid.setHorizontalHeaderLabels(headers)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.grid.setColumnWidth(1, 190)
        layout.addWidget(self.grid, 1)
        more = QPushButton(self.tr("More rows"), self)
        more.clicked.connect(lambda: self.add_rows(5))
        layout.addWidget(more)
        self._error_label = QLabel(self)
        self._error_label.setObjectName("errorLabel")
        self._error_label.setStyleSheet("color: #b00020")
        self._error_label.setWordWrap(True)
        layout.addWidget(self._error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.add_rows(rows)
        self.resize(980, 480)

    def add_rows(self, count: int) -> None:
        for _ in range(count):
            row = self.grid.rowCount()
            self.grid.insertRow(row)
            combo = QComboBox(self.grid)
            combo.addItem("", None)
            for name, branch_id in self.points.items():
                combo.addItem(name, branch_id)
            self.grid.setCellWidget(row, 1, combo)

    def set_row(self, row: int, point: str = "", place: str = "", readers: int = 0,
                loans: int = 0, returns: int = 0, new_cards: int = 0, notes: str = "",
                day: str = "") -> None:
        """Fill a grid row (as a user would type it)."""
        combo: QComboBox = self.grid.cellWidget(row, 1)
        combo.setCurrentIndex(max(combo.findText(point), 0))
        for column, value in ((0, day), (2, place), (3, readers), (4, loans), (5, returns),
                              (6, new_cards), (7, notes)):
            self.grid.setItem(row, column, QTableWidgetItem(str(value) if value else ""))

    def _text(self, row: int, column: int) -> str:
        item = self.grid.item(row, column)
        return item.text().strip() if item is not None else ""

    def outings(self) -> tuple[list[OutingInput], list[int], list[Problem]]:
        """The filled rows as outings, their grid row numbers, and cells that are not
        numbers or dates."""
        outings, rows, problems = [], [], []
        default_day = self.date_edit.date().toPython()
        for row in range(self.grid.rowCount()):
            branch_id = self.grid.cellWidget(row, 1).currentData()
            texts = {name: self._text(row, c) for c, name in enumerate(COLUMNS) if c != 1}
            if branch_id is None and not any(texts.values()):
                continue
            numbers = {}
            for name in NUMBERS:
                try:
                    numbers[name] = int(texts[name] or 0)
                except ValueError:
                    problems.append(Problem(self._header(COLUMNS.index(name)), "“{value}” is "
                                            "not a whole number.", {"value": texts[name]},
                                            row + 1))
                    numbers[name] = 0
            day = default_day
            if texts["date"]:
                try:
                    day = date.fromisoformat(texts["date"].replace("/", "-"))
                except ValueError:
                    problems.append(Problem(self._header(0), "“{value}” is not a date; write "
                                            "it as 2020-10-14.", {"value": texts["date"]},
                                            row + 1))
            outings.append(OutingInput(
                served_on=day, vehicle=self.vehicle_edit.text(), branch_id=branch_id,
                place=texts["place"], staff=self.staff_edit.text(), notes=texts["notes"],
                **numbers))
            rows.append(row + 1)
        return outings, rows, problems

    def _header(self, column: int) -> str:
        return self.grid.horizontalHeaderItem(column).text()

    @property
    def error_label(self) -> QLabel:
        return self._error_label

    def _problem_line(self, problem: Problem) -> str:
        columns = {"served_on": 0, "branch_id": 1, "place": 2, "readers": 3, "loans": 4,
                   "returns": 5, "new_cards": 6, "notes": 7}
        if problem.field in columns:
            problem = replace(problem, field=self._header(columns[problem.field]))
        return problem_text(problem)

    def save(self) -> None:
        outings, rows, problems = self.outings()

        def work() -> int:
            if problems:
                raise ValidationFailed(problems)
            return self.services.mobile_log.add_many(outings, rows, {"source": "bulk"})

        self.submit(work, Change.of("mobile", "outreach"),
                    on_done=lambda saved: setattr(self, "saved", saved),
                    problem_line=self._problem_line)
