"""Answering the message boxes a click opens, as a person does: each box, as it comes up
(they are modal), is handed to the next step, which reads it and clicks one of its buttons.

    seen = answer_boxes(qtbot, confirm_delete, close)
    qtbot.mouseClick(tab.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert [box.name for box in seen] == ["deleteConfirmation", "deleteConflict"]
"""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

SHOTS = os.environ.get("LIBDESK_TEST_SHOTS")  # a folder: the boxes shot there, to look at
POLL_MS = 20
MAX_POLLS = 500  # about ten seconds without the next box: the steps stop waiting


@dataclass
class SeenBox:
    name: str          # the box's object name
    text: str
    informative: str
    error: BaseException | None = None


def answer_boxes(qtbot, *steps: Callable[[QMessageBox], None]) -> list[SeenBox]:
    """Run ``steps[i](box)`` on the i-th message box that comes up; returns what each box
    said (a step that raised is recorded with the error, and its box is closed)."""
    seen: list[SeenBox] = []
    handled: list[QMessageBox] = []  # kept alive, so a closed box is never taken again
    pending = list(steps)
    polls = [0]

    def poll() -> None:
        polls[0] += 1
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and not any(box is old for old in handled):
            handled.append(box)
            record = SeenBox(box.objectName(), box.text(), box.informativeText())
            seen.append(record)
            step = pending.pop(0)
            try:
                step(box)
            except BaseException as exc:  # noqa: BLE001 - reported by check()
                record.error = exc
                box.reject()
        if pending and polls[0] < MAX_POLLS:
            QTimer.singleShot(POLL_MS, poll)

    QTimer.singleShot(0, poll)
    return seen


def check(seen: list[SeenBox], names: list[str]) -> None:
    """The boxes came up in this order, and no step failed."""
    for record in seen:
        if record.error is not None:
            raise record.error
    assert [record.name for record in seen] == names, seen


def click(qtbot, box: QMessageBox, role: QMessageBox.ButtonRole) -> None:
    """Click the box's button of ``role`` (Yes / Look again: AcceptRole or YesRole)."""
    button = next(b for b in box.buttons() if box.buttonRole(b) == role)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def yes(qtbot, box: QMessageBox) -> None:
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)


def shoot(box: QMessageBox, name: str) -> None:
    """Save the box as ``name``.png in $LIBDESK_TEST_SHOTS, when set."""
    if SHOTS:
        box.grab().save(os.path.join(SHOTS, f"{name}.png"))


def closing(qtbot, shot: str) -> Callable[[QMessageBox], None]:
    """A step that saves the box as ``shot`` (``shoot``) and closes it with its first button
    (an error or a refusal the user reads and dismisses)."""
    def close(box: QMessageBox) -> None:
        shoot(box, shot)
        qtbot.mouseClick(box.buttons()[0], Qt.MouseButton.LeftButton)
    return close
