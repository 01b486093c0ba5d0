"""The statistics tab's page for the city volunteer platform's year-end figures (太原志愿者:
registered volunteers, registered on site, service hours accumulated, to two decimals).

The year's figures show with their version read first; Save passes it, so figures saved
meanwhile at another desk (or by ``libdesk volunteer-platform``) open the conflict dialog. A
change arriving while the user has typed keeps their figures and the version they started
from; untouched, the page shows the newer figures. Choosing another year shows its figures."""
from __future__ import annotations

from PySide6.QtWidgets import (QFormLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from libdesk.models.roles import Perm
from libdesk.ui.common.conflict_dialog import ConflictView
from libdesk.ui.common.operations import Change, run_write

FIELDS = {"registered": "registered_spin", "registered_on_site": "on_site_spin",
          "hours": "hours_edit"}


class PlatformPage(QWidget):
    def __init__(self, tab, parent=None) -> None:
        super().__init__(parent)
        self.tab = tab
        services = tab.services
        self.version = 0
        self.loaded: tuple | None = None  # (year, {field: value}) as shown
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
        self.error_label = QLabel(self)
        self.error_label.setObjectName("platformErrorLabel")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.save_button = QPushButton(self.tr("&Save platform figures"), self)
        self.save_button.setEnabled(services.statistics.can(Perm.VOLUNTEERS_EDIT))
        self.save_button.clicked.connect(self.save)
        layout.addWidget(self.save_button)
        layout.addStretch(1)
        self.year_spin.valueChanged.connect(self.load)

    def values(self) -> dict:
        return {"registered": self.registered_spin.value(),
                "registered_on_site": self.on_site_spin.value(),
                "hours": self.hours_edit.text().strip()}

    def edited(self) -> bool:
        """The user typed over what was shown for this year."""
        return (self.loaded is not None and self.loaded[0] == self.year_spin.value()
                and self.loaded[1] != self.values())

    def show_year(self, year: int) -> None:
        """The tab's year (read again after a change), unless the user typed over it."""
        if self.year_spin.value() == year and self.edited():
            return
        blocked = self.year_spin.blockSignals(True)
        self.year_spin.setValue(year)
        self.year_spin.blockSignals(blocked)
        self.load(year)

    def load(self, year: int) -> None:
        """The year's figures: the version first, then the values."""
        statistics = self.tab.services.statistics
        self.version = statistics.platform_version(year)
        figures = statistics.platform(year)
        self.registered_spin.setValue(figures.registered if figures else 0)
        self.on_site_spin.setValue(figures.registered_on_site if figures else 0)
        self.hours_edit.setText(f"{figures.hours:.2f}" if figures else "")
        self.loaded = (year, self.values())
        self.error_label.hide()

    def save(self) -> None:
        year, typed = self.year_spin.value(), self.values()
        statistics = self.tab.services.statistics
        base = dict(self.loaded[1]) if self.loaded and self.loaded[0] == year else None
        if base is not None:
            base["hours"] = base["hours"] or "0.00"

        def write(values: dict, version: int):
            return statistics.record_platform(
                year, values["registered"], values.get("registered_on_site"),
                values["hours"] or "0", expected_version=version)

        self.error_label.hide()
        outcome = run_write(self, lambda: write(typed, self.version),
                            Change.of("volunteer_platform"),
                            on_done=lambda _r: self._saved(year), error_label=self.error_label,
                            resave=write, conflict_view=ConflictView.of(self, FIELDS, base))
        if outcome.ok:
            self.tab.window_.show_message(self.tr("Platform figures for {year} saved.").format(
                year=year))

    def _saved(self, year: int) -> None:
        self.tab.select_year(year)
        self.load(year)  # the saved figures and their new version
