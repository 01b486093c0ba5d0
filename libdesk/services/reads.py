"""Reads the caller may stop: a list's query for a filter the user has already typed past.

    token = ReadToken()
    with cancellable(token):          # in the thread that reads
        rows = services.donors.page(query, 0, 200)
    token.cancel()                    # from any thread: the statement running stops

Inside ``cancellable(token)`` every ``store.read()`` of this thread hands its connection to
the token while the session is open (``libdesk.store.interrupt``), so ``cancel()`` stops the
statement running on it (SQLite's interrupt, PostgreSQL's cancel request) and refuses the
statements the read would run after it. The read then raises ``ReadCancelled`` and leaves
nothing behind: its session rolls back and its connection goes back to the pool clean.
Writes are never stopped: only ``store.read()`` sessions are handed over.

The token itself needs nothing but the standard library, so the window can make one before
the store is open.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class ReadToken:
    """Stops the reads run under it; ``finished`` is set by whoever ran them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._hooks: list[Callable[[], None]] = []
        self.finished = False

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        """Stop the reads under this token (at once, or when they start). Never waits."""
        with self._lock:
            if self._cancelled:
                return
            self._cancelled = True
            hooks = list(self._hooks)
        for hook in hooks:
            hook()

    def attach(self, hook: Callable[[], None]) -> bool:
        """``hook()`` is called on ``cancel()`` until detached; False if already cancelled."""
        with self._lock:
            if self._cancelled:
                return False
            self._hooks.append(hook)
            return True

    def detach(self, hook: Callable[[], None]) -> None:
        with self._lock:
            if hook in self._hooks:
                self._hooks.remove(hook)


@contextmanager
def cancellable(token: ReadToken) -> Iterator[None]:
    """The store's reads in this block stop when ``token`` is cancelled."""
    from libdesk.store import interrupt  # the store is loaded by the time anything is read

    with interrupt.reading(token):
        yield

