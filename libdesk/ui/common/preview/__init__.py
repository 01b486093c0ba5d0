"""LibDesk's own preview of every document it prints (QtPdf): fitted to the screen, paged
through, printed through the system print dialog or saved as PDF. No external viewer.

    from libdesk.ui.common.preview import open_preview, preview_file
    path = preview_file("配送单-PS-2026-0001.pdf")   # a scratch file for the document
    ...write the PDF to path (in a background task)...
    open_preview(parent, path, "配送单 PS-2026-0001")  # or open_preview(parent, pdf_bytes, …)
"""
from __future__ import annotations

from libdesk.ui.common.preview.dialog import PreviewDialog, is_ready, open_preview, preview_file

__all__ = ["PreviewDialog", "is_ready", "open_preview", "preview_file"]
