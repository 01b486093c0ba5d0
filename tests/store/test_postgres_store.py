"""The store on a PostgreSQL server: an append-only audit log, trigram search indexes, an
upgrade that dumps first and lets only one desk migrate, passwords kept out of messages."""
from __future__ import annotations

import multiprocessing

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from libdesk.demo.generator import DemoService, DemoSizes
from libdesk.models.donations.rules import DonorInput
from libdesk.models.donations.tables import Donor
from libdesk.services.base import ListQuery
from libdesk.store import Store, migrate
from libdesk.store.engine import display_url, postgresql_url
from libdesk.store.search import DONOR_INDEX, text_condition, trigram_index_names

pytestmark = pytest.mark.postgresql_only


@pytest.mark.parametrize("statement", [
    "UPDATE audit_log SET actor = 'someone'", "DELETE FROM audit_log", "TRUNCATE audit_log"])
def test_the_audit_log_is_append_only_on_the_server(services, statement):
    services.settings.set("library.name", "太原市图书馆（审计）")
    with pytest.raises(DBAPIError, match="cannot be changed"):
        with services.store.engine.begin() as connection:
            connection.execute(text(statement))
    with services.store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM audit_log")).scalar() > 0


def test_search_has_trigram_indexes_the_planner_uses(services):
    for name in ("张伟明", "李张伟", "王小明"):
        services.donors.save(DonorInput(name=name))
    assert services.donors.count(ListQuery(text="张伟")) == 2      # short: LIKE on the name
    assert services.donors.count(ListQuery(text="张伟明")) == 1    # three: trigram ILIKE
    with services.store.engine.connect() as connection:
        names = set(connection.execute(text(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'donor'")).scalars())
        assert set(trigram_index_names(DONOR_INDEX)) <= names
        connection.execute(text("SET enable_seqscan = off"))
        plan = "\n".join(connection.execute(text(
            "EXPLAIN SELECT id FROM donor WHERE name ILIKE '%张伟明%' "
            "OR address ILIKE '%张伟明%'")).scalars())
    assert "donor_trgm_name" in plan and "donor_trgm_address" in plan


def test_text_without_case_is_matched_with_like_and_letters_with_ilike(services):
    for name in ("张伟明", "Li Ming", "李明"):
        services.donors.save(DonorInput(name=name))
    assert services.donors.count(ListQuery(text="伟明")) == 1
    assert services.donors.count(ListQuery(text="李")) == 1
    assert services.donors.count(ListQuery(text="li")) == 1            # any case: ILIKE
    assert services.donors.count(ListQuery(text="LI MING")) == 1
    with services.store.read() as session:
        dialect = session.get_bind().dialect

        def sql(text_):
            condition = text_condition(session, DONOR_INDEX, Donor.id, text_, [Donor.name])
            return str(condition.compile(dialect=dialect))

        assert "ILIKE" not in sql("张伟明") and "LIKE" in sql("张伟明")
        assert "ILIKE" not in sql("138")
        assert "ILIKE" in sql("Li")


def test_a_bulk_load_leaves_the_trigram_indexes_merged_and_the_planner_informed(services):
    DemoService.for_services(services).fill(DemoSizes(
        donors=300, volunteers=5, hours=10, batches=1, certificates=0))
    with services.store.engine.connect() as connection:
        # entries still queued in a GIN index's pending list: every search reads them all
        pending = [connection.execute(text("SELECT gin_clean_pending_list(CAST(:i AS regclass))"),
                                      {"i": name}).scalar()
                   for name in trigram_index_names(DONOR_INDEX)]
        rows = connection.execute(text(
            "SELECT reltuples FROM pg_class WHERE relname = 'donor'")).scalar()
    assert pending == [0] * len(DONOR_INDEX.columns)
    assert rows >= 300  # ANALYZE ran (never analyzed: -1)


def _open(url: str, results) -> None:
    store = Store.open(url)
    results.put(str(store.upgrade_backup or ""))
    store.close()


def test_an_upgrade_dumps_first_and_two_desks_starting_at_once_both_open(pg_server, tmp_path,
                                                                         monkeypatch):
    import psycopg
    from sqlalchemy.engine import make_url

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    admin = make_url(pg_server[0])
    with psycopg.connect(host=admin.host, port=admin.port, user=admin.username,
                         dbname="postgres", autocommit=True) as connection:
        connection.execute("DROP DATABASE IF EXISTS old_desk")
        connection.execute("CREATE DATABASE old_desk")
    url = pg_server[1]("old_desk")
    engine = create_engine(postgresql_url(url))
    migrate.upgrade(engine, "0001_branches")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO branch_category (id, name, sort_order) "
                                "VALUES (1, '区县图书馆', 1)"))
    engine.dispose()
    fork = multiprocessing.get_context("fork")
    results = fork.Queue()
    desks = [fork.Process(target=_open, args=(url, results)) for _ in range(2)]
    for desk in desks:
        desk.start()
    backups = sorted(results.get(timeout=300) for _ in desks)
    for desk in desks:
        desk.join(timeout=60)
        assert desk.exitcode == 0
    assert backups[0] == ""  # the second desk found the database already upgraded
    assert backups[1].endswith("-before-upgrade.dump")
    from libdesk.store import postgres_backup

    assert postgres_backup.dump_revisions(backups[1]) == {"0001_branches"}
    store = Store.open(url)
    with store.engine.connect() as connection:
        assert migrate.is_current(migrate.current_revisions(connection))
        assert connection.execute(text("SELECT name FROM branch_category")).scalar() == "区县图书馆"
    store.close()


def test_passwords_are_hidden_in_messages():
    url = "postgresql+psycopg://libdesk:s3cret@db.lan:5432/libdesk"
    assert "s3cret" not in display_url(url) and "***" in display_url(url)
    assert postgresql_url("postgresql://libdesk@db.lan/libdesk").startswith("postgresql+psycopg")
    assert display_url("/home/me/libdesk.sqlite") == "/home/me/libdesk.sqlite"
