"""Per-desk values kept in QSettings (this PC only), by the keys registered in
``libdesk.config.LAYOUT``: an unregistered key is a programming error, not a new setting.

    from libdesk.ui.common import desk_state
    desk_state.restore_geometry(self, "BranchDialog")      # in __init__
    desk_state.save_geometry(self, "BranchDialog")         # in done()
    folder = desk_state.folder("distribution/last_dir")   # a last-used folder, else home
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from libdesk.config import LAYOUT


# Registered patterns: "*" stands for one path part (a dialog's class name).
_PATTERNS = [re.compile("^" + re.escape(key).replace(r"\*", "[^/]+") + "$")
             for key in LAYOUT if "*" in key]


def _check(key: str) -> str:
    if key not in LAYOUT and not any(p.match(key) for p in _PATTERNS):
        raise KeyError(f"{key!r} is not registered in libdesk.config.LAYOUT")
    return key


def value(key: str, default: Any = None) -> Any:
    return QSettings().value(_check(key), default)


def set_value(key: str, data: Any) -> None:
    QSettings().setValue(_check(key), data)


def folder(key: str) -> str:
    """The folder remembered under ``key``, or the home folder."""
    return str(value(key, str(Path.home())) or Path.home())


def remember_folder(key: str, path: str | Path) -> None:
    """Remember the folder of ``path`` (a file) under ``key``."""
    set_value(key, str(Path(path).parent))


def restore_geometry(widget: QWidget, name: str) -> bool:
    geometry = value(f"dialogs/{name}/geometry")
    return bool(geometry is not None and widget.restoreGeometry(geometry))


def save_geometry(widget: QWidget, name: str) -> None:
    set_value(f"dialogs/{name}/geometry", widget.saveGeometry())
