"""The one question for a file path: where to save, or which file to open, starting in the
folder last used for the same purpose ("roster", "donors", "certificates" …).

    path = ask_save_path(self, "roster", self.tr("Export roster"), "分馆联系名册.xlsx")
    path = ask_open_path(self, "roster", self.tr("Import roster"), XLSX)

The file type follows the suggested name's suffix (or ``kind``); a typed name without the
suffix gets it. The folder is remembered under ``files/<purpose>/dir``.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget
from libdesk.ui.common import desk_state

from libdesk.ui.common.errors import show_error

XLSX, PDF, TXT, DATABASE = ".xlsx", ".pdf", ".txt", ".sqlite"
CONTEXT = "FileQuestion"
PATTERNS = {
    XLSX: QT_TRANSLATE_NOOP("FileQuestion", "Excel workbook (*.xlsx)"),
    PDF: QT_TRANSLATE_NOOP("FileQuestion", "PDF document (*.pdf)"),
    TXT: QT_TRANSLATE_NOOP("FileQuestion", "Key file (*.txt)"),
    DATABASE: QT_TRANSLATE_NOOP("FileQuestion", "LibDesk database (*.sqlite *.db);;All files (*)"),
}


def _key(purpose: str) -> str:
    return f"files/{purpose}/dir"


def last_folder(purpose: str, default: Path | None = None) -> Path:
    value = desk_state.value(_key(purpose))
    return Path(str(value)) if value else (default or Path.home())


def remember_folder(purpose: str, path: Path) -> None:
    desk_state.set_value(_key(purpose), str(Path(path).parent))


def _pattern(kind: str) -> str:
    return QCoreApplication.translate(CONTEXT, PATTERNS[kind])


def ask_save_path(parent: QWidget | None, purpose: str, title: str, name: str,
                  kind: str | None = None, default_dir: Path | None = None) -> Path | None:
    """Where to save ``name``; None if the user cancelled."""
    kind = kind or Path(name).suffix.lower()
    start = last_folder(purpose, default_dir) / name
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start), _pattern(kind))
    if not chosen:
        return None
    if kind != DATABASE and not chosen.lower().endswith(kind):
        chosen += kind
    path = Path(chosen)
    from libdesk.services.explain import FileProblem, check_chosen_file  # loads the store

    try:
        check_chosen_file(path)  # never over the open database or its -wal/-shm/lock
    except FileProblem as exc:
        show_error(parent, exc)
        return ask_save_path(parent, purpose, title, name, kind, default_dir)
    remember_folder(purpose, path)
    return path


def ask_open_path(parent: QWidget | None, purpose: str, title: str, kind: str,
                  default_dir: Path | None = None) -> Path | None:
    """Which file to open; None if the user cancelled."""
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(last_folder(purpose, default_dir)),
                                            _pattern(kind))
    if not chosen:
        return None
    path = Path(chosen)
    remember_folder(purpose, path)
    return path
