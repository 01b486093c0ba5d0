"""Issue 12 item 6: the hours import reads, matches and checks without the write lock, and
holds it only to create missing activities and insert."""
from __future__ import annotations

from contextlib import contextmanager

import pytest

from libdesk.models.errors import ValidationFailed
from libdesk.services.base import ListQuery
from tests.services.volunteers.helpers import RECORDER, add_activity, add_volunteers, as_actor
from tests.services.volunteers.test_hours import _platform_file


def counting_writes(services, monkeypatch) -> list[int]:
    writes: list[int] = []
    real = services.store.write

    @contextmanager
    def write():
        writes.append(1)
        with real() as session:
            yield session

    monkeypatch.setattr(services.store, "write", write)
    return writes


def test_a_refused_import_never_takes_the_write_lock(services, tmp_path, monkeypatch):
    as_actor(services, RECORDER)
    add_volunteers(services, 2)
    add_activity(services)
    writes = counting_writes(services, monkeypatch)
    rows = [["志愿者0000", "", "2020-11-14", 2, "太图阅读推广活动志愿服务"],
            ["无此人", "", "2020-11-14", 1, "太图阅读推广活动志愿服务"]]
    with pytest.raises(ValidationFailed) as refused:
        services.hours.import_xlsx(_platform_file(tmp_path / "bad.xlsx", rows))
    assert [p.row for p in refused.value.problems] == [3]
    assert writes == []


def test_missing_activities_are_created_in_the_one_write(services, tmp_path, monkeypatch):
    as_actor(services, RECORDER)
    add_volunteers(services, 2)
    writes = counting_writes(services, monkeypatch)
    rows = [["志愿者0000", "", "2020-11-14", 2, "新的主题活动"],
            ["志愿者0001", "", "2020-11-14", 1, "新的主题活动"],
            ["志愿者0001", "", "2020-11-15", 1, "另一个活动"]]
    report = services.hours.import_xlsx(_platform_file(tmp_path / "new.xlsx", rows),
                                        create_activities=True)
    assert report.added == 3 and report.created_activities == ["新的主题活动", "另一个活动"]
    assert writes == [1]
    assert services.hours.count(ListQuery()) == 3


def test_an_entry_added_meanwhile_is_caught_by_the_write(services, tmp_path, monkeypatch):
    """The write checks again: another desk's entry for the same volunteer, activity and
    day, saved after the read phase checked the file, makes the row a duplicate."""
    from datetime import date

    from libdesk.services.volunteers.hour_checks import NewEntry
    from tests.services.phases import in_another_thread, once_before

    as_actor(services, RECORDER)
    volunteers = add_volunteers(services, 2)
    activity = add_activity(services)
    rows = [["志愿者0000", "", "2020-11-14", 2, "太图阅读推广活动志愿服务"],
            ["志愿者0001", "", "2020-11-14", 1, "太图阅读推广活动志愿服务"]]
    path = _platform_file(tmp_path / "hours.xlsx", rows)
    once_before(monkeypatch, services.store, "reporting_waits", lambda: in_another_thread(
        lambda: services.hours.add(NewEntry(volunteers[1], activity, date(2020, 11, 14), 100))))

    with pytest.raises(ValidationFailed) as refused:
        services.hours.import_xlsx(path)

    assert [p.row for p in refused.value.problems] == [3]
    assert services.hours.count(ListQuery()) == 1  # the other desk's entry only


def test_an_unchanged_database_is_not_checked_row_by_row_again(services, tmp_path,
                                                               monkeypatch):
    from libdesk.services.volunteers import hours_import

    as_actor(services, RECORDER)
    add_volunteers(services, 2)
    add_activity(services)
    checks: list[int] = []
    real = hours_import.check_entries
    monkeypatch.setattr(hours_import, "check_entries",
                        lambda *a, **k: checks.append(1) or real(*a, **k))
    rows = [["志愿者0000", "", "2020-11-14", 2, "太图阅读推广活动志愿服务"]]
    services.hours.import_xlsx(_platform_file(tmp_path / "hours.xlsx", rows))
    assert checks == [1]  # the read phase's; the write found nothing changed since
    assert services.hours.count(ListQuery()) == 1
