"""Demo data: realistic, internally consistent, valid by the app's own rules, reproducible."""
from __future__ import annotations

import csv
from datetime import date

import pytest
from sqlalchemy import func, select

from libdesk.config import resource_path
from libdesk.models.distribution.tables import BatchBox, BatchItem, DistributionBatch
from libdesk.models.system import NumberCounter
from libdesk.models.donations.tables import Donation, DonationLine, Donor, Evaluation
from libdesk.models.collation import pinyin_key
from libdesk.models.errors import Conflict
from libdesk.models.isbn import normalize_isbn
from libdesk.models.validation import is_valid_phone
from libdesk.models.volunteers.rules import MAX_HUNDREDTHS_PER_DAY
from libdesk.models.volunteers.tables import HourEntry, Volunteer, VolunteerActivity
from libdesk.services.base import ListQuery
from libdesk.demo.generator import DemoService, DemoSizes
from libdesk.demo.people import id_check_character

TODAY = date(2026, 6, 30)
SIZES = DemoSizes(donors=300, volunteers=60, hours=2000, batches=40, certificates=5,
                  today=TODAY)


@pytest.fixture(scope="module")
def demo(template_db, tmp_path_factory):
    """One demo database for the module (the tests only read it)."""
    from libdesk.services import open_services

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    path.write_bytes(template_db.read_bytes())
    services = open_services(str(path))
    result = DemoService.for_services(services).fill(SIZES)
    yield services, result
    services.close()


def test_fills_every_area_with_the_sizes_asked(demo):
    services, result = demo
    counts = result.counts
    assert counts["donor"] == 300 and counts["donation"] == 360
    assert counts["volunteer"] == 60 and counts["hour_entry"] == 2000
    assert counts["distribution_batch"] == 40 and counts["certificates"] == 5
    assert counts["donation_line"] >= 360 and counts["batch_item"] >= 40 * 5
    assert services.donors.count(ListQuery()) == 300
    assert services.volunteers.count(ListQuery()) == 60
    assert services.hours.count(ListQuery()) == 2000
    assert services.donations.count(ListQuery()) == 360


def test_names_phones_id_numbers_and_isbns_are_valid(demo):
    services, _ = demo
    with services.store.read() as session:
        donors = session.execute(select(Donor)).scalars().all()
        volunteers = session.execute(select(Volunteer)).scalars().all()
        isbns = set(session.execute(select(DonationLine.isbn).where(DonationLine.isbn != ""))
                    .scalars()) | set(session.execute(
                        select(BatchItem.isbn).where(BatchItem.isbn != "")).scalars())
    people = [d for d in donors if d.kind == "person"]
    assert all(2 <= len(d.name) <= 4 and d.honorific in ("先生", "女士") for d in people)
    assert all(d.name_key == pinyin_key(d.name) for d in donors)  # the app's own sort key
    assert all(is_valid_phone(d.phone) for d in donors)
    assert any("山西省太原市" in d.address for d in donors)
    ids = [d.id_number for d in donors if d.id_number] + [v.id_number for v in volunteers]
    assert ids and all(len(i) == 18 and i.startswith("1401") and
                       id_check_character(i[:17]) == i[17] for i in ids)
    assert isbns and all(normalize_isbn(i) == i and i.startswith("9787") for i in isbns)
    assert {v.org_id for v in volunteers} and all(v.platform_no for v in volunteers)


def test_top_donors_of_2020_reproduce_the_annual_report(demo):
    services, _ = demo
    with open(resource_path("seed", "donors_top10_2020.csv"), encoding="utf-8") as handle:
        expected = [(row["donor"], int(row["volumes"])) for row in csv.DictReader(handle)]
    assert [(t.name, t.volumes) for t in services.donors.top(2020)] == expected


