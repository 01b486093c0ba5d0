"""What staff type for each outreach record, and the checks every entry passes (the form,
bulk entry, the CLI and workbook imports alike). Pure data, no database."""
from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from libdesk.models.errors import QT_TRANSLATE_NOOP, Problem
from libdesk.models.outreach.gifts import RecipientKind
from libdesk.models.outreach.tables import VisitKind
from libdesk.models.outreach.transfers import OUTREACH_DEPARTMENT


@dataclass(frozen=True)
class OutingInput:
    served_on: date | None = None
    vehicle: str = ""
    branch_id: int | None = None
    place: str = ""
    staff: str = ""
    readers: int = 0
    loans: int = 0
    returns: int = 0
    new_cards: int = 0
    notes: str = ""


@dataclass(frozen=True)
class EventInput:
    branch_id: int | None = None
    held_on: date | None = None
    title: str = ""
    participants: int = 0
    notes: str = ""


@dataclass(frozen=True)
class VisitInput:
    branch_id: int | None = None
    visited_on: date | None = None
    kind: str = VisitKind.GUIDANCE.value
    staff: str = ""
    topic: str = ""
    notes: str = ""


@dataclass(frozen=True)
class GiftInput:
    given_on: date | None = None
    recipient: str = ""
    recipient_kind: str = RecipientKind.OTHER.value
    address: str = ""
    contact: str = ""
    description: str = ""
    titles: int = 0
    volumes: int = 0
    notes: str = ""


@dataclass(frozen=True)
class TransferInput:
    transferred_on: date | None = None
    source_dept: str = ""
    target_dept: str = OUTREACH_DEPARTMENT
    branch_id: int | None = None
    project: str = ""
    purpose: str = ""
    staff: str = ""
    notes: str = ""


@dataclass(frozen=True)
class TransferLineInput:
    isbn: str = ""
    title: str = ""
    copies: int = 1


@dataclass(frozen=True)
class FactsInput:
    opening_hours: str = ""
    open_24h: bool = False
    area_m2: float = 0
    seats: int = 0
    machines: int = 0
    books_correction: int = 0
    correction_note: str = ""


LIMITS = {"vehicle": 60, "place": 120, "staff": 120, "title": 250, "topic": 200,
          "recipient": 120, "address": 200, "contact": 60, "description": 250,
          "source_dept": 60, "target_dept": 60, "project": 120, "purpose": 200,
          "opening_hours": 120, "correction_note": 250}
COUNTS = ("readers", "loans", "returns", "new_cards", "participants", "titles", "volumes",
          "seats", "machines")


def stripped(record):
    """The record with every text field stripped of surrounding blanks."""
    values = {f.name: getattr(record, f.name) for f in fields(record)}
    return type(record)(**{k: v.strip() if isinstance(v, str) else v for k, v in values.items()})


def _common(record) -> list[Problem]:
    problems = []
    for f in fields(record):
        value = getattr(record, f.name)
        if isinstance(value, str) and len(value) > LIMITS.get(f.name, 10_000):
            problems.append(Problem(f.name, QT_TRANSLATE_NOOP(
                "Errors", "This text is longer than {limit} characters."),
                {"limit": LIMITS[f.name]}))
        if f.name in COUNTS and (not isinstance(value, int) or value < 0):
            problems.append(Problem(f.name, QT_TRANSLATE_NOOP(
                "Errors", "The number cannot be negative."), {}))
    return problems


def _needs(record, name: str, problems: list[Problem]) -> None:
    if getattr(record, name) in (None, ""):
        template = {
            "served_on": QT_TRANSLATE_NOOP("Errors", "Give the date."),
            "held_on": QT_TRANSLATE_NOOP("Errors", "Give the date."),
            "visited_on": QT_TRANSLATE_NOOP("Errors", "Give the date."),
            "given_on": QT_TRANSLATE_NOOP("Errors", "Give the date."),
            "transferred_on": QT_TRANSLATE_NOOP("Errors", "Give the date."),
            "branch_id": QT_TRANSLATE_NOOP("Errors", "Choose the point."),
            "title": QT_TRANSLATE_NOOP("Errors", "Give the title."),
            "recipient": QT_TRANSLATE_NOOP("Errors", "Give the recipient."),
            "source_dept": QT_TRANSLATE_NOOP("Errors", "Give the department the books come "
                                             "from."),
        }[name]
        problems.append(Problem(name, template))


def validate_outing(o: OutingInput) -> list[Problem]:
    problems = _common(o)
    _needs(o, "served_on", problems)
    if o.branch_id is None and not o.place:
        problems.append(Problem("place", QT_TRANSLATE_NOOP(
            "Errors", "Choose the point, or type the place the outing went to.")))
    return problems


def validate_event(e: EventInput) -> list[Problem]:
    problems = _common(e)
    for name in ("branch_id", "held_on", "title"):
        _needs(e, name, problems)
    return problems


def validate_visit(v: VisitInput) -> list[Problem]:
    problems = _common(v)
    for name in ("branch_id", "visited_on"):
        _needs(v, name, problems)
    if v.kind not in {k.value for k in VisitKind}:
        problems.append(Problem("kind", QT_TRANSLATE_NOOP(
            "Errors", "Unknown kind of visit “{kind}”."), {"kind": v.kind}))
    return problems


def validate_gift(g: GiftInput) -> list[Problem]:
    problems = _common(g)
    for name in ("given_on", "recipient"):
        _needs(g, name, problems)
    if g.recipient_kind not in {k.value for k in RecipientKind}:
        problems.append(Problem("recipient_kind", QT_TRANSLATE_NOOP(
            "Errors", "Unknown kind of recipient “{kind}”."), {"kind": g.recipient_kind}))
    if g.volumes < 1:
        problems.append(Problem("volumes", QT_TRANSLATE_NOOP(
            "Errors", "Give how many books (册) are given: at least 1.")))
    elif g.titles > g.volumes:
        problems.append(Problem("titles", QT_TRANSLATE_NOOP(
            "Errors", "There cannot be more titles (种) than books (册).")))
    return problems


def validate_transfer(t: TransferInput) -> list[Problem]:
    problems = _common(t)
    for name in ("transferred_on", "source_dept"):
        _needs(t, name, problems)
    if t.branch_id is None and not t.project:
        problems.append(Problem("project", QT_TRANSLATE_NOOP(
            "Errors", "Say where the books go: a point, or a project such as 太图约书.")))
    return problems


def validate_transfer_line(line: TransferLineInput) -> list[Problem]:
    problems = _common(line)
    if not line.isbn and not line.title:
        problems.append(Problem("title", QT_TRANSLATE_NOOP(
            "Errors", "Give the ISBN, or at least a title or description (e.g. 少儿图书).")))
    if line.copies < 1:
        problems.append(Problem("copies", QT_TRANSLATE_NOOP(
            "Errors", "Copies must be a whole number from 1 up.")))
    return problems


def validate_facts(f: FactsInput) -> list[Problem]:
    problems = _common(f)
    if f.area_m2 < 0:
        problems.append(Problem("area_m2", QT_TRANSLATE_NOOP(
            "Errors", "The number cannot be negative.")))
    if f.books_correction and not f.correction_note:
        problems.append(Problem("correction_note", QT_TRANSLATE_NOOP(
            "Errors", "Say why books on site are corrected (stocktaking, lost books …).")))
    return problems
