"""Helpers for the tests of imports that read and plan outside the write lock (issue 12
item 6): run another writer on another thread, count the statements of the write phase."""
from __future__ import annotations

import threading
from contextlib import contextmanager

from sqlalchemy import event


def in_another_thread(work):
    """Run ``work`` on another thread (another connection); what it returned or raised."""
    outcome: list = []

    def run():
        try:
            outcome.append(work())
        except Exception as exc:  # noqa: BLE001 - handed to the test
            outcome.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return outcome[0]


def once_before(monkeypatch, module, name: str, change) -> list[int]:
    """Run ``change()`` once, when ``module.name`` (a function of the read phase) is called;
    returns a list that holds 1 once it ran."""
    real = getattr(module, name)
    done: list[int] = []

    def wrapped(*args, **kwargs):
        if not done:
            done.append(1)
            change()
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, wrapped)
    return done


def write_statements(services, monkeypatch) -> list[str]:
    """Every SQL statement sent inside ``store.write()`` (an executemany counts once)."""
    sent: list[str] = []
    inside: list[int] = []
    real = services.store.write

    @contextmanager
    def write():
        inside.append(1)
        try:
            with real() as session:
                yield session
        finally:
            inside.pop()

    def count(_conn, _cursor, statement, *_args):
        if inside:
            sent.append(statement)

    event.listen(services.store.engine, "before_cursor_execute", count)
    monkeypatch.setattr(services.store, "write", write)
    return sent


# Another command owning the database file (argv: database, ready file, go file): it claims
# the file, touches "ready", and holds the claim until "go" exists. Run with ``python -c``.
HOLDER = """
import sys, time
from pathlib import Path
from libdesk.store import ownership
database, ready, go = (Path(a) for a in sys.argv[1:4])
assert ownership.try_claim(database, ownership.COMMAND) is None
ready.touch()
while not go.exists():
    time.sleep(0.05)
"""
