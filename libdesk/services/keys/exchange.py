"""The verification file one database gives another: its public keys and its void list,
signed by the exporting desk's key, so the other desk can verify its codes offline and says
"已作废 (as of DATE)" for a certificate it voided.

The file is UTF-8 JSON ``{"libdesk_verification": 1, "body": {...}, "signed_by": KEY ID,
"signature": BASE32}``; the signature (Ed25519) covers ``MAGIC`` + the body as canonical JSON
(sorted keys, no spaces). The body holds ``source`` (the database's id), ``name``, ``as_of``,
``keys`` (id, public key, desk, dates) and ``voids`` (kind JZ / SC / ZY / ZS, number, date).
Importing trusts the file, as importing a public key always did; a file whose keys or list
were changed after signing is refused. Files of older LibDesks (one line
``LIBDESK-PUBLIC-KEY <id> <hex>``) still import, without a void list.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import delete, insert, select

from libdesk.models.base import utcnow
from libdesk.models.donations.certificates import (
    KIND_CODES, Certificate, CertificateAction, CertificateEvent, CertificateKind,
    CertificateStatus)
from libdesk.models.errors import QT_TRANSLATE_NOOP, DomainError
from libdesk.models.keys import ForeignVoid, KeySource, SigningKey
from libdesk.models.outreach.gifts import GIFT_KIND, GiftStatus, OutgoingGift
from libdesk.models.volunteers.tables import CertificateStatus as VolunteerCertificateStatus
from libdesk.models.volunteers.tables import VolunteerCertificate

FORMAT = "libdesk_verification"
MAGIC = b"LIBDESK-VERIFICATION-1\n"
LEGACY_HEADER = "LIBDESK-PUBLIC-KEY"
VOLUNTEER_KIND = "ZY"


class InvalidKeyFile(DomainError):
    """Not a verification file, damaged, or changed after it was signed."""


@dataclass(frozen=True)
class ImportSummary:
    name: str
    keys: list[str]
    voids: int
    as_of: datetime | None

    def __str__(self) -> str:  # the CLI prints it
        return ", ".join(self.keys)


def key_id_for(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).hexdigest()[:8].upper()


def _canonical(body: dict) -> bytes:
    return MAGIC + json.dumps(body, sort_keys=True, ensure_ascii=False,
                              separators=(",", ":")).encode("utf-8")


def _iso(value: datetime | date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.isoformat()


# -- exporting -------------------------------------------------------------------------------
def build(store, source: str, name: str, signing_key: str,
          sign: Callable[[bytes], bytes]) -> str:
    with store.read() as session:
        keys = session.execute(select(SigningKey).where(SigningKey.source == source)
                               .order_by(SigningKey.created_at)).scalars().all()
        voids = _voids(session)
    body = {
        "source": source, "name": name, "as_of": _iso(utcnow()),
        "keys": [{"key_id": k.key_id, "public_key": k.public_key, "desk": k.desk,
                  "created_at": _iso(k.created_at), "retired_at": _iso(k.retired_at),
                  "revoked_at": _iso(k.revoked_at), "revoke_reason": k.revoke_reason}
                 for k in keys],
        "voids": voids,
    }
    signature = base64.b32encode(sign(_canonical(body))).decode("ascii").rstrip("=")
    document = {FORMAT: 1, "body": body, "signed_by": signing_key, "signature": signature}
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def _voids(session) -> list[dict]:
    voided_on = dict(session.execute(
        select(CertificateEvent.certificate_id, CertificateEvent.at).where(
            CertificateEvent.action == CertificateAction.VOID.value)).all())
    rows = [{"kind": KIND_CODES[CertificateKind(kind)], "number": number,
             "voided_on": _day(voided_on.get(cert_id))}
            for cert_id, kind, number in session.execute(
                select(Certificate.id, Certificate.kind, Certificate.number).where(
                    Certificate.status == CertificateStatus.VOID.value))]
    rows += [{"kind": VOLUNTEER_KIND, "number": number, "voided_on": None}
             for (number,) in session.execute(select(VolunteerCertificate.number).where(
                 VolunteerCertificate.status == VolunteerCertificateStatus.VOID.value))]
    rows += [{"kind": GIFT_KIND, "number": number, "voided_on": None}
             for (number,) in session.execute(select(OutgoingGift.number).where(
                 OutgoingGift.status == GiftStatus.VOID.value))]
    return sorted(rows, key=lambda r: (r["kind"], r["number"]))


def _day(at: datetime | None) -> str | None:
    return at.date().isoformat() if at is not None else None


# -- importing -------------------------------------------------------------------------------
def load(store, own_source: str, text: str, label: str = "") -> ImportSummary:
    if text.lstrip().startswith(LEGACY_HEADER):
        return _load_legacy(store, text, label)
    body = _checked_body(text)
    if body["source"] == own_source:
        raise InvalidKeyFile(QT_TRANSLATE_NOOP(
            "Errors", "This is this database's own verification file: its keys are already "
            "here. Import files exported by other databases."))
    as_of = _when(body["as_of"])
    with store.write() as session:
        listed = session.get(KeySource, body["source"])
        newer = listed is None or listed.voids_as_of is None or \
            _aware(listed.voids_as_of) <= as_of
        imported = [_merge_key(session, body["source"], key) for key in body["keys"]]
        if newer:
            listed = listed or KeySource(source=body["source"])
            listed.name = (label or body.get("name") or "")[:120]
            listed.voids_as_of, listed.imported_at = as_of, utcnow()
            session.add(listed)
            session.execute(delete(ForeignVoid).where(ForeignVoid.source == body["source"]))
            rows = [{"source": body["source"], "kind": v["kind"][:8], "number": v["number"][:40],
                     "voided_on": date.fromisoformat(v["voided_on"]) if v.get("voided_on")
                     else None} for v in body["voids"]]
            if rows:
                session.execute(insert(ForeignVoid), rows)
    return ImportSummary(body.get("name", ""), [k for k in imported if k],
                         len(body["voids"]), as_of)


def _checked_body(text: str) -> dict:
    try:
        document = json.loads(text)
        body = document["body"]
        signed_by = str(document["signed_by"]).upper()
        signature = base64.b32decode(document["signature"] + "=" * (-len(document["signature"]) % 8))
        if document.get(FORMAT) != 1 or not isinstance(body["keys"], list) \
                or not isinstance(body["voids"], list) or not body["source"]:
            raise ValueError("not a verification file")
        signer = next(k for k in body["keys"] if k["key_id"].upper() == signed_by)
        public_raw = bytes.fromhex(signer["public_key"])
        for key in body["keys"]:
            if key_id_for(bytes.fromhex(key["public_key"])) != key["key_id"].upper():
                raise ValueError("a key id does not match its key")
        for void in body["voids"]:
            if not isinstance(void["number"], str) or not isinstance(void["kind"], str):
                raise ValueError("a void entry is malformed")
        _when(body["as_of"])
    except (ValueError, KeyError, TypeError, StopIteration, AttributeError, binascii.Error):
        raise InvalidKeyFile(QT_TRANSLATE_NOOP(
            "Errors", "This is not a LibDesk verification file, or it is damaged. Export it "
            "again at the other desk (Tools → Export public key)."))
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, _canonical(body))
    except (InvalidSignature, ValueError):
        raise InvalidKeyFile(QT_TRANSLATE_NOOP(
            "Errors", "The verification file was changed after it was signed: nothing was "
            "imported. Ask the other desk for a fresh export."))
    if signer.get("revoked_at"):
        raise InvalidKeyFile(QT_TRANSLATE_NOOP(
            "Errors", "The verification file is signed with a revoked key: nothing was "
            "imported. Ask the other desk for a fresh export."))
    return body


def _merge_key(session, source: str, key: dict) -> str:
    key_id = key["key_id"].upper()
    row = session.get(SigningKey, key_id)
    if row is not None and row.source and row.source != source:
        return ""  # registered for another database (or our own): never taken over
    row = row or SigningKey(key_id=key_id, public_key=key["public_key"].lower(), active=False,
                            created_at=_when(key.get("created_at")) or utcnow())
    row.source, row.desk = source, (key.get("desk") or "")[:120]
    row.label = row.label or "导入的公钥"
    row.retired_at = row.retired_at or _when(key.get("retired_at"))
    if key.get("revoked_at") and row.revoked_at is None:  # a revocation is never undone
        row.revoked_at = _when(key["revoked_at"])
        row.revoke_reason = (key.get("revoke_reason") or "")[:250]
    session.add(row)
    return key_id


def _load_legacy(store, text: str, label: str) -> ImportSummary:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    parts = text.split()
    try:
        if len(parts) != 3 or parts[0] != LEGACY_HEADER:
            raise ValueError
        public_raw = bytes.fromhex(parts[2])
        Ed25519PublicKey.from_public_bytes(public_raw)
    except ValueError:
        raise InvalidKeyFile(QT_TRANSLATE_NOOP(
            "Errors", "This is not a LibDesk verification file, or it is damaged. Export it "
            "again at the other desk (Tools → Export public key)."))
    key_id = key_id_for(public_raw)
    if key_id != parts[1].upper():
        raise InvalidKeyFile(QT_TRANSLATE_NOOP(
            "Errors", "The key file is damaged: its id does not match the key."))
    with store.write() as session:
        if session.get(SigningKey, key_id) is None:
            session.add(SigningKey(key_id=key_id, public_key=public_raw.hex(),
                                   label=label or "导入的公钥", desk=label, source="",
                                   active=False))
    return ImportSummary(label, [key_id], 0, None)


def _when(text: str | None) -> datetime | None:
    if not text:
        return None
    return _aware(datetime.fromisoformat(text))


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
