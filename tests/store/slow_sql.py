"""A statement that runs until it is stopped, on both engines, and a way to know it runs.

SQLite: a recursive count to 300 million whose first row calls a user function that sets an
event (so the statement is known to be inside SQLite when the event is set); PostgreSQL:
``pg_sleep(60)``, known to run once ``pg_stat_activity`` shows it active. Either finishes on
its own only after tens of seconds: a test that waits for it to stop sees it stopped by the
interrupt, not by its end. Both give 1 (true) when they run to their end.
"""
from __future__ import annotations

import threading
import time

from sqlalchemy import text


class SlowSQL:
    """``short``: a statement of a second or less, that ends on its own (a result of 1)."""

    def __init__(self, store, short: bool = False) -> None:
        self.store = store
        self.dialect = store.dialect
        self.started = threading.Event()
        self.pg_sleep = f"SELECT pg_sleep({1 if short else 60}) IS NOT NULL AS slept"
        self.limit = 3_000_000 if short else 300_000_000

    def statement(self, connection):
        """The slow statement, for a SQLAlchemy Connection (``session.connection()``)."""
        if self.dialect == "sqlite":
            driver = connection.connection.driver_connection
            driver.create_function("libdesk_test_started", 0, self._started)
            return text("WITH RECURSIVE c(x) AS (SELECT libdesk_test_started() UNION ALL "
                        f"SELECT x + 1 FROM c WHERE x < {self.limit}) "
                        f"SELECT max(x) = {self.limit} FROM c")
        return text(self.pg_sleep)

    def _started(self) -> int:
        self.started.set()
        return 1

    def wait_running(self, timeout: float = 20.0) -> None:
        """Until the slow statement is being executed by the database."""
        if self.dialect == "sqlite":
            assert self.started.wait(timeout), "the slow statement never started"
            return
        deadline = time.monotonic() + timeout
        probe = text("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' "
                     "AND query = :query AND pid <> pg_backend_pid()")
        while time.monotonic() < deadline:
            with self.store.engine.connect() as connection:
                if connection.execute(probe, {"query": self.pg_sleep}).scalar_one():
                    return
            time.sleep(0.02)
        raise AssertionError("the slow statement never started")


def same_connection(engine, driver):
    """A pooled Connection over the DBAPI connection ``driver`` (the others are given back),
    or None when the pool no longer holds it."""
    held = []
    try:
        for _ in range(engine.pool.checkedin()):
            connection = engine.connect()
            if connection.connection.driver_connection is driver:
                return connection
            held.append(connection)
        return None
    finally:
        for connection in held:
            connection.close()
