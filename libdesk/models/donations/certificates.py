"""Donation (捐赠证书) and collection (收藏证书) certificates and their event log.

A certificate keeps a snapshot of what it certifies (donor name, counts, the sentence
printed, the signed QR payload), so a reissue (补发) prints exactly the same text and number.
Every issue, reissue and void is a ``CertificateEvent`` with who and when.
"""
from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Optional

from sqlalchemy import Index, text
from sqlmodel import Field

from libdesk.models.base import TableModel, utcnow
from libdesk.models.errors import QT_TRANSLATE_NOOP


class CertificateKind(StrEnum):
    DONATION = "donation"        # 捐赠证书, code JZ
    COLLECTION = "collection"    # 收藏证书, code SC


KIND_CODES = {CertificateKind.DONATION: "JZ", CertificateKind.COLLECTION: "SC"}
KIND_FROM_CODE = {code: kind for kind, code in KIND_CODES.items()}
KIND_TITLES_ZH = {CertificateKind.DONATION: "捐赠证书", CertificateKind.COLLECTION: "收藏证书"}
KIND_LABELS = {
    CertificateKind.DONATION: QT_TRANSLATE_NOOP("CertificateKind", "Donation certificate"),
    CertificateKind.COLLECTION: QT_TRANSLATE_NOOP("CertificateKind", "Collection certificate"),
}


class CertificateStatus(StrEnum):
    VALID = "valid"
    VOID = "void"


class CertificateAction(StrEnum):
    ISSUE = "issue"
    REISSUE = "reissue"
    VOID = "void"


ACTION_LABELS = {
    CertificateAction.ISSUE: QT_TRANSLATE_NOOP("CertificateAction", "Issued"),
    CertificateAction.REISSUE: QT_TRANSLATE_NOOP("CertificateAction", "Reissued"),
    CertificateAction.VOID: QT_TRANSLATE_NOOP("CertificateAction", "Voided"),
}


class Certificate(TableModel, table=True):
    __tablename__ = "certificate"
    # One valid certificate per donation and kind, enforced by the database itself (two desks
    # issuing at once: the second insert fails, see CertificateService.issue).
    __table_args__ = (Index("uq_certificate_valid_per_donation", "donation_id", "kind",
                            unique=True, sqlite_where=text("status = 'valid'"),
                            postgresql_where=text("status = 'valid'")),)

    id: Optional[int] = Field(default=None, primary_key=True)
    number: str = Field(max_length=40, unique=True)
    kind: str = Field(max_length=20, index=True)
    year: int
    serial: int
    donation_id: int = Field(foreign_key="donation.id", index=True)
    donor_name: str = Field(max_length=120)
    titles_total: int = Field(default=0)
    volumes_total: int = Field(default=0)
    items_total: int = Field(default=0)
    line_ids: str = Field(default="")  # comma-separated donation_line ids it certifies
    description: str = Field(default="")  # the sentence printed
    issued_on: date
    issued_by: str = Field(default="", max_length=60)
    payload: str = Field(default="")
    status: str = Field(default=CertificateStatus.VALID.value, max_length=10, index=True)
    void_reason: str = Field(default="", max_length=250)
    reissues: int = Field(default=0)
    created_at: datetime = Field(default_factory=utcnow)


class CertificateEvent(TableModel, table=True):
    __tablename__ = "certificate_event"

    id: Optional[int] = Field(default=None, primary_key=True)
    certificate_id: int = Field(foreign_key="certificate.id", index=True)
    action: str = Field(max_length=10)
    actor: str = Field(default="", max_length=60)
    at: datetime = Field(default_factory=utcnow)
    note: str = Field(default="", max_length=250)