def test_hours_fall_on_days_the_volunteer_had_joined_and_within_the_activity(demo):
    services, _ = demo
    with services.store.read() as session:
        rows = session.execute(
            select(HourEntry.volunteer_id, HourEntry.activity_id,
                   HourEntry.served_on, HourEntry.hundredths, Volunteer.joined_on,
                   VolunteerActivity.starts_on, VolunteerActivity.ends_on)
            .join(Volunteer, Volunteer.id == HourEntry.volunteer_id)
            .join(VolunteerActivity, VolunteerActivity.id == HourEntry.activity_id)).all()
    assert len(rows) == 2000
    assert len({(r[0], r[1], r[2]) for r in rows}) == 2000  # no duplicate entries
    for _volunteer, _activity, served, hundredths, joined, starts, ends in rows:
        assert joined <= served <= TODAY and starts <= served <= ends
        assert 0 < hundredths <= MAX_HUNDREDTHS_PER_DAY


def test_batches_are_numbered_without_gaps_and_boxes_match_their_items(demo):
    services, _ = demo
    with services.store.read() as session:
        numbers = session.execute(select(DistributionBatch.year, DistributionBatch.number)
                                  ).all()
        counters = dict(session.execute(select(NumberCounter.year, NumberCounter.last_value)
                                        .where(NumberCounter.series == "PS")).all())
        boxes = session.execute(select(BatchBox)).scalars().all()
        copies = dict(session.execute(
            select(BatchItem.batch_id, func.sum(BatchItem.copies))
            .join(DistributionBatch, DistributionBatch.id == BatchItem.batch_id)
            .where(BatchItem.direction == "out", DistributionBatch.kind != "recall")
            .group_by(BatchItem.batch_id)).all())
        linked = session.execute(
            select(DonationLine.evaluation).join(BatchItem, BatchItem.donation_line_id ==
                                                 DonationLine.id)).scalars().all()
    by_year: dict[int, list[int]] = {}
    for year, number in numbers:
        by_year.setdefault(year, []).append(int(number.rsplit("-", 1)[1]))
    for year, values in by_year.items():
        assert sorted(values) == list(range(1, len(values) + 1))
        assert counters[year] == len(values)
    per_batch: dict[int, int] = {}
    for box in boxes:
        per_batch[box.batch_id] = per_batch.get(box.batch_id, 0) + box.item_count
    assert all(copies[batch_id] == total for batch_id, total in per_batch.items()
               if batch_id in copies)
    assert all(evaluation == Evaluation.DISTRIBUTE for evaluation in linked)
    # the batch service reads what the demo wrote
    first = services.distribution.page(ListQuery(), 0, 5)
    assert first and services.distribution.items(first[0].id)


def test_certificates_are_issued_through_the_service_and_verify(demo):
    services, _ = demo
    with services.store.read() as session:
        donation_id = session.execute(select(Donation.id).order_by(Donation.received_on)
                                      ).scalars().first()
    certificates = [c for d in range(1, 400) for c in services.certificates.for_donation(d)]
    assert len(certificates) == 5 and donation_id
    result = services.verification.verify(certificates[0].payload)
    assert result.verdict.name == "GENUINE"


def test_refuses_a_database_that_already_has_data(demo):
    services, _ = demo
    with pytest.raises(Conflict):
        DemoService.for_services(services).fill(DemoSizes(donors=1, volunteers=1, hours=1, batches=1))


def test_the_same_seed_makes_the_same_data(tmp_path, db_path):
    from libdesk.services import open_services

    names = []
    for n in range(2):
        path = tmp_path / f"copy{n}.sqlite"
        path.write_bytes(db_path.read_bytes())
        services = open_services(str(path))
        DemoService.for_services(services).fill(DemoSizes(donors=50, volunteers=10, hours=100, batches=5,
                                     certificates=0, today=TODAY))
        names.append([r.name for r in services.donors.page(ListQuery(sort="id"), 0, 50)])
        services.close()
    assert names[0] == names[1] and len(set(names[0])) > 40


def test_every_point_gets_details_and_a_primary_contact(demo):
    services, result = demo
    assert 37 <= result.counts["branch_contact"] <= 74
    rows = services.branches.page(ListQuery(), 0, 37)
    assert all(row.primary_contact and is_valid_phone(row.primary_phone) for row in rows)
    assert all(row.district and row.address and row.books_on_site >= 500 for row in rows)
    assert rows[0].district == "小店区"  # named in the point's own name (小店区图书馆)
