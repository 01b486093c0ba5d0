"""The totals page (confirmed hours per volunteer, team, school, activity, category or
month; the annual report's tables 16 and 17) and the service-certificate register."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QInputDialog, QTableWidgetItem

from libdesk.models.roles import Perm
from libdesk.ui.common.files import ask_save_path
from libdesk.ui.common.operations import Change, run_long_write, run_write
from libdesk.ui.common.paged_model import PagedTableModel
from libdesk.ui.common.preview import open_preview, preview_file
from libdesk.ui.common.tasks import run_task
from libdesk.ui.volunteers.certificate_batch_dialog import CertificateBatchDialog
from libdesk.ui.volunteers.columns import CERTIFICATE_COLUMNS
from libdesk.ui.volunteers.pages import host_table


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class TotalsPage(QObject):
    def __init__(self, tab) -> None:
        super().__init__(tab)
        self.tab, self.services, ui = tab, tab.services, tab.ui
        for key, label in (("volunteer", self.tr("Volunteer")), ("team", self.tr("Team")),
                           ("org", self.tr("School / organisation")),
                           ("activity", self.tr("Activity")), ("category", self.tr("Category")),
                           ("month", self.tr("Month"))):
            ui.groupCombo.addItem(label, key)
        year = QDate.currentDate().year()
        ui.fromEdit.setDate(QDate(year, 1, 1))
        ui.toEdit.setDate(QDate(year, 12, 31))
        ui.yearSpin.setValue(year - 1 if QDate.currentDate().month() < 4 else year)
        ui.showTotalsButton.clicked.connect(self.show_totals)
        ui.exportTotalsButton.clicked.connect(self.export_totals)
        ui.reportButton.clicked.connect(self.export_report)
        can_export = self.services.volunteer_reports.can(Perm.EXPORT)
        ui.exportTotalsButton.setEnabled(can_export)
        ui.reportButton.setEnabled(can_export)
        table = ui.totalsTable
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("Group"), self.tr("People"),
                                         self.tr("Entries"), self.tr("Confirmed hours")])
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()

    def _period(self) -> tuple[date, date]:
        ui = self.tab.ui
        return ui.fromEdit.date().toPython(), ui.toEdit.date().toPython()

    def show_totals(self) -> None:
        start, end = self._period()
        rows = self.services.volunteer_reports.totals(self.tab.ui.groupCombo.currentData(),
                                                      start, end)
        table = self.tab.ui.totalsTable
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate((row.label, str(row.people), str(row.entries), row.hours)):
                item = QTableWidgetItem(value)
                if c:
                    item.setTextAlignment(RIGHT)
                table.setItem(r, c, item)

    def export_totals(self) -> None:
        group = self.tab.ui.groupCombo.currentData()
        path = ask_save_path(self.tab, "volunteers", self.tr("Export totals"),
                             "志愿服务时长统计.xlsx")
        if path is None:
            return
        start, end = self._period()
        run_task(self.tab, self.tr("Exporting totals…"),
                 lambda _p: self.services.volunteer_reports.export_totals(group, path, start, end),
                 lambda written: self.tab.show_message(
                     self.tr("Written to {path}").format(path=written), 8000))

    def export_report(self) -> None:
        year = self.tab.ui.yearSpin.value()
        path = ask_save_path(self.tab, "volunteers", self.tr("Annual report tables"),
                             f"{year}年志愿服务统计表.xlsx")
        if path is None:
            return
        run_task(self.tab, self.tr("Writing tables 16 and 17…"),
                 lambda _p: self.services.volunteer_reports.export_annual_report(year, path),
                 lambda written: self.tab.show_message(
                     self.tr("Written to {path}").format(path=written), 8000))


class CertificatesPage(QObject):
    def __init__(self, tab) -> None:
        super().__init__(tab)
        self.tab, self.services, ui = tab, tab.services, tab.ui
        self.last_preview = None
        certs = self.services.volunteer_certificates
        self.model = PagedTableModel(certs, CERTIFICATE_COLUMNS, tab, "number")
        self.model.reload()
        self.table = host_table(ui.certificatesHost, self.model, "volunteer_certificates")
        self.table.set_filter_hint(self.tr("Type to filter by number or volunteer…"))
        ui.issueButton.clicked.connect(self.issue_for_selected)
        ui.issueButton.setEnabled(certs.can(Perm.CERTIFICATES_ISSUE))
        ui.batchButton.clicked.connect(self.batch)
        ui.batchButton.setEnabled(certs.can(Perm.CERTIFICATES_ISSUE))
        ui.printButton.clicked.connect(self.print_selected)
        ui.printButton.setEnabled(certs.can(Perm.CERTIFICATES_PRINT))
        ui.voidButton.clicked.connect(self.void_current)
        ui.voidButton.setEnabled(certs.can(Perm.CERTIFICATES_VOID))
        ui.verifyButton.clicked.connect(self.verify)
        self.table.activated.connect(lambda row: self._print([row.id], row.number))

    def verify(self) -> None:
        from libdesk.ui.verification.verify_dialog import VerifyDialog

        VerifyDialog(self.services, self.tab).exec()

    def on_change(self, change: Change) -> None:
        if change.touches("volunteer_certificates", "volunteers"):
            self.table.reload()

    def _open(self, path) -> None:
        """The certificates in LibDesk's preview: print them there or save the PDF."""
        self.table.reload()
        self.last_preview = open_preview(self.tab, path, self.tr("Service certificates"),
                                         suggested_name=path.name)

    def issue_for_selected(self) -> None:
        volunteer = self.tab.people.table.current_row()
        if volunteer is None:
            self.tab.ui.pages.setCurrentWidget(self.tab.ui.peoplePage)
            self.tab.show_message(self.tr("Select a volunteer on the Volunteers page first."))
            return
        dialog = CertificateBatchDialog(self.services, self.tab, volunteer=volunteer)
        if not dialog.exec():
            return
        start, end, _hours, remarks = dialog.values()
        outcome = run_write(self.tab, lambda: self.services.volunteer_certificates.issue(
            volunteer.id, start, end, remarks),
            lambda cert_id: Change.of(volunteer_certificates=[cert_id]))
        if outcome.ok:
            self.table.select_id(outcome.value)
            self._print([outcome.value], volunteer.name)

    def _print(self, ids: list[int], name: str) -> None:
        path = preview_file(f"志愿服务证明-{name}.pdf")
        run_task(self.tab, self.tr("Printing certificates…"),
                 lambda progress: self.services.volunteer_certificates.render(ids, path,
                                                                              progress),
                 self._open)

    def print_selected(self) -> None:
        rows = self.table.selected_rows()
        if rows:
            self._print([r.id for r in rows], rows[0].number if len(rows) == 1 else
                        f"{len(rows)}")

    def batch(self) -> None:
        dialog = CertificateBatchDialog(self.services, self.tab)
        if not dialog.exec():
            return
        start, end, hours, remarks = dialog.values()
        path = preview_file(f"志愿服务证明-{start:%Y%m%d}-{end:%Y%m%d}.pdf")
        run_long_write(self.tab, self.tr("Issuing and printing certificates…"),
                       lambda progress: self.services.volunteer_certificates.issue_batch(
                           start, end, hours, path, progress, remarks),
                       Change.of("volunteer_certificates"), lambda result: self._open(result.path))

    def void_current(self) -> None:
        row = self.table.current_row()
        if row is None:
            return
        reason, ok = QInputDialog.getText(self.tab, self.tr("Void certificate"), self.tr(
            "Why is {number} void? (verifying it will say so)").format(number=row.number))
        if not ok or not reason.strip():
            return
        run_write(self.tab, lambda: self.services.volunteer_certificates.void(row.id,
                                                                             reason.strip()),
                  Change.of(volunteer_certificates=[row.id]))
