"""Printing a QPdfDocument on a QPrinter: each page rendered at the printer's resolution (at
most 300 dpi, then scaled by the printer) and fitted to the paper, centred."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_PRINT_DPI = 300


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Print the pages the printer asks for (all by default); returns how many were printed."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        count = document.pageCount()
        first = max(printer.fromPage(), 1) - 1
        last = min(printer.toPage() or count, count)
        for page in range(first, last):
            if printed:
                printer.newPage()
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            points = document.pagePointSize(page)
            scale = min(area.width() / points.width(), area.height() / points.height())
            target = QRect(0, 0, int(points.width() * scale), int(points.height() * scale))
            target.moveLeft((area.width() - target.width()) // 2)
            # An A4 page at 1200 dpi would be 0.5 GB: render at no more than 300 dpi.
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            image = document.render(page, QSize(int(points.width() * dpi / 72),
                                                int(points.height() * dpi / 72)))
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed
