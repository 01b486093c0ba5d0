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
