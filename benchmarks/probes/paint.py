"""Helpers for GUI probes: wait for a widget's next paint, read resident memory."""
from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication


class PaintWatch(QObject):
    """Counts paint events of one widget (for a view: install it on the viewport)."""

    def __init__(self, widget, condition=None) -> None:
        super().__init__()
        self.painted = 0
        self.condition = condition
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.Paint and (self.condition is None or self.condition()):
            self.painted += 1
        return False

    def wait(self, after: int | None = None, timeout: float = 120.0) -> None:
        """Process events until a paint later than ``after`` (default: the current count)."""
        target = (self.painted if after is None else after) + 1
        deadline = time.perf_counter() + timeout
        app = QApplication.instance()
        wake = QTimer()  # WaitForMoreEvents sleeps until something happens; this is something
        wake.start(20)
        while self.painted < target:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            if time.perf_counter() > deadline:
                raise TimeoutError("no paint")
        wake.stop()


def rss_mib() -> float:
    """Resident memory now, in MiB."""
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import psutil

    return psutil.Process(os.getpid()).memory_info().rss / 2**20


def mark() -> None:
    print("MARK", flush=True)
