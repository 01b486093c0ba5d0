"""Signed QR payloads, shared by certificates, box labels and volunteer certificates.

A payload is plain ASCII that a keyboard-wedge scanner types back exactly and that fits QR's
alphanumeric mode (digits, A–Z and ``.``)::

    LD1.<KEY ID>.<BASE32 BODY>.<BASE32 ED25519 SIGNATURE>

The body is ``"|".join(fields)`` in UTF-8; ``fields[0]`` names what it is (``"JZ"``, ``"BOX"``…).
The signature covers ``LD1.<KEY ID>.<BASE32 BODY>``. The key id is the first 8 hex digits of
SHA-256 over the public key.

Each desk signs with its own key, whose private half lives outside the data (``KeyStore``:
the OS keyring, else an owner-only key file); the database registers public keys only, with
the desk's name and dates. Several desks sharing one database each register their own key and
verify each other's. A key can be rotated (it keeps verifying what it signed) or revoked. The
verification file (``export_public_key``) carries this database's public keys and its signed
void list to other databases (``libdesk.services.keys.exchange``).
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import socket
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from typing import TYPE_CHECKING

from sqlalchemy import select

from libdesk.models.base import utcnow
from libdesk.models.errors import QT_TRANSLATE_NOOP, DomainError, NotFound
from libdesk.models.keys import DATABASE_ID_SETTING, ForeignVoid, KeySource, SigningKey
from libdesk.models.roles import Perm
from libdesk.models.system import AppSetting
from libdesk.services.base import ServiceBase
from libdesk.services.keys import exchange
from libdesk.services.keys.exchange import key_id_for
from libdesk.services.keys.keystore import KeyStore

if TYPE_CHECKING:  # cryptography is imported when a key is made, used or checked
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

PREFIX = "LD1"


class InvalidPayload(DomainError):
    """Forged, damaged, or signed by a key this database does not know."""


@dataclass(frozen=True)
class VerifiedPayload:
    key_id: str
    fields: list[str]
    own: bool = True        # signed by a key of this database's register (any of its desks)
    desk: str = ""          # the desk the key belongs to
    source: str = ""        # the database the key belongs to
    revoked_at: datetime | None = None

    @property
    def kind(self) -> str:
        return self.fields[0]


@dataclass(frozen=True)
class KeyRow:
    key_id: str
    desk: str
    own: bool               # registered by a desk of this database
    here: bool              # this desk holds the private half
    active: bool
    created_at: datetime
    retired_at: datetime | None
    revoked_at: datetime | None
    revoke_reason: str


@dataclass(frozen=True)
class ForeignVoidInfo:
    voided_on: date | None
    as_of: datetime | None  # when the other database made the list


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=")


def _unb32(text: str) -> bytes:
    return base64.b32decode(text + "=" * (-len(text) % 8))


def digest(text: str, length: int = 8) -> str:
    """A short, stable digest of a name: the payload proves the name without carrying it."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:length].upper()


def split_payload(payload: str) -> tuple[str, str, bytes, bytes]:
    """(key id, signed part, body, signature), or InvalidPayload for a malformed text."""
    text = payload.strip().upper()
    parts = text.split(".")
    if len(parts) != 4 or parts[0] != PREFIX:
        raise InvalidPayload(QT_TRANSLATE_NOOP(
            "Errors", "This code is not a LibDesk code (it does not start with {prefix})."),
            prefix=PREFIX)
    try:
        body, signature = _unb32(parts[2]), _unb32(parts[3])
        # Base32's last character carries unused bits: without this check a changed last
        # character could decode to the same bytes and still verify.
        if _b32(body) != parts[2] or _b32(signature) != parts[3]:
            raise ValueError("not canonical base32")
    except (binascii.Error, ValueError):
        raise InvalidPayload(QT_TRANSLATE_NOOP(
            "Errors", "This code is damaged: it could not be decoded. Scan it again."))
    return parts[1], ".".join(parts[:3]), body, signature


def desk_name() -> str:
    return socket.gethostname()[:120] or "LibDesk"


