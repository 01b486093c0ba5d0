"""Creating engines: the per-connection PRAGMAs and IMMEDIATE write transactions for SQLite.

Everything SQLite-specific lives in ``libdesk/store``; services speak the ORM / Core only.
"""
from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

BUSY_TIMEOUT_MS = 15_000
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
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        write = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine
