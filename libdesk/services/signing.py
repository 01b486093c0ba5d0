"""Signed QR payloads, shared by certificates, box labels and volunteer certificates.

A payload is plain ASCII that a keyboard-wedge scanner types back exactly and that fits QR's
alphanumeric mode (digits, A–Z and ``.``)::

    LD1.<KEY ID>.<BASE32 BODY>.<BASE32 ED25519 SIGNATURE>

The body is ``"|".join(fields)`` in UTF-8; ``fields[0]`` names what it is (``"JZ"``, ``"BOX"``…).
The signature covers ``LD1.<KEY ID>.<BASE32 BODY>``. The key id is the first 8 hex digits of
SHA-256 over the public key. A desk makes its key on first use; its public key can be exported
as a small text file and imported by another desk, which can then verify but not sign.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from sqlmodel import select

from libdesk.models.errors import QT_TRANSLATE_NOOP, DomainError
from libdesk.models.keys import SigningKey
from libdesk.models.roles import Perm
from libdesk.services.base import ServiceBase

PREFIX = "LD1"
PUBLIC_KEY_HEADER = "LIBDESK-PUBLIC-KEY"


class InvalidPayload(DomainError):
    """Forged, damaged, or signed by a key this database does not know."""


@dataclass(frozen=True)
class VerifiedPayload:
    key_id: str
    fields: list[str]

    @property
    def kind(self) -> str:
        return self.fields[0]


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=")


def _unb32(text: str) -> bytes:
    return base64.b32decode(text + "=" * (-len(text) % 8))


def key_id_for(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).hexdigest()[:8].upper()


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


class SigningService(ServiceBase):
    def _own_key(self) -> tuple[str, Ed25519PrivateKey]:
        with self.store.read() as session:
            row = session.exec(select(SigningKey).where(
                SigningKey.active == True, SigningKey.private_key != None)).first()  # noqa: E711,E712
        if row is None:
            return self._make_key()
        return row.key_id, Ed25519PrivateKey.from_private_bytes(bytes.fromhex(row.private_key))

    def _make_key(self) -> tuple[str, Ed25519PrivateKey]:
        private = Ed25519PrivateKey.generate()
        public_raw = private.public_key().public_bytes_raw()
        key_id = key_id_for(public_raw)
        with self.store.write() as session:
            session.add(SigningKey(key_id=key_id, public_key=public_raw.hex(),
                                   private_key=private.private_bytes_raw().hex(),
                                   label="本馆签名密钥", active=True))
        return key_id, private

    def sign(self, fields: list[str]) -> str:
        """A signed payload for ``fields`` (no field may contain ``|``)."""
        if any("|" in f for f in fields):
            raise ValueError("payload fields may not contain '|'")
        key_id, private = self._own_key()
        signed = f"{PREFIX}.{key_id}.{_b32('|'.join(fields).encode('utf-8'))}"
        return f"{signed}.{_b32(private.sign(signed.encode('ascii')))}"

    def verify(self, payload: str) -> VerifiedPayload:
        """The payload's fields if a known key signed exactly this text; else InvalidPayload."""
        key_id, signed, body, signature = split_payload(payload)
        with self.store.read() as session:
            row = session.get(SigningKey, key_id)
        if row is None:
            raise InvalidPayload(QT_TRANSLATE_NOOP(
                "Errors", "This code was signed with key {key_id}, which this database does "
                "not know. Import that desk's public key to verify it."), key_id=key_id)
        try:
            Ed25519PublicKey.from_public_bytes(bytes.fromhex(row.public_key)).verify(
                signature, signed.encode("ascii"))
            fields = body.decode("utf-8").split("|")
        except (InvalidSignature, UnicodeDecodeError, ValueError):
            raise InvalidPayload(QT_TRANSLATE_NOOP(
                "Errors", "The signature does not match: this code is forged or damaged."))
        return VerifiedPayload(key_id=key_id, fields=fields)

    # -- exchanging public keys between desks ------------------------------------------------
    def export_public_key(self) -> str:
        key_id, private = self._own_key()
        public_hex = private.public_key().public_bytes_raw().hex()
        return f"{PUBLIC_KEY_HEADER} {key_id} {public_hex}\n"

    def import_public_key(self, text: str, label: str = "") -> str:
        self.require(Perm.KEYS_MANAGE)
        parts = text.split()
        try:
            if len(parts) != 3 or parts[0] != PUBLIC_KEY_HEADER:
                raise ValueError
            public_raw = bytes.fromhex(parts[2])
            Ed25519PublicKey.from_public_bytes(public_raw)
        except ValueError:
            raise InvalidPayload(QT_TRANSLATE_NOOP(
                "Errors", "This is not a LibDesk public key file. Export it again from the "
                "other desk (Certificates → Export public key)."))
        key_id = key_id_for(public_raw)
        if key_id != parts[1].upper():
            raise InvalidPayload(QT_TRANSLATE_NOOP(
                "Errors", "The key file is damaged: its id does not match the key."))
        with self.store.write() as session:
            if session.get(SigningKey, key_id) is None:
                session.add(SigningKey(key_id=key_id, public_key=public_raw.hex(),
                                       private_key=None, label=label or "导入的公钥",
                                       active=False))
        return key_id
