"""Computing the charts off the GUI thread: the chart queries run in the tab's own one-thread
pool (not the window's task pool: no progress dialog for a redraw, and a redraw never waits
behind an export); only the newest request's result is shown."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)


class _Run(QRunnable):
    def __init__(self, generation: int, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.generation, self.work, self.signals = generation, work, signals

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # noqa: BLE001 - reported on the GUI thread
            self.signals.failed.emit(self.generation, exc)
        else:
            self.signals.done.emit(self.generation, result)


class ChartLoader(QObject):
    loaded = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.generation = 0
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)

    def load(self, work: Callable[[], Any]) -> None:
        self.generation += 1
        self.pool.start(_Run(self.generation, work, self._signals))

    def busy(self) -> bool:
        return self.pool.activeThreadCount() > 0

    def wait(self) -> None:
        self.pool.waitForDone()

    def _done(self, generation: int, result: Any) -> None:
        if generation == self.generation:  # an older request's result is out of date
            self.loaded.emit(result)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self.generation:
            self.failed.emit(error)
