"""Receiving with discrepancies: a box missing or damaged with a note; the batch completes
with the discrepancy on record, shown in the point's history and the year's statistics."""
from __future__ import annotations

import pytest

from libdesk.models.errors import ValidationFailed
from tests.services.distribution.helpers import point_id, swap_batch


def _shipped(services, boxes=3) -> int:
    batch_id = swap_batch(services, boxes=boxes)
    services.batch_status.pack(batch_id, send_untitled=True)
    services.batch_status.ship(batch_id)
    return batch_id


def test_missing_box_lets_the_batch_complete_with_the_discrepancy_recorded(services):
    batch_id = _shipped(services)
    payloads = services.batch_documents.view(batch_id, with_codes=True).box_payloads
    services.receiving.receive_scan(payloads[1], "李秀英")  # box 1 arrives
    services.discrepancies.record(batch_id, 2, "damaged", "外箱破损，两册受潮")
    assert services.distribution.get(batch_id).status == "shipped"
    with pytest.raises(ValidationFailed):
        services.discrepancies.record(batch_id, 3, "missing", "")  # a note is required
    services.discrepancies.record(batch_id, 3, "missing", "运输途中丢失")
    summary = services.distribution.get(batch_id)
    assert summary.status == "received" and summary.discrepancy
    assert (summary.boxes_missing, summary.boxes_damaged) == (1, 1)
    services.batch_status.complete(batch_id)
    history = services.distribution_reports.history(point_id(services))
    row = next(r for r in history if r.id == batch_id)
    assert row.status == "completed" and row.boxes_missing == 1
    boxes = services.batch_documents.view(batch_id).boxes
    assert [(b.box_no, b.condition, b.condition_note) for b in boxes][1:] == [
        (2, "damaged", "外箱破损，两册受潮"), (3, "missing", "运输途中丢失")]
    year = int(summary.number.split("-")[1])  # the batch's year
    total = services.distribution_reports.year_totals(year)[-1]
    assert (total.boxes_missing, total.boxes_damaged) == (1, 1)
    report = services.statistics.year_report(year)
    figures = {line.item: line.value for line in report.summary}
    assert figures["签收时缺失的箱"] == 1 and figures["签收时破损的箱"] == 1


def test_a_missing_box_that_turns_up_is_received_by_its_label(services):
    batch_id = _shipped(services, boxes=2)
    payloads = services.batch_documents.view(batch_id, with_codes=True).box_payloads
    services.discrepancies.record(batch_id, 2, "missing", "未到")
    services.receiving.receive_scan(payloads[2], "李秀英")  # it turned up after all
    services.receiving.receive_scan(payloads[1], "李秀英")
    summary = services.distribution.get(batch_id)
    assert summary.status == "received" and not summary.discrepancy
