"""Donors: search (trigram index for 3+ characters, LIKE below), duplicates, merge, top-N."""
from __future__ import annotations

import csv
from datetime import date

import pytest

from libdesk.config import resource_path
from libdesk.models.donations.rules import DonationInput, DonorInput, LineInput
from libdesk.models.errors import Conflict, PermissionDenied, ValidationFailed
from libdesk.models.roles import Role
from libdesk.services.base import Actor, ListQuery
from tests.services.donations.fixtures import SUN_YING, add_sun_ying


def test_search_short_and_long_text_sort_by_pinyin_and_mask(services):
    for name, title in [("张伟", "太原理工大学教授"), ("张伟民", ""), ("阿伟", ""),
                        ("北京画院", "美术机构"), ("科技部国外人才研究中心", "")]:
        services.donors.save(DonorInput(name=name, title=title, phone="13812345678"))
    assert services.donors.count(ListQuery(text="张")) == 2        # LIKE
    assert services.donors.count(ListQuery(text="张伟")) == 2      # LIKE
    assert services.donors.count(ListQuery(text="张伟民")) == 1    # trigram index
    assert services.donors.count(ListQuery(text="理工大学")) == 1  # any indexed column
    assert services.donors.count(ListQuery(text="人才研究")) == 1
    assert services.donors.count(ListQuery(text="100%")) == 0
    names = [r.name for r in services.donors.page(ListQuery(sort="name"), 0, 10)]
    assert names == ["阿伟", "北京画院", "科技部国外人才研究中心", "张伟", "张伟民"]
    row = services.donors.page(ListQuery(text="北京画院"), 0, 1)[0]
    assert row.phone == "138****5678"
    assert services.donors.page(ListQuery(text="北京画院"), 0, 1, unmask=True)[0].phone == \
        "13812345678"
    donor_id = row.id
    services.donors.save(DonorInput(name="北京画院（新）", title="美术机构"), donor_id)
    assert services.donors.count(ListQuery(text="画院（新")) == 1  # index follows updates
    services.donors.delete(donor_id)
    assert services.donors.count(ListQuery(text="北京画院")) == 0


def test_masked_values_from_the_dialog_keep_what_is_stored(services):
    donor_id = services.donors.save(SUN_YING)
    shown = services.donors.get(donor_id)
    assert shown.phone == "139****5678" and shown.id_number == "142701********1234"
    services.donors.save(shown, donor_id)
    assert services.donors.get(donor_id, unmask=True).phone == "13912345678"
    services.ctx.set_actor(Actor("desk", Role.FRONT_DESK))
    with pytest.raises(PermissionDenied):
        services.donors.get(donor_id, unmask=True)


def test_duplicates_are_flagged_and_merge_keeps_every_donation(services):
    keep, donation = add_sun_ying(services)
    assert [r.id for r in services.donors.likely_duplicates(SUN_YING)] == [keep]
    assert services.donors.likely_duplicates(DonorInput(
        name="孙 英", id_number="142701193001011234"))[0].id == keep
    assert services.donors.likely_duplicates(DonorInput(name="孙英")) == []
    other = services.donors.save(DonorInput(name="孙英", email="sun@example.com"))
    services.donations.save(DonationInput(other, date(2020, 3, 26)), [LineInput("孙英文集")])
    with pytest.raises(Conflict):
        services.donors.delete(other)
    assert services.donors.merge(keep, other) == 1
    assert services.donors.count(ListQuery(text="孙英")) == 1
    assert services.donations.count(ListQuery(filters={"donor_id": keep})) == 2
    assert services.donors.get(keep).email == "sun@example.com"


def test_top_donors_has_the_shape_of_table_15(services):
    with open(resource_path("seed", "donors_top10_2020.csv"), encoding="utf-8") as handle:
        table = list(csv.DictReader(handle))
    for row in reversed(table):
        donor_id = services.donors.save(DonorInput(name=row["donor"]))
        services.donations.save(DonationInput(donor_id, date(2020, 6, 1)),
                                [LineInput("赠书", titles=1, quantity=int(row["volumes"]))])
    services.donations.save(DonationInput(donor_id, date(2019, 6, 1)),
                            [LineInput("旧赠书", quantity=99999)])
    top = services.donors.top(2020, 10)
    assert [(t.rank, t.name, t.volumes) for t in top] == [
        (int(r["rank"]), r["donor"], int(r["volumes"])) for r in table]
    assert [t.name for t in services.donors.top(2020, 3)] == [r["donor"] for r in table[:3]]


def test_bad_donor_fields_are_all_named(services):
    with pytest.raises(ValidationFailed) as caught:
        services.donors.save(DonorInput(name="", phone="123", email="x", id_number="12"))
    assert {p.field for p in caught.value.problems} == {"name", "phone", "email", "id_number"}
