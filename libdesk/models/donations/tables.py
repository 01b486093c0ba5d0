"""Donors, donations and their lines (社会捐赠), with each line's evaluation.

A donation is what one donor handed over on one day; its lines say what it was (material,
title, how many 种 and 册/件) and how each line was evaluated. Lines evaluated 转配分馆
("distribute") are what the distribution area ships to branches; it refers to
``donation_line.id``.
"""
from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Optional

from sqlmodel import Field

from libdesk.models.base import TableModel, utcnow, versioned
from libdesk.models.errors import QT_TRANSLATE_NOOP


class DonorKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"


DONOR_KIND_LABELS = {
    DonorKind.PERSON: QT_TRANSLATE_NOOP("DonorKind", "Person"),
    DonorKind.ORGANISATION: QT_TRANSLATE_NOOP("DonorKind", "Organisation"),
}
DONOR_KIND_ZH = {DonorKind.PERSON: "个人", DonorKind.ORGANISATION: "单位"}


class Channel(StrEnum):
    HANDED_IN = "handed_in"      # 到馆移交
    POST = "post"                # 邮寄
    COLLECTED = "collected"      # 上门征集
    ELECTRONIC = "electronic"    # 电子文档


CHANNEL_LABELS = {
    Channel.HANDED_IN: QT_TRANSLATE_NOOP("Channel", "Handed in at the library"),
    Channel.POST: QT_TRANSLATE_NOOP("Channel", "By post"),
    Channel.COLLECTED: QT_TRANSLATE_NOOP("Channel", "Collected from the donor"),
    Channel.ELECTRONIC: QT_TRANSLATE_NOOP("Channel", "Electronic documents"),
}
CHANNEL_ZH = {Channel.HANDED_IN: "到馆移交", Channel.POST: "邮寄", Channel.COLLECTED: "上门征集",
              Channel.ELECTRONIC: "电子文档"}


class Material(StrEnum):
    BOOK = "book"
    PERIODICAL = "periodical"
    LOCAL_DOCUMENT = "local_document"
    OBJECT = "object"
    AUDIOVISUAL = "audiovisual"
    ELECTRONIC = "electronic"


MATERIAL_LABELS = {
    Material.BOOK: QT_TRANSLATE_NOOP("Material", "Books"),
    Material.PERIODICAL: QT_TRANSLATE_NOOP("Material", "Periodicals"),
    Material.LOCAL_DOCUMENT: QT_TRANSLATE_NOOP("Material", "Local documents"),
    Material.OBJECT: QT_TRANSLATE_NOOP("Material", "Objects"),
    Material.AUDIOVISUAL: QT_TRANSLATE_NOOP("Material", "Audio-visual"),
    Material.ELECTRONIC: QT_TRANSLATE_NOOP("Material", "Electronic documents"),
}
MATERIAL_ZH = {Material.BOOK: "图书", Material.PERIODICAL: "期刊",
               Material.LOCAL_DOCUMENT: "地方文献", Material.OBJECT: "实物",
               Material.AUDIOVISUAL: "音像", Material.ELECTRONIC: "电子文档"}


class Unit(StrEnum):
    VOLUME = "册"
    TITLE = "种"
    ITEM = "件"


class Evaluation(StrEnum):
    PENDING = "pending"          # 待评估
    COLLECTED = "collected"      # 入藏
    DISTRIBUTE = "distribute"    # 转配分馆
    RETURNED = "returned"        # 退回
    REJECTED = "rejected"        # 不予入藏


EVALUATION_LABELS = {
    Evaluation.PENDING: QT_TRANSLATE_NOOP("Evaluation", "Pending"),
    Evaluation.COLLECTED: QT_TRANSLATE_NOOP("Evaluation", "Collected"),
    Evaluation.DISTRIBUTE: QT_TRANSLATE_NOOP("Evaluation", "To branches"),
    Evaluation.RETURNED: QT_TRANSLATE_NOOP("Evaluation", "Returned"),
    Evaluation.REJECTED: QT_TRANSLATE_NOOP("Evaluation", "Not collected"),
}
EVALUATION_ZH = {Evaluation.PENDING: "待评估", Evaluation.COLLECTED: "入藏",
                 Evaluation.DISTRIBUTE: "转配分馆", Evaluation.RETURNED: "退回",
                 Evaluation.REJECTED: "不予入藏"}


class Donor(TableModel, table=True):
    __tablename__ = "donor"
    __mapper_args__ = versioned()  # no silent lost edit between desks

    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})

    id: Optional[int] = Field(default=None, primary_key=True)
    kind: str = Field(default=DonorKind.PERSON.value, max_length=20)
    name: str = Field(max_length=120, index=True)
    name_key: str = Field(default="", max_length=250, index=True)  # pinyin, for sorting
    honorific: str = Field(default="", max_length=10)  # 先生, 女士, 同志… for certificates
    title: str = Field(default="", max_length=200)  # title / affiliation
    contact_person: str = Field(default="", max_length=60)
    phone: str = Field(default="", max_length=40, index=True)
    phone2: str = Field(default="", max_length=40)
    email: str = Field(default="", max_length=120)
    address: str = Field(default="", max_length=250)
    id_number: str = Field(default="", max_length=30, index=True)
    notes: str = Field(default="")
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Donation(TableModel, table=True):
    __tablename__ = "donation"
    __mapper_args__ = versioned()  # no silent lost edit between desks

    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})

    id: Optional[int] = Field(default=None, primary_key=True)
    donor_id: int = Field(foreign_key="donor.id", index=True)
    received_on: date = Field(index=True)
    received_by: str = Field(default="", max_length=60)
    channel: str = Field(default=Channel.HANDED_IN.value, max_length=20)
    notes: str = Field(default="")
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class DonationLine(TableModel, table=True):
    __tablename__ = "donation_line"

    id: Optional[int] = Field(default=None, primary_key=True)
    donation_id: int = Field(foreign_key="donation.id", index=True)
    position: int = Field(default=0)
    material: str = Field(default=Material.BOOK.value, max_length=20)
    title: str = Field(max_length=250)
    isbn: str = Field(default="", max_length=20)
    titles: int = Field(default=1)      # 种
    quantity: int = Field(default=1)    # in ``unit``
    unit: str = Field(default=Unit.VOLUME.value, max_length=4)
    evaluation: str = Field(default=Evaluation.PENDING.value, max_length=20, index=True)
    evaluation_note: str = Field(default="", max_length=250)
    evaluated_at: Optional[datetime] = None
