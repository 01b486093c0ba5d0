"""A read run under a token stops when the token is cancelled (store/interrupt.py, reached
through services/reads.py): SQLite's interrupt, PostgreSQL's cancel request. The read raises
ReadCancelled (not a store failure), its connection goes back to the pool and reads again,
and nothing else is touched: not a write in another thread, not a read that later took the
same connection."""
from __future__ import annotations

import threading

from sqlalchemy import event, func, insert, select, text

from libdesk.models.donations.tables import Donor
from libdesk.services.reads import ReadToken, cancellable
from libdesk.store.interrupt import ReadCancelled
from tests.store.slow_sql import SlowSQL, same_connection


class SlowReader(threading.Thread):
    """Runs the slow statement in a read session under ``token``; keeps what happened."""

    def __init__(self, store, token: ReadToken) -> None:
        super().__init__(daemon=True)
        self.store, self.token = store, token
        self.slow = SlowSQL(store)
        self.error: BaseException | None = None
        self.result = None
        self.driver = None

    def run(self) -> None:
        try:
            with cancellable(self.token), self.store.read() as session:
                self.driver = session.connection().connection.driver_connection
                statement = self.slow.statement(session.connection())
                self.result = session.execute(statement).scalar()
        except BaseException as exc:  # noqa: BLE001 - the test looks at it
            self.error = exc


def donors(store) -> int:
    with store.read() as session:
        return session.execute(select(func.count()).select_from(Donor)).scalar_one()


def test_a_slow_read_stops_when_cancelled_and_its_connection_reads_again(services):
    store = services.store
    before = donors(store)
    reader = SlowReader(store, ReadToken())
    reader.start()
    reader.slow.wait_running()
    reader.token.cancel()
    reader.join(30)
    assert not reader.is_alive(), "the read was not stopped"
    assert isinstance(reader.error, ReadCancelled) and reader.result is None
    assert store.failed is None                      # not a failure of the store
    assert store.engine.pool.checkedout() == 0       # the connection went back to the pool
    connection = same_connection(store.engine, reader.driver)
    assert connection is not None                    # … and stays there (not invalidated)
    with connection:
        assert connection.execute(select(func.count()).select_from(Donor)).scalar_one() == before
        assert connection.execute(text("SELECT 1")).scalar_one() == 1
    assert donors(store) == before                   # and every other read works


def test_a_cancel_between_two_statements_stops_the_second(services):
    store = services.store
    token = ReadToken()
    ran: list[str] = []
    listener = lambda *args: ran.append(args[2])  # noqa: E731 - statement of every execute
    event.listen(store.engine, "before_cursor_execute", listener)
    try:
        with cancellable(token), store.read() as session:
            assert session.execute(text("SELECT 1")).scalar_one() == 1
            token.cancel()                            # no statement is running now
            try:
                session.execute(text("SELECT 2"))
            except ReadCancelled:
                pass
            else:
                raise AssertionError("the statement after the cancel ran")
    except ReadCancelled:
        pass
    finally:
        event.remove(store.engine, "before_cursor_execute", listener)
    assert not any("SELECT 2" in statement for statement in ran)
    assert donors(store) >= 0 and store.failed is None


def test_a_cancel_after_the_check_before_the_statement_starts_still_stops_it(services):
    """The cancel lands after ``refuse_cancelled`` let the statement through and before the
    database starts it (an interrupt then has nothing to stop): the statement stops anyway,
    by SQLite's progress handler or PostgreSQL's repeated cancel request."""
    store = services.store
    reader = SlowReader(store, ReadToken())

    def cancel_now(_conn, _cursor, statement, *_rest) -> None:
        if "libdesk_test_started" in statement or "pg_sleep" in statement:
            reader.token.cancel()                     # the check has passed; not yet running

    event.listen(store.engine, "before_cursor_execute", cancel_now)
    try:
        reader.start()
        reader.join(30)
    finally:
        event.remove(store.engine, "before_cursor_execute", cancel_now)
    assert not reader.is_alive(), "the slow statement ran on after the cancel"
    assert isinstance(reader.error, ReadCancelled) and reader.result is None
    assert store.failed is None and store.engine.pool.checkedout() == 0
    assert donors(store) >= 0


def test_a_read_cancelled_before_it_starts_runs_no_sql(services):
    store = services.store
    token = ReadToken()
    token.cancel()
    ran: list[str] = []
    listener = lambda *args: ran.append(args[2])  # noqa: E731
    event.listen(store.engine, "before_cursor_execute", listener)
    try:
        with cancellable(token):
            try:
                services.donors.page(services_query(), 0, 200)
            except ReadCancelled:
                pass
            else:
                raise AssertionError("a cancelled read gave rows")
    finally:
        event.remove(store.engine, "before_cursor_execute", listener)
    assert ran == []


def services_query():
    from libdesk.services.base import ListQuery

    return ListQuery(text="孙", sort="name")


def test_a_write_in_another_thread_is_untouched_by_the_cancel(services):
    store = services.store
    before = donors(store)
    reader = SlowReader(store, ReadToken())
    reader.start()
    reader.slow.wait_running()
    in_write, go_on = threading.Event(), threading.Event()
    outcome: dict[str, BaseException | None] = {"error": None}

    def write() -> None:
        try:
            with store.write() as session:
                session.execute(insert(Donor).values(name="写入中", name_key="xie ru zhong"))
                in_write.set()
                assert go_on.wait(20)          # the transaction stays open over the cancel
                session.execute(insert(Donor).values(name="写完了", name_key="xie wan le"))
        except BaseException as exc:  # noqa: BLE001
            outcome["error"] = exc

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    assert in_write.wait(20)
    reader.token.cancel()
    reader.join(30)
    assert isinstance(reader.error, ReadCancelled)
    go_on.set()
    writer.join(30)
    assert outcome["error"] is None
    assert donors(store) == before + 2
    with store.read() as session:
        names = set(session.execute(select(Donor.name).where(
            Donor.name.in_(["写入中", "写完了"]))).scalars())
    assert names == {"写入中", "写完了"}


def test_a_cancel_after_the_read_leaves_its_connection_alone(services):
    store = services.store
    token = ReadToken()
    with cancellable(token), store.read() as session:
        driver = session.connection().connection.driver_connection
        assert session.execute(text("SELECT 1")).scalar_one() == 1
    connection = same_connection(store.engine, driver)  # taken by someone else, who reads
    assert connection is not None
    slow = SlowSQL(store, short=True)
    outcome: dict[str, object] = {}

    def read_on_it() -> None:
        try:
            with connection:
                outcome["result"] = connection.execute(slow.statement(connection)).scalar_one()
        except BaseException as exc:  # noqa: BLE001
            outcome["error"] = exc

    other = threading.Thread(target=read_on_it, daemon=True)
    other.start()
    slow.wait_running()
    token.cancel()                  # the old read's token: its watch is closed
    other.join(30)
    assert "error" not in outcome
    assert outcome["result"] in (1, True)

