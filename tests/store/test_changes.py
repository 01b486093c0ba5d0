"""The change feed: another desk's committed writes reach the callback with their areas and
ids (SQLite: data_version polling over the audit log; PostgreSQL: LISTEN/NOTIFY), this
desk's own writes do not, and a rolled-back write sends nothing. Two Services on one
database stand for two desks (two windows on one file, two PCs on one server)."""
from __future__ import annotations

import queue

import pytest

from libdesk.models.branches.rules import PointInput
from libdesk.models.branches.tables import BranchCategory
from libdesk.models.donations.rules import DonorInput
from libdesk.store.changes import DeskChange, change_of, parse_payload, payload_of


def next_change(changes: queue.Queue) -> DeskChange:
    return changes.get(timeout=10)


def test_another_desks_writes_arrive_and_this_desks_own_do_not(services, other_desk):
    changes: queue.Queue = queue.Queue()
    services.live.watch(changes.put, interval=0.2)
    services.donors.save(DonorInput(name="本机捐赠人"))  # this desk: not reported
    point = other_desk.branches.save(PointInput(name="太原市小店区阅读驿站"))
    change = next_change(changes)
    assert "branches" in change.areas and "donors" not in change.areas
    assert point in change.ids["branches"]
    assert change.desk != services.live.desk

    donor = other_desk.donors.save(DonorInput(name="孙英"))
    change = next_change(changes)
    assert "donors" in change.areas and change.ids["donors"] == {donor}

    with pytest.raises(RuntimeError):  # a rolled-back write is not a change
        with other_desk.store.write() as session:
            session.add(BranchCategory(name="撤销的类别"))
            session.flush()
            raise RuntimeError("rolled back")
    other_desk.branches.save(PointInput(name="太原市晋源区书屋"))
    change = next_change(changes)
    assert "categories" not in change.areas and "branches" in change.areas
    assert changes.empty()
    services.live.stop_all()
    other_desk.donors.save(DonorInput(name="停止以后"))
    with pytest.raises(queue.Empty):
        changes.get(timeout=0.6)


def test_payloads_round_trip_and_stay_under_the_limit():
    change = change_of({"donor": {"7"}, "donation_line": {None}}, "desk-a")
    assert change.areas >= {"donors", "donations", "distribution", "audit"}
    back = parse_payload(payload_of(change))
    assert (back.areas, back.ids, back.desk) == (change.areas, {"donors": {7}}, "desk-a")
    many = change_of({"hour_entry": {str(i) for i in range(5000)}}, "desk-a")
    assert len(payload_of(many).encode()) < 8000
    assert parse_payload(payload_of(many)).areas == many.areas
    assert change_of({"a_new_table": {None}}).areas >= {"branches", "donors", "hours"}


def test_every_table_has_its_areas():
    """A new table should name the tabs it shows in (else every tab reloads for it)."""
    from libdesk.models.base import metadata
    from libdesk.store.changes import TABLE_AREAS
    import libdesk.services.facade  # noqa: F401 - every model imported

    assert sorted(set(metadata.tables) - set(TABLE_AREAS)) == []
