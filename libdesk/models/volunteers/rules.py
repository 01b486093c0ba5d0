"""What a volunteer, an activity and an hour entry are made of, and their rules.

Used by dialogs (through the services) and by spreadsheet imports, so a bad cell gets the
same message as a bad field.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from libdesk.models.errors import QT_TRANSLATE_NOOP, Problem
from libdesk.models.validation import is_valid_phone
from libdesk.models.volunteers.tables import GENDERS, ActivityKind, VolunteerStatus

MAX_HUNDREDTHS_PER_DAY = 24 * 100
_ID_18 = re.compile(r"^\d{17}[\dXx]$")


@dataclass(frozen=True)
class VolunteerInput:
    name: str
    gender: str = ""
    org: str = ""          # school or organisation name; created when new
    team: str = ""         # team name; created when new
    student_no: str = ""
    phone: str = ""
    id_type: str = "居民身份证"
    id_number: str = ""
    platform_no: str = ""
    joined_on: date | None = None
    status: str = VolunteerStatus.ACTIVE.value
    notes: str = ""


@dataclass(frozen=True)
class ActivityInput:
    name: str
    kind: str = ActivityKind.THEME.value
    category: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    place: str = ""
    organiser: str = ""
    notes: str = ""


def hours_text(hundredths: int) -> str:
    """2, 2.5, 0.85 — how hours are shown and printed."""
    value = Decimal(hundredths) / 100
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def parse_hours(value) -> int | None:
    """Hundredths of an hour from 2 / "2.5" / "0.85" / "2小时" / "53,876.85"; None when it is
    not a number or has more than two decimals."""
    if value is None:
        return None
    if type(value) is int:
        return value * 100
    if type(value) is float:  # a number cell: exact when its shortest form has <= 2 decimals
        if not math.isfinite(value) or abs(value) >= 1e13:
            return None if not math.isfinite(value) else parse_hours(repr(value))
        hundredths = round(value * 100)
        return hundredths if hundredths / 100 == value else None
    text = (str(value).strip().replace("小时", "").replace("h", "").replace("，", ",")
            .replace(",", "").replace(" ", ""))
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    if not number.is_finite():
        return None
    hundredths = number * 100
    if hundredths != hundredths.to_integral_value():
        return None
    return int(hundredths)


def is_quarter_step(hundredths: int) -> bool:
    """Hand entry is expected in quarter-hour steps (0.25, 0.5 …); other values are allowed
    after a warning, and imports keep the platform's values as they are."""
    return hundredths % 25 == 0


def validate_hundredths(hundredths: int | None, raw: object = "") -> list[Problem]:
    if hundredths is None:
        return [Problem("hours", QT_TRANSLATE_NOOP(
            "Errors", "“{value}” is not a number of hours with at most two decimals (0.5, "
            "0.85, 2, …)."), {"value": raw})]
    if hundredths <= 0 or hundredths > MAX_HUNDREDTHS_PER_DAY:
        return [Problem("hours", QT_TRANSLATE_NOOP(
            "Errors", "Hours must be more than 0 and at most 24; “{value}” is not."),
            {"value": hours_text(hundredths)})]
    return []


def parse_date(value) -> date | None:
    """A date from a cell or text: a real date, 2020-10-14, 2020/10/14, 2020.10.14,
    20201014 or 2020年10月14日; None when it is none of these."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value or "").strip()
    match = re.match(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?", text) or \
        re.match(r"^(\d{4})(\d{2})(\d{2})$", text)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def validate_volunteer(volunteer: VolunteerInput) -> list[Problem]:
    problems: list[Problem] = []
    name = volunteer.name.strip()
    if not name:
        problems.append(Problem("name", QT_TRANSLATE_NOOP("Errors", "The name is required.")))
    elif len(name) > 60:
        problems.append(Problem("name", QT_TRANSLATE_NOOP(
            "Errors", "The name is longer than 60 characters; shorten it.")))
    if volunteer.gender and volunteer.gender not in GENDERS:
        problems.append(Problem("gender", QT_TRANSLATE_NOOP(
            "Errors", "Gender “{value}” is not 男 or 女; leave it empty if unknown."),
            {"value": volunteer.gender}))
    phone = volunteer.phone.strip()
    if phone and "*" not in phone and not is_valid_phone(phone):
        problems.append(Problem("phone", QT_TRANSLATE_NOOP(
            "Errors", "“{phone}” is not a mainland phone number: use 11 digits for a mobile "
            "(13812345678) or area code and number for a landline (0351-1234567)."),
            {"phone": phone}))
    id_number = volunteer.id_number.strip()
    if id_number and "*" not in id_number and volunteer.id_type == "居民身份证" \
            and not _ID_18.match(id_number):
        problems.append(Problem("id_number", QT_TRANSLATE_NOOP(
            "Errors", "“{value}” is not an 18-character resident ID number."),
            {"value": id_number}))
    if volunteer.status not in {s.value for s in VolunteerStatus}:
        problems.append(Problem("status", QT_TRANSLATE_NOOP(
            "Errors", "Unknown status “{status}”."), {"status": volunteer.status}))
    return problems


def validate_activity(activity: ActivityInput) -> list[Problem]:
    problems: list[Problem] = []
    if not activity.name.strip():
        problems.append(Problem("name", QT_TRANSLATE_NOOP("Errors", "The name is required.")))
    elif len(activity.name.strip()) > 120:
        problems.append(Problem("name", QT_TRANSLATE_NOOP(
            "Errors", "The name is longer than 120 characters; shorten it.")))
    if activity.kind not in {k.value for k in ActivityKind}:
        problems.append(Problem("kind", QT_TRANSLATE_NOOP(
            "Errors", "An activity is either themed (主题) or daily (日常).")))
    if activity.starts_on and activity.ends_on and activity.ends_on < activity.starts_on:
        problems.append(Problem("ends_on", QT_TRANSLATE_NOOP(
            "Errors", "The activity ends before it starts.")))
    return problems
