"""Progress and cancellation for long work, without Qt.

A long operation takes a ``Progress`` and calls ``step(done, total, message)``; the GUI wraps
it in a background task with a dialog, the CLI prints it, tests pass ``Progress()``.
``step`` raises ``Cancelled`` once the user asked to stop; the operation's transaction then
rolls back, so nothing is left half-written.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


class Cancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass
class Progress:
    callback: Callable[[int, int, str], None] | None = None
    is_cancelled: Callable[[], bool] | None = None

    def step(self, done: int, total: int, message: str = "") -> None:
        if self.is_cancelled is not None and self.is_cancelled():
            raise Cancelled()
        if self.callback is not None:
            self.callback(done, total, message)
