"""The store writes an audit row for every insert, update and delete, on every table, in the
same transaction: unit-of-work changes and bulk / Core statements through the session."""
from __future__ import annotations

import json
import random
import sqlite3

import pytest
from sqlalchemy import delete, func, insert, select, update

from libdesk.models.audit_log import AuditLog
from libdesk.models.base import metadata
from libdesk.models.branches.tables import Branch, BranchCategory, BranchContact
from libdesk.models.system import AppSetting
from libdesk.store.audit import AuditLogReadOnly


def audit_rows(store, after: int = 0):
    with store.read() as session:
        return session.execute(select(AuditLog).where(AuditLog.id > after)
                               .order_by(AuditLog.id)).scalars().all()


def last_id(store) -> int:
    with store.read() as session:
        return session.execute(select(func.max(AuditLog.id))).scalar() or 0


def test_unit_of_work_changes_are_logged_with_old_and_new_values(services):
    store = services.store
    store.session_info["actor"] = "wang"
    mark = last_id(store)
    with store.write() as session:
        session.add(BranchContact(branch_id=1, name="李四", phone="13812345678"))
    with store.write() as session:
        contact = session.execute(select(BranchContact)).scalars().one()
        contact.phone = "13900001111"
    with store.write() as session:
        session.delete(session.execute(select(BranchContact)).scalars().one())
    rows = audit_rows(store, mark)
    assert [(r.action, r.table_name, r.actor) for r in rows] == [
        ("insert", "branch_contact", "wang"), ("update", "branch_contact", "wang"),
        ("delete", "branch_contact", "wang")]
    assert json.loads(rows[0].new_values)["name"] == "李四"
    assert (json.loads(rows[1].old_values), json.loads(rows[1].new_values)) == (
        {"phone": "13812345678"}, {"phone": "13900001111"})
    assert rows[0].record_id == rows[1].record_id == rows[2].record_id
    assert json.loads(rows[2].old_values)["phone"] == "13900001111"


def test_bulk_statements_through_the_session_are_logged(services):
    store = services.store
    mark = last_id(store)
    with store.write() as session:
        session.execute(insert(BranchContact), [
            {"branch_id": 2, "name": f"志愿者{i}", "phone": "", "role": "", "email": "",
             "notes": "", "is_primary": False} for i in range(300)])
    inserted = audit_rows(store, mark)
    assert len(inserted) == 300 and {r.action for r in inserted} == {"insert"}
    assert len({r.record_id for r in inserted}) == 300
    mark = last_id(store)
    with store.write() as session:
        session.execute(update(BranchContact).where(BranchContact.name.in_(
            ["志愿者1", "志愿者2"])).values(role="组长"))
        # (a bulk UPDATE by key of a versioned table carries the versions it expects)
        session.execute(update(BranchCategory), [{"id": 3, "version": 1,
                                                  "name": "按主键批量修改"}])
        session.execute(delete(BranchContact).where(BranchContact.branch_id == 2))
    rows = audit_rows(store, mark)
    assert [r.action for r in rows[:3]] == ["update", "update", "update"]
    assert json.loads(rows[0].new_values) == {"role": "组长"}
    assert (rows[2].table_name, json.loads(rows[2].new_values)) == (
        "branch_category", {"name": "按主键批量修改", "version": 2})
    assert [r.action for r in rows[3:]] == ["delete"] * 300


def test_a_rolled_back_change_leaves_no_audit_row(services):
    store = services.store
    mark = last_id(store)
    with pytest.raises(RuntimeError):
        with store.write() as session:
            session.add(AppSetting(key="library.name", value="别的图书馆"))
            session.flush()
            raise RuntimeError("stop")
    assert audit_rows(store, mark) == []


def test_passwords_and_private_keys_are_never_written_to_the_log(services):
    from libdesk.models.roles import Role

    services.staff.create("admin", "correct horse", Role.ADMIN)
    with services.store.read() as session:
        logged = " ".join(filter(None, session.execute(select(
            AuditLog.new_values)).scalars()))
    assert "argon2" not in logged
    assert '"password_hash": "(hidden)"' in logged


@pytest.mark.sqlite_only
def test_the_audit_log_cannot_be_changed(services, db_path):
    store = services.store
    with pytest.raises(AuditLogReadOnly):
        with store.write() as session:
            session.execute(update(AuditLog).values(actor="someone else"))
    with pytest.raises(AuditLogReadOnly):
        with store.write() as session:
            session.delete(session.execute(select(AuditLog)).scalars().first())
    raw = sqlite3.connect(db_path)
    with pytest.raises(sqlite3.DatabaseError, match="cannot be changed"):
        raw.execute("DELETE FROM audit_log")
    raw.close()


def test_every_table_is_audited_without_extra_code(services):
    """A generic insert into every table (including tables other areas add) is logged."""
    from libdesk.store.audit import NOT_AUDITED

    audited = [t for t in metadata.sorted_tables if t.name not in NOT_AUDITED]
    assert {"branch", "staff_account", "app_setting"} <= {t.name for t in audited}
    # app_setting has a text primary key given by the caller; number_counter a composite one
    mark = last_id(services.store)
    services.settings.set("backup.keep_daily", 5)
    from libdesk.services.numbering import next_value

    with services.store.write() as session:
        next_value(session, "TEST", 2020)
        next_value(session, "TEST", 2020)
    rows = audit_rows(services.store, mark)
    assert [(r.action, r.table_name, r.record_id) for r in rows] == [
        ("insert", "app_setting", "backup.keep_daily"),
        ("insert", "number_counter", "TEST/2020"),
        ("update", "number_counter", "TEST/2020")]


def test_an_audit_row_for_each_of_many_random_edits(services):
    store = services.store
    rng = random.Random(6)
    mark = last_id(store)
    expected = []
    with store.read() as session:
        ids = list(session.execute(select(Branch.id)).scalars())
    for step in range(120):
        branch_id = rng.choice(ids)
        value = f"备注{step}-{rng.randint(0, 10**6)}"
        actor = rng.choice(["zhang", "li", "wang"])
        store.session_info["actor"] = actor
        with store.write() as session:
            if rng.random() < 0.5:
                session.get(Branch, branch_id).notes = value
            else:
                session.execute(update(Branch).where(Branch.id == branch_id).values(notes=value))
        expected.append((actor, str(branch_id), value))
    rows = audit_rows(store, mark)
    assert [(r.actor, r.record_id, json.loads(r.new_values)["notes"]) for r in rows] == expected


@pytest.mark.sqlite_only
def test_single_row_values_inserts_and_upserts_are_logged(services):
    from sqlalchemy.dialects.sqlite import insert as upsert

    store = services.store
    mark = last_id(store)
    with store.write() as session:
        session.execute(insert(AppSetting).values(key="library.name", value="甲"))
        stmt = upsert(AppSetting).values(key="library.name", value="乙")
        session.execute(stmt.on_conflict_do_update(index_elements=["key"],
                                                   set_={"value": "乙"}))
    rows = audit_rows(store, mark)
    assert [(r.action, r.record_id, json.loads(r.new_values)) for r in rows] == [
        ("insert", "library.name", {"key": "library.name", "value": "甲"}),
        ("update", "library.name", {"value": "乙"})]
