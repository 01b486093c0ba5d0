from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook

from libdesk.models.errors import InvalidTransition, PermissionDenied, ValidationFailed
from libdesk.models.volunteers.rules import hours_text, parse_hours
from libdesk.services.base import ListQuery
from libdesk.services.volunteers.hour_checks import NewEntry
from libdesk.services.progress import Progress
from tests.services.volunteers.helpers import (APPROVER, RECORDER, add_activity, add_volunteers,
                                              as_actor)

DAY = date(2020, 11, 14)


def test_quarter_hour_steps():
    assert parse_hours("2.5") == 10 and parse_hours(0.25) == 1 and parse_hours("2小时") == 8
    assert parse_hours("1.1") is None and parse_hours("abc") is None
    assert hours_text(9) == "2.25" and hours_text(8) == "2"


def test_bulk_entry_then_a_second_person_confirms(services):
    as_actor(services, RECORDER)
    ids = add_volunteers(services, 120)
    activity = add_activity(services)
    assert services.hours.bulk_add(activity, ids, DAY, 8) == 120
    pending = ListQuery(filters={"status": "pending"})
    assert services.hours.count(pending) == 120
    as_actor(services, APPROVER)
    assert services.hours.count(ListQuery(filters={"reviewable": True})) == 120
    assert services.hours.confirm(services.hours.ids(pending)) == 120
    rows = services.hours.page(ListQuery(filters={"status": "confirmed"}), 0, 5)
    assert {r.reviewed_by for r in rows} == {"coord2"} and rows[0].hours == "2"


def test_recorder_cannot_confirm_own_entries(services):
    as_actor(services, RECORDER)
    ids = add_volunteers(services, 2)
    activity = add_activity(services)
    services.hours.bulk_add(activity, ids, DAY, 8)
    entries = services.hours.ids(ListQuery())
    with pytest.raises(PermissionDenied):
        services.hours.confirm(entries)
    with pytest.raises(PermissionDenied):
        services.hours.reject(entries[:1], "wrong day")
    assert services.hours.count(ListQuery(filters={"status": "pending"})) == 2
    assert services.hours.count(ListQuery(filters={"reviewable": True})) == 0
    as_actor(services, APPROVER)
    services.hours.reject(entries[:1], "wrong day")
    with pytest.raises(InvalidTransition):
        services.hours.confirm(entries[:1])  # rejected stays rejected


def test_at_most_24_hours_a_day_across_entries(services):
    as_actor(services, RECORDER)
    (vid,) = add_volunteers(services, 1)
    shelf = add_activity(services, "书架整理（11月）", "daily", "书架整理")
    guide = add_activity(services, "自助设备引导（11月）", "daily", "自助设备引导")
    services.hours.add(NewEntry(vid, shelf, DAY, 20 * 4))
    with pytest.raises(ValidationFailed) as caught:
        services.hours.add(NewEntry(vid, guide, DAY, 4 * 4 + 1))  # 20 + 4.25 > 24
    assert "24" in caught.value.english()
    services.hours.add(NewEntry(vid, guide, DAY, 4 * 4))  # exactly 24 is fine
    assert services.hours.day_total(vid, DAY) == 96
    with pytest.raises(ValidationFailed):
        services.hours.add(NewEntry(vid, guide, date(2020, 11, 15), 25 * 4))
    assert services.hours.day_total(vid, date(2020, 11, 15)) == 0


def test_rejected_hours_free_the_day(services):
    as_actor(services, RECORDER)
    (vid,) = add_volunteers(services, 1)
    a = add_activity(services)
    services.hours.add(NewEntry(vid, a, DAY, 96))
    as_actor(services, APPROVER)
    services.hours.reject(services.hours.ids(ListQuery()), "typo")
    as_actor(services, RECORDER)
    services.hours.add(NewEntry(vid, a, DAY, 8))  # not a duplicate of a rejected entry
    assert services.hours.day_total(vid, DAY) == 8


def test_duplicate_same_volunteer_activity_and_date(services):
    as_actor(services, RECORDER)
    ids = add_volunteers(services, 3)
    a = add_activity(services)
    services.hours.add(NewEntry(ids[0], a, DAY, 8))
    with pytest.raises(ValidationFailed) as caught:
        services.hours.bulk_add(a, ids, DAY, 8)
    assert len(caught.value.problems) == 1 and "duplicate" in caught.value.english()
    assert services.hours.count(ListQuery()) == 1  # all or nothing
    services.hours.add(NewEntry(ids[0], a, date(2020, 11, 15), 8))  # another day is fine


def _platform_file(path, rows):
    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "志愿者编号", "服务日期", "服务时长(小时)", "项目名称"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_import_matches_reports_rows_and_is_all_or_nothing(services, tmp_path):
    as_actor(services, RECORDER)
    ids = add_volunteers(services, 3)
    add_activity(services)
    good = [["志愿者0000", "志TY00000", "2020-11-14", 2, "太图阅读推广活动志愿服务"],
            ["志愿者0001", "", date(2020, 11, 14), "2.5", "太图阅读推广活动志愿服务"]]
    bad = good + [["志愿者0001", "", "2020/11/14", 1, "太图阅读推广活动志愿服务"],  # duplicate
                  ["无此人", "", "2020-11-14", 1, "太图阅读推广活动志愿服务"],
                  ["志愿者0002", "", "2020-11-31", 1.1, "太图阅读推广活动志愿服务"],
                  ["志愿者0002", "", "2020-11-20", 1, "没有的活动"]]
    with pytest.raises(ValidationFailed) as caught:
        services.hours.import_xlsx(_platform_file(tmp_path / "bad.xlsx", bad))
    by_row = {}
    for p in caught.value.problems:
        by_row.setdefault(p.row, []).append(p.field)
    assert set(by_row) == {5, 6, 7}  # duplicate only checked once everything else passes
    assert set(by_row[6]) == {"服务日期", "服务时长"}
    assert services.hours.count(ListQuery()) == 0
    with pytest.raises(ValidationFailed) as caught:
        services.hours.import_xlsx(_platform_file(tmp_path / "dup.xlsx", good + [bad[2]]))
    assert [p.row for p in caught.value.problems] == [4]
    assert "duplicate" in caught.value.english()
    report = services.hours.import_xlsx(_platform_file(tmp_path / "good.xlsx", good))
    assert report.added == 2
    assert [r.matched_by for r in report.rows] == ["platform_no", "name"]
    with pytest.raises(ValidationFailed):  # importing the same file again: all duplicates
        services.hours.import_xlsx(tmp_path / "good.xlsx")
    assert services.hours.count(ListQuery(filters={"volunteer_id": ids[1]})) == 1


def test_export_streams_and_imports_back(services, tmp_path):
    as_actor(services, RECORDER)
    ids = add_volunteers(services, 50)
    a = add_activity(services)
    for day in range(1, 21):
        services.hours.bulk_add(a, ids, date(2020, 11, day), 4)
    seen = []
    path = services.hours.export_xlsx(tmp_path / "hours.xlsx", ListQuery(),
                                      Progress(lambda done, total, _: seen.append((done, total))))
    assert seen == [(1000, 1000)]
    services.hours.delete(services.hours.ids(ListQuery()))
    assert services.hours.import_xlsx(path).added == 1000
