"""Record a box missing or damaged on receiving, with a note (or clear what was recorded)."""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit)

from libdesk.models.distribution.tables import BoxCondition
from libdesk.models.errors import DomainError, ValidationFailed
from libdesk.ui.common.errors import error_text, problem_text


class DiscrepancyDialog(QDialog):
    def __init__(self, services, batch, parent=None) -> None:
        super().__init__(parent)
        self.services, self.batch = services, batch
        self.setWindowTitle(self.tr("Box missing or damaged — {number}").format(
            number=batch.number))
        boxes = services.batch_documents.view(batch.id).boxes
        form = QFormLayout(self)
        self.box = QComboBox(self)
        self.box.setObjectName("boxCombo")
        for info in boxes:
            state = self.tr("received") if info.received_at else self.tr("not received")
            self.box.addItem(self.tr("Box {box} ({count} copies, {state})").format(
                box=info.box_no, count=info.item_count, state=state), info.box_no)
        first_open = next((i for i, b in enumerate(boxes) if b.received_at is None), 0)
        self.box.setCurrentIndex(first_open)
        form.addRow(self.tr("&Box:"), self.box)
        self.condition = QComboBox(self)
        self.condition.setObjectName("conditionCombo")
        self.condition.addItem(self.tr("Missing (never arrived)"), BoxCondition.MISSING.value)
        self.condition.addItem(self.tr("Damaged (arrived damaged)"),
                               BoxCondition.DAMAGED.value)
        self.condition.addItem(self.tr("Nothing wrong (clear)"), BoxCondition.NONE.value)
        form.addRow(self.tr("&What happened:"), self.condition)
        self.note = QLineEdit(self)
        self.note.setObjectName("noteEdit")
        self.note.setMaxLength(250)
        self.note.setPlaceholderText(self.tr("e.g. 运输途中丢失 / 外箱破损，两册受潮"))
        form.addRow(self.tr("&Note:"), self.note)
        self.error = QLabel(self)
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B3261E;")
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                        QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.resize(520, self.sizeHint().height())
        self.note.setFocus()

    def save(self) -> None:
        try:
            self.services.discrepancies.record(self.batch.id, self.box.currentData(),
                                               self.condition.currentData(), self.note.text())
        except ValidationFailed as exc:
            self.error.setText("\n".join(problem_text(p) for p in exc.problems))
            return
        except DomainError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()
