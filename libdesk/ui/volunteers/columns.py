"""Table columns of the volunteers tab (headers translated in their contexts)."""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from libdesk.models.volunteers.rules import hours_text
from libdesk.models.volunteers.tables import (ACTIVITY_KIND_LABELS, HOUR_STATUS_LABELS,
                                             VOLUNTEER_STATUS_LABELS)
from libdesk.ui.common.paged_model import TableColumn
from libdesk.ui.common.labels import enum_label

C = "VolunteerColumns"


volunteer_status = partial(enum_label, VOLUNTEER_STATUS_LABELS)
hour_status = partial(enum_label, HOUR_STATUS_LABELS)
activity_kind = partial(enum_label, ACTIVITY_KIND_LABELS)


def _c(key: str, header: str, **options) -> TableColumn:
    return TableColumn(key, header, C, **options)


def certificate_status(value: str) -> str:
    if value == "void":
        return QCoreApplication.translate("VolunteerColumns", "Void")
    return QCoreApplication.translate("VolunteerColumns", "Valid")


def _date(value) -> str:
    return value.isoformat() if value else ""


VOLUNTEER_COLUMNS = [
    _c("name", QT_TRANSLATE_NOOP("VolunteerColumns", "Name"), width=90),
    _c("gender", QT_TRANSLATE_NOOP("VolunteerColumns", "Gender"), width=50),
    _c("org", QT_TRANSLATE_NOOP("VolunteerColumns", "School / organisation"), width=150),
    _c("team", QT_TRANSLATE_NOOP("VolunteerColumns", "Team"), width=130),
    _c("student_no", QT_TRANSLATE_NOOP("VolunteerColumns", "Student no."), width=100),
    _c("phone", QT_TRANSLATE_NOOP("VolunteerColumns", "Phone"), width=105),
    _c("platform_no", QT_TRANSLATE_NOOP("VolunteerColumns", "Platform no."), width=110),
    _c("joined_on", QT_TRANSLATE_NOOP("VolunteerColumns", "Joined"), format=_date, width=90),
    _c("status", QT_TRANSLATE_NOOP("VolunteerColumns", "Status"), format=volunteer_status,
       width=60),
    _c("confirmed_hundredths", QT_TRANSLATE_NOOP("VolunteerColumns", "Confirmed hours"),
       format=hours_text, align_right=True),
]

HOUR_COLUMNS = [
    _c("served_on", QT_TRANSLATE_NOOP("VolunteerColumns", "Date"), format=_date, width=90),
    _c("volunteer", QT_TRANSLATE_NOOP("VolunteerColumns", "Volunteer"), width=90),
    _c("platform_no", QT_TRANSLATE_NOOP("VolunteerColumns", "Platform no."), width=100),
    _c("team", QT_TRANSLATE_NOOP("VolunteerColumns", "Team"), width=120),
    _c("activity", QT_TRANSLATE_NOOP("VolunteerColumns", "Activity"), width=200),
    _c("hundredths", QT_TRANSLATE_NOOP("VolunteerColumns", "Hours"), format=hours_text,
       align_right=True, width=55),
    _c("status", QT_TRANSLATE_NOOP("VolunteerColumns", "Status"), format=hour_status, width=70),
    _c("recorded_by", QT_TRANSLATE_NOOP("VolunteerColumns", "Recorded by"), width=80),
    _c("reviewed_by", QT_TRANSLATE_NOOP("VolunteerColumns", "Reviewed by"), width=80),
    _c("note", QT_TRANSLATE_NOOP("VolunteerColumns", "Note"), sortable=False),
]

ACTIVITY_COLUMNS = [
    _c("name", QT_TRANSLATE_NOOP("VolunteerColumns", "Activity"), width=230),
    _c("kind", QT_TRANSLATE_NOOP("VolunteerColumns", "Kind"), format=activity_kind, width=60),
    _c("category", QT_TRANSLATE_NOOP("VolunteerColumns", "Category"), width=110),
    _c("starts_on", QT_TRANSLATE_NOOP("VolunteerColumns", "Starts"), format=_date, width=90),
    _c("ends_on", QT_TRANSLATE_NOOP("VolunteerColumns", "Ends"), format=_date, width=90),
    _c("place", QT_TRANSLATE_NOOP("VolunteerColumns", "Place"), width=120),
    _c("organiser", QT_TRANSLATE_NOOP("VolunteerColumns", "Organiser"), width=120),
    _c("entries", QT_TRANSLATE_NOOP("VolunteerColumns", "Entries"), align_right=True),
]

CERTIFICATE_COLUMNS = [
    _c("number", QT_TRANSLATE_NOOP("VolunteerColumns", "Certificate no."), width=150),
    _c("volunteer_name", QT_TRANSLATE_NOOP("VolunteerColumns", "Volunteer"), width=90),
    _c("period_from", QT_TRANSLATE_NOOP("VolunteerColumns", "Service from"), format=_date,
       width=90),
    _c("period_to", QT_TRANSLATE_NOOP("VolunteerColumns", "Service to"), format=_date,
       sortable=False, width=90),
    _c("hundredths", QT_TRANSLATE_NOOP("VolunteerColumns", "Confirmed hours"), format=hours_text,
       align_right=True, width=90),
    _c("issued_on", QT_TRANSLATE_NOOP("VolunteerColumns", "Issued"), format=_date, width=90),
    _c("issued_by", QT_TRANSLATE_NOOP("VolunteerColumns", "Issued by"), sortable=False, width=80),
    _c("status", QT_TRANSLATE_NOOP("VolunteerColumns", "Status"), format=certificate_status),
]
