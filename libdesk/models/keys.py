"""The register of Ed25519 keys that sign QR payloads: PUBLIC keys only.

Each desk keeps its private key outside the data (the OS keyring, or an owner-only key file
in the user config folder). The database registers every desk's public key with the desk's
name and dates: the desks of one database (``source``, the database's id) and the keys of
other databases imported from their verification files. ``foreign_void`` holds the signed
lists of voided certificates those files carried; ``key_source`` says how recent each is.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlmodel import Field

from libdesk.models.base import TableModel, utcnow

DATABASE_ID_SETTING = "database.id"  # app_setting key: this database's id (a uuid hex)


class SigningKey(TableModel, table=True):
    __tablename__ = "signing_key"

    key_id: str = Field(primary_key=True, max_length=16)
    public_key: str = Field(max_length=64)  # raw 32 bytes, hex
    label: str = Field(default="", max_length=120)
    desk: str = Field(default="", max_length=120)  # which desk signs with it
    source: str = Field(default="", max_length=40, index=True)  # the database it belongs to
    active: bool = Field(default=True)  # its desk signs new payloads with it
    created_at: datetime = Field(default_factory=utcnow)
    retired_at: Optional[datetime] = None  # rotated out: verifies, no longer signs
    revoked_at: Optional[datetime] = None  # withdrawn: its codes count only on its register
    revoke_reason: str = Field(default="", max_length=250)


class KeySource(TableModel, table=True):
    """Another database whose verification file was imported."""

    __tablename__ = "key_source"

    source: str = Field(primary_key=True, max_length=40)
    name: str = Field(default="", max_length=120)
    voids_as_of: Optional[datetime] = None  # when its imported void list was made
    imported_at: datetime = Field(default_factory=utcnow)


class ForeignVoid(TableModel, table=True):
    """A certificate another database voided, from its signed void list."""

    __tablename__ = "foreign_void"

    id: Optional[int] = Field(default=None, primary_key=True)
    source: str = Field(max_length=40, index=True)
    kind: str = Field(max_length=8)  # the payload kind: JZ, SC (donation) or ZY (volunteer)
    number: str = Field(max_length=40)
    voided_on: Optional[date] = None
