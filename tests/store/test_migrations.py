"""Opening databases: empty → head, an old revision upgrades keeping data (with a copy made
first), and a database from a newer LibDesk is refused untouched."""
from __future__ import annotations

import hashlib
import sqlite3

import pytest
from sqlalchemy import create_engine, inspect

from libdesk.models.base import metadata
from libdesk.store import DatabaseTooNew, DatabaseUnreadable, Store
from libdesk.store import migrate


def url(path) -> str:
    return f"sqlite:///{path}"


def test_empty_database_goes_to_every_head(tmp_path):
    store = Store.open(url(tmp_path / "new.sqlite"))
    assert store.created
    with store.engine.connect() as connection:
        assert migrate.current_revisions(connection) == migrate.head_revisions()
        tables = set(inspect(connection).get_table_names())
    store.close()
    assert set(metadata.tables) <= tables


def test_schema_from_migrations_matches_the_models(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    store = Store.open(url(tmp_path / "cmp.sqlite"))
    with store.engine.connect() as connection:
        from libdesk.store.search import include_name

        context = MigrationContext.configure(connection, opts={"include_name": include_name})
        diff = compare_metadata(context, metadata)
    store.close()
    assert diff == []


def test_first_revision_upgrades_keeping_data(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = create_engine(url(path))
    migrate.upgrade(engine, "0001_branches")
    with engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO branch_category (id, name, sort_order) "
                                   "VALUES (1, '区县图书馆', 1)")
        connection.exec_driver_sql(
            "INSERT INTO branch (id, number, name, name_key, category_id, address, district, "
            "status, books_on_site, notes, created_at, updated_at) VALUES (1, 1, '小店区图书馆', "
            "'xiao3', 1, '', '', 'active', 5, '', '2020-01-01 00:00:00', '2020-01-01 00:00:00')")
    engine.dispose()

    store = Store.open(url(path))
    assert not store.created
    assert store.upgrade_backup is not None and store.upgrade_backup.exists()
    with store.engine.connect() as connection:
        assert migrate.current_revisions(connection) == migrate.head_revisions()
        assert connection.exec_driver_sql("SELECT name, books_on_site FROM branch").all() == [
            ("小店区图书馆", 5)]
    store.close()
    backup = sqlite3.connect(store.upgrade_backup)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchall() == [
        ("0001_branches",)]
    backup.close()


def test_newer_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "newer.sqlite"
    Store.open(url(path)).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future' "
                       "WHERE version_num = (SELECT min(version_num) FROM alembic_version)")
    connection.commit()
    connection.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseTooNew) as caught:
        Store.open(url(path))
    assert "newer LibDesk" in caught.value.english()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"these are not the tables you are looking for" * 100)
    with pytest.raises(DatabaseUnreadable):
        Store.open(url(path))


def test_connections_use_wal_foreign_keys_and_full_sync(tmp_path):
    store = Store.open(url(tmp_path / "p.sqlite"))
    with store.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") >= 5000
    store.close()


def test_newer_database_in_rollback_journal_mode_keeps_its_header(tmp_path):
    """Issue 12 item 8: journal_mode=WAL used to run before the version check."""
    path = tmp_path / "newer-journal.sqlite"
    Store.open(url(path)).close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future' "
                       "WHERE version_num = (SELECT min(version_num) FROM alembic_version)")
    connection.commit()
    connection.close()
    header = path.read_bytes()[:100]
    assert header[18:20] == b"\x01\x01"  # rollback journal, not WAL
    with pytest.raises(DatabaseTooNew):
        Store.open(url(path))
    assert path.read_bytes()[:100] == header
    assert not path.with_name(path.name + "-wal").exists()


def test_the_revision_files_read_without_alembic_agree_with_alembic(tmp_path):
    from alembic.runtime.migration import MigrationContext

    script = migrate.script_directory()
    assert migrate.head_revisions() == set(script.get_heads())
    assert set(migrate.revision_graph()) == {rev.revision for rev in script.walk_revisions()}
    store = Store.open(url(tmp_path / "new.sqlite"))
    with store.engine.connect() as connection:
        assert migrate.current_revisions(connection) == set(
            MigrationContext.configure(connection).get_current_heads())
    store.close()


def test_opening_a_current_database_does_not_import_alembic(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "current.sqlite"
    Store.open(url(path)).close()
    probe = ("import sys; from libdesk.store import Store; "
             f"Store.open({url(path)!r}).close(); print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "False"
