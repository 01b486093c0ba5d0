"""The donations tab's File-menu work: the donors workbook (export masked by default,
template, all-or-nothing import), the top-N donors report, merging donors, and bulk
certificates for the selected donations (one PDF, with progress and cancel)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMessageBox

from libdesk.models.donations.certificates import CertificateKind
from libdesk.models.roles import Perm
from libdesk.ui.common.errors import show_error
from libdesk.ui.common.files import XLSX, ask_open_path, ask_save_path
from libdesk.ui.common.operations import Change, run_long_write, run_write
from libdesk.ui.common.tasks import run_task
from libdesk.ui.common.unmask import ask_unmask
from libdesk.ui.donations.certificate_pane import CertificatePane
from libdesk.ui.donations.top_dialog import TopDonorsDialog

PURPOSE = "donors"  # the remembered folder of the donors workbook, templates and PDFs


class DonationFiles(QObject):
    def __init__(self, tab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.services = tab.services
        can = self.services.donations.can
        self.export_action = self._action(self.tr("&Export donors and donations…"),
                                          self.export, can(Perm.EXPORT), "Ctrl+E")
        self.import_action = self._action(self.tr("&Import donors and donations…"),
                                          self.import_file, can(Perm.DONATIONS_EDIT), "Ctrl+I")
        self.template_action = self._action(self.tr("Save import &template…"), self.template)
        self.top_action = self._action(self.tr("&Top donors…"), self.top)
        self.merge_action = self._action(self.tr("&Merge donors…"), self.merge,
                                         can(Perm.DONATIONS_EDIT))

    def _action(self, text: str, slot, enabled: bool = True, shortcut: str = "") -> QAction:
        action = QAction(text, self.tab)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        action.setEnabled(enabled)
        return action

    def actions(self) -> list[QAction]:
        return [self.export_action, self.import_action, self.template_action, self.top_action,
                self.merge_action]

    # -- workbook --------------------------------------------------------------------------
    def export(self) -> None:
        path = ask_save_path(self.tab, PURPOSE, self.tr("Export donors and donations"),
                             "捐赠者与捐赠明细.xlsx")
        if path is None:
            return
        unmask = self.ask_unmask()
        if unmask is None:
            return
        run_task(self.tab, self.tr("Exporting donors…"),
                 lambda progress: self.services.donor_files.export(path, unmask=unmask,
                                                                   progress=progress),
                 lambda written: self.tab.window_.show_message(
                     self.tr("Written to {path}").format(path=written), 8000))

    def ask_unmask(self) -> bool | None:
        return ask_unmask(self.tab, self.tr("Export donors and donations"),
                          self.services.donations.can(Perm.UNMASK))

    def template(self) -> None:
        path = ask_save_path(self.tab, PURPOSE, self.tr("Save import template"),
                             "捐赠导入模板.xlsx")
        if path is not None:
            try:
                self.services.donor_files.template(path)
            except Exception as exc:  # noqa: BLE001
                show_error(self.tab, exc)

    def import_file(self) -> None:
        path = ask_open_path(self.tab, PURPOSE, self.tr("Import donors and donations"), XLSX)
        if path is None:
            return
        run_long_write(self.tab, self.tr("Importing donors…"),
                       lambda progress: self.services.donor_files.import_file(path, progress),
                       Change.of("donors", "donations"), self._imported)

    def _imported(self, report) -> None:
        QMessageBox.information(self.tab, self.tr("Import donors and donations"), self.tr(
            "Imported: {added} donor(s) added, {updated} updated; {donations} donation(s) with "
            "{lines} line(s) added; {kept} row(s) of existing donations left as they are.")
            .format(added=report.donors_added, updated=report.donors_updated,
                    donations=report.donations_added, lines=report.lines_added,
                    kept=report.rows_kept))

    # -- reports and donors ----------------------------------------------------------------
    def top(self) -> None:
        TopDonorsDialog(self.services, self.tab).exec()

    def merge(self) -> None:
        rows = self.tab.donors.selected_rows()
        if len(rows) != 2:
            QMessageBox.information(self.tab, self.tr("Merge donors"), self.tr(
                "On the Donors page, select the two donors to merge (Ctrl+click), then choose "
                "Merge donors again."))
            self.tab.ui.listTabs.setCurrentIndex(1)
            return
        labels = [f"{r.name} · {r.title or '—'} · {r.phone or '—'} · #{r.id}" for r in rows]
        keep, ok = QInputDialog.getItem(self.tab, self.tr("Merge donors"), self.tr(
            "Keep which donor? The other one's donations move to it and it is removed."),
            labels, 0, False)
        if not ok:
            return
        kept = rows[labels.index(keep)]
        other = rows[1 - labels.index(keep)]
        run_write(self.tab, lambda: self.services.donors.merge(kept.id, other.id),
                  Change.of("donations", donors=[kept.id, other.id]),
                  on_done=lambda moved: self.tab.window_.show_message(
                      self.tr("Merged: {count} donation(s) moved.").format(count=moved)))

    # -- bulk certificates -----------------------------------------------------------------
    def bulk_certificates(self) -> None:
        rows = self.tab.donations.selected_rows()
        if not rows:
            QMessageBox.information(self.tab, self.tr("Certificates"), self.tr(
                "Select the donations first (Ctrl+click or Shift+click)."))
            return
        kinds = [CertificatePane.tr_kind(k.value) for k in CertificateKind]
        choice, ok = QInputDialog.getItem(self.tab, self.tr("Certificates"), self.tr(
            "Issue what is missing and print one PDF for {count} donation(s):").format(
            count=len(rows)), kinds, 1, False)
        if not ok:
            return
        kind = list(CertificateKind)[kinds.index(choice)]
        path = ask_save_path(self.tab, PURPOSE, self.tr("Save certificates"),
                             f"{choice}-{date.today().isoformat()}.pdf")
        if path is None:
            return
        ids = [r.id for r in rows]
        run_long_write(self.tab, self.tr("Preparing {count} certificate(s)…").format(
                           count=len(ids)),
                       lambda progress: self.services.certificates.bulk(ids, kind.value, path,
                                                                        progress),
                       Change.of("certificates", donations=ids), self._bulk_done)

    def _bulk_done(self, result) -> None:
        message = self.tr("{issued} issued, {reused} already issued, {skipped} without "
                          "anything to certify.").format(
            issued=len(result.issued), reused=len(result.reused), skipped=len(result.skipped))
        self.tab.window_.show_message(message, 10000)
        if result.path is not None:
            from libdesk.ui.common.preview import open_preview  # QtPdf: when first shown

            self.last_preview = open_preview(self.tab, result.path, message,
                                             result.path.name)
