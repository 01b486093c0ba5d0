"""The options pages. Each is a small widget with ``load(values)`` (the settings by key) and
``save()`` (the keys it shows with their edited values); the dialog stores them together."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QSpinBox, QWidget)

SEAL_PREVIEW = 120


class OptionsPage(QWidget):
    """Text fields by key; subclasses add their rows in ``build``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.edits: dict[str, QLineEdit | QSpinBox | QComboBox] = {}
        self.build()

    def build(self) -> None:
        """Add the page's rows (each page overrides this and ``title()``)."""

    def text_row(self, key: str, label: str, hint: str = "",
                 buttons: tuple[QPushButton, ...] = ()) -> QLineEdit:
        """A line edit for ``key``, with ``buttons`` beside it."""
        edit = QLineEdit(self)
        edit.setObjectName(key.replace(".", "_"))
        edit.setPlaceholderText(hint)
        self.edits[key] = edit
        if not buttons:
            self.form.addRow(label, edit)
            return edit
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        for button in buttons:
            layout.addWidget(button)
        self.form.addRow(label, row)
        return edit

    def button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def number_row(self, key: str, label: str, minimum: int, maximum: int,
                   suffix: str = "") -> QSpinBox:
        box = QSpinBox(self)
        box.setObjectName(key.replace(".", "_"))
        box.setRange(minimum, maximum)
        box.setSuffix(suffix)
        self.form.addRow(label, box)
        self.edits[key] = box
        return box

    def load(self, values: dict[str, Any]) -> None:
        for key, edit in self.edits.items():
            if isinstance(edit, QSpinBox):
                edit.setValue(int(values[key]))
            elif isinstance(edit, QComboBox):
                edit.setCurrentIndex(max(0, edit.findData(values[key])))
            else:
                edit.setText(str(values[key] or ""))

    def save(self) -> dict[str, Any]:
        out = {}
        for key, edit in self.edits.items():
            if isinstance(edit, QSpinBox):
                out[key] = edit.value()
            elif isinstance(edit, QComboBox):
                out[key] = edit.currentData()
            else:
                out[key] = edit.text().strip()
        return out

    def set_read_only(self, read_only: bool) -> None:
        for edit in self.edits.values():
            edit.setEnabled(not read_only)
        for button in self.findChildren(QPushButton):
            button.setEnabled(not read_only)


class LibraryPage(OptionsPage):
    @staticmethod
    def title() -> str:
        return LibraryPage.tr("Library and desk")

    def build(self) -> None:
        self.text_row("library.name", self.tr("Library name"))
        self.text_row("library.short_code", self.tr("Number prefix"), "TYTS")
        self.text_row("desk.name", self.tr("Desk name"))
        style = QComboBox(self)
        style.setObjectName("certificate_date_style")
        style.addItem(self.tr("二〇二〇年十月十四日 (Chinese numerals)"), "chinese")
        style.addItem(self.tr("2020年10月14日 (digits)"), "numeric")
        self.form.addRow(self.tr("Dates on certificates"), style)
        self.edits["certificate.date_style"] = style


class CertificatesPage(OptionsPage):
    @staticmethod
    def title() -> str:
        return CertificatesPage.tr("Certificates")

    def build(self) -> None:
        self.text_row("certificate.signer_title", self.tr("Signer's title"), self.tr("e.g. 馆长"))
        self.text_row("certificate.signer", self.tr("Signer"))
        seal = self.text_row("certificate.seal_image", self.tr("Seal image (PNG)"), buttons=(
            self.button("chooseSealButton", self.tr("Choose…"), self.choose_seal),
            self.button("clearSealButton", self.tr("No seal"), self.clear_seal)))
        self.seal_preview = QLabel(self)
        self.seal_preview.setObjectName("sealPreview")
        self.seal_preview.setFixedSize(SEAL_PREVIEW, SEAL_PREVIEW)
        self.seal_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.seal_preview.setStyleSheet("border: 1px solid #bbb; background: white;")
        self.form.addRow(self.tr("Seal preview"), self.seal_preview)
        self.form.addRow("", QLabel(self.tr(
            "The seal is printed over the issuer and date, as a stamp is; a PNG with a "
            "transparent background lets the text show through."), wordWrap=True))
        seal.textChanged.connect(self.show_seal)

    def clear_seal(self) -> None:
        self.edits["certificate.seal_image"].clear()

    def choose_seal(self) -> None:
        current = self.edits["certificate.seal_image"].text()
        start = str(Path(current).parent) if current else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the seal image"), start,
                                              self.tr("PNG image (*.png)"))
        if path:
            self.edits["certificate.seal_image"].setText(path)

    def show_seal(self, path: str) -> None:
        pixmap = QPixmap(path) if path else QPixmap()
        if pixmap.isNull():
            self.seal_preview.setPixmap(QPixmap())
            self.seal_preview.setText(self.tr("(no seal)") if not path else
                                      self.tr("(not a readable image)"))
            return
        self.seal_preview.setPixmap(pixmap.scaled(
            SEAL_PREVIEW - 4, SEAL_PREVIEW - 4, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))

    def load(self, values: dict[str, Any]) -> None:
        super().load(values)
        self.show_seal(self.edits["certificate.seal_image"].text())


class VolunteersPage(OptionsPage):
    @staticmethod
    def title() -> str:
        return VolunteersPage.tr("Volunteer certificates")

    def build(self) -> None:
        self.form.addRow(QLabel(self.tr("Printed on every 志愿服务证明:"), self))
        self.text_row("volunteer.person_in_charge", self.tr("Person in charge (负责人)"))
        self.text_row("volunteer.handler", self.tr("Handler (经办人)"))
        self.text_row("volunteer.contact", self.tr("Contact telephone (联系电话)"))


class DistributionPage(OptionsPage):
    @staticmethod
    def title() -> str:
        return DistributionPage.tr("Distribution")

    def build(self) -> None:
        self.number_row("distribution.overdue_days", self.tr("Overdue after"), 0, 365,
                        self.tr(" days"))
        self.form.addRow("", QLabel(self.tr(
            "A shipped batch not received after this many days is highlighted."),
            wordWrap=True))


class BackupPage(OptionsPage):
    @staticmethod
    def title() -> str:
        return BackupPage.tr("Backups")

    def build(self) -> None:
        self.text_row("backup.dir", self.tr("Backup folder"),
                      self.tr("(empty: “backups” beside the database)"), buttons=(
                          self.button("chooseBackupDirButton", self.tr("Choose…"),
                                      self.choose_folder),))
        self.number_row("backup.keep_daily", self.tr("Daily backups kept"), 0, 999)
        self.number_row("backup.keep_weekly", self.tr("Weekly backups kept"), 0, 999)
        self.number_row("backup.keep_monthly", self.tr("Monthly backups kept"), 0, 999)
        self.number_row("backup.interval_minutes", self.tr("Back up every"), 1, 1440,
                        self.tr(" min"))
        self.number_row("security.idle_lock_minutes", self.tr("Lock when idle for"), 0, 1440,
                        self.tr(" min (0: never)"))

    def choose_folder(self) -> None:
        start = self.edits["backup.dir"].text() or str(Path.home())
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder"), start)
        if path:
            self.edits["backup.dir"].setText(path)


PAGES: list[type[OptionsPage]] = [LibraryPage, CertificatesPage, VolunteersPage,
                                  DistributionPage, BackupPage]
