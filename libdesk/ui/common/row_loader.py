"""Reading rows off the GUI thread: a table asks, a worker runs the query, the answer comes
back to the GUI thread as a call of ``done(result)``.

``ThreadedLoader`` runs each read in a small pool of its own (so a long export in the task
pool never holds up a table) and keeps at most one read a table waiting: a newer request
from the same table replaces the one not yet started. Every read runs under a ``ReadToken``
(``services.reads``), which ``submit`` returns: ``token.cancel()`` stops the read's SQL where
it is (the store interrupts its connection), and whatever the read then gives — rows, an
error — is dropped, never shown. A table cancels the reads of its outdated query when the
query changes, so eight fast keystrokes run at most the last query to completion.
``after_paint(start)`` calls ``start`` once the window has painted what is pending (a
keystroke's frame is not shared with a read starting).
``SyncLoader`` runs the read at once, on the calling thread: for tests and for the offscreen
screenshot, where there is no event loop to wait on.

Closing the window stops every read in flight the same way (``cancel_all_reads``: each
running read's SQL is interrupted, each waiting one dropped), then waits only briefly for the
threads (``close_reads``), so closing while a filter over a million donors runs is immediate
and no read is left on a store about to close.

The GUI thread and the reads share the interpreter lock. Each call from Qt into Python (an
event filter, a slot, a model's ``data()``) has to take it, and while a read runs Python
(building the page's rows) the GUI thread waited up to the switch interval, 5 ms by default,
at every one of them: a keystroke makes dozens. A threaded loader lowers the interval to
``SWITCH_INTERVAL_S``, so the reading thread hands the lock over within half a millisecond
when the GUI thread asks (benchmarks/probes/donors.py ``profile``); a thread nobody waits
for runs as before.
"""
from __future__ import annotations

import logging
import sys
import threading
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (QCoreApplication, QEvent, QObject, QRunnable, Qt, QThreadPool,
                            Signal, Slot)

from libdesk.services.reads import ReadToken, cancellable

log = logging.getLogger(__name__)

SWITCH_INTERVAL_S = 0.0005
CLOSE_WAIT_MS = 3000  # closing: how long the stopped reads are given to end
# below Qt's own low priority: delivered after the window's pending UpdateRequest (its paint)
_AFTER_PAINT_PRIORITY = Qt.EventPriority.LowEventPriority.value - 1
_AFTER_PAINT = QEvent.Type(QEvent.registerEventType())

Read = Callable[[], Any]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class SyncLoader:
    """Runs every read immediately; ``done`` is called before ``submit`` returns."""

    def submit(self, slot: Any, read: Read, done: Done, failed: Failed,
               token: ReadToken | None = None) -> ReadToken:
        token = token if token is not None else ReadToken()
        token.finished = True  # over when submit returns: there is nothing to cancel
        if token.cancelled:
            return token
        try:
            result = read()
        except Exception as exc:  # noqa: BLE001 - handed to the table to show
            failed(exc)
            return token
        done(result)
        return token

    def after_paint(self, start: Callable[[], None]) -> None:
        start()

    def wait(self, msecs: int = -1) -> bool:
        return True


