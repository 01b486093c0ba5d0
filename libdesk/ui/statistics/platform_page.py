"""The statistics tab's page for the city volunteer platform's year-end figures (太原志愿者:
registered volunteers, registered on site, service hours accumulated, to two decimals)."""
from __future__ import annotations

from PySide6.QtWidgets import (QFormLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from libdesk.models.roles import Perm
from libdesk.ui.common.operations import Change, run_write


class PlatformPage(QWidget):
    def __init__(self, tab, parent=None) -> None:
        super().__init__(parent)
        self.tab = tab
        services = tab.services
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("The figures the city volunteer platform shows at the end of the "
                              "year, as the annual report quotes them."))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(1900, 2999)
        self.registered_spin, self.on_site_spin = QSpinBox(self), QSpinBox(self)
        for spin in (self.registered_spin, self.on_site_spin):
            spin.setRange(0, 10_000_000)
        self.hours_edit = QLineEdit(self)
        self.hours_edit.setPlaceholderText("53876.85")
        form.addRow(self.tr("&Year:"), self.year_spin)
        form.addRow(self.tr("&Registered on the platform:"), self.registered_spin)
        form.addRow(self.tr("Registered &on site:"), self.on_site_spin)
        form.addRow(self.tr("&Hours accumulated:"), self.hours_edit)
        layout.addLayout(form)
        self.save_button = QPushButton(self.tr("&Save platform figures"), self)
        self.save_button.setEnabled(services.statistics.can(Perm.VOLUNTEERS_EDIT))
        self.save_button.clicked.connect(self.save)
        layout.addWidget(self.save_button)
        layout.addStretch(1)

    def show_year(self, year: int) -> None:
        figures = self.tab.services.statistics.platform(year)
        self.year_spin.setValue(year)
        self.registered_spin.setValue(figures.registered if figures else 0)
        self.on_site_spin.setValue(figures.registered_on_site if figures else 0)
        self.hours_edit.setText(f"{figures.hours:.2f}" if figures else "")

    def save(self) -> None:
        year, registered, on_site = (self.year_spin.value(), self.registered_spin.value(),
                                     self.on_site_spin.value())
        hours = self.hours_edit.text() or "0"
        outcome = run_write(self, lambda: self.tab.services.statistics.record_platform(
            year, registered, on_site, hours), Change.of("volunteer_platform"),
            on_done=lambda _r: self.tab.select_year(year))
        if outcome.ok:
            self.tab.window_.show_message(self.tr("Platform figures for {year} saved.").format(
                year=year))
