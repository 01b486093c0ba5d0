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

import os
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

from libdesk.store.postgres_errors import driver_missing

BUSY_TIMEOUT_MS = 15_000
# SQLite's page cache per connection (default 2 MiB). One page of the donors list looks up
# every shown donor's donations and lines: over 100k donors that is more pages than 2 MiB
# holds, and a second look at the same page read them again (16 ms instead of 2; benchmarks/
# scaling rows). Filled only as pages are read.
CACHE_KIB = 64 * 1024
LOCK_TIMEOUT_MS = 10_000
WRITE_OPTION = "libdesk_write"
ENV_WAIT = "LIBDESK_WAIT_SECONDS"
DEFAULT_WAIT_SECONDS = 120


def wait_limit() -> float:
    """How long a writer waits for a busy database before giving up ($LIBDESK_WAIT_SECONDS)."""
    try:
        return max(0.0, float(os.environ.get(ENV_WAIT, DEFAULT_WAIT_SECONDS)))
    except ValueError:
        return float(DEFAULT_WAIT_SECONDS)


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


def read_only_url(url: str) -> URL:
    """The same SQLite file opened ``mode=ro``: such a connection cannot checkpoint or delete
    the ``-wal`` file when it closes (see ``ownership``). Built as a URL object, so the
    percent-encoded file name reaches SQLite exactly as written."""
    path = Path(sqlite_path(url)).as_posix()
    if len(path) > 1 and path[1] == ":":  # a Windows drive: file:///C:/… (empty authority)
        path = "///" + path
    return URL.create("sqlite", database="file:" + quote(path, safe="/:"),
                      query={"mode": "ro", "uri": "true"})


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    if is_postgresql(url):
        return _postgresql_engine(url)
    if not is_sqlite(url):
        return create_engine(url, pool_pre_ping=True)
    read_only = read_only and sqlite_path(url) is not None
    engine = create_engine(read_only_url(url) if read_only else url,
                           connect_args={"timeout": BUSY_TIMEOUT_MS / 1000,
                                         "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy's "begin" event issue BEGIN itself (see _on_begin).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if not read_only:
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
    try:
        engine = create_engine(postgresql_url(url), pool_pre_ping=True, pool_size=3,
                               max_overflow=5,
                               connect_args={"application_name": "LibDesk",
                                             "connect_timeout": 10})
    except ImportError as exc:  # a hand-made install without psycopg
        raise driver_missing() from exc

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # psycopg runs this inside a transaction of its own; end it so the pool gets a clean
        # connection whose settings stay for the session.
        with dbapi_connection.cursor() as cursor:
            cursor.execute(f"SET lock_timeout = {LOCK_TIMEOUT_MS}")
            cursor.execute("SET idle_in_transaction_session_timeout = 600000")
        dbapi_connection.commit()

    return engine
