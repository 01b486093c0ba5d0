"""Events and guidance visits at points, in the statistics and in the point's one history
list with its batches and outings; the points' facts with books on site from the batches and
a correction that the audit log keeps."""
from __future__ import annotations

from datetime import date

import pytest

from libdesk.models.distribution.rules import BatchInput, ItemInput
from libdesk.models.errors import ValidationFailed
from libdesk.models.outreach.rules import EventInput, FactsInput, OutingInput, VisitInput
from libdesk.services.base import ListQuery

ROOM = "太图城市书房郝庄馆"


def _received_batch(services, point: int, copies: int) -> int:
    batch = services.distribution.create(BatchInput(branch_id=point, planned_on=date(2020, 9, 1)))
    services.distribution.add_items(batch, [ItemInput(isbn="9787020002207", copies=copies)])
    services.batch_status.pack(batch, send_untitled=True)  # the line has no title
    services.batch_status.ship(batch)
    services.receiving.receive(batch, "馆员")
    return batch


def test_history_lists_batches_events_visits_and_outings_together(services):
    point = services.branches.lookup(ROOM)
    _received_batch(services, point, 30)
    services.point_events.add(EventInput(branch_id=point, held_on=date(2020, 4, 23),
                                         title="世界读书日亲子共读", participants=45))
    services.point_visits.add(VisitInput(branch_id=point, visited_on=date(2020, 5, 12),
                                         kind="technical", staff="李强", topic="自助借还机调试"))
    services.point_visits.add(VisitInput(branch_id=point, visited_on=date(2020, 6, 2),
                                         staff="王芳", topic="分馆业务培训"))
    services.mobile_log.add(OutingInput(served_on=date(2020, 7, 1), branch_id=point,
                                        vehicle="流动服务车", readers=80, loans=120))
    history = services.point_history.history(point)
    assert [e.kind for e in history][1:] == ["outing", "visit", "visit", "event"]
    assert history[0].kind == "batch" and history[0].count == 30
    report = services.statistics.year_report(2020)
    assert report.value("分馆阅读活动") == 1 and report.value("阅读活动参加人数") == 45
    assert report.value("业务指导") == 1 and report.value("技术服务") == 1
    assert services.point_visits.count(ListQuery(filters={"kind": "technical"})) == 1
    with pytest.raises(ValidationFailed):
        services.point_events.add(EventInput(branch_id=point, held_on=date(2020, 1, 1)))


def test_facts_books_on_site_follow_the_batches_with_an_audited_correction(services, tmp_path):
    point = services.branches.lookup(ROOM)
    _received_batch(services, point, 30)
    with pytest.raises(ValidationFailed):
        services.point_facts.save(point, FactsInput(books_correction=-2))
    services.point_facts.save(point, FactsInput(
        opening_hours="全天", open_24h=True, area_m2=180.5, seats=60, machines=2,
        books_correction=-2, correction_note="盘点丢失2册"))
    facts = services.point_facts.get(point)
    assert (facts.books_from_batches, facts.books_on_site) == (30, 28)
    assert facts.open_24h and facts.seats == 60
    assert services.point_facts.count(ListQuery(filters={"open_24h": True})) == 1
    entries = services.audit.page(ListQuery(filters={"table": "point_facts"}), 0, 10) \
        if hasattr(services.audit, "page") else []
    assert any("盘点丢失2册" in str(getattr(e, "new_values", e)) for e in entries)
    path = services.point_facts.export_xlsx(tmp_path / "facts.xlsx")
    services.point_facts.save(point, FactsInput())
    assert services.point_facts.import_xlsx(path) == 37
    assert services.point_facts.get(point).books_on_site == 28
