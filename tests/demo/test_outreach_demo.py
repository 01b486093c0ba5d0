"""The demo's outreach records: 2020's logged outings give the annual report's mobile-service
figures, and gifts, transfers, events and visits are there to try."""
from __future__ import annotations

from libdesk.demo.generator import DemoService, DemoSizes
from libdesk.services.base import ListQuery


def test_demo_fills_the_outreach_records(services):
    result = DemoService.for_services(services).fill(DemoSizes(
        donors=20, volunteers=5, hours=20, batches=3, certificates=1))
    assert result.counts["outings"] == 96 and result.counts["gifts"] == 5
    report = services.statistics.year_report(2020)
    assert report.value("流动服务借阅人次") == 18_670
    assert report.value("流动服务借阅册次") == 27_800
    assert report.value("调拨图书") == 1043 + 5000 + 650
    assert services.gifts.count(ListQuery(filters={"recipient_kind": "hospital"})) == 4
    assert services.point_facts.count(ListQuery(filters={"open_24h": True})) == 1
