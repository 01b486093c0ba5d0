"""What a point and a contact are made of, and the rules they must satisfy.

Used by the add/edit dialog (through the service) and by the roster import, so a rule is
written once and a bad spreadsheet cell gets the same message as a bad dialog field.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from libdesk.models.branches.status import BranchStatus
from libdesk.models.errors import QT_TRANSLATE_NOOP, Problem
from libdesk.models.validation import is_valid_email, is_valid_phone


@dataclass(frozen=True)
class PointInput:
    name: str
    number: int | None = None
    category: str = ""
    address: str = ""
    district: str = ""
    opened_on: date | None = None
    status: str = BranchStatus.ACTIVE.value
    books_on_site: int = 0
    notes: str = ""


@dataclass(frozen=True)
class ContactInput:
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""
    is_primary: bool = False
    id: int | None = None


def validate_point(point: PointInput, contacts: list[ContactInput]) -> list[Problem]:
    problems: list[Problem] = []
    if not point.name.strip():
        problems.append(Problem("name", QT_TRANSLATE_NOOP(
            "Errors", "The name is required.")))
    elif len(point.name.strip()) > 120:
        problems.append(Problem("name", QT_TRANSLATE_NOOP(
            "Errors", "The name is longer than 120 characters; shorten it.")))
    if point.number is not None and point.number < 1:
        problems.append(Problem("number", QT_TRANSLATE_NOOP(
            "Errors", "The number must be a whole number from 1 up.")))
    if point.status not in {s.value for s in BranchStatus}:
        problems.append(Problem("status", QT_TRANSLATE_NOOP(
            "Errors", "Unknown status “{status}”; use active, suspended or closed."),
            {"status": point.status}))
    if point.books_on_site < 0:
        problems.append(Problem("books_on_site", QT_TRANSLATE_NOOP(
            "Errors", "Books on site cannot be negative.")))
    seen = set()
    for i, contact in enumerate(contacts, start=1):
        problems += [Problem(p.field, p.template, {**p.params, "n": i}) for p in
                     validate_contact(contact)]
        if contact.name.strip() in seen:
            problems.append(Problem("contact", QT_TRANSLATE_NOOP(
                "Errors", "Contact {n}: “{name}” is listed twice."),
                {"n": i, "name": contact.name}))
        seen.add(contact.name.strip())
    if sum(1 for c in contacts if c.is_primary) > 1:
        problems.append(Problem("contact", QT_TRANSLATE_NOOP(
            "Errors", "Only one contact can be the primary contact.")))
    return problems


def validate_contact(contact: ContactInput) -> list[Problem]:
    problems = []
    if not contact.name.strip():
        problems.append(Problem("contact.name", QT_TRANSLATE_NOOP(
            "Errors", "A contact needs a name.")))
    phone = contact.phone.strip()
    if phone and "*" not in phone and not is_valid_phone(phone):
        problems.append(Problem("contact.phone", QT_TRANSLATE_NOOP(
            "Errors", "“{phone}” is not a mainland phone number: use 11 digits for a mobile "
            "(13812345678) or area code and number for a landline (0351-1234567)."),
            {"phone": phone}))
    if contact.email.strip() and not is_valid_email(contact.email):
        problems.append(Problem("contact.email", QT_TRANSLATE_NOOP(
            "Errors", "“{email}” is not an e-mail address (name@example.com)."),
            {"email": contact.email}))
    return problems
