"""0022_transfer_line_version: a database from before it keeps its transfer lines, each at
version 1, and the lines then count up on a save; downgrading drops the column again. On the
backend the run uses (SQLite file, or a fresh PostgreSQL database)."""
from __future__ import annotations

import pytest
from sqlalchemy import create_engine, inspect, text

from libdesk.store import migrate
from libdesk.store.engine import postgresql_url


@pytest.fixture
def old_engine(backend, tmp_path, request):
    if backend == "postgresql":
        from tests.conftest import _admin

        server = request.getfixturevalue("pg_server")
        _admin(server, "DROP DATABASE IF EXISTS old_lines", "CREATE DATABASE old_lines")
        engine = create_engine(postgresql_url(server[1]("old_lines")))
    else:
        engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite'}")
    yield engine
    engine.dispose()
    if backend == "postgresql":
        _admin(server, "DROP DATABASE IF EXISTS old_lines")


def _columns(engine, table: str) -> set[str]:
    with engine.connect() as connection:
        return {c["name"] for c in inspect(connection).get_columns(table)}


def test_old_lines_are_kept_at_version_1_and_downgrade_drops_it(old_engine):
    migrate.upgrade(old_engine, "0021_versions_figures")
    with old_engine.begin() as c:
        c.execute(text(
            "INSERT INTO collection_transfer (id, transferred_on, source_dept, target_dept, "
            "project, purpose, staff, notes, recorded_by, recorded_at, version) VALUES "
            "(1, '2020-11-02', '少儿借阅区', '馆外流通部', '太原城市书房', '', '', '', 'li', "
            "'2020-11-02 09:00:00', 1)"))
        c.execute(text("INSERT INTO transfer_line (transfer_id, isbn, title, copies) "
                       "VALUES (1, '', '亲子绘本', 150), (1, '9787020002207', '红楼梦', 20)"))
    assert "version" not in _columns(old_engine, "transfer_line")

    migrate.upgrade(old_engine, "0022_transfer_line_version")
    with old_engine.begin() as c:
        assert c.execute(text("SELECT title, copies, version FROM transfer_line "
                              "ORDER BY id")).all() == [("亲子绘本", 150, 1), ("红楼梦", 20, 1)]
        c.execute(text("INSERT INTO transfer_line (transfer_id, isbn, title, copies) "
                       "VALUES (1, '', '少儿图书', 5)"))  # a line written without it starts at 1
        assert c.execute(text("SELECT version FROM transfer_line WHERE title = '少儿图书'")
                         ).scalar_one() == 1

    from alembic import command

    config = migrate.alembic_config()
    with old_engine.connect() as connection, connection.begin():
        config.attributes["connection"] = connection
        command.downgrade(config, "0021_versions_figures")
    assert "version" not in _columns(old_engine, "transfer_line")
    with old_engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM transfer_line")).scalar_one() == 3
