"""No silent lost edit on the remaining editable records: the name lists, point contacts,
batch lines, staff accounts and the outreach records. Two desks (two Services on one
database) edit one record; the second save, passing the version it showed, is refused with
EditConflict and nothing of it is written; a save on the current version goes through and
counts the version up."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from libdesk.models.branches.rules import ContactInput
from libdesk.models.distribution.rules import ItemInput
from libdesk.models.errors import EditConflict
from libdesk.models.outreach.rules import (EventInput, FactsInput, GiftInput, OutingInput,
                                           TransferInput, VisitInput)
from libdesk.models.roles import Role
from libdesk.services import open_services
from tests.services.distribution.helpers import point_id, swap_batch


def test_a_stale_category_rename_is_refused(services, other_desk):
    categories = services.branch_categories
    category_id, name = categories.categories()[0]
    seen = categories.versions()[category_id]
    other_desk.branch_categories.rename_category(category_id, "区县馆",
                                                 expected_version=seen)
    with pytest.raises(EditConflict) as caught:
        categories.rename_category(category_id, "区县公共图书馆", expected_version=seen)
    assert caught.value.mine == {"name": "区县公共图书馆"}
    assert caught.value.saved == {"name": "区县馆"}
    assert dict(categories.categories())[category_id] == "区县馆"
    categories.rename_category(category_id, "区县公共图书馆", expected_version=seen + 1)
    assert categories.versions()[category_id] == seen + 2
    assert dict(other_desk.branch_categories.categories())[category_id] == "区县公共图书馆"


def test_stale_renames_of_schools_teams_and_activity_categories_are_refused(
        services, other_desk):
    volunteers, theirs = services.volunteers, other_desk.volunteers
    org_id = volunteers.add_org("太原理工大学")
    seen = volunteers.list_versions("orgs")[org_id]
    theirs.rename_org(org_id, "太原理工大学（明向校区）", expected_version=seen)
    with pytest.raises(EditConflict):
        volunteers.rename_org(org_id, "理工大", expected_version=seen)
    assert dict(volunteers.orgs())[org_id] == "太原理工大学（明向校区）"
    volunteers.rename_org(org_id, "理工大", expected_version=seen + 1)
    assert volunteers.list_versions("orgs")[org_id] == seen + 2

    team_id = volunteers.save_team("周末服务队")
    seen = volunteers.list_versions("teams")[team_id]
    theirs.save_team("周末读书服务队", None, team_id, expected_version=seen)
    with pytest.raises(EditConflict) as caught:
        volunteers.save_team("周六服务队", None, team_id, expected_version=seen)
    assert caught.value.saved == {"name": "周末读书服务队"}
    assert [t.name for t in volunteers.teams() if t.id == team_id] == ["周末读书服务队"]
    volunteers.save_team("周六服务队", None, team_id, expected_version=seen + 1)
    assert volunteers.list_versions("teams")[team_id] == seen + 2

    activities = services.activities
    category_id, name, kind = activities.categories()[0]
    seen = activities.category_versions()[category_id]
    other_desk.activities.save_category(name + "（日常）", kind, category_id,
                                        expected_version=seen)
    with pytest.raises(EditConflict):
        activities.save_category("导览", kind, category_id, expected_version=seen)
    assert [n for i, n, _k in activities.categories() if i == category_id] == [
        name + "（日常）"]
    activities.save_category("导览", kind, category_id, expected_version=seen + 1)
    assert activities.category_versions()[category_id] == seen + 2


def test_a_contact_changed_meanwhile_refuses_the_points_stale_save(services, other_desk):
    point = point_id(services)
    services.branches.save(services.branches.get(point).point,
                           [ContactInput(name="李梅", phone="13800000001")], point)
    seen, detail = services.branches.version(point), services.branches.get(point)
    other = other_desk.branches.get(point)
    other_desk.branches.save(other.point, [replace(other.contacts[0], phone="13800000002")],
                             point, expected_version=seen)
    with pytest.raises(EditConflict) as caught:
        services.branches.save(detail.point, [replace(detail.contacts[0], role="馆长")],
                               point, expected_version=seen)
    assert "contacts" in caught.value.differing
    stored = other_desk.branches.get(point).contacts
    assert [(c.role, c.phone) for c in stored] == [("", "13800000002")]


def test_a_stale_batch_line_edit_is_refused_with_the_stored_line(services, other_desk):
    batch_id = swap_batch(services, boxes=1)
    line = services.distribution.items(batch_id)[0]
    theirs = other_desk.distribution.items(batch_id)[0]

    def as_input(item, **changes) -> ItemInput:
        return replace(ItemInput(isbn=item.isbn, title=item.title, author=item.author,
                                 publisher=item.publisher, call_number=item.call_number,
                                 issue=item.issue, copies=item.copies, box_no=item.box_no,
                                 direction=item.direction, source=item.source), **changes)

    saved = other_desk.distribution.update_item(theirs.id, as_input(theirs, copies=5),
                                                expected_version=theirs.version)
    assert saved.version == line.version + 1
    with pytest.raises(EditConflict) as caught:
        services.distribution.update_item(line.id, as_input(line, call_number="I0/0"),
                                          expected_version=line.version)
    assert caught.value.saved["copies"] == 5 and caught.value.stored == saved.version
    now = [i for i in services.distribution.items(batch_id) if i.id == line.id][0]
    assert (now.copies, now.call_number) == (5, line.call_number)
    fresh = services.distribution.update_item(line.id, as_input(now, call_number="I0/0"),
                                              expected_version=now.version)
    assert (fresh.copies, fresh.call_number, fresh.version) == (5, "I0/0", now.version + 1)


def test_a_stale_account_change_is_refused_and_signing_in_is_no_edit(services, db_path):
    services.staff.create("admin", "admin-pass", Role.ADMIN, "馆长")
    services.staff.login("admin", "admin-pass")
    services.staff.create("desk", "desk-pass1", Role.FRONT_DESK, "前台")
    other = open_services(str(db_path))
    try:
        other.staff.login("admin", "admin-pass")
        row = next(r for r in services.staff.list() if r.username == "desk")
        other.staff.login("desk", "desk-pass1")  # signing in leaves the version
        assert next(r for r in services.staff.list() if r.username == "desk").version == \
            row.version
        other.staff.login("admin", "admin-pass")
        other.staff.update(row.id, role=Role.OUTREACH, expected_version=row.version)
        with pytest.raises(EditConflict) as caught:
            services.staff.update(row.id, active=False, expected_version=row.version)
        assert caught.value.who.startswith("馆长")
        now = next(r for r in services.staff.list() if r.username == "desk")
        assert (now.active, now.role, now.version) == (True, Role.OUTREACH, row.version + 1)
        services.staff.update(row.id, active=False, expected_version=now.version)
        assert next(r for r in other.staff.list() if r.id == row.id).active is False
    finally:
        other.close()


RECORDS = [
    ("mobile_log", OutingInput(date(2020, 5, 3), "流动服务车1号", place="迎泽公园", readers=40),
     {"readers": 45}, {"notes": "雨天"}),
    ("point_events", EventInput(None, date(2020, 4, 23), "世界读书日分享会", 30),
     {"participants": 32}, {"title": "读书日分享会"}),
    ("point_visits", VisitInput(None, date(2020, 6, 1), staff="王丽", topic="排架指导"),
     {"staff": "李明"}, {"topic": "上架指导"}),
    ("gifts", GiftInput(date(2020, 9, 1), "太原市第三人民医院", titles=20, volumes=40),
     {"volumes": 42}, {"notes": "院方自取"}),
    ("transfers", TransferInput(date(2020, 3, 2), "少儿部", project="太图约书", purpose="借阅"),
     {"staff": "赵强"}, {"purpose": "城市书房"}),
]


@pytest.mark.parametrize("name, record, theirs, mine", RECORDS, ids=[r[0] for r in RECORDS])
def test_a_stale_outreach_record_save_is_refused(services, other_desk, name, record, theirs,
                                                 mine):
    service, other = getattr(services, name), getattr(other_desk, name)
    if hasattr(record, "branch_id") and name in ("point_events", "point_visits"):
        record = replace(record, branch_id=point_id(services))
    record_id = service.add(record)
    seen = service.version(record_id)
    other.update(record_id, replace(record, **theirs), expected_version=seen)
    with pytest.raises(EditConflict) as caught:
        service.update(record_id, replace(record, **mine), expected_version=seen)
    assert sorted(caught.value.differing) == sorted({**theirs, **mine})
    stored = service.get(record_id)
    for key, value in theirs.items():
        assert getattr(stored, key) == value
    for key in mine:
        assert getattr(stored, key) == getattr(record, key)  # nothing of the stale save
    service.update(record_id, replace(record, **{**theirs, **mine}), expected_version=seen + 1)
    assert service.version(record_id) == seen + 2


def test_stale_point_facts_are_refused_even_when_first_written_meanwhile(services,
                                                                          other_desk):
    point = point_id(services)
    seen = services.point_facts.version(point)
    assert seen == 0  # nothing saved yet
    other_desk.point_facts.save(point, FactsInput(opening_hours="9:00-17:00", seats=20),
                                expected_version=seen)
    with pytest.raises(EditConflict) as caught:
        services.point_facts.save(point, FactsInput(seats=24), expected_version=seen)
    assert caught.value.saved["opening_hours"] == "9:00-17:00"
    assert services.point_facts.get(point).seats == 20
    services.point_facts.save(point, FactsInput(opening_hours="9:00-17:00", seats=24),
                              expected_version=1)
    assert services.point_facts.version(point) == 2
