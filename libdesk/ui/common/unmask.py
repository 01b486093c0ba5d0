"""The per-action choice to write full phone and ID numbers (masked by default)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget


def ask_unmask(parent: QWidget, title: str, allowed: bool) -> bool | None:
    """False (masked), True (full numbers, audited by the service), or None if cancelled.
    Staff who may not see full numbers are not asked."""
    if not allowed:
        return False
    box = QMessageBox(QMessageBox.Icon.Question, title, QCoreApplication.translate(
        "UnmaskQuestion", "Phone and ID numbers are masked (138****5678) in the document."),
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, parent)
    check = QCheckBox(QCoreApplication.translate(
        "UnmaskQuestion", "Write full numbers (recorded in the audit log)"))
    box.setCheckBox(check)
    if box.exec() != QMessageBox.StandardButton.Ok:
        return None
    return check.isChecked()
