"""Shared fixtures: a fresh migrated and seeded database per test, copied from one template
made once per session (migrating for every test would be slow), and offscreen Qt.

The backend is SQLite unless ``--backend=postgresql`` or ``LIBDESK_TEST_BACKEND=postgresql``:
then the session starts a throwaway PostgreSQL server on a loopback port (or uses the server
of ``LIBDESK_TEST_PG_URL``, a superuser URL), migrates one template database, and every test
gets ``CREATE DATABASE tN TEMPLATE tpl``. Tests of SQLite files are marked ``sqlite_only``
and skipped on PostgreSQL; ``postgresql_only`` tests are skipped on SQLite.

``db_path`` is what a test passes to ``open_services`` / ``--database``: a ``Path`` on SQLite,
a ``ServerDatabase`` (a URL string with a ``parent`` folder for side files) on PostgreSQL.
``new_database()`` makes another fresh copy of the template.
"""
from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep the tests away from the user's settings and data: QSettings and platformdirs follow XDG.
_HOME = tempfile.mkdtemp(prefix="libdesk-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")
os.environ.pop("LIBDESK_DATABASE", None)
os.environ["LIBDESK_KEY_STORE"] = "file"  # signing keys in the temp config, never the OS keyring

BACKENDS = ("sqlite", "postgresql")


def pytest_addoption(parser):
    parser.addoption("--backend", choices=BACKENDS, default=None,
                     help="database the tests run on (default: $LIBDESK_TEST_BACKEND or sqlite)")


def backend_of(config) -> str:
    return config.getoption("--backend") or os.environ.get("LIBDESK_TEST_BACKEND", "sqlite")


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only: tests of SQLite files; skipped on PostgreSQL")
    config.addinivalue_line("markers", "postgresql_only: needs a PostgreSQL server")
    os.environ["LIBDESK_TEST_BACKEND"] = backend_of(config)  # seen by child processes too


def pytest_report_header(config):
    return f"database backend: {backend_of(config)}"


def pytest_collection_modifyitems(config, items):
    backend = backend_of(config)
    skip = {"postgresql": ("sqlite_only", "runs on SQLite only"),
            "sqlite": ("postgresql_only", "needs PostgreSQL (--backend=postgresql)")}[backend]
    for item in items:
        if skip[0] in item.keywords:
            item.add_marker(pytest.mark.skip(reason=skip[1]))


class ServerDatabase(str):
    """A PostgreSQL database URL; ``parent`` is a folder for the test's side files."""

    parent: Path


@pytest.fixture(scope="session")
def backend(pytestconfig) -> str:
    return backend_of(pytestconfig)


@pytest.fixture(scope="session")
def pg_server(backend):
    """(admin URL, URL of database NAME) of the PostgreSQL the session uses."""
    if backend != "postgresql":
        pytest.skip("needs PostgreSQL (--backend=postgresql)")
    given = os.environ.get("LIBDESK_TEST_PG_URL")
    if given:
        from sqlalchemy.engine import make_url

        yield given, lambda name: make_url(given).set(database=name).render_as_string(False)
        return
    from libdesk.store.postgres_server import ThrowawayServer

    server = ThrowawayServer().start()
    try:
        yield server.url(), server.url
    finally:
        server.stop()


def _admin(pg_server, *statements):
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(pg_server[0])
    with psycopg.connect(host=url.host, port=url.port, user=url.username,
                         password=url.password, dbname=url.database or "postgres",
                         autocommit=True) as connection:
        for statement in statements:
            connection.execute(statement)


@pytest.fixture(scope="session")
def template_db(backend, tmp_path_factory, request):
    """The migrated, seeded template: a file on SQLite, a database name on PostgreSQL."""
    from libdesk.services import open_services

    if backend == "postgresql":
        server = request.getfixturevalue("pg_server")
        name = f"tpl_{os.getpid()}"
        _admin(server, f"DROP DATABASE IF EXISTS {name}", f"CREATE DATABASE {name}")
        target = server[1](name)
    else:
        target = str(tmp_path_factory.mktemp("template") / "template.sqlite")
    services = open_services(target)
    services.signing.export_public_key()  # make the desk's key once, not in every test
    services.close()
    return name if backend == "postgresql" else Path(target)


class DatabaseFactory:
    """Fresh copies of the template: a file copy on SQLite, CREATE DATABASE … TEMPLATE on
    PostgreSQL (dropped again by ``drop``)."""

    def __init__(self, backend, template, server) -> None:
        self.backend, self.template, self.server = backend, template, server
        self.numbers = itertools.count(1)

    def make(self, folder: Path, name: str = "libdesk"):
        number = next(self.numbers)
        if self.backend == "postgresql":
            database = ServerDatabase(self.server[1](f"t{os.getpid()}_{number}"))
            _admin(self.server, f"CREATE DATABASE t{os.getpid()}_{number} "
                                f"TEMPLATE {self.template}")
            database.parent = folder
            return database
        path = folder / f"{name}.sqlite"
        if path.exists():
            path = folder / f"{name}-{number}.sqlite"
        shutil.copyfile(self.template, path)
        return path

    def drop(self, database) -> None:
        if isinstance(database, ServerDatabase):
            from sqlalchemy.engine import make_url

            _admin(self.server, f"DROP DATABASE IF EXISTS {make_url(database).database} "
                                "WITH (FORCE)")


@pytest.fixture(scope="session")
def database_factory(backend, template_db, request):
    server = request.getfixturevalue("pg_server") if backend == "postgresql" else None
    return DatabaseFactory(backend, template_db, server)


@pytest.fixture
def new_database(database_factory, tmp_path):
    """``new_database()`` → a fresh copy of the template (path or ServerDatabase)."""
    made = []

    def make():
        made.append(database_factory.make(tmp_path))
        return made[-1]

    yield make
    if made and database_factory.backend == "postgresql":
        _close_windows()  # a window left open would query the dropped database from a timer
    for database in made:
        database_factory.drop(database)


def _close_windows() -> None:
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()  # with it go its timers (idle lock, automatic backup)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


@pytest.fixture
def db_path(new_database):
    return new_database()


@pytest.fixture
def services(db_path):
    from libdesk.services import open_services

    services = open_services(str(db_path))
    yield services
    services.close()


@pytest.fixture
def other_desk(db_path):
    """Another desk on the same database: Services of its own, as a second PC's window has."""
    from libdesk.services import open_services

    services = open_services(str(db_path))
    yield services
    services.close()