class _Later(QObject):
    """Calls functions after the posted events already waiting, paints included."""

    def __init__(self) -> None:
        super().__init__()
        self._calls: list[Callable[[], None]] = []

    def call(self, start: Callable[[], None]) -> None:
        self._calls.append(start)
        if len(self._calls) == 1:
            QCoreApplication.postEvent(self, QEvent(_AFTER_PAINT), _AFTER_PAINT_PRIORITY)

    def event(self, event) -> bool:  # noqa: D401 - Qt naming
        if event.type() != _AFTER_PAINT:
            return super().event(event)
        calls, self._calls = self._calls, []
        for start in calls:
            start()
        return True


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call to the GUI thread."""

    arrived = Signal(object, object, object)  # callback, value, the read's token

    def __init__(self) -> None:
        super().__init__()
        self.arrived.connect(self._deliver)

    @Slot(object, object, object)
    def _deliver(self, callback, value, token) -> None:
        if not token.cancelled:  # cancelled on the way: dropped too
            callback(value)


class _Job(QRunnable):
    def __init__(self, loader: "ThreadedLoader", slot: Any, read: Read, done: Done,
                 failed: Failed, token: ReadToken) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._loader, self._slot, self.token = loader, slot, token
        self._read, self._done, self._failed = read, done, failed

    def run(self) -> None:
        token = self.token
        try:
            if token.cancelled:
                return  # outdated before it started: nothing is read
            with cancellable(token):
                result = self._read()
        except Exception as exc:  # noqa: BLE001 - shown by the table on the GUI thread
            if token.cancelled:  # stopped on purpose (the store's ReadCancelled): dropped
                log.debug("background read cancelled")
            else:
                log.debug("background read failed", exc_info=True)
                self._loader.relay.arrived.emit(self._failed, exc, token)
        else:
            if not token.cancelled:
                self._loader.relay.arrived.emit(self._done, result, token)
        finally:
            token.finished = True
            self._loader.finished(self._slot)


class ThreadedLoader:
    """Reads in a pool of two threads; per ``slot`` one read running and one waiting."""

    def __init__(self, threads: int = 2) -> None:
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(threads)
        self.relay = _Relay()
        self.later = _Later()
        if sys.getswitchinterval() > SWITCH_INTERVAL_S:
            sys.setswitchinterval(SWITCH_INTERVAL_S)
        self._lock = threading.Lock()
        self._running: dict[Any, _Job] = {}  # slot → its read in the pool
        self._waiting: dict[Any, _Job] = {}
        _LOADERS.add(self)

    def submit(self, slot: Any, read: Read, done: Done, failed: Failed,
               token: ReadToken | None = None) -> ReadToken:
        """Read ``read()`` in the pool; the token returned stops it (see the module)."""
        job = _Job(self, slot, read, done, failed, token if token is not None else ReadToken())
        with self._lock:
            replaced, start = self._waiting.get(slot), slot not in self._running
            if start:
                self._running[slot] = job
            else:
                self._waiting[slot] = job  # replaces an older request not yet started
        if not start and replaced is not None:
            replaced.token.cancel()
            replaced.token.finished = True
        if start:
            self.pool.start(job)
        return job.token

    def after_paint(self, start: Callable[[], None]) -> None:
        self.later.call(start)

    def finished(self, slot: Any) -> None:
        with self._lock:
            job = self._waiting.pop(slot, None)
            if job is None or job.token.cancelled:  # nothing (more) to read for the slot
                self._running.pop(slot, None)
                if job is not None:
                    job.token.finished = True
                return
            self._running[slot] = job
        if shiboken6.isValid(self.pool):  # not a loader already dropped (end of a test)
            self.pool.start(job)

    def cancel_all(self) -> None:
        """Stop every read of this loader: the running ones' SQL is interrupted (their
        answers dropped), the waiting ones never start. Never waits."""
        with self._lock:
            waiting, self._waiting = list(self._waiting.values()), {}
            running = list(self._running.values())
        for job in waiting:
            job.token.cancel()
            job.token.finished = True
        for job in running:
            job.token.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until every read has finished (closing the window, tests)."""
        return self.pool.waitForDone(msecs)


_LOADERS: "weakref.WeakSet[ThreadedLoader]" = weakref.WeakSet()


def cancel_all_reads() -> None:
    """Stop every read in flight of every loader (the window is closing). Never waits."""
    for loader in list(_LOADERS):
        loader.cancel_all()


def close_reads(msecs: int = CLOSE_WAIT_MS) -> bool:
    """Stop every read in flight and wait up to ``msecs`` for their threads to end (before
    the store closes). False if a read is still running then (it has been told to stop: it
    starts no further statement and its answer is dropped)."""
    cancel_all_reads()
    done = True
    for loader in list(_LOADERS):
        if shiboken6.isValid(loader.pool):
            done = loader.wait(msecs) and done
    return done


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
