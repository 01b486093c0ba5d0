"""Reading rows off the GUI thread: a table asks, a worker runs the query, the answer comes
back to the GUI thread as a call of ``done(result)``.

``ThreadedLoader`` runs each read in a small pool of its own (so a long export in the task
pool never holds up a table) and keeps at most one read a table waiting: a newer request
from the same table replaces the one not yet started, so eight fast keystrokes run at most
the query in flight and the last one. ``SyncLoader`` runs the read at once, on the calling
thread: for tests and for the offscreen screenshot, where there is no event loop to wait on.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Read = Callable[[], Any]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class SyncLoader:
    """Runs every read immediately; ``done`` is called before ``submit`` returns."""

    def submit(self, slot: Any, read: Read, done: Done, failed: Failed) -> None:
        try:
            result = read()
        except Exception as exc:  # noqa: BLE001 - handed to the table to show
            failed(exc)
            return
        done(result)

    def wait(self, msecs: int = -1) -> bool:
        return True


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call to the GUI thread."""

    arrived = Signal(object, object, object)  # callback, value, ok

    def __init__(self) -> None:
        super().__init__()
        self.arrived.connect(self._deliver)

    @Slot(object, object, object)
    def _deliver(self, callback, value, _ok) -> None:
        callback(value)


class _Job(QRunnable):
    def __init__(self, loader: "ThreadedLoader", slot: Any, read: Read, done: Done,
                 failed: Failed) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._loader, self._slot = loader, slot
        self._read, self._done, self._failed = read, done, failed

    def run(self) -> None:
        try:
            result = self._read()
        except Exception as exc:  # noqa: BLE001 - shown by the table on the GUI thread
            log.debug("background read failed", exc_info=True)
            self._loader.relay.arrived.emit(self._failed, exc, False)
        else:
            self._loader.relay.arrived.emit(self._done, result, True)
        finally:
            self._loader.finished(self._slot)


class ThreadedLoader:
    """Reads in a pool of two threads; per ``slot`` one read running and one waiting."""

    def __init__(self, threads: int = 2) -> None:
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(threads)
        self.relay = _Relay()
        self._lock = threading.Lock()
        self._running: set[Any] = set()
        self._waiting: dict[Any, _Job] = {}

    def submit(self, slot: Any, read: Read, done: Done, failed: Failed) -> None:
        job = _Job(self, slot, read, done, failed)
        with self._lock:
            if slot in self._running:
                self._waiting[slot] = job  # replaces an older request not yet started
                return
            self._running.add(slot)
        self.pool.start(job)

    def finished(self, slot: Any) -> None:
        with self._lock:
            job = self._waiting.pop(slot, None)
            if job is None:
                self._running.discard(slot)
                return
        self.pool.start(job)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every read has finished (closing the window, tests)."""
        return self.pool.waitForDone(msecs)


_default: SyncLoader | ThreadedLoader | None = None


def default_loader() -> SyncLoader | ThreadedLoader:
    global _default
    if _default is None:
        _default = ThreadedLoader()
    return _default


def set_default_loader(loader: SyncLoader | ThreadedLoader | None) -> None:
    """Tables made from now on read through ``loader`` (None: a fresh threaded one)."""
    global _default
    _default = loader
