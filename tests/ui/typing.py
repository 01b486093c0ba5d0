"""Typing as a person does: ASCII through key events, Chinese through the input method.

``qtbot.keyClicks`` aborts on non-ASCII characters (QTest only maps ASCII keys); Chinese
users type through an IME, which delivers committed text as a QInputMethodEvent — so that is
what ``type_text`` sends for every non-ASCII run.
"""
from __future__ import annotations

import itertools

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication


def type_text(qtbot, widget, text: str) -> None:
    widget.setFocus()
    for is_ascii, run in itertools.groupby(text, key=lambda ch: ord(ch) < 128):
        chunk = "".join(run)
        if is_ascii:
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)
