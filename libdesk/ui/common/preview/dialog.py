"""The preview window: a PDF (a file or bytes) in a QPdfView, sized to fit the screen it opens
on, with page-through, fit / zoom, print (QPrintDialog) and save as PDF."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QDialog, QFileDialog, QLabel, QSizePolicy, QToolBar,
                               QToolButton, QVBoxLayout, QWidget)

from libdesk.ui.common import desk_state
from libdesk.ui.common.errors import show_error
from libdesk.ui.common.preview.printing import print_document

A4_RATIO = 297 / 210
_SCRATCH: list[Path] = []


def preview_file(name: str) -> Path:
    """A scratch path for a document about to be previewed (removed with the temp folder)."""
    if not _SCRATCH:
        _SCRATCH.append(Path(tempfile.mkdtemp(prefix="libdesk-preview-")))
    return _SCRATCH[0] / Path(name).name


def open_preview(parent, pdf: str | Path | bytes, title: str,
                 suggested_name: str = "") -> "PreviewDialog":
    """Show ``pdf`` (a file path or the PDF's bytes) in the preview, window-modal; returns the
    dialog (already open)."""
    dialog = PreviewDialog(pdf, title, parent, suggested_name)
    dialog.open()
    return dialog


class PreviewDialog(QDialog):
    def __init__(self, pdf: str | Path | bytes, title: str, parent=None,
                 suggested_name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("PreviewDialog")
        self.setWindowTitle(title)
        self.pdf_path: Path | None = None
        self._bytes: bytes | None = None
        self.document = QPdfDocument(self)
        if isinstance(pdf, (bytes, bytearray)):
            self._bytes = bytes(pdf)
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(self._bytes))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
            default_name = "document.pdf"
        else:
            self.pdf_path = Path(pdf)
            self.document.load(str(self.pdf_path))
            default_name = self.pdf_path.name
        self.suggested_name = suggested_name or default_name
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.navigator = self.view.pageNavigator()
        self._build_toolbar()
        self.navigator.currentPageChanged.connect(self._show_page)
        self._show_page(0)
        self._fit_to_screen()

    # -- building --------------------------------------------------------------------------
    def _action(self, name: str, text: str, slot, shortcut=None) -> QToolButton:
        """An action on the toolbar; returns its button (what a test clicks)."""
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        self.toolbar.addAction(action)
        button = self.toolbar.widgetForAction(action)
        button.setObjectName(name.replace("Action", "Button"))
        return button

    def _build_toolbar(self) -> None:
        # A toolbar, not a row of buttons: on a narrow screen what does not fit goes behind
        # its » button instead of widening the window past the screen.
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("previewToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.print_button = self._action("printAction", self.tr("&Print…"),
                                         self.print_document, QKeySequence.StandardKey.Print)
        self.save_button = self._action("saveAction", self.tr("&Save as PDF…"), self.save_as,
                                        QKeySequence.StandardKey.Save)
        self.toolbar.addSeparator()
        self.previous_button = self._action("previousAction", self.tr("◀ Previous"),
                                            lambda: self.go_to(self.page() - 1), "PgUp")
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageLabel")
        self.page_label.setContentsMargins(6, 0, 6, 0)
        self.toolbar.addWidget(self.page_label)
        self.next_button = self._action("nextAction", self.tr("Next ▶"),
                                        lambda: self.go_to(self.page() + 1), "PgDown")
        self.toolbar.addSeparator()
        self._action("fitPageAction", self.tr("Whole page"), self.fit_page)
        self._action("fitWidthAction", self.tr("Page width"), self.fit_width)
        self._action("zoomOutAction", "−", lambda: self.zoom(1 / 1.25),
                     QKeySequence.StandardKey.ZoomOut)
        self._action("zoomInAction", "+", lambda: self.zoom(1.25),
                     QKeySequence.StandardKey.ZoomIn)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.close_button = self._action("closeAction", self.tr("&Close"), self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)

    def _fit_to_screen(self) -> None:
        """A page-shaped window as tall as the screen allows (a remembered size is kept if it
        still fits this screen)."""
        screen = (self.parentWidget().screen() if self.parentWidget() is not None
                  else QGuiApplication.primaryScreen())
        available = screen.availableGeometry()
        height = min(1000, available.height() - 40)
        width = min(int((height - 60) / A4_RATIO) + 40, available.width() - 20)
        self.resize(width, height)
        if desk_state.restore_geometry(self, "PreviewDialog"):
            frame = self.frameGeometry()
            if not available.contains(frame):
                self.resize(min(frame.width(), available.width() - 20),
                            min(frame.height(), available.height() - 40))
                self.move(available.topLeft())

    # -- pages and zoom --------------------------------------------------------------------
    def page_count(self) -> int:
        return self.document.pageCount()

    def page(self) -> int:
        return self.navigator.currentPage()

    def go_to(self, page: int) -> None:
        page = max(0, min(page, self.page_count() - 1))
        self.navigator.jump(page, QPointF(), self.navigator.currentZoom())
        self._show_page(page)

    def _show_page(self, page: int) -> None:
        count = self.page_count()
        self.page_label.setText(self.tr("Page {page} of {count}").format(
            page=min(page + 1, max(count, 1)), count=count))
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < count - 1)

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            page = self.document.pagePointSize(max(self.page(), 0))
            viewport = self.view.viewport().size()
            if page.width() > 0 and page.height() > 0:  # the factor the fit mode shows
                current = min(viewport.width() / page.width(),
                              viewport.height() / page.height()) * 72 / 96
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(current * factor, 8.0)))

    # -- print and save --------------------------------------------------------------------
    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        printer.setFromTo(1, self.page_count())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        return print_document(self.document, printer)

    def save_as(self) -> None:
        start = Path(desk_state.folder("dialogs/PreviewDialog/dir")) / self.suggested_name
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), str(start),
                                              self.tr("PDF document (*.pdf)"))
        if path:
            self.save_to(path)

    def save_to(self, path: str | Path) -> Path | None:
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        from libdesk.services.explain import FileProblem, check_chosen_file  # loads the store

        try:
            check_chosen_file(target)  # never over the open database or its -wal/-shm/lock
            if self._bytes is not None:
                target.write_bytes(self._bytes)
            else:
                shutil.copyfile(self.pdf_path, target)
        except (OSError, FileProblem) as exc:
            show_error(self, exc)
            return None
        desk_state.remember_folder("dialogs/PreviewDialog/dir", target)
        return target

    def done(self, code: int) -> None:
        desk_state.save_geometry(self, "PreviewDialog")
        self.document.close()
        super().done(code)


def is_ready(dialog: PreviewDialog) -> bool:
    return dialog.document.status() == QPdfDocument.Status.Ready
