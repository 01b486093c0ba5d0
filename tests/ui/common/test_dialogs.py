"""The dialog base: the size is remembered per dialog class however the dialog closes
(Cancel too), and a submitted write's expected error stays in the dialog."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from libdesk.models.errors import Conflict
from libdesk.ui.common.dialogs import Dialog, geometry_key
from libdesk.ui.common.operations import Change, ChangeSignal


class Form:
    def __init__(self, host: QWidget) -> None:
        self.errorLabel = QLabel(host)  # noqa: N815 - the forms' object name
        self.buttonBox = QDialogButtonBox(  # noqa: N815
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, host)
        layout = QVBoxLayout(host)
        layout.addWidget(self.errorLabel)
        layout.addWidget(self.buttonBox)


class NoteDialog(Dialog):
    def __init__(self, work, parent=None) -> None:
        super().__init__(parent)
        self.work, self.saved = work, None
        self.ui = Form(self)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.resize(300, 200)  # the first time only

    def accept(self) -> None:
        self.submit(self.work, lambda saved: Change.of(notes=[saved]),
                    on_done=lambda saved: setattr(self, "saved", saved))


class OtherDialog(NoteDialog):
    pass


@pytest.fixture
def window(qtbot):
    from libdesk.app import create_application

    create_application()
    for cls in (NoteDialog, OtherDialog):
        QSettings().remove(geometry_key(cls))
    window = QWidget()
    window.changes = ChangeSignal(window)
    qtbot.addWidget(window)
    return window


def press(qtbot, dialog, which) -> None:
    qtbot.mouseClick(dialog.ui.buttonBox.button(which), Qt.MouseButton.LeftButton)


def open_dialog(qtbot, window, cls=NoteDialog, work=lambda: 1):
    dialog = cls(work, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_cancel_remembers_the_size_for_the_next_dialog_of_that_class(qtbot, window):
    first = open_dialog(qtbot, window)
    assert first.size().width() == 300
    first.resize(520, 410)
    press(qtbot, first, QDialogButtonBox.StandardButton.Cancel)
    again = open_dialog(qtbot, window)
    assert (again.width(), again.height()) == (520, 410)
    other = open_dialog(qtbot, window, OtherDialog)  # another class keeps its own size
    assert other.width() == 300


def test_save_submits_emits_the_change_and_closes(qtbot, window):
    changes = []
    window.changes.changed.connect(changes.append)
    dialog = open_dialog(qtbot, window, work=lambda: 42)
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    assert dialog.result() == 1 and dialog.saved == 42
    assert [c.ids_of("notes") for c in changes] == [{42}]


def test_an_expected_error_stays_in_the_dialog(qtbot, window):
    def refuse():
        raise Conflict("The name is required.")

    changes = []
    window.changes.changed.connect(changes.append)
    dialog = open_dialog(qtbot, window, work=refuse)
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.ui.errorLabel.text() == "名称为必填项。"
    assert changes == []
    dialog.work = lambda: 5  # the user fixes the input and saves again
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    assert dialog.result() == 1 and dialog.ui.errorLabel.text() == ""
