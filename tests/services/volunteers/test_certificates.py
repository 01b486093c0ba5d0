from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from libdesk.models.roles import Role
from libdesk.services.base import Actor, ListQuery
from libdesk.services.volunteers.hour_checks import NewEntry
from libdesk.services.progress import Cancelled, Progress
from libdesk.services.verification import Verdict
from libdesk.services.volunteers.certificates import NothingToCertify
from tests.services.volunteers.helpers import (APPROVER, RECORDER, add_activity, add_volunteers,
                                              as_actor)

START, END = date(2020, 1, 1), date(2020, 12, 31)
TOOLS = all(shutil.which(t) for t in ("pdftoppm", "pdftotext", "zbarimg"))


def _hours(services, count=3):
    as_actor(services, RECORDER)
    ids = add_volunteers(services, count)
    reading = add_activity(services)
    shelves = add_activity(services, "书架整理（日常）", "daily", "书架整理")
    services.hours.bulk_add(reading, ids, date(2020, 11, 14), 200)
    services.hours.bulk_add(shelves, ids, date(2020, 12, 5), 300)
    services.hours.add(NewEntry(ids[0], shelves, date(2020, 12, 6), 1000))  # stays pending
    as_actor(services, APPROVER)
    pending = services.hours.ids(ListQuery(filters={"status": "pending"}))
    services.hours.confirm(pending[:-1])
    return ids


def test_only_confirmed_hours_count(services):
    ids = _hours(services)
    certs = services.volunteer_certificates
    assert certs.confirmed_hundredths(ids[0], START, END) == 500  # 2 h + 3 h, not pending 10 h
    assert [q for _, q in certs.eligible(START, END, 5)] == [500, 500, 500]
    assert certs.eligible(START, END, 5.25) == []
    cert_id = certs.issue(ids[0], START, END)
    row = certs.page(ListQuery(), 0, 1)[0]
    assert row.id == cert_id and row.hundredths == 500 and row.hours == "5"
    assert row.number.startswith("TYTS-ZY-")
    with pytest.raises(NothingToCertify):
        certs.issue(ids[0], date(2021, 1, 1), date(2021, 12, 31))


def _page_text_and_qr(pdf, tmp_path, page=1):
    text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    prefix = tmp_path / f"page{page}"
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", str(page), "-l", str(page),
                    str(pdf), str(prefix)], check=True)
    png = next(tmp_path.glob(f"page{page}*.png"))
    qr = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True,
                        text=True).stdout.strip()
    return text, qr


@pytest.mark.skipif(not TOOLS, reason="poppler-utils / zbar-tools not installed")
def test_certificate_text_and_qr_read_back_and_verify(services, tmp_path):
    ids = _hours(services)
    certs = services.volunteer_certificates
    cert_id = certs.issue(ids[0], START, END, remarks="用于评优")
    number = certs.page(ListQuery(), 0, 1)[0].number
    pdf = certs.render([cert_id], tmp_path / "one.pdf")
    text, qr = _page_text_and_qr(pdf, tmp_path)
    flat = text.replace(" ", "").replace("\n", "")
    assert "志愿服务证明" in flat and number in flat
    assert "志愿者0000" in flat and "累计志愿服务时长5小时" in flat
    assert "140105********123X" in flat and "14010519990101123X" not in flat  # masked
    assert "太图阅读推广活动志愿服务" in flat and "用于评优" in flat
    assert "10" not in flat.split("累计服务时长")[1][:6]  # the pending 10 h is nowhere
    result = services.verification.verify(qr)
    assert result.verdict == Verdict.GENUINE and number in result.title
    assert ("志愿者", "志愿者0000") in result.details
    services.ctx.set_actor(Actor("admin", Role.ADMIN))  # voiding is an administrator's job
    services.volunteer_certificates.void(cert_id, "信息有误")
    assert services.verification.verify(qr).verdict == Verdict.VOID
    forged = qr[:-3] + ("AAA" if not qr.endswith("AAA") else "BBB")
    assert services.verification.verify(forged).verdict == Verdict.INVALID


def test_another_desk_verifies_after_importing_the_key(services, tmp_path):
    from libdesk.services import open_services

    ids = _hours(services)
    certs = services.volunteer_certificates
    cert_id = certs.issue(ids[0], START, END)
    payload = _payload(services, cert_id)
    other = open_services(str(tmp_path / "branch.sqlite"))
    try:
        assert other.verification.verify(payload).verdict == Verdict.INVALID  # key unknown
        _hours(other)  # the branch desk issues its own certificate with the same number
        other.volunteer_certificates.issue(1, START, END)
        other.ctx.set_actor(Actor("admin", Role.ADMIN))  # importing keys is an admin's job
        other.signing.import_public_key(services.signing.export_public_key())
        result = other.verification.verify(payload)
        assert result.verdict == Verdict.GENUINE
        assert ("累计志愿服务时长", "5 小时") in result.details
    finally:
        other.close()


def _payload(services, cert_id):
    from sqlalchemy import select

    from libdesk.models.volunteers.tables import VolunteerCertificate

    with services.store.read() as session:
        return session.execute(select(VolunteerCertificate.payload).where(
            VolunteerCertificate.id == cert_id)).scalar_one()


@pytest.mark.skipif(not TOOLS, reason="poppler-utils / zbar-tools not installed")
def test_batch_for_everyone_above_n_hours_with_progress(services, tmp_path):
    ids = _hours(services, count=4)
    steps = []
    result = services.volunteer_certificates.issue_batch(
        START, END, 5, tmp_path / "batch.pdf", Progress(lambda d, t, m: steps.append((d, t))))
    assert result.issued == 4 and steps[-1] == (8, 8)
    numbers = result.numbers
    assert len(set(numbers)) == 4 and numbers == sorted(numbers)
    text, qr = _page_text_and_qr(result.path, tmp_path, page=4)
    assert numbers[3] in text.replace(" ", "")
    assert services.verification.verify(qr).verdict == Verdict.GENUINE


def test_cancelled_batch_leaves_no_certificate_and_no_file(services, tmp_path):
    _hours(services, count=4)
    out = tmp_path / "out"
    calls = []

    def cancel_after_five():
        calls.append(1)
        return len(calls) > 5

    with pytest.raises(Cancelled):
        services.volunteer_certificates.issue_batch(
            START, END, 5, out / "batch.pdf", Progress(is_cancelled=cancel_after_five))
    assert services.volunteer_certificates.count(ListQuery()) == 0
    assert list(out.iterdir()) == []
    # the number series did not advance either: the next certificate is 0001
    cert_id = services.volunteer_certificates.issue(1, START, END)
    assert services.volunteer_certificates.page(ListQuery(), 0, 1)[0].number.endswith("-0001")
    assert cert_id


def test_front_desk_cannot_issue(services):
    ids = _hours(services, count=1)
    services.ctx.set_actor(Actor("desk", Role.FRONT_DESK))
    from libdesk.models.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        services.volunteer_certificates.issue(ids[0], START, END)
