"""Events, visits and facts workbooks: an export imports back, a bad row is named by row and
column and nothing is written, text that looks like a formula stays text."""
from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from libdesk.models.errors import ValidationFailed
from libdesk.models.outreach.rules import EventInput, VisitInput
from libdesk.services.base import ListQuery

ROOM = "太图城市书房郝庄馆"


def test_events_and_visits_round_trip_and_bad_rows(services, tmp_path):
    point = services.branches.lookup(ROOM)
    services.point_events.add(EventInput(branch_id=point, held_on=date(2020, 4, 23),
                                         title="=HYPERLINK(\"x\")", participants=45))
    services.point_visits.add(VisitInput(branch_id=point, visited_on=date(2020, 5, 12),
                                         kind="technical", topic="自助借还机调试"))
    events = services.point_events.export_xlsx(tmp_path / "events.xlsx")
    visits = services.point_visits.export_xlsx(tmp_path / "visits.xlsx")
    cell = load_workbook(events)["分馆活动"]["C2"]
    assert cell.value == "=HYPERLINK(\"x\")" and cell.data_type == "s"
    assert services.point_events.import_xlsx(events) == 1
    assert services.point_visits.import_xlsx(visits) == 1
    assert services.point_visits.count(ListQuery(filters={"kind": "technical"})) == 2

    book = load_workbook(visits)
    sheet = book["业务指导"]
    sheet.append([date(2020, 6, 1), "没有这个馆", "技术服务", "", "", ""])
    sheet.append([date(2020, 6, 2), ROOM, "参观", "", "", ""])
    book.save(visits)
    with pytest.raises(ValidationFailed) as caught:
        services.point_visits.import_xlsx(visits)
    assert {(p.row, p.field) for p in caught.value.problems} == {(3, "分馆/服务点"),
                                                                 (4, "类别")}
    assert services.point_visits.count(ListQuery()) == 2


def test_facts_import_refuses_an_unexplained_correction(services, tmp_path):
    path = services.point_facts.export_xlsx(tmp_path / "facts.xlsx")
    book = load_workbook(path)
    sheet = book["分馆设施"]
    sheet["D33"] = "是"
    sheet["I33"] = -3
    book.save(path)
    with pytest.raises(ValidationFailed) as caught:
        services.point_facts.import_xlsx(path)
    assert [(p.row, p.field) for p in caught.value.problems] == [(33, "校正说明")]
    sheet["J33"] = "盘点"
    book.save(path)
    assert services.point_facts.import_xlsx(path) == 37
    facts = services.point_facts.get(services.branches.lookup("32"))
    assert facts.open_24h and facts.books_correction == -3
