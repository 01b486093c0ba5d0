"""Print preview of a PDF inside the app (QtPdf), with print through the system dialog, save
as PDF and open in the system viewer. Generic: any area can show its PDFs here.
Form: forms/donations/preview_dialog.ui."""
from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QRect, QSize, QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QVBoxLayout

from libdesk.ui.common.dialogs import Dialog
from libdesk.ui.common.errors import show_error
from libdesk.ui.common.files import ask_save_path
from libdesk.ui.common.forms import load_form

MAX_PRINT_DPI = 300


class PreviewDialog(Dialog):
    def __init__(self, pdf_path: Path, title: str, parent=None,
                 suggested_name: str = "") -> None:
        super().__init__(parent)
        self.pdf_path = Path(pdf_path)
        self.suggested_name = suggested_name or self.pdf_path.name
        self.ui = load_form("donations/preview_dialog.ui", self)
        self.setWindowTitle(title)
        self.document = QPdfDocument(self)
        self.document.load(str(self.pdf_path))
        self.view = QPdfView(self.ui.viewHost)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        layout = QVBoxLayout(self.ui.viewHost)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.ui.pagesLabel.setText(self.tr("{count} page(s)").format(
            count=self.document.pageCount()))
        self.ui.printButton.clicked.connect(self.print_document)
        self.ui.saveButton.clicked.connect(self.save_as)
        self.ui.openButton.clicked.connect(self.open_external)
        self.ui.closeButton.clicked.connect(self.accept)
        self.resize(720, 900)  # the first time; then as the user left it

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Each PDF page rendered at the printer's resolution, fitted to the paper."""
        painter = QPainter()
        if not painter.begin(printer):
            return
        try:
            first = max(printer.fromPage(), 1) - 1
            last = printer.toPage() or self.document.pageCount()
            for index, page in enumerate(range(first, min(last, self.document.pageCount()))):
                if index:
                    printer.newPage()
                area = printer.pageLayout().paintRectPixels(printer.resolution())
                points = self.document.pagePointSize(page)
                scale = min(area.width() / points.width(), area.height() / points.height())
                target = QRect(0, 0, int(points.width() * scale), int(points.height() * scale))
                target.moveLeft((area.width() - target.width()) // 2)
                # Rendered at no more than 300 dpi (a 1200-dpi A4 page would be 0.5 GB),
                # then scaled by the printer.
                dpi = min(printer.resolution(), MAX_PRINT_DPI)
                image = self.document.render(page, QSize(int(points.width() * dpi / 72),
                                                         int(points.height() * dpi / 72)))
                painter.drawImage(target, image)
        finally:
            painter.end()

    def save_as(self) -> None:
        path = ask_save_path(self, "pdf", self.tr("Save as PDF"), self.suggested_name, ".pdf")
        if path is None:
            return
        try:
            shutil.copyfile(self.pdf_path, path)
        except OSError as exc:
            show_error(self, exc)

    def open_external(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf_path)))

    def done(self, code: int) -> None:
        self.document.close()
        super().done(code)


def is_ready(dialog: PreviewDialog) -> bool:
    return dialog.document.status() == QPdfDocument.Status.Ready


__all__ = ["PreviewDialog", "is_ready"]
