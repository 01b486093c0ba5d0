"""Long work off the GUI thread, with a progress dialog that appears only when the work takes
longer than a moment, a Cancel button, and one error dialog on failure.

The work is a plain function taking a ``Progress`` (libdesk.services.progress): it reports
``step(done, total, message)`` and stops with ``Cancelled`` when asked; its transaction then
rolls back, so a cancelled import or export leaves nothing half-written.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from libdesk.services.progress import Cancelled, Progress
from libdesk.ui.common.errors import show_error

SHOW_AFTER_MS = 600
# The pool tasks run in; None: Qt's global pool. Tests put a pool here that runs each task
# synchronously (tests/ui/conftest.py), so a test needs no waiting.
POOL = None
_RUNNING: list["Task"] = []


def _pool():
    return POOL if POOL is not None else QThreadPool.globalInstance()


def running_tasks() -> list["Task"]:
    return [task for task in _RUNNING if task.running]


def finish_running_tasks(timeout_ms: int = 60_000) -> bool:
    """Before the store closes: cancel every cancellable task (its transaction rolls back) and
    wait for the rest; True when nothing is left running."""
    for task in running_tasks():
        if task.cancellable:
            task.cancel()
    done = _pool().waitForDone(timeout_ms)
    QCoreApplication.processEvents()  # deliver the tasks' last signals while widgets exist
    return done


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals,
                 cancel: threading.Event) -> None:
        super().__init__()
        self._work, self._signals, self._cancel = work, signals, cancel

    def run(self) -> None:
        progress = Progress(callback=self._signals.progress.emit,
                            is_cancelled=self._cancel.is_set)
        try:
            result = self._work(progress)
        except BaseException as exc:  # noqa: BLE001 - reported to the user on the GUI thread
            self._signals.failed.emit(exc)
        else:
            self._signals.finished.emit(result)


class Task(QObject):
    """One background job. Keep a reference until ``done`` or ``failed`` fires."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget, title: str, work: Callable[[Progress], Any],
                 on_done: Callable[[Any], None] | None = None, cancellable: bool = True) -> None:
        super().__init__(parent)
        self._parent = parent
        self.cancellable = cancellable
        self._cancel = threading.Event()
        self._signals = _Signals()
        self._dialog = QProgressDialog(title, self.tr("Cancel") if cancellable else "", 0, 0,
                                       parent)
        self._dialog.setWindowTitle(title)
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setMinimumDuration(SHOW_AFTER_MS)
        self._dialog.setAutoClose(False)
        self._dialog.setAutoReset(False)
        if not cancellable:
            self._dialog.setCancelButton(None)
        self._dialog.canceled.connect(self._cancel.set)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        if on_done is not None:
            self.done.connect(on_done)
        self._runnable = _Runnable(work, self._signals, self._cancel)
        self._runnable.setAutoDelete(False)
        # Show the dialog only if the work is still running after SHOW_AFTER_MS.
        QTimer.singleShot(SHOW_AFTER_MS, self._maybe_show)
        self.running = True

    def start(self) -> "Task":
        _RUNNING[:] = running_tasks() + [self]
        _pool().start(self._runnable)
        return self

    def cancel(self) -> None:
        self._cancel.set()

    def _maybe_show(self) -> None:
        if self.running:
            self._dialog.show()

    def _on_progress(self, done: int, total: int, message: str) -> None:
        self._dialog.setMaximum(max(total, 0))
        self._dialog.setValue(min(done, total) if total else 0)
        if message:  # a template of context "Progress" is translated (the store's waits)
            self._dialog.setLabelText(QCoreApplication.translate("Progress", message))

    def _close(self) -> None:
        self.running = False
        self._dialog.reset()
        self._dialog.hide()
        self._dialog.deleteLater()

    def _on_finished(self, result: Any) -> None:
        self._close()
        self.done.emit(result)

    def _on_failed(self, error: BaseException) -> None:
        self._close()
        if not isinstance(error, Cancelled):
            show_error(self._parent, error)
        self.failed.emit(error)


def run_task(parent: QWidget, title: str, work: Callable[[Progress], Any],
             on_done: Callable[[Any], None] | None = None, cancellable: bool = True) -> Task:
    """Start ``work(progress)`` in the thread pool; ``on_done(result)`` runs on the GUI thread."""
    return Task(parent, title, work, on_done, cancellable).start()
