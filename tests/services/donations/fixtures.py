"""The 14 Oct 2020 donation of 孙英 (annual report 2020: 118 种 324 册, all collected)."""
from __future__ import annotations

from datetime import date

from libdesk.models.donations.rules import DonationInput, DonorInput, LineInput

SUN_YING = DonorInput(name="孙英", honorific="先生", title="原中央党史研究室主任",
                      phone="13912345678", id_number="142701193001011234")
SUN_YING_LINES = [
    LineInput("孙英文集", titles=1, quantity=4, evaluation="collected"),
    LineInput("山西省各县县志、府志类", titles=52, quantity=168, evaluation="collected"),
    LineInput("党史类", titles=41, quantity=97, evaluation="collected"),
    LineInput("其他类", titles=24, quantity=55, evaluation="collected"),
]


def add_sun_ying(services) -> tuple[int, int]:
    donor_id = services.donors.save(SUN_YING)
    donation_id = services.donations.save(
        DonationInput(donor_id, date(2020, 10, 14), "赵晋明"), SUN_YING_LINES)
    return donor_id, donation_id
