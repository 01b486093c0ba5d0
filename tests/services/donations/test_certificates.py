"""Certificates: the 孙英 收藏证书 read back from the PDF and verified on another database,
gapless numbers, locking, reissue, void, and tampered codes."""
from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date

import pytest

from libdesk.models.errors import Conflict, ValidationFailed
from libdesk.services.verification import Verdict
from tests.services.donations.fixtures import SUN_YING_LINES, add_sun_ying

HAVE_TOOLS = all(shutil.which(t) for t in ("pdftotext", "pdftoppm", "zbarimg"))


def test_sun_ying_collection_certificate_reads_back_and_verifies_elsewhere(services, tmp_path):
    _, donation_id = add_sun_ying(services)
    cert = services.certificates.issue(donation_id, "collection", issued_on=date(2020, 10, 14))
    assert cert.number == "TYTS-SC-2020-0001"
    assert (cert.totals.titles, cert.totals.volumes) == (118, 324)
    assert cert.description == "《孙英文集》等图书 118 种 324 册"
    pdf = services.certificates.render([cert.id], tmp_path / "sc.pdf")
    if not HAVE_TOOLS:
        pytest.skip("poppler-utils / zbar-tools not installed")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "孙英先生" in text and "收" in text and "TYTS-SC-2020-0001" in text
    assert "118 种 324 册" in text and "二〇二〇年十月十四日" in text
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "page")], check=True)
    scanned = subprocess.run(["zbarimg", "-q", "--raw", str(next(tmp_path.glob("page*.png")))],
                             capture_output=True, text=True).stdout.strip()
    assert scanned == cert.payload
    assert services.verification.verify(scanned).verdict == Verdict.GENUINE

    from libdesk.services import open_services

    other = open_services(str(tmp_path / "branch-desk.sqlite"))
    try:
        assert other.verification.verify(scanned).verdict == Verdict.INVALID  # key unknown
        _, own = add_sun_ying(other)  # the branch desk numbers its own certificates …
        assert other.certificates.issue(own, "collection", date(2020, 10, 14)).number == \
            "TYTS-SC-2020-0001"  # … so the same number exists there, under another key
        other.signing.import_public_key(services.signing.export_public_key())
        result = other.verification.verify(scanned)
        assert result.verdict == Verdict.GENUINE
        assert dict(result.details)["证书编号"] == "TYTS-SC-2020-0001"
        assert dict(result.details)["数量"] == "118 种 324 册"
        assert not result.payload.own  # verifies, but this database is not its register
        with other.store.read() as session:
            from sqlalchemy import text
            columns = [r[1] for r in session.execute(text("PRAGMA table_info(signing_key)"))]
            assert "private_key" not in columns  # public keys only, in every database
    finally:
        other.close()


def test_one_changed_character_is_rejected(services):
    _, donation_id = add_sun_ying(services)
    payload = services.certificates.issue(donation_id, "donation").payload
    body_at = payload.index(".", 4) + 3
    for position in (body_at, len(payload) - 3, len(payload) - 1):
        forged = payload[:position] + ("A" if payload[position] != "A" else "B") + \
            payload[position + 1:]
        assert services.verification.verify(forged).verdict == Verdict.INVALID


def test_numbers_are_gapless_per_kind_and_year_and_never_reused(services):
    _, first = add_sun_ying(services)
    _, second = add_sun_ying(services)
    jz1 = services.certificates.issue(first, "donation", date(2020, 10, 14))
    sc1 = services.certificates.issue(first, "collection", date(2020, 10, 14))
    assert (jz1.number, sc1.number) == ("TYTS-JZ-2020-0001", "TYTS-SC-2020-0001")
    services.certificates.void(jz1.id, "姓名写错")
    jz2 = services.certificates.issue(first, "donation", date(2020, 10, 15))
    jz3 = services.certificates.issue(second, "donation", date(2020, 12, 1))
    jz4 = services.certificates.issue(second, "collection", date(2021, 1, 5))
    assert [jz2.number, jz3.number, jz4.number] == [
        "TYTS-JZ-2020-0002", "TYTS-JZ-2020-0003", "TYTS-SC-2021-0001"]
    with pytest.raises(Conflict):
        services.certificates.issue(first, "donation")  # one valid certificate per kind
    assert services.verification.verify(jz1.payload).verdict == Verdict.VOID


def test_an_issued_certificate_locks_what_it_certifies(services):
    _, donation_id = add_sun_ying(services)
    detail = services.donations.get(donation_id)
    cert = services.certificates.issue(donation_id, "collection")
    changed = [replace(detail.lines[0], quantity=5)] + detail.lines[1:]
    with pytest.raises(Conflict):
        services.donations.save(detail.donation, changed, donation_id)
    with pytest.raises(Conflict):
        services.donations.evaluate([detail.lines[1].id], "distribute")
    # Adding a line is fine for a collection certificate alone …
    services.donations.save(detail.donation, detail.lines + [SUN_YING_LINES[0]], donation_id)
    services.certificates.issue(donation_id, "donation")
    # … but not once the donation certificate stands.
    with pytest.raises(Conflict):
        services.donations.save(detail.donation, detail.lines, donation_id)
    assert services.donations.get(donation_id).locked_content
    services.certificates.void(cert.id, "评估有误")
    assert services.donations.evaluate([detail.lines[1].id], "distribute") == 1


def test_reissue_keeps_the_number_and_every_action_is_logged(services, tmp_path):
    _, donation_id = add_sun_ying(services)
    cert = services.certificates.issue(donation_id, "donation")
    again = services.certificates.reissue(cert.id, "原件遗失")
    assert again.number == cert.number and again.reissues == 1
    assert again.payload == cert.payload
    pdf = services.certificates.render([cert.id], tmp_path / "re.pdf")
    if HAVE_TOOLS:
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                              text=True).stdout
        assert "补" in text and "发" in text
    with pytest.raises(ValidationFailed):
        services.certificates.void(cert.id, "  ")
    services.certificates.void(cert.id, "重复打印")
    events = services.certificates.events(cert.id)
    assert [(e.action, e.note) for e in events] == [
        ("issue", ""), ("reissue", "原件遗失"), ("void", "重复打印")]
    assert all(e.actor == "本机管理员" for e in events)
    with pytest.raises(Conflict):
        services.certificates.render([cert.id], tmp_path / "void.pdf")


def test_bulk_prints_many_donations_and_cancel_writes_nothing(services, tmp_path):
    from libdesk.services.progress import Cancelled, Progress

    ids = [add_sun_ying(services)[1] for _ in range(3)]
    services.certificates.issue(ids[0], "collection")
    with pytest.raises(Cancelled):
        services.certificates.bulk(ids, "collection", tmp_path / "cancel.pdf",
                                   Progress(is_cancelled=lambda: True))
    assert not (tmp_path / "cancel.pdf").exists()
    assert [c.number for c in services.certificates.for_donation(ids[1])] == []
    steps = []
    result = services.certificates.bulk(ids, "collection", tmp_path / "all.pdf",
                                        Progress(callback=lambda d, t, m: steps.append((d, t))))
    assert len(result.issued) == 2 and len(result.reused) == 1 and result.path.exists()
    assert steps[-1][0] == steps[-1][1]
    if HAVE_TOOLS:
        info = subprocess.run(["pdfinfo", str(result.path)], capture_output=True, text=True)
        assert re.search(r"Pages:\s+3\n", info.stdout)
