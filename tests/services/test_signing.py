"""Signing keys outside the data (issue 12 item 3): public keys only in the database and its
backups, a register the issuing desk checks, rotation and revocation, several desks on one
database each with their own key."""
from __future__ import annotations

import os
import stat
from datetime import date

import pytest

from libdesk.cli import main
from libdesk.models.roles import Role
from libdesk.services import open_services
from libdesk.services.keys.keystore import KeyStore
from libdesk.services.verification import Verdict
from libdesk.store.keyfile import key_path
from tests.services.donations.fixtures import add_sun_ying


def private_hex(services) -> tuple[str, str]:
    key_id = services.signing.ensure_key()
    return key_id, services.signing.keystore.load(key_id)


def test_the_private_key_is_in_an_owner_only_file_not_in_the_database(services, tmp_path):
    key_id, secret = private_hex(services)
    assert secret and len(secret) == 64
    path = key_path(key_id)
    assert path.read_text().strip() == secret
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    backup = services.maintenance.backup_now(tmp_path / "copy.sqlite")
    services.close()
    for data in (services.store.path.read_bytes(), backup.read_bytes()):
        assert secret.encode() not in data and bytes.fromhex(secret) not in data
    for row in open_services(str(backup)).signing.keys():
        assert row.own  # the copy still knows its public key
    assert not services.maintenance.backups_holding_keys()


def test_a_number_never_issued_is_refused_on_the_issuing_desk(services):
    """With the key read from a backup, TYTS-JZ-2020-9999 verified as 真实有效."""
    _, donation_id = add_sun_ying(services)
    real = services.certificates.issue(donation_id, "donation", date(2020, 10, 14))
    fields = services.verification.verify(real.payload).payload.fields
    never = services.signing.sign(["JZ", "TYTS-JZ-2020-9999", *fields[2:]])
    result = services.verification.verify(never)
    assert result.verdict == Verdict.INVALID
    assert "never issued" in result.reason.english()
    changed = services.signing.sign([*fields[:3], "1", "1", "1", fields[6]])
    assert services.verification.verify(changed).verdict == Verdict.INVALID
    assert services.verification.verify(real.payload).verdict == Verdict.GENUINE


def test_rotation_keeps_old_certificates_verifying(services, db_path, capsys):
    _, donation_id = add_sun_ying(services)
    old = services.certificates.issue(donation_id, "donation", date(2020, 10, 14))
    old_key = services.signing.ensure_key()
    services.close()
    assert main(["certificate", "rotate-key", "--database", str(db_path)]) == 0
    services = open_services(str(db_path))
    try:
        new_key = services.signing.ensure_key()
        assert new_key != old_key and new_key in capsys.readouterr().out
        new = services.certificates.issue(donation_id, "collection", date(2020, 10, 14))
        assert new.payload.split(".")[1] == new_key
        for payload in (old.payload, new.payload):
            assert services.verification.verify(payload).verdict == Verdict.GENUINE
        rows = {r.key_id: r for r in services.signing.keys()}
        assert rows[old_key].retired_at is not None and not rows[old_key].active
        assert rows[new_key].active and rows[new_key].here
    finally:
        services.close()
    assert main(["certificate", "keys", "--database", str(db_path)]) == 0
    listing = capsys.readouterr().out
    assert f"{old_key}\t" in listing and "retired" in listing and "signing" in listing


def test_revoking_a_key_signs_with_a_new_one_and_drops_the_private_half(services, db_path,
                                                                       tmp_path):
    services.signing.keystore = KeyStore(tmp_path / "keys")  # keep the shared test key
    _, donation_id = add_sun_ying(services)
    cert = services.certificates.issue(donation_id, "donation", date(2020, 10, 14))
    old_key = services.signing.ensure_key()
    other = open_services(str(tmp_path / "other.sqlite"))
    try:
        other.signing.import_public_key(services.signing.export_public_key())
        assert other.verification.verify(cert.payload).verdict == Verdict.GENUINE
        services.signing.revoke(old_key, "备份盘遗失")
        assert services.signing.keystore.load(old_key) is None
        assert services.signing.ensure_key() != old_key
        # the issuing register still confirms what the revoked key signed …
        assert services.verification.verify(cert.payload).verdict == Verdict.GENUINE
        # … a desk without that register refuses it once it has the new file
        other.signing.import_public_key(services.signing.export_public_key())
        refused = other.verification.verify(cert.payload)
        assert refused.verdict == Verdict.INVALID and "revoked" in refused.reason.english()
    finally:
        other.close()


def test_a_front_desk_cannot_rotate_or_revoke(services, db_path, monkeypatch, capsys):
    services.staff.create("admin", "admin-pass", Role.ADMIN)
    services.staff.login("admin", "admin-pass")
    services.staff.create("desk", "desk-pass1", Role.FRONT_DESK)
    key_id = services.signing.ensure_key()
    services.close()
    monkeypatch.setenv("LIBDESK_PASSWORD", "desk-pass1")
    database = ["--database", str(db_path), "--user", "desk"]
    assert main(["certificate", "rotate-key", *database]) != 0
    assert main(["certificate", "revoke-key", key_id, "--reason", "x", *database]) != 0
    assert "may not do this" in capsys.readouterr().err


def test_desks_sharing_one_database_each_sign_with_their_own_key(services, db_path, tmp_path):
    """A shared server: every desk registers its own public key; all verify each other and
    see a void at once."""
    _, donation_id = add_sun_ying(services)
    first = services.certificates.issue(donation_id, "donation", date(2020, 10, 14))
    second_desk = open_services(str(db_path))
    second_desk.signing.keystore = KeyStore(tmp_path / "second-desk-keys")
    try:
        theirs = second_desk.certificates.issue(donation_id, "collection", date(2020, 10, 14))
        assert theirs.payload.split(".")[1] != first.payload.split(".")[1]
        assert len([r for r in services.signing.keys() if r.own]) == 2
        assert services.verification.verify(theirs.payload).verdict == Verdict.GENUINE
        assert second_desk.verification.verify(first.payload).verdict == Verdict.GENUINE
        services.certificates.void(services.certificates.by_number(theirs.number).id, "错填")
        assert second_desk.verification.verify(theirs.payload).verdict == Verdict.VOID
    finally:
        second_desk.close()
