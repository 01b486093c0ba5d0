"""The one file-path question: it starts in the folder last used for the same purpose, adds
the suffix a typed name lacks, and says None when the user cancels."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from libdesk.ui.common.files import (
    DATABASE, PDF, XLSX, ask_open_path, ask_save_path, last_folder)


@pytest.fixture
def asked(qapp, monkeypatch):
    calls, answers = [], []

    def fake(kind):
        def ask(parent, title, start, pattern):
            calls.append((kind, title, start, pattern))
            return (answers.pop(0) if answers else ""), ""
        return ask

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake("save"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake("open"))
    from libdesk.app import create_application

    create_application()
    return calls, answers


def test_save_starts_in_the_purposes_folder_and_adds_the_suffix(tmp_path, asked):
    calls, answers = asked
    answers.append(str(tmp_path / "roster" / "名册"))
    path = ask_save_path(None, "test-roster", "Export", "分馆联系名册.xlsx")
    assert path == tmp_path / "roster" / "名册.xlsx"
    assert last_folder("test-roster") == tmp_path / "roster"
    assert calls[0][3] == "Excel 工作簿 (*.xlsx)"
    answers.append(str(tmp_path / "roster" / "again.XLSX"))
    assert ask_save_path(None, "test-roster", "Export", "x.xlsx").name == "again.XLSX"
    assert calls[1][2] == str(tmp_path / "roster" / "x.xlsx")


def test_each_purpose_remembers_its_own_folder(tmp_path, asked):
    calls, answers = asked
    answers += [str(tmp_path / "a" / "one.pdf"), str(tmp_path / "b" / "key.txt")]
    ask_save_path(None, "test-a", "Save", "one.pdf")
    ask_open_path(None, "test-b", "Open", ".txt")
    assert last_folder("test-a") == tmp_path / "a" and last_folder("test-b") == tmp_path / "b"
    answers.append(str(tmp_path / "a" / "two.pdf"))
    ask_save_path(None, "test-a", "Save", "two", PDF)
    assert calls[-1][2] == str(tmp_path / "a" / "two")


def test_cancel_gives_none_and_remembers_nothing(tmp_path, asked):
    assert ask_save_path(None, "test-cancel", "Save", "x.xlsx") is None
    assert ask_open_path(None, "test-cancel", "Open", XLSX) is None
    assert last_folder("test-cancel", tmp_path) == tmp_path  # the default folder


def test_open_starts_in_the_default_folder_and_keeps_the_name(tmp_path, asked):
    calls, answers = asked
    answers.append(str(tmp_path / "backups" / "libdesk-auto.db"))
    path = ask_open_path(None, "test-restore", "Restore", DATABASE, default_dir=tmp_path)
    assert path == Path(tmp_path / "backups" / "libdesk-auto.db")
    assert calls[0][2] == str(tmp_path) and "LibDesk" in calls[0][3]
