"""Schema migrations: which revision a database is at, and upgrading it safely.

Revisions live in ``libdesk/store/migrations/versions``. Each area of LibDesk adds its own
revision; several heads are allowed and ``upgrade`` always goes to all of them.

Opening a database that is already current needs no Alembic (importing it costs about as
much as the ORM): the revision files' ``revision`` / ``down_revision`` lines are read with
``ast`` and the database's ``alembic_version`` rows with one query. Alembic itself is
imported only to upgrade (tests check that both ways agree).
"""
from __future__ import annotations

import ast
import sys
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect


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


def alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def script_directory():
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


@lru_cache(maxsize=1)
def revision_graph() -> dict[str, tuple[str, ...]]:
    """Each revision file's ``revision`` → its ``down_revision`` ids, read without Alembic."""
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        values = _assignments(_header(text))
        if "revision" not in values:  # not in the part before the first function
            values = _assignments(text)
        if "revision" not in values:
            continue
        down = values.get("down_revision") or ()
        graph[values["revision"]] = (down,) if isinstance(down, str) else tuple(down)
    return graph


def _header(text: str) -> str:
    """The file up to its first top-level function: the revision ids are assigned there, and
    parsing only that part is what makes opening a database quick (the upgrade bodies are
    most of the text)."""
    cut = text.find("\ndef ")
    return text if cut < 0 else text[:cut + 1]


def _assignments(text: str) -> dict:
    values = {}
    try:
        body = ast.parse(text).body
    except SyntaxError:
        return values
    for node in body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name) and node.value is not None:
                    values[target.id] = ast.literal_eval(node.value)
    return values


def head_revisions() -> set[str]:
    graph = revision_graph()
    below = {down for downs in graph.values() for down in downs}
    return set(graph) - below


def current_revisions(connection: Connection) -> set[str]:
    if not inspect(connection).has_table("alembic_version"):
        return set()
    return {row[0] for row in connection.exec_driver_sql(
        "SELECT version_num FROM alembic_version")}


def unknown_revisions(current: set[str]) -> list[str]:
    """Revisions in the database that this LibDesk does not know: written by a newer one."""
    return sorted(current - set(revision_graph()))


def is_current(current: set[str]) -> bool:
    return current == head_revisions()


def upgrade(engine: Engine, target: str = "heads") -> None:
    """Upgrade in one transaction. On SQLite, foreign keys are off while batch mode copies
    tables (a dropped parent table must not cascade) and checked before the commit."""
    from alembic import command

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
