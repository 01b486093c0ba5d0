"""Schema migrations: which revision a database is at, and upgrading it safely.

Revisions live in ``libdesk/store/migrations/versions``. Each area of LibDesk adds its own
revision; several heads are allowed and ``upgrade`` always goes to all of them.
"""
from __future__ import annotations

import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine


def _migrations_dir() -> Path:
    """Alembic reads the revision files from disk: beside this module in a checkout or wheel,
    under ``sys._MEIPASS`` in a PyInstaller bundle (build_installer.py copies them there)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        frozen = Path(bundle) / "libdesk" / "store" / "migrations"
        if (frozen / "env.py").is_file():
            return frozen
    return Path(__file__).resolve().parent / "migrations"


MIGRATIONS_DIR = _migrations_dir()


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revisions() -> set[str]:
    return set(script_directory().get_heads())


def current_revisions(connection: Connection) -> set[str]:
    return set(MigrationContext.configure(connection).get_current_heads())


def unknown_revisions(current: set[str]) -> list[str]:
    """Revisions in the database that this LibDesk does not know: written by a newer one."""
    script = script_directory()
    known = {rev.revision for rev in script.walk_revisions()}
    return sorted(current - known)


def is_current(current: set[str]) -> bool:
    return current == head_revisions()


def upgrade(engine: Engine, target: str = "heads") -> None:
    """Upgrade in one transaction. On SQLite, foreign keys are off while batch mode copies
    tables (a dropped parent table must not cascade) and checked before the commit."""
    config = alembic_config()
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, target)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"migration left broken references: {broken[:5]}")
        finally:
            if sqlite:
                connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")
