"""LibDesk's own document preview: fits the screen, pages through, prints, saves."""
from __future__ import annotations

import io

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QToolButton
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from libdesk.app import create_application
from libdesk.printing.fonts import register_fonts
from libdesk.ui.common.preview import PreviewDialog, is_ready, open_preview


def _pdf(pages: int) -> bytes:
    font = register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, initialFontName=font)
    for n in range(pages):
        canvas.setFont(font, 40)
        canvas.drawString(100, 700, f"第 {n + 1} 页")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_preview_fits_the_screen_pages_through_and_saves(qtbot, tmp_path, monkeypatch):
    create_application()  # Chinese, as staff see it
    dialog = open_preview(None, _pdf(3), "三页", suggested_name="three.pdf")
    qtbot.addWidget(dialog)
    assert isinstance(dialog, PreviewDialog) and is_ready(dialog)
    available = dialog.screen().availableGeometry()
    assert dialog.height() <= available.height() and dialog.width() <= available.width()
    assert dialog.page_label.text() == "第 1 / 3 页"
    assert not dialog.previous_button.isEnabled()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.page() == 2 and dialog.page_label.text() == "第 3 / 3 页"
    assert not dialog.next_button.isEnabled()
    qtbot.mouseClick(dialog.findChild(QToolButton, "zoomInButton"),
                     Qt.MouseButton.LeftButton)
    assert dialog.view.zoomFactor() > 0

    target = tmp_path / "saved"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "saved.pdf").read_bytes().startswith(b"%PDF")

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(72)
    assert dialog.print_to(printer) == 3
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    dialog.accept()


def test_a_file_is_previewed_and_copied(qtbot, tmp_path):
    source = tmp_path / "one.pdf"
    source.write_bytes(_pdf(1))
    dialog = open_preview(None, source, "一页")
    qtbot.addWidget(dialog)
    assert dialog.page_count() == 1 and dialog.suggested_name == "one.pdf"
    assert dialog.save_to(tmp_path / "copy.pdf").read_bytes() == source.read_bytes()
    dialog.reject()
