"""The Receive panel: a scan field for box labels. Each scan marks its box received and says
so in large type; a box scanned twice, a forged or unknown code, or a label of a batch that
has not been shipped is refused with the reason, and the field is ready for the next box."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem

from libdesk.models.errors import DomainError
from libdesk.ui.common.dialogs import Dialog
from libdesk.ui.common.errors import error_text, show_error
from libdesk.ui.common.forms import load_form
from libdesk.ui.common.operations import Change, run_write
from libdesk.ui.common.scan_line import ScanLine
from libdesk.ui.common import desk_state

GOOD, WARN, BAD = "#1B7F3A", "#B26A00", "#B3261E"


class ReceiveDialog(Dialog):
    received = Signal(str)  # batch number whose box was received

    def __init__(self, services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.ui = load_form("distribution/receive_dialog.ui", self)
        self.setWindowTitle(self.tr("Receive boxes"))
        ui = self.ui
        ui.scanEdit.setPlaceholderText(self.tr("Scan a box label (LD1.…)"))
        ui.signedByEdit.setPlaceholderText(self.tr("Name of the person signing at the point"))
        ui.signedByEdit.setText(desk_state.value("distribution/receive/signed_by", "") or "")
        ui.scanEdit.returnPressed.connect(self.scan)
        self.feedback = ScanLine(ui.scanEdit, ui.resultLabel, label_style="font-size: 15pt;")
        ui.buttonBox.rejected.connect(self.reject)
        close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        close.setDefault(False)
        self._say(self.tr("Ready: scan the first box."), "#1F2D3D")
        self.resize(560, 420)
        ui.scanEdit.setFocus()

    def scan(self) -> None:
        text = self.ui.scanEdit.text().strip()
        if not text:
            return
        signer = self.ui.signedByEdit.text().strip()
        desk_state.set_value("distribution/receive/signed_by", signer)
        run_write(self, lambda: self.services.receiving.receive_scan(text, signer),
                  Change.of("distribution"), on_done=self._received, on_error=self._refused)

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, DomainError):
            show_error(self, error)
            return
        message = self.tr("Refused: {reason}").format(reason=error_text(error))
        self._log(message, BAD)
        self.feedback.refuse(message)  # beep; the line keeps the code, selected

    def _received(self, r) -> None:
        if r.already:
            message = self.tr("Box {box} of {batch} was already received — this is a second "
                              "scan. {done} of {total} boxes are in.").format(
                box=r.box_no, batch=r.batch_no, done=r.boxes_received, total=r.boxes_total)
            self._log(message, WARN)
            self.feedback.repeat(message)
            return
        message = self.tr("Box {box} of {total} received: {batch} for {point}, {count} copies."
                          ).format(box=r.box_no, total=r.boxes_total, batch=r.batch_no,
                                   point=r.branch_name, count=r.item_count)
        if r.batch_received:
            message += " " + self.tr("Every box is in: the batch is received.")
        else:
            message += " " + self.tr("{left} box(es) still to come.").format(
                left=r.boxes_total - r.boxes_received)
        self._log(message, GOOD)
        self.feedback.accept(message)
        self.ui.scanEdit.setFocus()
        self.received.emit(r.batch_no)

    def _say(self, text: str, colour: str) -> None:
        self.ui.resultLabel.setText(text)
        self.ui.resultLabel.setStyleSheet(f"color: {colour}; font-size: 15pt;")
        self._log(text, colour)

    def _log(self, text: str, colour: str) -> None:
        item = QListWidgetItem(text)
        item.setForeground(QColor(colour))
        self.ui.logView.insertItem(0, item)
