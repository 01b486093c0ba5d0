"""Creating engines: the per-connection PRAGMAs and IMMEDIATE write transactions for SQLite;
for PostgreSQL (``postgresql+psycopg://user@host:port/db``) a lock timeout on every
connection, so a write waiting for another desk's row lock fails after ``LOCK_TIMEOUT_MS``
(and is retried, see ``postgres_retry``) instead of hanging the window.

Passwords are never part of LibDesk's settings: libpq finds them itself (``~/.pgpass`` or
``%APPDATA%\\postgresql\\pgpass.conf``, ``PGPASSFILE``, ``PGPASSWORD``, a service file). A URL
that carries one is accepted for the running process but never written anywhere;
``display_url`` hides it in every message.

Everything engine-specific lives in ``libdesk/store``; services speak the ORM / Core only.
"""
from __future__ import annotations

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

BUSY_TIMEOUT_MS = 15_000
# SQLite's page cache per connection (default 2 MiB). One page of the donors list looks up
# every shown donor's donations and lines: over 100k donors that is more pages than 2 MiB
# holds, and a second look at the same page read them again (16 ms instead of 2; benchmarks/
# scaling rows). Filled only as pages are read.
CACHE_KIB = 64 * 1024
LOCK_TIMEOUT_MS = 10_000
WRITE_OPTION = "libdesk_write"


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> str | None:
    """The file behind an SQLite URL, or None for memory / other backends."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return parsed.database


def is_postgresql(url: str) -> bool:
    return make_url(url).get_backend_name() in ("postgresql", "postgres")


def display_url(url: str) -> str:
    """The URL for messages: the password (if one was given) replaced by ***."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - not a URL: a file path, shown as it is
        return url


def postgresql_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` mean the psycopg 3 driver LibDesk ships."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def make_engine(url: str) -> Engine:
    if is_postgresql(url):
        return _postgresql_engine(url)
    if not is_sqlite(url):
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000,
                                              "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy's "begin" event issue BEGIN itself (see _on_begin).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        write = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _postgresql_engine(url: str) -> Engine:
    engine = create_engine(postgresql_url(url), pool_pre_ping=True, pool_size=3,
                           max_overflow=5,
                           connect_args={"application_name": "LibDesk", "connect_timeout": 10})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # psycopg runs this inside a transaction of its own; end it so the pool gets a clean
        # connection whose settings stay for the session.
        with dbapi_connection.cursor() as cursor:
            cursor.execute(f"SET lock_timeout = {LOCK_TIMEOUT_MS}")
            cursor.execute("SET idle_in_transaction_session_timeout = 600000")
        dbapi_connection.commit()

    return engine
