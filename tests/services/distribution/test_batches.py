from __future__ import annotations

from datetime import date

import pytest

from libdesk.services.distribution.status import UntitledLines

from libdesk.models.distribution.rules import BatchInput, ItemInput
from libdesk.models.errors import InvalidTransition, PermissionDenied, ValidationFailed
from libdesk.models.isbn import InvalidIsbn
from libdesk.models.roles import Role
from libdesk.services.base import Actor, ListQuery
from tests.services.distribution.helpers import BOOKS, catalogue, point_id, swap_batch


def test_batch_numbers_are_gapless_per_year(services):
    a = services.distribution.create(BatchInput(point_id(services), "new_books", date(2020, 3, 9)))
    b = services.distribution.create(BatchInput(point_id(services), "periodicals", date(2020, 11, 2)))
    c = services.distribution.create(BatchInput(point_id(services), "new_books", date(2021, 1, 5)))
    assert [services.distribution.get(i).number for i in (a, b, c)] == [
        "PS-2020-0001", "PS-2020-0002", "PS-2021-0001"]
    assert services.distribution.find("ps-2020-0002") == b
    assert services.distribution.get(a).staff == "本机管理员"  # defaults to who made it


def test_batch_needs_a_point_and_a_known_kind(services):
    with pytest.raises(ValidationFailed) as caught:
        services.distribution.create(BatchInput(None, "gift"))
    assert {p.field for p in caught.value.problems} == {"branch", "kind"}


def test_scanning_adds_then_increments_and_fills_known_titles(services):
    batch_id = services.distribution.create(BatchInput(point_id(services), "new_books"))
    first = services.distribution.scan(batch_id, "9787536692930", box_no=1)
    assert first.added and not first.known_title and first.item.copies == 1
    again = services.distribution.scan(batch_id, "978-7-5366-9293-0", box_no=1)
    assert not again.added and again.item.copies == 2 and again.item.id == first.item.id
    other_box = services.distribution.scan(batch_id, "7536692935", box_no=2)  # ISBN-10
    assert other_box.added and other_box.item.isbn == "9787536692930"
    # a title typed once is known to every later scan
    services.distribution.update_item(first.item.id, ItemInput(
        isbn="9787536692930", title="三体", author="刘慈欣", copies=2, box_no=1))
    later = services.distribution.create(BatchInput(point_id(services), "new_books"))
    known = services.distribution.scan(later, "9787536692930")
    assert known.known_title and known.item.title == "三体" and known.item.author == "刘慈欣"
    summary = services.distribution.get(batch_id)
    assert (summary.titles_out, summary.copies_out, summary.boxes) == (1, 3, 2)


def test_a_bad_scan_is_refused_and_changes_nothing(services):
    batch_id = services.distribution.create(BatchInput(point_id(services), "new_books"))
    with pytest.raises(InvalidIsbn) as caught:
        services.distribution.scan(batch_id, "9787536692931")
    assert "check digit should be 0" in caught.value.english()
    assert services.distribution.items(batch_id) == []


def test_added_items_merge_duplicates_and_report_rows(services):
    batch_id = services.distribution.create(BatchInput(point_id(services), "new_books"))
    services.distribution.add_items(batch_id, catalogue() + catalogue(copies=2)[:2])
    lines = services.distribution.items(batch_id)
    assert [(i.title, i.copies) for i in lines[:3]] == [("红楼梦", 3), ("三体", 3), ("百年孤独", 1)]
    with pytest.raises(ValidationFailed) as caught:
        services.distribution.add_items(batch_id, [
            ItemInput(isbn="9787020002207"), ItemInput(isbn="123", copies=0),
            ItemInput(isbn="9787020002207", direction="back")])
    assert [(p.row, p.field) for p in caught.value.problems] == [
        (2, "isbn"), (2, "copies"), (3, "direction")]
    assert sum(i.copies for i in services.distribution.items(batch_id)) == 9


def test_status_machine_and_its_refusals(services):
    batch_id = swap_batch(services)
    d = services.distribution
    with pytest.raises(InvalidTransition) as caught:
        services.batch_status.ship(batch_id)
    assert "still a draft" in caught.value.english()
    with pytest.raises(InvalidTransition, match="not been shipped"):
        services.receiving.receive(batch_id)
    services.batch_status.pack(batch_id)
    assert d.get(batch_id).status == "packed" and d.get(batch_id).boxes == 3
    with pytest.raises(InvalidTransition, match="reopen it"):
        d.scan(batch_id, BOOKS[0][0])
    services.batch_status.reopen(batch_id)
    d.scan(batch_id, BOOKS[4][0], box_no=3)  # a book LibDesk knows no title for
    with pytest.raises(UntitledLines, match="send anyway"):
        services.batch_status.pack(batch_id)
    assert d.get(batch_id).status == "draft"
    services.batch_status.pack(batch_id, send_untitled=True)
    services.batch_status.ship(batch_id)
    with pytest.raises(InvalidTransition) as caught:
        services.batch_status.cancel(batch_id)
    assert "already been shipped and cannot be cancelled" in caught.value.english()
    with pytest.raises(InvalidTransition, match="on its way"):
        services.batch_status.complete(batch_id)
    services.receiving.receive(batch_id, "李护士长")
    summary = d.get(batch_id)
    assert (summary.status, summary.received_by, summary.boxes_received) == ("received", "李护士长", 3)
    services.batch_status.complete(batch_id)
    with pytest.raises(InvalidTransition, match="completed; nothing more"):
        services.batch_status.reopen(batch_id)


