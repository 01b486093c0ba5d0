"""Batch items taken from donation lines evaluated 转配分馆, and where a donor's books went."""
from __future__ import annotations

from datetime import date

import pytest

from libdesk.models.distribution.rules import BatchInput, ItemInput
from libdesk.models.donations.rules import DonationInput, DonorInput, LineInput
from libdesk.models.errors import Conflict
from libdesk.services.base import ListQuery
from tests.services.distribution.helpers import point_id


def donate(services) -> tuple[int, list[int]]:
    donor_id = services.donors.save(DonorInput(name="山西人民出版社", kind="organisation"))
    donation_id = services.donations.save(DonationInput(donor_id, date(2020, 4, 23), "赵晋明"), [
        LineInput("三体", quantity=10, isbn="978-7-5366-9293-0", evaluation="distribute"),
        LineInput("少儿科普丛书", titles=5, quantity=20, evaluation="distribute"),
        LineInput("地方志", quantity=3, evaluation="collected"),
    ])
    lines = [line.id for line in services.donations.get(donation_id).lines]
    return donor_id, lines


def test_only_lines_to_distribute_are_offered_with_what_remains(services):
    _, lines = donate(services)
    sources = services.donation_links.donation_sources()
    assert [(s.title, s.remaining) for s in sources] == [("三体", 10), ("少儿科普丛书", 20)]
    batch_id = services.distribution.create(BatchInput(point_id(services), "new_books"))
    services.donation_links.add_from_donation(batch_id, lines[1], copies=8, box_no=1)
    assert [s.remaining for s in services.donation_links.donation_sources("科普")] == [12]
    with pytest.raises(Conflict, match="Only 12 of the 20 copies"):
        services.distribution.add_items(batch_id, [ItemInput(
            title="少儿科普丛书", copies=13, source="donation", donation_line_id=lines[1])])
    with pytest.raises(Conflict, match="not evaluated"):
        services.donation_links.add_from_donation(batch_id, lines[2])


def test_scanning_a_donated_isbn_takes_it_from_the_donation(services):
    donor_id, lines = donate(services)
    batch_id = services.distribution.create(BatchInput(point_id(services), "new_books"))
    first = services.distribution.scan(batch_id, "9787536692930", source="donation")
    again = services.distribution.scan(batch_id, "9787536692930", source="donation")
    assert again.item.id == first.item.id and again.item.copies == 2
    assert first.item.donation_line_id == lines[0] and first.item.title == "三体"
    own = services.distribution.scan(batch_id, "9787536692930")  # a collection copy: own line
    assert own.item.id != first.item.id and own.item.donation_line_id is None
    with pytest.raises(Conflict, match="No donated copies"):
        services.distribution.scan(batch_id, "9787020002207", source="donation")


def test_cancelled_batches_give_copies_back_and_destinations_show_where_books_went(services):
    donor_id, lines = donate(services)
    d = services.distribution
    to_home = d.create(BatchInput(point_id(services), "new_books", date(2020, 5, 1)))
    services.donation_links.add_from_donation(to_home, lines[0], copies=6)
    services.batch_status.pack(to_home)
    services.batch_status.ship(to_home)
    to_school = d.create(BatchInput(point_id(services, "彭村小学（农民工子弟集中就学）"),
                                    "new_books", date(2020, 6, 1)))
    services.donation_links.add_from_donation(to_school, lines[0])  # the 4 that remain
    assert services.donation_links.donation_sources("三体") == []
    cancelled = d.create(BatchInput(point_id(services, "太原市光荣院"), "new_books"))
    services.batch_status.cancel(cancelled)
    destinations = services.donation_links.donor_destinations(donor_id)
    assert [(x.branch_name, x.copies, x.status) for x in destinations] == [
        ("彭村小学（农民工子弟集中就学）", 4, "draft"), ("太原市老年公寓", 6, "shipped")]
    services.batch_status.cancel(to_school, "学校放假")
    assert [s.remaining for s in services.donation_links.donation_sources("三体")] == [4]
    assert services.donation_links.batches_for_donation_lines(lines) == {lines[0]: ["PS-2020-0001", "PS-2020-0002"]}


def test_lines_in_batches_cannot_be_removed_with_their_donation(services):
    donor_id, lines = donate(services)
    donation_id = services.donations.page(ListQuery(), 0, 1)[0].id
    batch_id = services.distribution.create(BatchInput(point_id(services), "new_books"))
    services.donation_links.add_from_donation(batch_id, lines[1], copies=8, box_no=1)
    number = services.distribution.get(batch_id).number
    with pytest.raises(Conflict, match=number):
        services.donations.delete(donation_id)
    detail = services.donations.get(donation_id)
    with pytest.raises(Conflict, match="cannot be removed"):
        services.donations.save(detail.donation, [detail.lines[0], detail.lines[2]], donation_id)
    assert len(services.donations.get(donation_id).lines) == 3
