"""Outgoing gifts: a gift letter (赠书函) is numbered, rendered like the certificates, and its
QR — decoded from the rendered page — verifies through Tools → 验证证书's service; a void
letter verifies as void, and letters are voided, never deleted."""
from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from libdesk.models.errors import InvalidTransition, ValidationFailed
from libdesk.models.outreach.rules import GiftInput
from libdesk.services.base import ListQuery
from libdesk.services.verification import Verdict

HOSPITAL = GiftInput(given_on=date(2020, 2, 27), recipient="太原市中心医院",
                     recipient_kind="hospital", description="经典期刊、图书", titles=22,
                     volumes=150, contact="张医生")


@pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
                    reason="needs poppler-utils and zbar-tools")
def test_gift_letter_renders_and_its_qr_verifies(services, tmp_path):
    gift_id = services.gifts.add(HOSPITAL)
    gift = services.gifts.get(gift_id)
    assert gift.number == "TYTS-ZS-2020-0001"
    assert services.gifts.get(services.gifts.add(HOSPITAL)).number == "TYTS-ZS-2020-0002"

    pdf = services.gifts.render_letters([gift_id], tmp_path / "letter.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "赠" in text and "TYTS-ZS-2020-0001" in text and "22种150册" in text
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "page")],
                   check=True)
    scanned = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "page-1.png")],
                             capture_output=True, text=True, check=True).stdout.strip()
    result = services.verification.verify(scanned)
    assert result.verdict == Verdict.GENUINE
    assert result.title == "赠书函 TYTS-ZS-2020-0001"
    assert ("受赠单位", "太原市中心医院") in result.details

    # a letter changed after printing: the old print no longer matches the record
    services.gifts.update(gift_id, GiftInput(**{**HOSPITAL.__dict__, "volumes": 160}))
    assert services.verification.verify(scanned).verdict == Verdict.INVALID

    services.gifts.void(gift_id, "受赠单位名称有误")
    fresh = services.verification.verify(scanned)
    assert fresh.verdict == Verdict.INVALID
    with pytest.raises(InvalidTransition):
        services.gifts.render_letters([gift_id], tmp_path / "void.pdf")
    with pytest.raises(InvalidTransition):
        services.gifts.delete([gift_id])


def test_a_void_letter_verifies_as_void(services):
    gift_id = services.gifts.add(HOSPITAL)
    from sqlmodel import select

    from libdesk.models.outreach.gifts import OutgoingGift

    with services.store.read() as session:
        payload = session.execute(select(OutgoingGift.payload)).scalar_one()
    services.gifts.void(gift_id, "重复登记")
    result = services.verification.verify(payload)
    assert result.verdict == Verdict.VOID and ("作废原因", "重复登记") in result.details


def test_gifts_are_checked_listed_and_counted(services, tmp_path):
    with pytest.raises(ValidationFailed) as caught:
        services.gifts.add(GiftInput(given_on=date(2020, 3, 1), recipient="", volumes=0))
    assert {p.field for p in caught.value.problems} == {"recipient", "volumes"}
    services.gifts.add(HOSPITAL)
    services.gifts.add(GiftInput(given_on=date(2020, 4, 8), recipient="恩施州图书馆",
                                 recipient_kind="library", volumes=500))
    assert services.gifts.count(ListQuery(filters={"recipient_kind": "library"})) == 1
    report = services.statistics.year_report(2020)
    assert report.value("对外赠书") == 2 and report.value("赠送图书") == 650
    path = services.gifts.export_xlsx(tmp_path / "gifts.xlsx")
    assert services.gifts.import_xlsx(path) == 2
    numbers = [g.number for g in services.gifts.page(ListQuery(sort="number"), 0, 10)]
    assert numbers[-1] == "TYTS-ZS-2020-0004"  # an import numbers its letters anew
