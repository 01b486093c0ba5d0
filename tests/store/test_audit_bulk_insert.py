"""A bulk insert of many rows (an import) is audited row by row with the values stored, and
hands back the ids it asked for in the order of its rows — on SQLite through one executemany
read back above the highest id before, on PostgreSQL through INSERT … RETURNING."""
from __future__ import annotations

import json

from sqlalchemy import func, insert, select

from libdesk.models.audit_log import AuditLog
from libdesk.models.donations.rules import DonorInput
from libdesk.models.donations.tables import Donor


def test_a_bulk_insert_is_audited_row_by_row_and_returns_its_ids_in_order(services):
    store = services.store
    store.session_info["actor"] = "wang"
    services.donors.save(DonorInput(name="已有的捐赠者"))
    with store.read() as session:
        mark = session.execute(select(func.max(AuditLog.id))).scalar()
    names = [f"捐赠者{n:03d}" for n in range(300, 0, -1)]  # not in id or name order
    with store.write() as session:
        ids = [r[0] for r in session.execute(insert(Donor).returning(
            Donor.id, sort_by_parameter_order=True), [
            {"name": n, "name_key": n, "phone": f"139{i:08d}"} for i, n in enumerate(names)])]
        session.execute(insert(Donor), [{"name": "甲", "name_key": "甲"},
                                        {"name": "乙", "name_key": "乙"}])
    with store.read() as session:
        stored = dict(session.execute(select(Donor.id, Donor.name)).all())
        logged = session.execute(select(AuditLog).where(
            AuditLog.id > mark, AuditLog.table_name == "donor").order_by(AuditLog.id)).scalars().all()
    assert [stored[i] for i in ids] == names  # each id is its own row's
    assert len(logged) == 302 and {e.action for e in logged} == {"insert"}
    assert {e.actor for e in logged} == {"wang"}
    by_id = {int(e.record_id): json.loads(e.new_values) for e in logged}
    assert [by_id[i]["name"] for i in ids] == names
    assert by_id[ids[0]]["phone"] == "13900000000" and by_id[ids[0]]["version"] == 1


def test_the_rows_stated_are_the_rows_stored_and_logged_as_the_encoder_writes_them(services):
    """The bulk insert states the keys and makes the rows it logs from the values sent
    (``bulk.as_returned``): each audit row is exactly the one made from the row read back."""
    from datetime import date, datetime, timezone

    from libdesk.models.volunteers.tables import HourEntry
    from libdesk.store.audit_rows import diff_rows
    from tests.services.volunteers.helpers import add_activity, add_volunteers

    store = services.store
    people = add_volunteers(services, 3)
    activity = add_activity(services)
    with store.read() as session:
        mark = session.execute(select(func.max(AuditLog.id))).scalar()
    now = datetime(2020, 11, 14, 9, 30, 15, 123456, tzinfo=timezone.utc)
    rows = [{"volunteer_id": people[i % 3], "activity_id": activity,
             "served_on": date(2020, 11, 1 + i), "hundredths": 25 * (i + 1),
             "note": ["", "带\"引号\"与\\斜杠", "100%", "\u2028行"][i % 4], "status": "pending",
             "source": "import", "recorded_by": "王", "recorded_at": now, "reviewed_by": "",
             "reject_reason": ""} for i in range(20)]
    with store.write() as session:
        ids = [r[0] for r in session.execute(insert(HourEntry).returning(
            HourEntry.id, sort_by_parameter_order=True), rows)]
    with store.read() as session:
        stored = {r.id: dict(r._mapping) for r in session.execute(
            select(HourEntry.__table__).where(HourEntry.id.in_(ids)))}
        logged = {e.record_id: e.new_values for e in session.execute(select(AuditLog).where(
            AuditLog.id > mark, AuditLog.table_name == "hour_entry")).scalars()}
        expected = diff_rows(session, HourEntry.__table__, {},
                             {(i,): stored[i] for i in ids})
    assert [stored[i]["note"] for i in ids] == [r["note"] for r in rows]
    assert [stored[i]["served_on"] for i in ids] == [r["served_on"] for r in rows]
    assert {e["record_id"]: e["new_values"] for e in expected} == logged


def test_values_sqlite_would_store_as_another_type_are_read_back():
    """A number sent to a text column comes back as text: such rows are not stated."""
    from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine

    from libdesk.store import bulk

    table = Table("t", MetaData(), Column("id", Integer, primary_key=True),
                  Column("code", String(10)), Column("n", Integer))
    engine = create_engine("sqlite://")
    table.metadata.create_all(engine)
    with engine.connect() as connection:
        def returned(columns, *rows):  # the rows given row by row, returned so too
            out = bulk.as_returned(connection, table, columns, [list(c) for c in zip(*rows)])
            return None if out is None else list(zip(*out))

        assert returned(["id", "code", "n"], (1, "a", 2), (2, None, None)) == [
            (1, "a", 2), (2, None, None)]
        assert returned(["id", "code"], (1, 12)) is None
        assert returned(["id", "n"], (1, "12")) is None
        assert returned(["id", "n"], (1, "x")) == [(1, "x")]
        assert returned(["id", "n"], (1, True)) is None
        assert returned(["id", "n"], (1, 2.0)) is None


def test_audit_json_made_per_column_is_the_encoders():
    """``audit_rows._objects`` writes each row's JSON as the sorted-keys encoder does, for
    texts needing escapes, a ``%``, numbers of every kind, constants and mixed columns."""
    from datetime import date

    from libdesk.store.audit_rows import _SORTED_ENCODER, _objects

    keys = ["a%", "b", "c", "d", "e\u2028", "中文", "g"]
    rows = [(1, "x%s\"\\\n\t\x01\u2028中", 1.5, None, True, float("nan"), "同"),
            (2 ** 70, "x", -0.0, None, False, float("inf"), "同"),
            (-3, "%%", 1e16, None, True, float("-inf"), "同"),
            (True, "", 0.0, None, 1, 2.0, "同")]
    expected = [_SORTED_ENCODER.encode(dict(zip(keys, r))) for r in rows]
    assert _objects(keys, rows) == expected
    assert _objects(["k", "l%"], [(1, "%x")] * 3) == [_SORTED_ENCODER.encode(
        {"k": 1, "l%": "%x"})] * 3
    assert _objects(["k"], [(date(2020, 1, 2),)]) == ['{"k": "2020-01-02"}']


def test_a_bulk_insert_the_database_refuses_raises_as_sqlalchemy_does(services):
    """A row breaking a constraint fails the whole bulk insert with SQLAlchemy's own error
    (PostgreSQL's COPY included), and nothing of it is kept."""
    from datetime import date

    import pytest
    from sqlalchemy.exc import IntegrityError

    from libdesk.models.volunteers.tables import HourEntry
    from tests.services.volunteers.helpers import add_activity, add_volunteers

    people = add_volunteers(services, 1)
    activity = add_activity(services)
    rows = [{"volunteer_id": volunteer, "activity_id": activity, "served_on": date(2020, 11, 1),
             "hundredths": 100, "recorded_by": "王"} for volunteer in (people[0], 999_999)]
    with pytest.raises(IntegrityError):
        with services.store.write() as session:
            session.execute(insert(HourEntry), rows)
    with services.store.read() as session:
        assert session.execute(select(func.count()).select_from(HourEntry)).scalar() == 0
