"""Donor pages: read in two steps (the page's ids, then its columns), far pages from the
nearer end, and counts from the trigram index. Every page put together is the whole list,
in order, with nothing twice, whichever end a page was read from."""
from __future__ import annotations

from datetime import date

import pytest

from libdesk.models.donations.rules import DonationInput, DonorInput, LineInput
from libdesk.services.base import ListQuery
from libdesk.services.donations import donors as donor_service

NAMES = ["王丽", "王丽华", "张建国", "李红", "赵敏", "王芳", "刘洋", "陈静", "杨帆", "黄磊",
         "周杰", "吴昊", "徐婷", "孙悦", "马超", "朱琳", "胡军", "郭靖", "何琪", "高远"]


@pytest.fixture
def many(services):
    """41 donors (twice each name, one once more), some with donations; every third lives in
    小店区, so text and sort ties are common."""
    ids = []
    for i in range(41):
        name = NAMES[i % len(NAMES)]
        address = "太原市小店区长风街" if i % 3 == 0 else "太原市迎泽区柳巷"
        ids.append(services.donors.save(DonorInput(name=name, address=address)))
    for n, donor_id in enumerate(ids[::4]):
        services.donations.save(DonationInput(donor_id, date(2024, 1 + n % 12, 1)),
                                [LineInput("图书", quantity=1 + n % 3)])
    return services


def _whole(services, query: ListQuery) -> list[int]:
    return [r.id for r in services.donors.page(query, 0, 1000)]


def _paged(services, query: ListQuery, size: int) -> list[int]:
    ids, offset = [], 0
    while True:
        rows = services.donors.page(query, offset, size)
        ids += [r.id for r in rows]
        if len(rows) < size:
            return ids
        offset += size


@pytest.mark.parametrize("sort", ["name", "donations", "volumes", "last_received", "id"])
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("text", ["", "王丽", "小店区"])
def test_pages_from_either_end_make_the_whole_list(many, monkeypatch, sort, descending, text):
    query = ListQuery(text=text, sort=sort, descending=descending)
    whole = _whole(many, query)
    assert whole and len(whole) == len(set(whole)) == many.donors.count(query)
    monkeypatch.setattr(donor_service, "REVERSE_FROM", 3)  # back-half pages read backwards
    for size in (4, 7):
        assert _paged(many, query, size) == whole


def test_sorted_pages_are_in_order_and_the_last_page_is_short(many, monkeypatch):
    monkeypatch.setattr(donor_service, "REVERSE_FROM", 3)
    query = ListQuery(sort="name", descending=True)
    rows = many.donors.page(query, 0, 1000)
    keys = [r.name for r in rows]
    assert keys[0] == "朱琳" and keys[-1] == "陈静"  # zhu … chen: pinyin, descending
    last = many.donors.page(query, 40, 7)
    assert [r.id for r in last] == [rows[40].id]
    assert many.donors.page(query, 41, 7) == []
    assert many.donors.page(query, 500, 7) == []
    with_sums = [r for r in many.donors.page(ListQuery(sort="volumes", descending=True), 0, 3)]
    assert with_sums[0].volumes == 3 and with_sums[0].donations == 1


def test_counts_from_the_index_match_the_rows(many):
    for text in ("小店区", "王丽华", "长风街", "柳巷", "不存在的"):
        query = ListQuery(text=text)
        assert many.donors.count(query) == len(_whole(many, query))
    kind = ListQuery(text="小店区", filters={"kind": "person"})  # another filter: no shortcut
    assert many.donors.count(kind) == len(_whole(many, kind)) == 14


@pytest.mark.parametrize("descending", [False, True])
def test_many_matches_walk_the_name_order_to_the_same_rows(many, monkeypatch, descending):
    walked = ListQuery(text="小店区", sort="name", descending=descending)  # 14 of 41 donors
    sorted_ = ListQuery(text="小店区", sort="name", descending=descending,
                        filters={"kind": "person"})  # every donor here: matches sorted
    assert _whole(many, walked) == _whole(many, sorted_)
    monkeypatch.setattr(donor_service, "MANY_SHARE", 1)  # 14 × 1 < 41: sorted as well
    assert _whole(many, walked) == _whole(many, sorted_)
