from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook

from libdesk.models.errors import InvalidTransition, PermissionDenied, ValidationFailed
from libdesk.models.volunteers.rules import hours_text, is_quarter_step, parse_hours
from libdesk.services.base import ListQuery
from libdesk.services.volunteers.hour_checks import NewEntry
from libdesk.services.progress import Progress
from tests.services.volunteers.helpers import (APPROVER, RECORDER, add_activity, add_volunteers,
                                              as_actor)

DAY = date(2020, 11, 14)


def test_hours_keep_two_decimals():
    assert parse_hours("2.5") == 250 and parse_hours(0.25) == 25 and parse_hours("2小时") == 200
    assert parse_hours("0.85") == 85 and parse_hours("53,876.85") == 5387685
    assert parse_hours("1.125") is None and parse_hours("abc") is None
    assert parse_hours("nan") is None
    assert hours_text(225) == "2.25" and hours_text(200) == "2" and hours_text(85) == "0.85"
    assert is_quarter_step(225) and not is_quarter_step(85)


def test_platform_hours_are_kept_as_exported(services):
    as_actor(services, RECORDER)
    ids = add_volunteers(services, 2)
    activity = add_activity(services)
    services.hours.add(NewEntry(ids[0], activity, DAY, 85))
    rows = services.hours.page(ListQuery(), 0, 10)
    assert [r.hours for r in rows] == ["0.85"]


def test_bulk_entry_then_a_second_person_confirms(services):
    as_actor(services, RECORDER)
    ids = add_volunteers(services, 120)
    activity = add_activity(services)
    assert services.hours.bulk_add(activity, ids, DAY, 200) == 120
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
    services.hours.bulk_add(activity, ids, DAY, 200)
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
    services.hours.add(NewEntry(vid, shelf, DAY, 20 * 100))
    with pytest.raises(ValidationFailed) as caught:
        services.hours.add(NewEntry(vid, guide, DAY, 4 * 100 + 1))  # 20 + 4.01 > 24
    assert "24" in caught.value.english()
    services.hours.add(NewEntry(vid, guide, DAY, 4 * 100))  # exactly 24 is fine
    assert services.hours.day_total(vid, DAY) == 2400
    with pytest.raises(ValidationFailed):
        services.hours.add(NewEntry(vid, guide, date(2020, 11, 15), 25 * 100))
    assert services.hours.day_total(vid, date(2020, 11, 15)) == 0


def test_rejected_hours_free_the_day(services):
    as_actor(services, RECORDER)
    (vid,) = add_volunteers(services, 1)
    a = add_activity(services)
    services.hours.add(NewEntry(vid, a, DAY, 2400))
    as_actor(services, APPROVER)
    services.hours.reject(services.hours.ids(ListQuery()), "typo")
    as_actor(services, RECORDER)
    services.hours.add(NewEntry(vid, a, DAY, 200))  # not a duplicate of a rejected entry
    assert services.hours.day_total(vid, DAY) == 200


def test_duplicate_same_volunteer_activity_and_date(services):
    as_actor(services, RECORDER)
    ids = add_volunteers(services, 3)
    a = add_activity(services)
    services.hours.add(NewEntry(ids[0], a, DAY, 200))
    with pytest.raises(ValidationFailed) as caught:
        services.hours.bulk_add(a, ids, DAY, 200)
    assert len(caught.value.problems) == 1 and "duplicate" in caught.value.english()
    assert services.hours.count(ListQuery()) == 1  # all or nothing
    services.hours.add(NewEntry(ids[0], a, date(2020, 11, 15), 200))  # another day is fine


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
            ["志愿者0001", "", date(2020, 11, 14), "0.85", "太图阅读推广活动志愿服务"]]
    bad = good + [["志愿者0001", "", "2020/11/14", 1, "太图阅读推广活动志愿服务"],  # duplicate
                  ["无此人", "", "2020-11-14", 1, "太图阅读推广活动志愿服务"],
                  ["志愿者0002", "", "2020-11-31", 1.125, "太图阅读推广活动志愿服务"],
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
        services.hours.bulk_add(a, ids, date(2020, 11, day), 100)
    seen = []
    path = services.hours.export_xlsx(tmp_path / "hours.xlsx", ListQuery(),
                                      Progress(lambda done, total, _: seen.append((done, total))))
    assert seen == [(1000, 1000)]
    services.hours.delete(services.hours.ids(ListQuery()))
    assert services.hours.import_xlsx(path).added == 1000
