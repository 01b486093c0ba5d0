"""Issue 12 item 6: the roster import matches its points against one snapshot read without
the write lock, so another writer goes on meanwhile; a point changed by another desk after
the snapshot is seen by the write (the plan made again), and unchanged points cost nothing."""
from __future__ import annotations

from dataclasses import replace

from openpyxl import load_workbook

from libdesk.models.volunteers.rules import VolunteerInput
from libdesk.services.base import ListQuery
from libdesk.services.branches import roster_import
from tests.services.phases import in_another_thread, once_before, write_statements


def edited_roster(services, tmp_path):
    path = services.branches.export_roster(tmp_path / "roster.xlsx", unmask=True)
    book = load_workbook(path)
    book["分馆汇总"].append([None, "太图城市书房新点", "太图自建阅读空间", "运行", "迎泽区",
                          "新街 1 号", None, None, None, "0500", None])
    book.save(path)
    return path


def test_another_writer_goes_on_while_the_roster_is_matched(services, tmp_path, monkeypatch):
    path = edited_roster(services, tmp_path)
    services.store.wait_seconds = 0
    other: list = []
    once_before(monkeypatch, roster_import, "plan", lambda: other.append(in_another_thread(
        lambda: services.volunteers.save(VolunteerInput(name="另一位写入者")))))
    sent = write_statements(services, monkeypatch)

    assert services.branches.import_roster(path) == {"added": 1, "updated": 0,
                                                     "unchanged": 37}

    assert len(other) == 1 and isinstance(other[0], int), other
    # three queries for the snapshot again, then the one new point: no lookup per point
    lookups = [s for s in sent if s.lstrip().upper().startswith("SELECT")]
    assert len(lookups) < 25, len(lookups)  # today: three lookups for each of 37 points


def test_a_point_changed_meanwhile_is_seen_by_the_write(services, tmp_path, monkeypatch):
    path = edited_roster(services, tmp_path)
    first = services.branches.page(ListQuery(sort="number"), 0, 1)[0].id
    detail = services.branches.get(first)

    def change():  # another desk renames its address after the snapshot was read
        in_another_thread(lambda: services.branches.save(
            replace(detail.point, address="另一处的地址"), detail.contacts, first))

    done = once_before(monkeypatch, roster_import, "plan", change)
    counts = services.branches.import_roster(path)

    assert done == [1]
    # the file still has the old address: the point is updated back to it, not skipped
    assert counts == {"added": 1, "updated": 1, "unchanged": 36}
    assert services.branches.get(first).point.address == detail.point.address
