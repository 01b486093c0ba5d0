"""The volunteers tab: the ledger, service hours with approval, activities, totals and
service certificates, each a page of one QTabWidget (form: forms/volunteers/volunteers_tab.ui).
"""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from libdesk.ui.common.forms import load_form
from libdesk.ui.common.operations import Change
from libdesk.ui.volunteers.certificates_page import CertificatesPage, TotalsPage
from libdesk.ui.volunteers.hours_page import HoursPage
from libdesk.ui.volunteers.pages import ActivitiesPage, PeoplePage


class VolunteersTab(QWidget):
    key = "volunteers"
    shows = ("volunteers", "hours", "activities", "volunteer_lists", "volunteer_certificates")

    def __init__(self, services, window) -> None:
        super().__init__(window)
        self.services = services
        self.window_ = window
        self.ui = load_form("volunteers/volunteers_tab.ui", self)
        self.people = PeoplePage(self)
        self.hours = HoursPage(self)
        self.activities = ActivitiesPage(self)
        self.totals = TotalsPage(self)
        self.certificates = CertificatesPage(self)
        page = QSettings().value("tabs/volunteers/page")
        if page is not None:
            self.ui.pages.setCurrentIndex(int(page))

    def show_message(self, text: str, timeout_ms: int = 5000) -> None:
        show = getattr(self.window_, "show_message", None)
        if show is not None:
            show(text, timeout_ms)

    def file_actions(self) -> list[QAction]:
        return self.people.file_actions() + self.hours.file_actions()

    def on_change(self, change: Change) -> None:
        """Each page reloads the table that shows what changed, keeping its selection."""
        if change.touches(*self.shows):
            for page in (self.people, self.hours, self.activities, self.certificates):
                page.on_change(change)

    def save_state(self) -> None:
        for page in (self.people, self.hours, self.activities, self.certificates):
            page.table.save_layout()
        QSettings().setValue("tabs/volunteers/page", self.ui.pages.currentIndex())
