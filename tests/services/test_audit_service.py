"""The audit log as administrators read it: filters by table, record, person and date,
masked personal data unless unmasked, and export."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from openpyxl import load_workbook

from libdesk.models.branches.rules import ContactInput
from libdesk.models.errors import PermissionDenied
from libdesk.models.roles import Role
from libdesk.services.base import Actor, ListQuery


def edit_contact(services, who: str, phone: str) -> None:
    services.ctx.set_actor(Actor(who, Role.ADMIN))
    detail = services.branches.get(2)
    ids = [c.id for c in detail.contacts if c.name == "钱主任"]
    services.branches.save(detail.point, [ContactInput(id=ids[0] if ids else None, name="钱主任",
                                                       phone=phone, is_primary=True)], 2)


def test_filters_by_table_record_person_and_date(services):
    edit_contact(services, "zhao", "13512345678")
    edit_contact(services, "qian", "13587654321")
    audit = services.audit
    assert {"branch", "branch_contact", "app_setting"} & set(audit.tables())
    assert {"zhao", "qian"} <= set(audit.actors())
    by_qian = audit.page(ListQuery(filters={"actor": "qian", "table": "branch_contact"}), 0, 50)
    assert [(e.action, e.old_values, e.new_values) for e in by_qian] == [
        ("update", {"phone": "135****5678"}, {"phone": "135****4321"})]
    record = by_qian[0].record_id
    history = audit.page(ListQuery(filters={"table": "branch_contact", "record": record}), 0, 50)
    assert [e.actor for e in history] == ["qian", "zhao"]  # newest first
    today = date.today()
    assert audit.count(ListQuery(filters={"date_from": today, "date_to": today,
                                          "actor": "zhao"})) >= 2
    assert audit.count(ListQuery(filters={"date_to": today - timedelta(days=1),
                                          "actor": "zhao"})) == 0
    assert audit.count(ListQuery(text="钱主任")) == 1  # the insert; the update names only the phone


def test_unmasked_view_shows_full_numbers_and_is_logged(services):
    edit_contact(services, "zhao", "13512345678")
    query = ListQuery(filters={"table": "branch_contact", "actor": "zhao"})
    entry = services.audit.page(query, 0, 1, unmask=True)[0]
    assert entry.new_values["phone"] == "13512345678"
    unmasks = services.audit.page(ListQuery(filters={"action": "unmask"}), 0, 1)
    assert unmasks[0].actor == "zhao"
    assert unmasks[0].new_values == {"operation": "audit.page"}


def test_only_administrators_read_the_log(services):
    services.ctx.set_actor(Actor("out", Role.OUTREACH))
    with pytest.raises(PermissionDenied):
        services.audit.count(ListQuery())
    with pytest.raises(PermissionDenied):
        services.audit.export("never.xlsx")


def test_export_writes_the_filtered_rows_masked(services, tmp_path):
    edit_contact(services, "zhao", "13512345678")
    path = services.audit.export(tmp_path / "audit.xlsx",
                                 ListQuery(filters={"table": "branch_contact"}))
    sheet = load_workbook(path, read_only=True)["审计日志"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:6] == ("序号", "时间（UTC）", "操作人", "操作", "数据表", "记录")
    assert {r[4] for r in rows[1:]} == {"branch_contact"}
    assert rows[1][2:4] == ("zhao", "新增")
    text = "".join(str(c) for r in rows for c in r)
    assert "135****5678" in text and "13512345678" not in text
