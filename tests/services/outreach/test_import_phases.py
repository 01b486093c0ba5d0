"""Issue 12 item 6: the outreach workbook imports (events, visits, gifts, outings, facts,
transfers) check their rows without the write lock, so another writer goes on meanwhile;
the short write checks again (a point deleted meanwhile is refused by row, nothing written)
and inserts in bulk."""
from __future__ import annotations

from datetime import date

import pytest

from libdesk.models.errors import ValidationFailed
from libdesk.models.outreach.rules import EventInput, TransferInput, TransferLineInput
from libdesk.models.volunteers.rules import VolunteerInput
from libdesk.services.base import ListQuery
from libdesk.services.outreach import facts, transfers, workbooks
from tests.services.phases import in_another_thread, once_before, write_statements

ROOM = "太图城市书房郝庄馆"


def another_writer(services, monkeypatch, module) -> list:
    """Another desk saves a volunteer while ``module`` looks up the points (the read
    phase), with no wait allowed for the write lock."""
    services.store.wait_seconds = 0
    other: list = []
    once_before(monkeypatch, module, "point_ids", lambda: other.append(in_another_thread(
        lambda: services.volunteers.save(VolunteerInput(name="另一位写入者")))))
    return other


def events_file(services, tmp_path, count: int = 30):
    point = services.branches.lookup(ROOM)
    for n in range(count):
        services.point_events.add(EventInput(branch_id=point, held_on=date(2020, 4, 1 + n % 28),
                                             title=f"读书会 {n}", participants=10 + n))
    return services.point_events.export_xlsx(tmp_path / "events.xlsx")


def test_another_writer_goes_on_while_events_are_checked(services, tmp_path, monkeypatch):
    path = events_file(services, tmp_path)
    other = another_writer(services, monkeypatch, workbooks)
    sent = write_statements(services, monkeypatch)

    assert services.point_events.import_xlsx(path) == 30

    assert len(other) == 1 and isinstance(other[0], int), other  # saved, not refused
    assert services.point_events.count(ListQuery()) == 60
    lookups = [s for s in sent if s.lstrip().upper().startswith("SELECT")]
    assert len(lookups) < 10  # the points once more (and the audit), not a lookup per row


def test_a_point_deleted_meanwhile_is_refused_by_row(services, tmp_path, monkeypatch):
    from libdesk.models.branches.rules import PointInput

    point = services.branches.save(PointInput(name="临时服务点", category="学校"))
    services.point_events.add(EventInput(branch_id=point, held_on=date(2020, 4, 2),
                                         title="只办一次", participants=5))
    path = services.point_events.export_xlsx(tmp_path / "events.xlsx")
    event_ids = [r.id for r in services.point_events.page(ListQuery(), 0, 5)]

    def delete_point():  # after the rows were checked, before the write
        services.point_events.delete(event_ids)
        services.branches.delete(point)

    once_before(monkeypatch, workbooks, "writing", delete_point)
    with pytest.raises(ValidationFailed) as refused:
        services.point_events.import_xlsx(path)
    assert [(p.row, p.field) for p in refused.value.problems] == [(2, "分馆/服务点")]
    assert services.point_events.count(ListQuery()) == 0


def test_another_writer_goes_on_while_facts_are_checked(services, tmp_path, monkeypatch):
    path = services.point_facts.export_xlsx(tmp_path / "facts.xlsx")
    other = another_writer(services, monkeypatch, facts)
    sent = write_statements(services, monkeypatch)

    assert services.point_facts.import_xlsx(path) == 37

    assert len(other) == 1 and isinstance(other[0], int), other
    assert len([s for s in sent if s.lstrip().upper().startswith("SELECT")]) < 12


def test_another_writer_goes_on_while_transfers_are_checked(services, tmp_path, monkeypatch):
    for n in range(3):
        services.transfers.add_with_lines(
            TransferInput(transferred_on=date(2020, 5, 6 + n), source_dept="少儿借阅区",
                          project="阳曲未来图书馆"),
            [TransferLineInput(title="少儿图书", copies=50), TransferLineInput(title="绘本",
                                                                             copies=20)])
    path = services.transfers.export_xlsx(tmp_path / "t.xlsx")
    other = another_writer(services, monkeypatch, transfers)
    sent = write_statements(services, monkeypatch)

    assert services.transfers.import_xlsx(path) == 3

    assert len(other) == 1 and isinstance(other[0], int), other
    assert services.transfers.count(ListQuery()) == 6
    inserts = [s for s in sent if s.lstrip().upper().startswith(
        ("INSERT INTO TRANSFER_LINE", "COPY TRANSFER_LINE"))]  # COPY: on PostgreSQL
    assert len(inserts) == 1  # every line of every transfer in one statement
    copies = sorted(line.copies for t in services.transfers.all_rows(ListQuery())
                    for line in services.transfers.lines(t.id))
    assert copies == [20] * 6 + [50] * 6
