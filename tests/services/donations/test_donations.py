"""Donations: lines, totals in 种 and 册, evaluation, listing and filters."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from libdesk.models.donations.rules import DonationInput, LineInput
from libdesk.models.errors import Conflict, ValidationFailed
from libdesk.services.base import ListQuery
from tests.services.donations.fixtures import add_sun_ying


def test_donation_totals_and_listing(services):
    donor_id, donation_id = add_sun_ying(services)
    detail = services.donations.get(donation_id)
    assert (detail.totals.titles, detail.totals.volumes) == (118, 324)
    assert detail.donor_name == "孙英" and len(detail.lines) == 4
    services.donations.save(DonationInput(donor_id, date(2020, 6, 11), channel="post"), [
        LineInput("抗疫资料", material="object", titles=16, quantity=185, unit="件"),
        LineInput("万柏林区统计年鉴", material="local_document", quantity=15, unit="种")])
    rows = services.donations.page(ListQuery(), 0, 10)
    assert [r.received_on for r in rows] == [date(2020, 10, 14), date(2020, 6, 11)]
    assert (rows[1].titles, rows[1].volumes, rows[1].items, rows[1].pending) == (31, 15, 185, 2)
    assert services.donations.count(ListQuery(text="孙英")) == 2
    assert services.donations.count(ListQuery(filters={"pending": True})) == 1
    assert services.donations.count(ListQuery(filters={"year": 2021})) == 0
    assert services.donations.years() == [2020]


def test_evaluation_of_lines_for_distribution(services):
    _, donation_id = add_sun_ying(services)
    lines = services.donations.get(donation_id).lines
    assert services.donations.evaluate([lines[2].id, lines[3].id], "distribute", "送分馆") == 2
    evaluations = [line.evaluation for line in services.donations.get(donation_id).lines]
    assert evaluations == ["collected", "collected", "distribute", "distribute"]


def test_bad_lines_are_reported_and_nothing_saved(services):
    donor_id, _ = add_sun_ying(services)
    with pytest.raises(ValidationFailed) as caught:
        services.donations.save(
            DonationInput(donor_id, date.today() + timedelta(days=3)),
            [LineInput(" "), LineInput("x", quantity=0), LineInput("y", titles=5, quantity=2)])
    assert {p.field for p in caught.value.problems} == {
        "received_on", "line.title", "line.quantity", "line.titles"}
    assert services.donations.count(ListQuery()) == 1


def test_a_donation_with_certificates_cannot_be_deleted(services):
    _, donation_id = add_sun_ying(services)
    services.certificates.issue(donation_id, "donation")
    with pytest.raises(Conflict):
        services.donations.delete(donation_id)


def test_a_scanned_isbn_brings_back_its_title(services):
    donor_id, _ = add_sun_ying(services)
    assert services.donations.known_title("9787010123455") == ""
    services.donations.save(DonationInput(donor_id, date(2020, 6, 1)),
                            [LineInput("孙英文集", isbn="9787010123455")])
    assert services.donations.known_title("9787010123455") == "孙英文集"
