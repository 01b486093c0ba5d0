"""Upgrading a shared PostgreSQL database: one desk at a time, after a dump.

Two desks starting a new LibDesk at once must not both migrate: ``upgrade_lock`` holds a
session-level advisory lock (on its own connection) while the revisions are read and the
migration runs, so the second desk waits, then finds the database current. Before migrating a
database that has data, ``dump_before_upgrade`` writes a ``pg_dump -Fc`` copy into the user's
backup folder (``<database>-YYYYMMDD-HHMMSS-before-upgrade.dump``); without it, no upgrade.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from libdesk.store import postgres_backup
from libdesk.store.engine import display_url
from libdesk.store.postgres_errors import explain

UPGRADE_LOCK_KEY = 0x4C69624465736B  # "LibDesk"


@contextmanager
def upgrade_lock(engine: Engine) -> Iterator[None]:
    if engine.dialect.name != "postgresql":
        yield
        return
    try:
        connection = engine.connect()
    except DBAPIError as exc:
        raise explain(exc, display_url(engine.url.render_as_string(hide_password=True))) \
            from exc
    with connection:
        connection.execute(text("SET lock_timeout = 0"))  # waiting for another desk is right
        connection.execute(text("SELECT pg_advisory_lock(:k)"), {"k": UPGRADE_LOCK_KEY})
        connection.commit()
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": UPGRADE_LOCK_KEY})
            connection.commit()


def dump_before_upgrade(url: str, folder: Path | None = None) -> Path:
    from libdesk.config import user_dir

    name = postgres_backup.database_name(url)
    folder = folder or user_dir() / "backups" / name
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return postgres_backup.dump(url, Path(folder) / f"{name}-{stamp}-before-upgrade.dump")
