"""One "write full numbers?" question (ui/common/unmask.py) for every export that can carry
phone and ID numbers, always with the audit warning (issue 10: it existed three times, one
without the warning)."""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from libdesk.app import create_application
from libdesk.ui.shell.main_window import MainWindow


def test_every_export_asks_the_same_question_with_the_audit_warning(qtbot, services,
                                                                    monkeypatch, tmp_path):
    create_application()
    window = MainWindow(services)
    qtbot.addWidget(window)
    asked = []

    def exec_(box):
        asked.append((box.text(), box.checkBox().text()))
        return QMessageBox.StandardButton.Cancel  # nothing is written

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "out.xlsx"), ""))
    window.tab("donations").files.export()
    window.tab("volunteers").people.export()
    window.tab("branches").export_roster()
    assert len(asked) == 3
    assert len(set(asked)) == 1, asked
    assert "审计日志" in asked[0][1]
    assert not (tmp_path / "out.xlsx").exists()
