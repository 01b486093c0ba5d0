"""Outgoing gifts (赠书): books the library gives to a body that is not one of its points — a
hospital, a school, another city's library — each with a numbered, signed gift letter (赠书函).
"""
from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Optional

from sqlmodel import Field

from libdesk.models.base import TableModel, utcnow, versioned
from libdesk.models.errors import QT_TRANSLATE_NOOP

GIFT_KIND = "ZS"          # 赠书函, in the signed payload and the number
GIFT_SERIES = "gift_letter"


class RecipientKind(StrEnum):
    HOSPITAL = "hospital"
    SCHOOL = "school"
    LIBRARY = "library"
    OTHER = "other"


RECIPIENT_KIND_LABELS = {
    RecipientKind.HOSPITAL: QT_TRANSLATE_NOOP("RecipientKind", "Hospital"),
    RecipientKind.SCHOOL: QT_TRANSLATE_NOOP("RecipientKind", "School"),
    RecipientKind.LIBRARY: QT_TRANSLATE_NOOP("RecipientKind", "Library or city"),
    RecipientKind.OTHER: QT_TRANSLATE_NOOP("RecipientKind", "Other"),
}
RECIPIENT_KIND_ZH = {RecipientKind.HOSPITAL: "医院", RecipientKind.SCHOOL: "学校",
                     RecipientKind.LIBRARY: "图书馆/城市", RecipientKind.OTHER: "其他"}


class GiftStatus(StrEnum):
    VALID = "valid"
    VOID = "void"


class OutgoingGift(TableModel, table=True):
    __tablename__ = "outgoing_gift"
    __mapper_args__ = versioned()  # no silent lost edit between desks

    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})

    id: Optional[int] = Field(default=None, primary_key=True)
    number: str = Field(max_length=40, unique=True)  # TYTS-ZS-2020-0001
    given_on: date = Field(index=True)
    recipient: str = Field(max_length=120, index=True)
    recipient_kind: str = Field(default=RecipientKind.OTHER.value, max_length=20)
    address: str = Field(default="", max_length=200)
    contact: str = Field(default="", max_length=60)
    description: str = Field(default="", max_length=250)  # 经典期刊、图书 …
    titles: int = Field(default=0)    # 种
    volumes: int = Field(default=0)   # 册
    notes: str = Field(default="")
    payload: str = Field(default="")
    status: str = Field(default=GiftStatus.VALID.value, max_length=10)
    void_reason: str = Field(default="", max_length=250)
    issued_by: str = Field(default="", max_length=60)
    created_at: datetime = Field(default_factory=utcnow)
