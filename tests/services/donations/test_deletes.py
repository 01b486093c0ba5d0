"""Deleting a donor or a donation checks the version the user confirmed (tests/services/
deletes.py): one changed at another desk meanwhile is kept, one deleted there is said so;
without a version the delete works as before."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from libdesk.models.donations.rules import DonationInput, DonorInput, LineInput
from libdesk.models.errors import Conflict, DeleteConflict
from libdesk.services.base import ListQuery
from tests.services.deletes import CHECKS, Deletable, as_other
from tests.services.donations.fixtures import add_sun_ying


def _donor(services, n: int) -> int:
    return services.donors.save(DonorInput(name=f"捐赠人{n}", phone="13912345678"))


def _donor_exists(services, donor_id: int) -> bool:
    return services.donors.name(donor_id) != ""


def _retitle(other_desk, donor_id: int) -> None:
    other_desk.donors.save(replace(other_desk.donors.get(donor_id, unmask=True),
                                   title="退休教师"), donor_id)


DONOR = Deletable(
    make=_donor, version=lambda s, i: s.donors.version(i), change=_retitle,
    delete=lambda s, i, v: s.donors.delete(i, expected_version=v), exists=_donor_exists,
    name=lambda s, i: s.donors.name(i))


def _donation(services, n: int) -> int:
    donor_id = _donor(services, 10 + n)
    return services.donations.save(DonationInput(donor_id, date(2020, 10, n), "赵晋明"),
                                   [LineInput("党史类", titles=2, quantity=3)])


def _add_line(other_desk, donation_id: int) -> None:
    detail = other_desk.donations.get(donation_id)
    other_desk.donations.save(detail.donation, detail.lines + [LineInput("其他类")],
                              donation_id)


def _donation_exists(services, donation_id: int) -> bool:
    return donation_id in {r.id for r in services.donations.page(ListQuery(), 0, 500)}


def _donation_name(services, donation_id: int) -> str:
    detail = services.donations.get(donation_id)
    return f"{detail.donor_name} {detail.donation.received_on.isoformat()}"


DONATION = Deletable(
    make=_donation, version=lambda s, i: s.donations.version(i), change=_add_line,
    delete=lambda s, i, v: s.donations.delete(i, expected_version=v), exists=_donation_exists,
    name=_donation_name)


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("kind", [DONOR, DONATION], ids=["donor", "donation"])
def test_a_delete_checks_the_confirmed_version(kind, check, services, other_desk):
    check(kind, services, other_desk)


def test_a_donation_changed_meanwhile_keeps_its_lines(services, other_desk):
    donation_id = _donation(services, 5)
    seen = services.donations.version(donation_id)
    _add_line(as_other(other_desk), donation_id)
    with pytest.raises(DeleteConflict, match="“捐赠人15 2020-10-05” was changed by wang"):
        services.donations.delete(donation_id, expected_version=seen)
    assert [line.title for line in services.donations.get(donation_id).lines] == [
        "党史类", "其他类"]


def test_a_donor_with_donations_is_still_refused_on_its_current_version(services):
    donor_id, _donation_id = add_sun_ying(services)
    with pytest.raises(Conflict, match="1 donation"):
        services.donors.delete(donor_id, expected_version=services.donors.version(donor_id))
    assert _donor_exists(services, donor_id)
