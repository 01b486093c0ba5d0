from __future__ import annotations

from datetime import date

import pytest

from libdesk.models.errors import Conflict, PermissionDenied, ValidationFailed
from libdesk.models.roles import Role
from libdesk.models.volunteers.rules import ActivityInput, VolunteerInput
from libdesk.services.base import Actor, ListQuery
from libdesk.services.volunteers.hour_checks import NewEntry

ZHANG = VolunteerInput(name="张伟", gender="男", org="山西财经大学", team="财大阅读推广队",
                       student_no="2019012345", phone="13912345678",
                       id_number="140105200001011234", platform_no="TY2020001",
                       joined_on=date(2020, 3, 1))


def test_new_database_has_the_alliance_schools_and_report_categories(services):
    assert [name for _, name in services.volunteers.orgs()] == ["山西财经大学", "山西大学",
                                                                "太原理工大学"]
    daily = [name for _, name, _ in services.activities.categories("daily")]
    assert daily == ["自助设备引导", "文明督导", "书架整理", "活动辅助", "活动策划", "秩序维护",
                     "公开课堂辅助"]
    cat = services.activities.save_category("图书修补", "daily")
    assert (cat, "图书修补", "daily") in services.activities.categories("daily")


def test_phone_and_id_are_masked_unless_unmasked(services):
    vid = services.volunteers.save(ZHANG)
    shown = services.volunteers.get(vid)
    assert shown.phone == "139****5678" and shown.id_number == "140105********1234"
    assert services.volunteers.page(ListQuery(), 0, 1)[0].phone == "139****5678"
    assert services.volunteers.get(vid, unmask=True).phone == "13912345678"
    services.volunteers.save(shown, vid)  # saving the masked form keeps the real numbers
    assert services.volunteers.get(vid, unmask=True).id_number == "140105200001011234"
    services.ctx.set_actor(Actor("desk", Role.FRONT_DESK))
    with pytest.raises(PermissionDenied):
        services.volunteers.get(vid, unmask=True)


def test_validation_and_unique_platform_number(services):
    with pytest.raises(ValidationFailed) as caught:
        services.volunteers.save(VolunteerInput(name="", gender="x", phone="123",
                                                id_number="12345"))
    assert {p.field for p in caught.value.problems} == {"name", "gender", "phone", "id_number"}
    services.volunteers.save(ZHANG)
    with pytest.raises(Conflict):
        services.volunteers.save(VolunteerInput(name="李娜", platform_no="TY2020001"))


def test_teams_with_leader_filters_and_pinyin_sort(services):
    lead = services.volunteers.save(ZHANG)
    for name in ("阿明", "赵六", "李四"):
        services.volunteers.save(VolunteerInput(name=name, org="山西大学", team="山大服务队"))
    existing = {t.name: t.id for t in services.volunteers.teams()}["财大阅读推广队"]
    team = services.volunteers.save_team("财大阅读推广队", leader_id=lead, team_id=existing)
    assert services.volunteers.save_team("理工服务队") != team
    teams = {t.name: t for t in services.volunteers.teams()}
    assert teams["财大阅读推广队"].leader == "张伟" and teams["财大阅读推广队"].id == team
    assert teams["山大服务队"].members == 3
    sd = teams["山大服务队"].id
    names = [r.name for r in services.volunteers.page(
        ListQuery(filters={"team_id": sd}, sort="name"), 0, 10)]
    assert names == ["阿明", "李四", "赵六"]
    assert services.volunteers.count(ListQuery(text="财经")) == 1
    assert len(services.volunteers.ids(ListQuery(filters={"team_id": sd}))) == 3


def test_volunteer_with_hours_cannot_be_deleted_and_org_in_use_stays(services):
    vid = services.volunteers.save(ZHANG)
    activity = services.activities.save(ActivityInput(name="视障读者服务活动"))
    services.hours.add(NewEntry(vid, activity, date(2020, 5, 9), 200))
    with pytest.raises(Conflict):
        services.volunteers.delete(vid)
    org = dict((n, i) for i, n in services.volunteers.orgs())["山西财经大学"]
    with pytest.raises(Conflict):
        services.volunteers.delete_org(org)
    with pytest.raises(Conflict):
        services.activities.delete(activity)


def test_ledger_round_trip_keeps_hidden_numbers(services, tmp_path):
    vid = services.volunteers.save(ZHANG)
    path = services.volunteers.export_xlsx(tmp_path / "ledger.xlsx")
    from openpyxl import load_workbook

    rows = list(load_workbook(path, read_only=True)["志愿者台账"].iter_rows(values_only=True))
    assert rows[1][5] == "139****5678" and rows[1][7] == "140105********1234"
    assert services.volunteers.import_xlsx(path) == {"added": 0, "updated": 1}
    assert services.volunteers.get(vid, unmask=True).phone == "13912345678"
    services.volunteers.export_xlsx(tmp_path / "full.xlsx", unmask=True)
    services.volunteers.delete(vid)
    assert services.volunteers.import_xlsx(tmp_path / "full.xlsx") == {"added": 1, "updated": 0}
    new_id = services.volunteers.ids(ListQuery())[0]
    assert services.volunteers.get(new_id, unmask=True).id_number == "140105200001011234"