def test_cancel_only_before_shipping_and_then_nothing(services):
    batch_id = swap_batch(services, boxes=1)
    services.batch_status.pack(batch_id)
    services.batch_status.cancel(batch_id, "点位暂停开放")
    with pytest.raises(InvalidTransition, match="was cancelled"):
        services.batch_status.pack(batch_id)


def test_packing_refuses_empty_and_gapped_boxes(services):
    batch_id = services.distribution.create(BatchInput(point_id(services), "new_books"))
    with pytest.raises(InvalidTransition, match="nothing to ship"):
        services.batch_status.pack(batch_id)
    services.distribution.add_items(batch_id, catalogue(box_no=1)[:1] + catalogue(box_no=3)[1:2])
    with pytest.raises(InvalidTransition, match="Box 2 .* is empty"):
        services.batch_status.pack(batch_id)


def test_swap_records_books_back_until_completed(services):
    batch_id = swap_batch(services, boxes=1)
    d = services.distribution
    services.batch_status.pack(batch_id)
    services.batch_status.ship(batch_id)
    d.add_items(batch_id, catalogue(direction="back")[2:4])
    assert d.get(batch_id).copies_back == 2
    with pytest.raises(ValidationFailed):  # a new-books batch brings nothing back
        d.add_items(d.create(BatchInput(point_id(services), "new_books")),
                    catalogue(direction="back")[:1])


def test_overdue_shipments_are_flagged_by_the_setting(services):
    batch_id = swap_batch(services, boxes=1)
    services.batch_status.pack(batch_id)
    services.batch_status.ship(batch_id)
    assert not services.distribution.get(batch_id).overdue
    services.settings.set("distribution.overdue_days", 0)  # shipped a moment ago
    assert services.distribution.get(batch_id).overdue
    assert services.distribution.count(ListQuery(filters={"overdue": True})) == 1


def test_history_on_site_and_year_totals(services):
    d = services.distribution
    swap = swap_batch(services)
    services.batch_status.pack(swap)
    services.batch_status.ship(swap)
    services.receiving.receive(swap)
    d.add_items(swap, catalogue(direction="back")[:1])  # 1 copy of 红楼梦 came back
    gift = d.create(BatchInput(point_id(services), "periodicals", date(2020, 11, 2)))
    d.add_items(gift, [ItemInput(title="读者", issue="2020年第21期", copies=40)])
    services.batch_status.pack(gift)
    services.batch_status.ship(gift)
    d.create(BatchInput(point_id(services, "太原市光荣院"), "new_books", date(2020, 6, 1)))
    assert [b.number for b in services.distribution_reports.history(point_id(services))] == ["PS-2020-0002", "PS-2020-0001"]
    on_site = {t.title: t.copies for t in services.distribution_reports.on_site(point_id(services))}
    assert on_site == {"红楼梦": 1, "三体": 4, "百年孤独": 4, "万历十五年": 2}
    totals = services.distribution_reports.year_totals(2020)
    home = next(t for t in totals if t.branch_name == "太原市老年公寓")
    assert (home.batches, home.books_out, home.book_titles_out, home.periodicals_out,
            home.books_back) == (2, 12, 4, 40, 1)
    assert totals[-1].branch_name == "合计" and totals[-1].books_out == 12
    assert len(totals) == 2  # the draft to 光荣院 has not gone out


def test_read_only_staff_cannot_change_batches(services):
    batch_id = swap_batch(services, boxes=1)
    services.ctx.set_actor(Actor("viewer", Role.READ_ONLY))
    with pytest.raises(PermissionDenied):
        services.distribution.scan(batch_id, BOOKS[0][0])
    with pytest.raises(PermissionDenied):
        services.batch_status.pack(batch_id)


def test_a_point_with_batches_cannot_be_deleted(services):
    swap_batch(services, boxes=1)
    from libdesk.models.errors import Conflict

    with pytest.raises(Conflict, match="distribution_batch"):
        services.branches.delete(point_id(services))
