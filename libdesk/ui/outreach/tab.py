"""The outreach tab (馆外服务): the mobile-service log, reading events and guidance visits at
points, collection transfers, outgoing gifts with their gift letters, and the points' facts;
each page a lazy, sortable, filterable table with its own buttons."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QInputDialog, QTabWidget, QVBoxLayout, QWidget

from libdesk.models.outreach.rules import (EventInput, FactsInput, GiftInput, OutingInput,
                                           TransferInput, VisitInput)
from libdesk.models.roles import Perm
from libdesk.ui.common.operations import Change, run_write
from libdesk.ui.common.tasks import run_task
from libdesk.ui.outreach import specs
from libdesk.ui.outreach.bulk_dialog import BulkOutingDialog
from libdesk.ui.outreach.history_dialog import PointHistoryDialog
from libdesk.ui.outreach.months_panel import MonthsPanel
from libdesk.ui.outreach.page import RecordPage, ask_file
from libdesk.ui.outreach.facts_dialog import edit_point_facts
from libdesk.ui.outreach.transfer_dialog import TransferDialog

PAGES = {"mobile": QT_TRANSLATE_NOOP("OutreachTab", "Mobile service"),
         "events": QT_TRANSLATE_NOOP("OutreachTab", "Reading events"),
         "visits": QT_TRANSLATE_NOOP("OutreachTab", "Guidance visits"),
         "transfers": QT_TRANSLATE_NOOP("OutreachTab", "Collection transfers"),
         "gifts": QT_TRANSLATE_NOOP("OutreachTab", "Gifts"),
         "facts": QT_TRANSLATE_NOOP("OutreachTab", "Points' facts")}


class OutreachTab(QWidget):
    key = "outreach"
    # outreach records, outings, batches (books on site, packed transfers), points' names
    shows = ("outreach", "mobile", "distribution", "branches")

    def __init__(self, services, window) -> None:
        super().__init__(window)
        self.services, self.window_ = services, window
        self.pages_widget = QTabWidget(self)
        self.pages_widget.setObjectName("outreachPages")
        QVBoxLayout(self).addWidget(self.pages_widget)
        s = services
        self.mobile = RecordPage(self, "mobile", s.mobile_log, specs.OUTING_COLUMNS,
                                 specs.OUTING_FORM, OutingInput, sort="served_on",
                                 file_name="流动服务.xlsx", areas=("mobile", "outreach"))
        self.mobile.button(self.tr("&Bulk entry…"), self.bulk_entry, "bulkButton",
                           s.mobile_log.can(Perm.DISTRIBUTION_EDIT), before_stretch=True)
        self.months = MonthsPanel(services, self.mobile)
        self.months.setMaximumWidth(430)
        self.mobile.add_side_panel(self.months)
        self.mobile.model.modelReset.connect(self.months.refresh)
        self.events = RecordPage(self, "events", s.point_events, specs.EVENT_COLUMNS,
                                 specs.EVENT_FORM, EventInput, sort="held_on",
                                 file_name="分馆活动.xlsx")
        self.visits = RecordPage(self, "visits", s.point_visits, specs.VISIT_COLUMNS,
                                 specs.VISIT_FORM, VisitInput, sort="visited_on",
                                 file_name="业务指导.xlsx")
        self.transfers = RecordPage(self, "transfers", s.transfers, specs.TRANSFER_COLUMNS,
                                    specs.TRANSFER_FORM, TransferInput, sort="transferred_on",
                                    file_name="调拨清单.xlsx")
        self.transfers.button(self.tr("&Lines and packing…"), self.transfer_lines,
                              "linesButton", before_stretch=True)
        self.gifts = RecordPage(self, "gifts", s.gifts, specs.GIFT_COLUMNS, specs.GIFT_FORM,
                                GiftInput, sort="given_on", file_name="赠书.xlsx",
                                point_filter=False)
        self.gifts.delete_button.hide()  # a gift letter keeps its number: it is voided
        self.gifts.button(self.tr("&Print gift letters…"), self.print_letters, "printButton",
                          s.gifts.can(Perm.CERTIFICATES_PRINT), before_stretch=True)
        self.gifts.button(self.tr("&Void…"), self.void_gift, "voidButton",
                          s.gifts.can(Perm.CERTIFICATES_VOID), before_stretch=True)
        self.facts = RecordPage(self, "facts", s.point_facts, specs.FACTS_COLUMNS,
                                specs.FACTS_FORM, FactsInput, sort="number",
                                file_name="分馆设施.xlsx", editable=False)
        self.facts.model.set_query(self.facts.model.query.__class__(sort="number"))
        self.facts.edit = self.edit_facts
        for page in (self.mobile, self.events, self.visits, self.transfers, self.facts):
            page.button(self.tr("Point &history…"), lambda p=page: self.show_history(p),
                        "historyButton", before_stretch=True)
        for key in PAGES:
            self.pages_widget.addTab(getattr(self, key), self.page_title(key))

    @staticmethod
    def page_title(key: str) -> str:
        return QCoreApplication.translate("OutreachTab", PAGES[key])

    def show_message(self, text: str) -> None:
        self.window_.show_message(text)

    def refresh(self) -> None:
        for key in PAGES:
            getattr(self, key).refresh()
        self.months.refresh()

    def on_change(self, change: Change) -> None:
        """Reload the pages (keeping their selection) when outreach records, outings, batches
        or points changed, here or in another tab."""
        if change.touches(*self.shows):
            self.refresh()

    def save_state(self) -> None:
        for key in PAGES:
            getattr(self, key).table.save_layout()

    # -- page actions ----------------------------------------------------------------------
    def bulk_entry(self) -> None:
        dialog = BulkOutingDialog(self.services, self)
        if dialog.exec():
            self.show_message(self.tr("{count} outings saved.").format(count=dialog.saved))

    def show_history(self, page: RecordPage) -> None:
        row = page.table.current_row()
        point_id = getattr(row, "branch_id", None) if page is not self.facts else \
            getattr(row, "id", None)
        PointHistoryDialog(self.services, self, point_id).exec()

    def transfer_lines(self) -> None:
        row = self.transfers.table.current_row()
        if row is None:
            self.show_message(self.tr("Choose a transfer first."))
            return
        TransferDialog(self.services, row, self).exec()

    def edit_facts(self, row) -> None:
        edit_point_facts(self.services, self, row.id)

    def print_letters(self) -> None:
        rows = self.gifts.table.selected_rows()
        if not rows:
            self.show_message(self.tr("Choose the gifts whose letters to print."))
            return
        name = f"赠书函-{rows[0].number}.pdf" if len(rows) == 1 else "赠书函.pdf"
        path = ask_file(self, self.tr("Print gift letters"), name)
        if path is None:
            return
        ids = [r.id for r in rows]
        run_task(self, self.tr("Printing gift letters…"),
                 lambda progress: self.services.gifts.render_letters(ids, path, progress),
                 lambda written: self.show_message(self.tr("Written to {path}").format(
                     path=written)))

    def void_gift(self) -> None:
        row = self.gifts.table.current_row()
        if row is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Void gift letter"), self.tr(
            "Why is {number} void?").format(number=row.number))
        if not ok:
            return
        run_write(self, lambda: self.services.gifts.void(row.id, reason), Change.of("outreach"))
