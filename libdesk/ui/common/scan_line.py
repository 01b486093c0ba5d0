"""Feedback on a scan field, for a keyboard-wedge scanner and the person holding it.

A refused scan (bad check digit, a code that is not what the field takes) or a repeat beeps,
turns the line red (amber for a repeat) with the reason beside it, and keeps the scanned text
selected, so the next scan simply replaces it. The mark goes as soon as the line is right
again: ``is_right(text)`` says when (by default, as soon as the text changes). The field keeps
the focus after every scan.

    feedback = ScanLine(ui.scanEdit, ui.scanStatus, is_right=is_valid_isbn)
    feedback.refuse(message)    # beep, red, reason shown, text kept and selected
    feedback.repeat(message)    # beep, amber: counted, but was it meant?
    feedback.accept(message)    # green message, line cleared for the next scan
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from libdesk.models.isbn import InvalidIsbn, normalize_isbn

BAD, WARN, GOOD = "#B00020", "#8A5A00", "#1E7B34"
_LINE_STYLE = {BAD: "QLineEdit { border: 2px solid #B00020; background: #FDECEE; }",
               WARN: "QLineEdit { border: 2px solid #C98A00; background: #FFF6E0; }"}


def is_valid_isbn(text: str) -> bool:
    try:
        normalize_isbn(text)
    except InvalidIsbn:
        return False
    return True


class ScanLine(QObject):
    def __init__(self, edit: QLineEdit, label: QLabel,
                 is_right: Callable[[str], bool] | None = None, label_style: str = "") -> None:
        super().__init__(edit)
        self.edit, self.label = edit, label
        self._label_style = label_style
        self._is_right = is_right
        self.marked = ""  # "", BAD or WARN
        self._refused_text = ""
        edit.textChanged.connect(self._changed)

    def refuse(self, message: str) -> None:
        self._mark(BAD, message)
        self._refused_text = self.edit.text()
        self.edit.selectAll()

    def repeat(self, message: str) -> None:
        self.edit.clear()  # counted: the line is free for the next scan, still marked
        self._mark(WARN, message)

    def accept(self, message: str) -> None:
        self._clear_mark()
        self.edit.clear()
        self._say(message, GOOD)
        self.edit.setFocus()

    def _mark(self, colour: str, message: str) -> None:
        QApplication.beep()
        self.marked = colour
        self.edit.setStyleSheet(_LINE_STYLE[colour])
        self.edit.setToolTip(message)
        self._say(message, colour)
        self.edit.setFocus()

    def _say(self, message: str, colour: str) -> None:
        self.label.setText(message)
        weight = "" if colour == GOOD else " font-weight: bold;"
        self.label.setStyleSheet(f"color: {colour};{weight} {self._label_style}")

    def _clear_mark(self) -> None:
        if self.marked:
            self.marked = ""
            self.edit.setStyleSheet("")
            self.edit.setToolTip("")

    def _changed(self, text: str) -> None:
        if not self.marked:
            return
        if self.marked == WARN and text:
            self._clear_mark()  # the next scan has begun
            return
        right = not text.strip() or (
            self._is_right(text) if self._is_right is not None
            else text != self._refused_text)
        if right:
            self._clear_mark()
            self.label.clear()
