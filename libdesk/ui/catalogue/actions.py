"""Tools → Import the library catalogue…: choose the export (ISO 2709, MARCXML or .xlsx), import
it in the background with progress and a Cancel button, then say what was read."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from libdesk.models.roles import Perm
from libdesk.ui.common import desk_state
from libdesk.ui.common.tasks import run_task


def install(window) -> None:
    window._catalogue_actions = CatalogueActions(window)


class CatalogueActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.last_report = None
        self.action = QAction(self.tr("Import the library &catalogue…"), window)
        self.action.setObjectName("importCatalogueAction")
        self.action.triggered.connect(self.choose_and_import)
        self.action.setEnabled(window.services.can(Perm.DISTRIBUTION_EDIT))
        window.menu("tools").addAction(self.action)

    def choose_and_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import the library catalogue"),
            desk_state.folder("catalogue/last_dir"),
            self.tr("Catalogue exports (*.iso *.mrc *.marc *.dat *.xml *.xlsx);;All files (*)"))
        if path:
            desk_state.remember_folder("catalogue/last_dir", path)
            self.import_file(path)

    def import_file(self, path: str):
        return run_task(self.window, self.tr("Importing the catalogue…"),
                        lambda progress: self.window.services.catalogue.import_file(
                            path, progress), self._done)

    def _done(self, report) -> None:
        self.last_report = report
        text = self.tr("{format}: {records} records read, {added} added, {updated} updated."
                       ).format(format=report.format, records=report.records,
                                added=report.added, updated=report.updated)
        skipped = report.without_isbn + report.damaged
        if skipped:
            text += "\n" + self.tr("{none} without a valid ISBN and {damaged} unreadable "
                                   "record(s) were skipped.").format(
                none=report.without_isbn, damaged=report.damaged)
        self.window.show_message(text.splitlines()[0], 10000)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Catalogue imported"), text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.open()
        self._box = box
