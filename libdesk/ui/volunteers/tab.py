"""The volunteers tab: the ledger, service hours with approval, activities, totals and
service certificates, each a page of one QTabWidget (form: forms/volunteers/volunteers_tab.ui).
"""
from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from libdesk.ui.common.forms import load_form
from libdesk.ui.statistics.records_banner import RecordsBanner, list_filters
from libdesk.ui.common.operations import Change
from libdesk.ui.volunteers.certificates_page import CertificatesPage, TotalsPage
from libdesk.ui.volunteers.hours_page import HoursPage
from libdesk.ui.volunteers.pages import ActivitiesPage, PeoplePage
from libdesk.ui.common import desk_state


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
        self.banner = RecordsBanner(self)
        self.banner.cleared.connect(lambda: self.hours.show_filters({}) or self.banner.hide())
        page = desk_state.value("tabs/volunteers/page")
        if page is not None:
            self.ui.pages.setCurrentIndex(int(page))

    def show_message(self, text: str, timeout_ms: int = 5000) -> None:
        show = getattr(self.window_, "show_message", None)
        if show is not None:
            show(text, timeout_ms)

    def file_actions(self) -> list[QAction]:
        return self.people.file_actions() + self.hours.file_actions()

    def show_records(self, filters: dict) -> None:
        """List only the hour entries matching ``filters`` (the hour list's filter keys:
        status, date_from, date_to, team_id, volunteer_id, activity_id), e.g. a statistics
        chart's bar, on the hours page."""
        self.ui.pages.setCurrentWidget(self.ui.hoursPage)
        self.hours.show_filters(list_filters(filters))
        self.banner.show_filter(filters)

    def on_change(self, change: Change) -> None:
        """Each page reloads the table that shows what changed, keeping its selection."""
        if change.touches(*self.shows):
            for page in (self.people, self.hours, self.activities, self.certificates):
                page.on_change(change)

    def save_state(self) -> None:
        for page in (self.people, self.hours, self.activities, self.certificates):
            page.table.save_layout()
        desk_state.set_value("tabs/volunteers/page", self.ui.pages.currentIndex())
