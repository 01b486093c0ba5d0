"""Verification files between databases (issue 12 item 7): public keys and a signed void list,
"已作废 (as of DATE)" on the desk that imported it; box labels and shipment sheets of another
database are genuine, "batch not in this database", not forged."""
from __future__ import annotations

import json
from datetime import date

import pytest

from libdesk.cli import main
from libdesk.services import open_services
from libdesk.services.base import Actor
from libdesk.models.roles import Role
from libdesk.services.keys.exchange import InvalidKeyFile
from libdesk.services.verification import Verdict
from tests.services.distribution.helpers import swap_batch
from tests.services.donations.fixtures import add_sun_ying
from tests.services.volunteers.test_certificates import END, START, _hours, _payload


@pytest.fixture
def branch(tmp_path):
    other = open_services(str(tmp_path / "branch.sqlite"))
    yield other
    other.close()


def test_a_voided_certificate_says_void_as_of_the_list_elsewhere(services, branch, tmp_path,
                                                                 capsys):
    """A voided certificate verified as 真实有效 (rc 0) on a desk that imported the key."""
    _, donation_id = add_sun_ying(services)
    kept = services.certificates.issue(donation_id, "donation", date(2020, 10, 14))
    voided = services.certificates.issue(donation_id, "collection", date(2020, 10, 14))
    services.certificates.void(voided.id, "数量有误")
    file = tmp_path / "verification.json"
    file.write_text(services.signing.export_public_key(), encoding="utf-8")
    database = ["--database", str(branch.store.path)]
    assert main(["certificate", "import-key", str(file), *database]) == 0
    assert "1 voided certificates as of" in capsys.readouterr().out
    result = branch.verification.verify(voided.payload)
    assert result.verdict == Verdict.VOID and result.as_of is not None
    assert main(["certificate", "verify", voided.payload, *database]) != 0
    out = capsys.readouterr().out
    assert out.startswith(f"已作废 (as of {result.as_of_text})")
    assert branch.verification.verify(kept.payload).verdict == Verdict.GENUINE
    assert main(["certificate", "verify", kept.payload, *database]) == 0


def test_a_voided_volunteer_certificate_travels_too(services, branch):
    ids = _hours(services)
    cert_id = services.volunteer_certificates.issue(ids[0], START, END)
    services.ctx.set_actor(Actor("admin", Role.ADMIN))
    services.volunteer_certificates.void(cert_id, "重复出具")
    branch.signing.import_public_key(services.signing.export_public_key())
    result = branch.verification.verify(_payload(services, cert_id))
    assert result.verdict == Verdict.VOID and "作废清单日期" in dict(result.details)


def test_a_changed_verification_file_is_refused(services, branch):
    _, donation_id = add_sun_ying(services)
    voided = services.certificates.issue(donation_id, "collection", date(2020, 10, 14))
    services.certificates.void(voided.id, "数量有误")
    document = json.loads(services.signing.export_public_key())
    document["body"]["voids"] = []  # someone hides the void
    with pytest.raises(InvalidKeyFile, match="changed after it was signed"):
        branch.signing.import_public_key(json.dumps(document))
    with pytest.raises(InvalidKeyFile, match="not a LibDesk verification file"):
        branch.signing.import_public_key("{}")
    with pytest.raises(InvalidKeyFile, match="own verification file"):
        services.signing.import_public_key(services.signing.export_public_key())
    assert branch.verification.verify(voided.payload).verdict == Verdict.INVALID  # unknown


def test_an_older_list_does_not_undo_a_newer_one(services, branch):
    _, donation_id = add_sun_ying(services)
    cert = services.certificates.issue(donation_id, "collection", date(2020, 10, 14))
    before = services.signing.export_public_key()
    services.certificates.void(cert.id, "数量有误")
    branch.signing.import_public_key(services.signing.export_public_key())
    branch.signing.import_public_key(before)
    assert branch.verification.verify(cert.payload).verdict == Verdict.VOID


def test_labels_and_sheets_of_another_database_are_genuine_not_forged(services, branch,
                                                                      capsys):
    batch_id = swap_batch(services)
    services.batch_status.pack(batch_id)
    view = services.batch_documents.view(batch_id, with_codes=True)
    branch.signing.import_public_key(services.signing.export_public_key())
    database = ["--database", str(branch.store.path)]
    for code in (view.box_payloads[1], view.batch_payload):
        result = branch.verification.verify(code)
        assert result.verdict == Verdict.GENUINE
        assert "not in this database" in result.reason.english()
        assert main(["certificate", "verify", code, *database]) == 0
        out = capsys.readouterr().out
        assert out.startswith("真实有效") and "伪造" not in out
    assert "第 1 箱" in branch.verification.verify(view.box_payloads[1]).title


def test_a_made_up_batch_signed_with_this_databases_key_is_forged(services):
    made_up = services.signing.sign(["PS", "PS-2020-0099", "ABCDEF"])
    result = services.verification.verify(made_up)
    assert result.verdict == Verdict.INVALID and "never made here" in result.reason.english()


def test_an_old_one_line_public_key_file_still_imports(services, branch):
    _, donation_id = add_sun_ying(services)
    cert = services.certificates.issue(donation_id, "donation", date(2020, 10, 14))
    key_id = cert.payload.split(".")[1]
    public = next(k for k in json.loads(services.signing.export_public_key())["body"]["keys"]
                  if k["key_id"] == key_id)["public_key"]
    summary = branch.signing.import_public_key(f"LIBDESK-PUBLIC-KEY {key_id} {public}\n")
    assert summary.keys == [key_id] and summary.as_of is None
    assert branch.verification.verify(cert.payload).verdict == Verdict.GENUINE


def test_a_voided_gift_letter_travels_and_a_made_up_one_is_forged(services, branch):
    from sqlmodel import select

    from libdesk.models.outreach.gifts import OutgoingGift
    from tests.services.outreach.test_gifts import HOSPITAL

    gift_id = services.gifts.add(HOSPITAL)
    with services.store.read() as session:
        payload = session.execute(select(OutgoingGift.payload)).scalar_one()
    services.gifts.void(gift_id, "重复登记")
    branch.signing.import_public_key(services.signing.export_public_key())
    assert branch.verification.verify(payload).verdict == Verdict.VOID
    fields = services.verification.verify(payload).payload.fields
    made_up = services.signing.sign([fields[0], "TYTS-ZS-2020-9999", *fields[2:]])
    assert services.verification.verify(made_up).verdict == Verdict.INVALID
