"""Stopping a read nobody waits for any more (``libdesk.services.reads``).

A thread reads inside ``reading(token)``; each ``Store.read()`` session it opens then runs
inside ``watched(session)``, which hands the session's DBAPI connection to the token for as
long as the session is open. ``token.cancel()``, from any thread, then stops the statement
running on that connection:

- SQLite: ``sqlite3.Connection.interrupt()``: the statement stops at its next step with
  "interrupted"; a read changes nothing, so nothing is rolled back but the read's own BEGIN.
- PostgreSQL: psycopg's ``cancel_safe()``, a cancel request over a connection of its own,
  sent from a short thread of its own (the caller, the GUI thread, never waits on the
  network); the statement fails with "canceling statement due to user request" (57014).

A statement the read starts after the cancel is refused before it reaches the driver. One
the cancel reaches in the instant between that check and the database starting it stops
all the same: on SQLite a progress handler asks the token every 100,000 virtual-machine
steps (a millisecond or so; an interrupt sent while no statement runs is lost), and on
PostgreSQL the cancel request is sent again every 50 ms while the read's session is open
(a request reaching an idle connection cancels nothing). The read then raises
``ReadCancelled`` — not a store failure: nothing is marked, nothing is shown — its session
rolls back and the connection goes back to the pool, clean.

Only ``Store.read()`` sessions are watched, never a write. The watch is closed before the
connection returns to the pool (where another thread, a writer among them, may take it): a
cancel that comes later does nothing, and a cancel request still being sent is waited for.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Protocol

log = logging.getLogger(__name__)

CANCEL_TIMEOUT_S = 5.0
RESEND_S = 0.05  # PostgreSQL: a cancel request again, while the cancelled read still runs
SQLITE_STEPS = 100_000  # SQLite: the token asked every so many virtual-machine steps


class Token(Protocol):
    """What ``reading`` accepts (``libdesk.services.reads.ReadToken``)."""

    @property
    def cancelled(self) -> bool: ...

    def attach(self, hook) -> bool: ...

    def detach(self, hook) -> None: ...


class ReadCancelled(Exception):
    """The read was stopped through its token: an answer nobody waits for, not a failure."""


_token: ContextVar[Token | None] = ContextVar("libdesk_read_token", default=None)
_watch: ContextVar["_Watch | None"] = ContextVar("libdesk_read_watch", default=None)


@contextmanager
def reading(token: Token) -> Iterator[None]:
    """The store's reads in this block (this thread) stop when ``token`` is cancelled."""
    reset = _token.set(token)
    try:
        yield
    finally:
        _token.reset(reset)


class _Watch:
    """One read session's connection, reachable from the token while the session is open."""

    def __init__(self, token: Token, connection: Any) -> None:
        self.token = token
        self.connection = connection  # the SQLAlchemy Connection the session reads on
        self._driver = connection.connection.driver_connection
        self._dialect = connection.dialect.name
        self._lock = threading.Lock()
        self._open = True
        self._senders: list[threading.Thread] = []
        self._closed = threading.Event()
        self.interrupted = False
        if self._dialect == "sqlite":
            self._driver.set_progress_handler(self._sqlite_progress, SQLITE_STEPS)

    def _sqlite_progress(self) -> int:
        """SQLite's progress handler: non-zero stops the running statement ("interrupted")."""
        return 1 if self.token.cancelled else 0

    def cancel(self) -> None:
        """Called by ``token.cancel()``, on whichever thread cancels. Never waits."""
        with self._lock:
            if not self._open:
                return
            self.interrupted = True
            if self._dialect == "sqlite":
                self._driver.interrupt()
            elif self._dialect == "postgresql":
                sender = threading.Thread(target=self._send, name="libdesk-read-cancel",
                                          daemon=True)
                self._senders.append(sender)
                sender.start()

    def _send(self) -> None:
        """Cancel requests until the session closes (a request reaching the connection
        before its statement starts cancels nothing), for at most CANCEL_TIMEOUT_S."""
        cancel_safe = getattr(self._driver, "cancel_safe", None)
        for _ in range(int(CANCEL_TIMEOUT_S / RESEND_S)):
            try:
                if cancel_safe is not None:
                    cancel_safe(timeout=CANCEL_TIMEOUT_S)
                else:
                    self._driver.cancel()
            except Exception:  # noqa: BLE001 - the read then runs to its end, and is dropped
                log.debug("cancelling a read failed", exc_info=True)
                return
            if self._closed.wait(RESEND_S):
                return

    def close(self) -> None:
        """No cancel reaches the connection from now on (it goes back to the pool next)."""
        with self._lock:
            self._open = False
            senders, self._senders = self._senders, []
            if self._dialect == "sqlite":
                self._driver.set_progress_handler(None, 0)
        self._closed.set()
        for sender in senders:
            sender.join()


@contextmanager
def watched(session) -> Iterator[None]:
    """Inside ``reading(token)``: ``session``'s connection stops when the token is cancelled
    (``Store.read()`` only). Outside: nothing."""
    token = _token.get()
    if token is None:
        yield
        return
    if token.cancelled:
        raise ReadCancelled()
    watch = _Watch(token, session.connection())
    if not token.attach(watch.cancel):
        raise ReadCancelled()
    reset = _watch.set(watch)
    try:
        yield
    except Exception as exc:
        if token.cancelled:
            raise ReadCancelled() from exc
        raise
    finally:
        token.detach(watch.cancel)
        watch.close()
        _watch.reset(reset)


def refuse_cancelled(conn, _cursor, _statement, _parameters, _context, _many) -> None:
    """``before_cursor_execute`` of every engine: a cancelled read runs no further
    statement on its connection (other connections, writes among them, are not looked at)."""
    watch = _watch.get()
    if watch is not None and watch.connection is conn and watch.token.cancelled:
        raise ReadCancelled()