class SigningService(ServiceBase):
    keystore = KeyStore()

    # -- this database and this desk -------------------------------------------------------
    def database_id(self) -> str:
        with self.store.read() as session:
            row = session.get(AppSetting, DATABASE_ID_SETTING)
        if row is not None and row.value:
            return row.value
        with self.store.write() as session:
            row = session.get(AppSetting, DATABASE_ID_SETTING)
            if row is None or not row.value:
                row = AppSetting(key=DATABASE_ID_SETTING, value=uuid.uuid4().hex)
                session.add(row)
            return row.value

    def ensure_key(self) -> str:
        """This desk's signing key id, making and registering the key on first use."""
        return self._own_key()[0]

    def _own_key(self) -> tuple[str, Ed25519PrivateKey]:
        source = self.database_id()
        with self.store.read() as session:
            rows = session.execute(select(SigningKey).where(
                SigningKey.source == source, SigningKey.active == True,  # noqa: E712
                SigningKey.revoked_at == None).order_by(  # noqa: E711
                SigningKey.created_at.desc())).scalars().all()
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        for row in rows:
            private_hex = self.keystore.load(row.key_id)
            if private_hex:
                return row.key_id, Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_hex))
        return self._make_key(source)

    def _make_key(self, source: str, desk: str = "") -> tuple[str, Ed25519PrivateKey]:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        private = Ed25519PrivateKey.generate()
        public_raw = private.public_key().public_bytes_raw()
        key_id = key_id_for(public_raw)
        self.keystore.save(key_id, private.private_bytes_raw().hex())  # before the register
        with self.store.write() as session:
            session.add(SigningKey(key_id=key_id, public_key=public_raw.hex(),
                                   label="本馆签名密钥", desk=(desk or desk_name())[:120],
                                   source=source, active=True))
        return key_id, private

    # -- signing and verifying -------------------------------------------------------------
    def sign(self, fields: list[str]) -> str:
        """A signed payload for ``fields`` (no field may contain ``|``)."""
        if any("|" in f for f in fields):
            raise ValueError("payload fields may not contain '|'")
        key_id, private = self._own_key()
        signed = f"{PREFIX}.{key_id}.{_b32('|'.join(fields).encode('utf-8'))}"
        return f"{signed}.{_b32(private.sign(signed.encode('ascii')))}"

    def verify(self, payload: str) -> VerifiedPayload:
        """The payload's fields if a known key signed exactly this text; else InvalidPayload.
        Whether the content is in the register is the handlers' part (``own``)."""
        key_id, signed, body, signature = split_payload(payload)
        with self.store.read() as session:
            row = session.get(SigningKey, key_id)
        if row is None:
            raise InvalidPayload(QT_TRANSLATE_NOOP(
                "Errors", "This code was signed with key {key_id}, which this database does "
                "not know. Import that desk's verification file to verify it."), key_id=key_id)
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        try:
            Ed25519PublicKey.from_public_bytes(bytes.fromhex(row.public_key)).verify(
                signature, signed.encode("ascii"))
            fields = body.decode("utf-8").split("|")
        except (InvalidSignature, UnicodeDecodeError, ValueError):
            raise InvalidPayload(QT_TRANSLATE_NOOP(
                "Errors", "The signature does not match: this code is forged or damaged."))
        return VerifiedPayload(key_id=key_id, fields=fields,
                               own=bool(row.source) and row.source == self.database_id(),
                               desk=row.desk, source=row.source, revoked_at=row.revoked_at)

    def foreign_void(self, verified: VerifiedPayload, number: str) -> ForeignVoidInfo | None:
        """Whether another database's imported void list has ``number`` (of the payload's
        kind); None if not, or if no list of that database was imported."""
        with self.store.read() as session:
            found = session.execute(select(ForeignVoid).where(
                ForeignVoid.source == verified.source, ForeignVoid.number == number,
                ForeignVoid.kind == verified.kind)).scalars().first()
            listed = session.get(KeySource, verified.source) if verified.source else None
        if found is None:
            return None
        return ForeignVoidInfo(found.voided_on, listed.voids_as_of if listed else None)

    def voids_as_of(self, source: str) -> datetime | None:
        with self.store.read() as session:
            listed = session.get(KeySource, source) if source else None
        return listed.voids_as_of if listed else None

    # -- the register: listing, rotating, revoking -----------------------------------------
    def keys(self) -> list[KeyRow]:
        source = self.database_id()
        with self.store.read() as session:
            rows = session.execute(select(SigningKey).order_by(
                SigningKey.created_at)).scalars().all()
        return [KeyRow(r.key_id, r.desk or r.label, r.source == source,
                       r.source == source and self.keystore.load(r.key_id) is not None,
                       r.active, r.created_at, r.retired_at, r.revoked_at, r.revoke_reason)
                for r in rows]

    def rotate(self, desk: str = "") -> str:
        """Retire this desk's signing key (what it signed keeps verifying) and make a new one."""
        self.require(Perm.KEYS_MANAGE)
        source = self.database_id()
        held = [r.key_id for r in self.keys() if r.here and r.active and r.revoked_at is None]
        with self.store.write() as session:
            for key_id in held:
                row = session.get(SigningKey, key_id)
                row.active, row.retired_at = False, utcnow()
                session.add(row)
        return self._make_key(source, desk)[0]

    def revoke(self, key_id: str, reason: str) -> None:
        """Withdraw a key of this database (lost or copied): its codes then count only where
        the register confirms them, and this desk signs with a new key from now on."""
        self.require(Perm.KEYS_MANAGE)
        key_id = key_id.strip().upper()
        reason = reason.strip()
        if not reason:
            raise DomainError(QT_TRANSLATE_NOOP(
                "Errors", "Give a reason for revoking key {key_id}."), key_id=key_id)
        with self.store.write() as session:
            row = session.get(SigningKey, key_id)
            if row is None or row.source != self.database_id():
                raise NotFound(QT_TRANSLATE_NOOP(
                    "Errors", "This database has no key {key_id} of its own to revoke."),
                    key_id=key_id)
            row.active, row.revoked_at, row.revoke_reason = False, utcnow(), reason[:250]
            session.add(row)
        self.keystore.delete(key_id)

    # -- exchanging verification files between databases -----------------------------------
    def export_public_key(self) -> str:
        """The verification file: this database's public keys and its void list, signed."""
        key_id, private = self._own_key()
        return exchange.build(self.store, self.database_id(), desk_name(), key_id,
                              private.sign)

    def import_public_key(self, text: str, label: str = "") -> exchange.ImportSummary:
        """Trust another database's keys (and take its void list) from its verification file,
        or from an older LibDesk's one-line public key file."""
        self.require(Perm.KEYS_MANAGE)
        return exchange.load(self.store, self.database_id(), text, label)
