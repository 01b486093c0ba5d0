"""Qt Designer forms, loaded at run time from ``forms/`` (see ``libdesk.config.form_path``)."""
from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget

from libdesk.config import form_path


def load_form(relative: str, host: QWidget) -> QWidget:
    """Load ``forms/<relative>`` and fill ``host`` with it; returns the loaded widget, whose
    children are reachable as attributes by object name (``form.nameEdit``)."""
    file = QFile(str(form_path(*relative.split("/"))))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"form {relative} is missing")
    try:
        form = QUiLoader().load(file, host)
    finally:
        file.close()
    if form is None:
        raise RuntimeError(f"form {relative} could not be loaded")
    layout = host.layout() or QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(form)
    return form
