"""The selected batch: its header, the steps it can take next, printing, and the scan field
that fills it (keyboard-wedge scanners type the ISBN and Enter)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QInputDialog,
    QMessageBox,
    QWidget,
)

from libdesk.models.distribution.tables import Direction, ItemSource, shipping_direction
from libdesk.models.distribution.rules import Action, allowed_actions, can_edit_items
from libdesk.models.errors import DomainError
from libdesk.models.roles import Perm
from libdesk.services.distribution.status import UntitledLines
from libdesk.ui.common.deleting import rows_confirmed, selected_refused
from libdesk.ui.common.errors import error_text, show_error
from libdesk.ui.common.files import XLSX, ask_open_path
from libdesk.ui.common.forms import load_form
from libdesk.ui.common.operations import Change, run_long_write, run_write
from libdesk.ui.common.preview import open_preview, preview_file
from libdesk.ui.common.scan_line import ScanLine, is_valid_isbn
from libdesk.ui.common.tasks import run_task
from libdesk.ui.common.unmask import ask_unmask
from libdesk.ui.distribution.columns import day_text, direction_text, kind_text, source_text, status_text
from libdesk.ui.distribution.items_model import WIDTHS, ItemsModel



class BatchPanel(QWidget):
    """Its writes emit ``Change.of(distribution=[batch id])``; the tab reloads the list."""

    def __init__(self, services, window, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.window_ = window
        self.batch = None
        self.last_preview = None
        self.ui = load_form("distribution/batch_panel.ui", self)
        ui = self.ui
        self.model = ItemsModel(services, self)
        self.model.on_error = lambda exc: show_error(self, exc)
        ui.itemsView.setModel(self.model)
        ui.itemsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        ui.itemsView.setAlternatingRowColors(True)
        ui.itemsView.verticalHeader().setDefaultSectionSize(24)
        ui.itemsView.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate(WIDTHS):
            ui.itemsView.setColumnWidth(column, width)
        for direction in Direction:
            ui.directionCombo.addItem(direction_text(direction.value), direction.value)
        for source in ItemSource:
            ui.sourceCombo.addItem(source_text(source.value), source.value)
        ui.labelLayoutCombo.addItem(self.tr("4 labels per A4"), "a4")
        ui.labelLayoutCombo.addItem(self.tr("1 label per A6"), "a6")
        ui.scanEdit.setPlaceholderText(self.tr("Scan or type an ISBN, then Enter"))
        ui.scanEdit.returnPressed.connect(self.scan)
        self.feedback = ScanLine(ui.scanEdit, ui.scanStatus, is_right=is_valid_isbn)
        self._last_scan: tuple[int, str, int] | None = None  # batch, ISBN, box
        ui.packButton.clicked.connect(self.pack)
        steps = {ui.shipButton: self.services.batch_status.ship,
                 ui.completeButton: self.services.batch_status.complete,
                 ui.reopenButton: self._reopen}
        for button, step in steps.items():
            button.clicked.connect(lambda _c=False, s=step: self._step(s))
        ui.receiveAllButton.clicked.connect(self._receive_all)
        ui.discrepancyButton.clicked.connect(self.record_discrepancy)
        ui.cancelButton.clicked.connect(self._cancel)
        ui.sheetButton.clicked.connect(self.print_sheet)
        ui.labelsButton.clicked.connect(self.print_labels)
        ui.importButton.clicked.connect(self.import_items)
        ui.donationButton.clicked.connect(self.add_from_donation)
        ui.removeButton.clicked.connect(self.remove_lines)
        self.show_batch(None)

    # -- showing ---------------------------------------------------------------------------
    def show_batch(self, batch_id: int | None) -> None:
        ui = self.ui
        self.batch = self.services.distribution.get(batch_id) if batch_id else None
        b = self.batch
        if b is None:
            ui.headerLabel.setText(self.tr("Select a batch, or make a new one."))
            self.model.load([], False)
            ui.totalsLabel.clear()
            ui.scanStatus.clear()
            for widget in self._buttons() + [ui.scanGroup, ui.labelLayoutCombo]:
                widget.setEnabled(False)
            return
        late = f" <span style='color:#B3261E'>{self.tr('overdue')}</span>" if b.overdue else ""
        lines = [f"<b style='font-size:13pt'>{b.number}</b> · {kind_text(b.kind)} · "
                 f"<b>{status_text(b.status)}</b>{late}",
                 self.tr("To {point} · planned {date} · staff {staff}").format(
                     point=f"<b>{b.branch_name}</b>", date=day_text(b.planned_on) or "—",
                     staff=b.staff or "—")]
        if b.shipped_at:
            lines.append(self.tr("Shipped {time}").format(time=day_text(b.shipped_at)) + " · " +
                         self.tr("{done} of {total} boxes received").format(
                             done=b.boxes_received, total=b.boxes))
        if b.received_at:
            lines.append(self.tr("Received {time}, signed by {name}").format(
                time=day_text(b.received_at), name=b.received_by))
        if b.discrepancy:
            lines.append("<span style='color:#B3261E'>" + self.tr(
                "Discrepancy: {missing} box(es) missing, {damaged} damaged").format(
                missing=b.boxes_missing, damaged=b.boxes_damaged) + "</span>")
        if b.notes:
            lines.append(b.notes)
        ui.headerLabel.setText("<br>".join(lines))
        edit = self.services.distribution.can(Perm.DISTRIBUTION_EDIT)
        direction = ui.directionCombo.currentData()
        self.model.load(self.services.distribution.items(b.id),
                        edit and can_edit_items(b.status, shipping_direction(b.kind)))
        allowed = set(allowed_actions(b.status)) if edit else set()
        ui.packButton.setEnabled(Action.PACK in allowed)
        ui.shipButton.setEnabled(Action.SHIP in allowed)
        ui.completeButton.setEnabled(Action.COMPLETE in allowed)
        ui.reopenButton.setEnabled(Action.REOPEN in allowed)
        ui.cancelButton.setEnabled(Action.CANCEL in allowed)
        ui.discrepancyButton.setEnabled(b.status in ("shipped", "received") and
                                        self.services.distribution.can(Perm.BATCH_RECEIVE))
        ui.receiveAllButton.setEnabled(b.status == "shipped" and
                                       self.services.distribution.can(Perm.BATCH_RECEIVE))
        ui.sheetButton.setEnabled(edit)
        ui.labelsButton.setEnabled(edit and b.boxes > 0 and b.status != "draft")
        ui.labelLayoutCombo.setEnabled(ui.labelsButton.isEnabled())
        scannable = edit and (can_edit_items(b.status, Direction.OUT) or
                              can_edit_items(b.status, Direction.BACK))
        ui.scanGroup.setEnabled(scannable)
        ui.importButton.setEnabled(scannable)
        ui.donationButton.setEnabled(edit and can_edit_items(b.status, Direction.OUT))
        ui.removeButton.setEnabled(scannable)
        ship = shipping_direction(b.kind).value
        wanted = direction if b.kind == "swap" and direction else ship
        if not can_edit_items(b.status, wanted):  # a shipped swap still records books back
            wanted = Direction.BACK.value if can_edit_items(b.status, Direction.BACK) else ship
        ui.directionCombo.setCurrentIndex(ui.directionCombo.findData(wanted))
        ui.directionCombo.setEnabled(b.kind == "swap")
        self.show_totals()

    def _buttons(self):
        ui = self.ui
        return [ui.packButton, ui.shipButton, ui.receiveAllButton, ui.discrepancyButton,
                ui.completeButton,
                ui.reopenButton, ui.cancelButton, ui.sheetButton, ui.labelsButton,
                ui.importButton, ui.donationButton, ui.removeButton]

    def show_totals(self) -> None:
        lines = self.model.lines
        out = [i for i in lines if i.direction == Direction.OUT]
        back = [i for i in lines if i.direction == Direction.BACK]
        boxes = len({i.box_no for i in lines if i.direction == shipping_direction(self.batch.kind)})
        text = self.tr("Out: {titles} titles, {copies} copies in {boxes} box(es)").format(
            titles=len({i.isbn or i.title for i in out}), copies=sum(i.copies for i in out),
            boxes=boxes)
        if back:
            text += " · " + self.tr("Back: {copies} copies").format(
                copies=sum(i.copies for i in back))
        self.ui.totalsLabel.setText(text)

    # -- scanning --------------------------------------------------------------------------
    def scan(self) -> None:
        ui = self.ui
        text = ui.scanEdit.text().strip()
        if not text or self.batch is None:
            ui.scanEdit.clear()
            return
        batch_id = self.batch.id
        run_write(self, lambda: self.services.distribution.scan(
            batch_id, text, ui.boxSpin.value(), ui.directionCombo.currentData(),
            ui.sourceCombo.currentData()), self._change(batch_id), on_done=self._scanned,
            on_error=self._refused)

    def _change(self, batch_id: int) -> Change:
        return Change.of(distribution=[batch_id])

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, DomainError):
            show_error(self, error)
            return
        self.feedback.refuse(error_text(error))  # beep; the line shows why, text kept
        self._last_scan = None

    def _scanned(self, result) -> None:
        ui = self.ui
        item = result.item
        row = self.model.put(item)
        ui.itemsView.scrollTo(self.model.index(row, 0))
        ui.itemsView.selectRow(row)
        title = item.title or item.isbn
        scanned = (self.batch.id, item.isbn, item.box_no)
        if scanned == self._last_scan:
            self.feedback.repeat(self.tr(
                "{title} scanned again: now {copies} copies in box {box}. Scanned twice by "
                "mistake? Lower the copies in the table.").format(
                title=title, copies=item.copies, box=item.box_no))
        elif result.added and not result.known_title:
            self.feedback.accept(self.tr("{isbn}: new title in box {box}; type its title in "
                                         "the table.").format(isbn=item.isbn, box=item.box_no))
        else:
            self.feedback.accept(self.tr("{title}: {copies} copies in box {box}.").format(
                title=title, copies=item.copies, box=item.box_no))
        self._last_scan = scanned
        self.show_totals()
        ui.scanEdit.setFocus()  # ready for the next scan

    # -- steps -----------------------------------------------------------------------------
    def _step(self, step) -> None:
        batch_id = self.batch.id
        run_write(self, lambda: step(batch_id), self._change(batch_id),
                  on_done=lambda _r: self.show_batch(batch_id))

    def pack(self) -> None:
        """已备齐; lines without a title need an explicit "send anyway"."""
        batch_id = self.batch.id

        def refused(error: BaseException) -> None:
            if not isinstance(error, UntitledLines):
                show_error(self, error)
                return
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Lines without a title"),
                              error_text(error), QMessageBox.StandardButton.Cancel, self)
            anyway = box.addButton(self.tr("Send &anyway"), QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is anyway:
                self._step(lambda b: self.services.batch_status.pack(b, send_untitled=True))

        run_write(self, lambda: self.services.batch_status.pack(batch_id),
                  self._change(batch_id), on_done=lambda _r: self.show_batch(batch_id),
                  on_error=refused)

    def record_discrepancy(self) -> None:
        from libdesk.ui.distribution.discrepancy_dialog import DiscrepancyDialog

        batch_id = self.batch.id
        if DiscrepancyDialog(self.services, self.batch, self).exec():
            self.show_batch(batch_id)

    def _reopen(self, batch_id: int) -> None:
        answer = QMessageBox.question(self, self.tr("Reopen batch"), self.tr(
            "Reopen {number} for changes? Labels printed so far stop being accepted; print them "
            "again after packing.").format(number=self.batch.number))
        if answer == QMessageBox.StandardButton.Yes:
            self.services.batch_status.reopen(batch_id)

    def _receive_all(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Receive all boxes"), self.tr(
            "Every box of {number} arrived. Who signed for it at the point?").format(
            number=self.batch.number))
        if ok:
            self._step(lambda batch_id: self.services.receiving.receive(batch_id, name))

    def _cancel(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("Cancel batch"), self.tr(
            "Why is {number} cancelled?").format(number=self.batch.number))
        if ok:
            self._step(lambda batch_id: self.services.batch_status.cancel(batch_id, reason))

    def remove_lines(self) -> None:
        """The selected lines, as the list showed them: one changed or removed at another
        desk since refuses the removal, and the batch is shown again as stored."""
        rows = sorted({i.row() for i in self.ui.itemsView.selectionModel().selectedRows()})
        lines = [self.model.lines[r] for r in rows]
        if not lines or not rows_confirmed(self, self.tr("Remove lines"), self.tr(
                "Remove {count} lines from {number}?").format(
                count=len(lines), number=self.batch.number)):
            return
        batch_id, ids = self.batch.id, [line.id for line in lines]
        shown = {line.id: line.version for line in lines}
        change = self._change(batch_id)
        run_write(self, lambda: self.services.distribution.remove_items(
            ids, expected_versions=shown), change,
            on_done=lambda _r: self.show_batch(batch_id),
            on_error=selected_refused(self, change))

    def add_from_donation(self) -> None:
        from libdesk.ui.distribution.donation_picker import DonationPicker

        picker = DonationPicker(self.services, self.batch.id, self.ui.boxSpin.value(), self)
        if picker.exec():
            self.show_batch(self.batch.id)

    # -- files -----------------------------------------------------------------------------
    def print_sheet(self) -> None:
        b = self.batch
        path = preview_file(f"配送单-{b.number}.pdf")
        unmask = ask_unmask(self, self.tr("Print shipment sheet"),
                            self.services.distribution.can(Perm.UNMASK))
        if unmask is not None:
            run_task(self, self.tr("Writing the shipment sheet…"),
                     lambda p: self.services.batch_documents.print_sheet(b.id, path, p,
                                                                      unmask=unmask),
                     lambda written: self._preview(written, self.tr(
                         "Shipment sheet {number}").format(number=b.number)))

    def print_labels(self) -> None:
        b = self.batch
        path = preview_file(f"箱标签-{b.number}.pdf")
        layout = self.ui.labelLayoutCombo.currentData()
        run_task(self, self.tr("Writing the box labels…"),
                 lambda p: self.services.batch_documents.print_labels(b.id, path, layout, p),
                 lambda written: self._preview(written, self.tr("Box labels {number}").format(
                     number=b.number)))

    def _preview(self, path, title: str) -> None:
        """The document in LibDesk's preview: print it there or save the PDF."""
        self.last_preview = open_preview(self, path, title, suggested_name=Path(path).name)

    def import_items(self) -> None:
        path = ask_open_path(self, "distribution", self.tr("Import items"), XLSX)
        if path is None:
            return
        batch_id = self.batch.id
        run_long_write(self, self.tr("Importing items…"),
                       lambda _p: self.services.batch_documents.import_items(batch_id, path),
                       self._change(batch_id), self._imported)

    def _imported(self, count: int) -> None:
        if self.batch is not None:
            self.show_batch(self.batch.id)
        self.window_.show_message(self.tr("{count} line(s) imported.").format(count=count))
