"""Scanner-first feedback in a batch: a bad check digit, a code that is not an ISBN and a
repeat each beep and show in the line; the mark goes as soon as the line is right, and the
field keeps the focus for the next scan."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from libdesk.app import create_application
from libdesk.models.distribution.rules import BatchInput
from libdesk.ui.shell.main_window import MainWindow
from tests.services.distribution.helpers import point_id


def _scan(qtbot, edit, text: str) -> None:
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_bad_isbn_unknown_code_and_repeat(qtbot, services, monkeypatch):
    beeps = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    create_application()
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.show_tab("distribution")
    batch_id = services.distribution.create(BatchInput(point_id(services), "new_books"))
    tab = window.tab("distribution")

    panel = tab.panel
    panel.show_batch(batch_id)
    edit, status = panel.ui.scanEdit, panel.ui.scanStatus
    qtbot.waitUntil(edit.isVisible)
    edit.setFocus()
    assert window.focusWidget() is edit  # the window's focus stays in the scan line

    _scan(qtbot, edit, "9787544253995")  # last digit wrong
    assert len(beeps) == 1 and panel.feedback.marked
    assert "9787544253995" in status.text() and edit.text() == "9787544253995"
    assert edit.hasSelectedText()  # the next scan replaces it
    edit.setText("978754425399")
    assert panel.feedback.marked  # not right yet
    edit.setText("9787544253994")
    assert not panel.feedback.marked and status.text() == ""  # right: the mark is gone
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert len(services.distribution.items(batch_id)) == 1 and edit.text() == ""
    assert window.focusWidget() is edit  # the window's focus stays in the scan line

    edit.clear()
    _scan(qtbot, edit, "LD1.box-label")  # not an ISBN at all
    assert len(beeps) == 2 and panel.feedback.marked
    edit.clear()
    assert not panel.feedback.marked

    _scan(qtbot, edit, "9787544253994")
    _scan(qtbot, edit, "9787544253994")  # a repeat: counted, but flagged
    assert len(beeps) == 3 and panel.feedback.marked == "#8A5A00"
    assert "3" in status.text()
    assert services.distribution.items(batch_id)[0].copies == 3
    assert window.focusWidget() is edit  # the window's focus stays in the scan line
