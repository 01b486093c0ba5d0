"""A collection transfer's lines (ISBN or description, copies, how many are packed) with
adding and removing lines, and packing what is left into a draft batch to a point."""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QSpinBox,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from libdesk.models.errors import ListedRowsChanged
from libdesk.models.outreach.rules import TransferLineInput
from libdesk.ui.common.deleting import rows_confirmed, selected_refused
from libdesk.ui.common.dialogs import Dialog
from libdesk.services.base import ListQuery
from libdesk.ui.common.operations import Change, report_error, run_write


class TransferDialog(Dialog):
    def __init__(self, services, transfer, parent=None) -> None:
        super().__init__(parent)
        self.services, self.transfer = services, transfer
        self.changed = False
        self.setWindowTitle(self.tr("Transfer of {date}: {destination}").format(
            date=transfer.transferred_on.isoformat(), destination=transfer.destination))
        layout = QVBoxLayout(self)
        self.view = QTableWidget(0, 5, self)
        self.view.setObjectName("linesView")
        self.view.setHorizontalHeaderLabels([self.tr("ISBN"), self.tr("Title or description"),
                                             self.tr("Copies"), self.tr("Packed"),
                                             self.tr("Left")])
        self.view.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view, 1)
        add = QHBoxLayout()
        self.isbn_edit = QLineEdit(self)
        self.isbn_edit.setObjectName("isbnEdit")
        self.isbn_edit.setPlaceholderText(self.tr("ISBN (optional)"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setPlaceholderText(self.tr("Title or description, e.g. 少儿图书"))
        self.copies_spin = QSpinBox(self)
        self.copies_spin.setObjectName("copiesSpin")
        self.copies_spin.setRange(1, 100_000)
        self.add_button = QPushButton(self.tr("&Add line"), self)
        self.add_button.setObjectName("addLineButton")
        self.add_button.clicked.connect(self.add_line)
        self.remove_button = QPushButton(self.tr("&Remove lines"), self)
        self.remove_button.setObjectName("removeLinesButton")
        self.remove_button.clicked.connect(self.remove_lines)
        for widget in (self.isbn_edit, self.title_edit, self.copies_spin, self.add_button,
                       self.remove_button):
            add.addWidget(widget)
        layout.addLayout(add)
        pack = QHBoxLayout()
        self.batch_combo = QComboBox(self)
        self.batch_combo.setObjectName("batchCombo")
        self.box_spin = QSpinBox(self)
        self.box_spin.setRange(1, 999)
        self.pack_button = QPushButton(self.tr("&Pack what is left into the batch"), self)
        self.pack_button.setObjectName("packButton")
        self.pack_button.clicked.connect(self.pack)
        pack.addWidget(QLabel(self.tr("Draft batch:"), self))
        pack.addWidget(self.batch_combo, 1)
        pack.addWidget(QLabel(self.tr("Box:"), self))
        pack.addWidget(self.box_spin)
        pack.addWidget(self.pack_button)
        layout.addLayout(pack)
        self.message = QLabel(self)
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill_batches()
        self.refresh()
        self.resize(820, 460)

    def _fill_batches(self) -> None:
        filters = {"status": "draft"}
        if self.transfer.branch_id:
            filters["branch_id"] = self.transfer.branch_id
        for batch in self.services.distribution.page(ListQuery(filters=filters, sort="number",
                                                               descending=True), 0, 200):
            self.batch_combo.addItem(f"{batch.number}  {batch.branch_name}", batch.id)

    def refresh(self) -> None:
        self.lines = self.services.transfers.lines(self.transfer.id)
        self.view.setRowCount(len(self.lines))
        for r, line in enumerate(self.lines):
            for c, value in enumerate((line.isbn, line.title, line.copies, line.packed,
                                       line.remaining)):
                self.view.setItem(r, c, QTableWidgetItem(str(value)))

    def _write(self, work, areas: tuple[str, ...], on_done) -> None:
        self.message.clear()

        def done(value) -> None:
            self.changed = True
            on_done(value)
            self.refresh()

        run_write(self, work, Change.of(*areas), on_done=done, error_label=self.message)

    def add_line(self) -> None:
        line = TransferLineInput(self.isbn_edit.text(), self.title_edit.text(),
                                 self.copies_spin.value())

        def added(_count) -> None:
            self.isbn_edit.clear()
            self.title_edit.clear()

        self._write(lambda: self.services.transfers.add_lines(self.transfer.id, [line]),
                    ("outreach",), added)

    def _selected(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.lines[r].id for r in rows]

    def remove_lines(self) -> None:
        """The selected lines, as the list showed them: one changed or removed at another
        desk since refuses the removal, and the lines are shown again as stored."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        lines = [self.lines[r] for r in rows]
        if not lines or not rows_confirmed(self, self.tr("Remove lines"), self.tr(
                "Remove {count} lines from this transfer?").format(count=len(lines))):
            return
        ids, shown = [line.id for line in lines], {line.id: line.version for line in lines}
        change = Change.of("outreach")
        self.message.clear()

        def removed(count: int) -> None:
            self.changed = True
            self.refresh()
            self.message.setText(self.tr("{count} lines removed.").format(count=count))

        def refused(error: BaseException) -> None:
            if isinstance(error, ListedRowsChanged):  # the lines as stored now, then why
                self.refresh()
                selected_refused(self, change)(error)
            else:
                report_error(self, error, self.message)

        run_write(self, lambda: self.services.transfers.remove_lines(
            ids, expected_versions=shown), change, on_done=removed, on_error=refused)

    def pack(self) -> None:
        batch_id = self.batch_combo.currentData()
        if batch_id is None:
            self.message.setText(self.tr("There is no draft batch to pack into: create one on "
                                         "the Distribution tab first."))
            return
        ids = self._selected() or [line.id for line in self.lines if line.remaining > 0]
        batch = self.batch_combo.currentText().split()[0]
        self._write(lambda: self.services.transfers.pack(ids, batch_id, self.box_spin.value()),
                    ("outreach", "distribution"), lambda copies: self.message.setText(
                        self.tr("{count} copies packed into {batch}.").format(
                            count=copies, batch=batch)))
