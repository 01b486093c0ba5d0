"""Backups, restore and checks of a PostgreSQL database, with the PostgreSQL client programs
(Debian ``postgresql-client``: ``pg_dump``, ``pg_restore``, ``psql``).

* ``dump`` writes ``pg_dump -Fc`` (custom format, compressed, one consistent snapshot taken
  while other desks keep working) to ``<target>.part`` and renames it when complete.
* ``dump_revisions`` reads a dump's table of contents (``pg_restore --list``: a damaged or
  foreign file fails here) and the LibDesk schema revisions stored in it.
* ``restore`` replaces the database's contents in ONE transaction (``psql -1``): drop the
  ``public`` schema, recreate it, replay the dump. If anything fails, nothing changed. The
  caller keeps the old database first (a ``before-restore`` dump).
* ``findings`` are Check Database's server checks: every foreign key points at a row,
  every number counter is at or past the numbers issued, indexes are sound (``amcheck``,
  when the extension is installed), and the structure is current.

The password, when the URL carries one, is handed to the programs in ``PGPASSWORD`` of
their environment only; without it libpq reads ``~/.pgpass`` as LibDesk itself does.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from libdesk.store import migrate

DUMP_SUFFIX = ".dump"
MAGIC = b"PGDMP"


class ClientProgramFailed(RuntimeError):
    """A PostgreSQL client program is missing or reported an error (its text is the reason)."""


def client_program(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / name).exists():
            return str(folder / name)
    raise ClientProgramFailed(
        f"{name} is not installed (Debian/Ubuntu: apt-get install postgresql-client; Windows: "
        f"the PostgreSQL installer's command line tools)")


def connection(url: str) -> tuple[list[str], dict[str, str]]:
    """libpq command-line options and environment for ``url``."""
    parsed = make_url(url)
    args = []
    if parsed.host:
        args += ["-h", parsed.host]
    if parsed.port:
        args += ["-p", str(parsed.port)]
    if parsed.username:
        args += ["-U", parsed.username]
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    for key, value in parsed.query.items():  # ?sslmode=require and the like
        env["PG" + key.upper()] = str(value)
    return args, env


def database_name(url: str) -> str:
    return make_url(url).database or "postgres"


def _run(argv: list[str], env: dict[str, str], **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(argv, env=env, capture_output=True, **kwargs)
    if result.returncode != 0:
        error = result.stderr.decode("utf-8", "replace") if isinstance(result.stderr, bytes) \
            else str(result.stderr)
        raise ClientProgramFailed(error.strip()[-400:] or f"{Path(argv[0]).name} failed")
    return result


def dump(url: str, target: Path) -> Path:
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    args, env = connection(url)
    try:
        _run([client_program("pg_dump"), *args, "-Fc", "--no-owner", "--no-acl",
              "-f", str(partial), database_name(url)], env, stdin=subprocess.DEVNULL)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(target)
    return target


def is_dump(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def dump_revisions(path: Path) -> set[str]:
    """The schema revisions stored in a dump; raises ClientProgramFailed if it is unreadable."""
    program = client_program("pg_restore")
    env = dict(os.environ)
    listing = _run([program, "--list", str(path)], env, text=True).stdout
    if "TABLE DATA public alembic_version" not in listing:
        return set()
    data = _run([program, "--data-only", "--table=alembic_version", "-f", "-", str(path)],
                env, text=True).stdout
    revisions, copying = set(), False
    for line in data.splitlines():
        if line.startswith("COPY ") and "alembic_version" in line:
            copying = True
        elif copying and line == "\\.":
            copying = False
        elif copying and line.strip():
            revisions.add(line.strip())
    return revisions


def restore(url: str, source: Path) -> None:
    """Replace everything in the database with the dump, all or nothing."""
    script = _run([client_program("pg_restore"), "--no-owner", "--no-acl", "-f", "-",
                   str(source)], dict(os.environ)).stdout
    prefix = (b"SET lock_timeout = '60s';\n"
              b"DROP SCHEMA IF EXISTS public CASCADE;\n"
              b"CREATE SCHEMA public;\n")
    args, env = connection(url)
    _run([client_program("psql"), *args, "-X", "-q", "-1", "-v", "ON_ERROR_STOP=1",
          "-d", database_name(url)], env, input=prefix + _without_public_schema(script))


def _without_public_schema(script: bytes) -> bytes:
    """The dump's own ``CREATE SCHEMA public`` (PostgreSQL 15 dumps it when its owner or
    comment changed) would clash with the one made before; leave it out."""
    lines = script.split(b"\n")
    return b"\n".join(line for line in lines if line.strip() != b"CREATE SCHEMA public;")


# -- Check Database ------------------------------------------------------------------------
def broken_references(engine: Engine, metadata) -> list[tuple[str, int]]:
    """(table, count) of rows whose foreign key points at no row."""
    found = []
    with engine.connect() as conn:
        for table in metadata.sorted_tables:
            for fk in table.foreign_key_constraints:
                parent = fk.referred_table
                pairs = list(zip(fk.column_keys, [e.column.name for e in fk.elements]))
                child_cols = " AND ".join(f'c."{c}" IS NOT NULL' for c, _ in pairs)
                match = " AND ".join(f'p."{p}" = c."{c}"' for c, p in pairs)
                count = conn.execute(text(
                    f'SELECT count(*) FROM "{table.name}" c WHERE {child_cols} AND NOT EXISTS '
                    f'(SELECT 1 FROM "{parent.name}" p WHERE {match})')).scalar_one()
                if count:
                    found.append((table.name, count))
    return found


def index_problems(engine: Engine) -> list[str] | None:
    """amcheck's findings over every B-tree index of the schema; None without amcheck."""
    with engine.connect() as conn:
        if conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'amcheck'")).first() \
                is None:
            return None
        indexes = conn.execute(text(
            "SELECT c.oid, c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE a.amname = 'btree' AND n.nspname = 'public' AND c.relpersistence != 't' "
            "AND i.indisvalid")).all()
        problems = []
        for oid, name in indexes:
            try:
                with conn.begin_nested():
                    conn.execute(text("SELECT bt_index_check(:oid, true)"), {"oid": oid})
            except Exception as exc:  # noqa: BLE001 - each damaged index is one finding
                problems.append(f"{name}: {getattr(exc, 'orig', exc)}"[:200])
        conn.rollback()
        return problems


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return migrate.current_revisions(conn)
