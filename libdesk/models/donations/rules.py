"""What a donor, a donation and a line are made of, their rules, totals and the wording of
what was given (used by the dialogs through the services, by the import, and by certificates).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from libdesk.models.donations.tables import (
    Channel, DonorKind, Evaluation, Material, MATERIAL_ZH, Unit)
from libdesk.models.errors import QT_TRANSLATE_NOOP, Problem
from libdesk.models.validation import is_valid_email, is_valid_phone

ID_NUMBER_CHARS = set("0123456789Xx")


@dataclass(frozen=True)
class DonorInput:
    name: str
    kind: str = DonorKind.PERSON.value
    honorific: str = ""
    title: str = ""
    contact_person: str = ""
    phone: str = ""
    phone2: str = ""
    email: str = ""
    address: str = ""
    id_number: str = ""
    notes: str = ""


@dataclass(frozen=True)
class LineInput:
    title: str
    material: str = Material.BOOK.value
    titles: int = 1
    quantity: int = 1
    unit: str = Unit.VOLUME.value
    isbn: str = ""
    evaluation: str = Evaluation.PENDING.value
    evaluation_note: str = ""
    id: int | None = None

    def content(self) -> tuple:
        """What a donation certificate certifies about the line."""
        return (self.material, self.title.strip(), self.titles, self.quantity, self.unit,
                self.isbn.strip())


@dataclass(frozen=True)
class DonationInput:
    donor_id: int
    received_on: date
    received_by: str = ""
    channel: str = Channel.HANDED_IN.value
    notes: str = ""


@dataclass(frozen=True)
class Totals:
    titles: int = 0    # 种
    volumes: int = 0   # 册
    items: int = 0     # 件

    def text(self) -> str:
        """118 种 324 册 (件 added when there are objects)."""
        parts = [f"{self.titles} 种"]
        if self.volumes or not self.items:
            parts.append(f"{self.volumes} 册")
        if self.items:
            parts.append(f"{self.items} 件")
        return " ".join(parts)


def line_totals(lines: Iterable[LineInput]) -> Totals:
    titles = volumes = items = 0
    for line in lines:
        titles += line.titles
        if line.unit == Unit.ITEM:
            items += line.quantity
        else:
            volumes += line.quantity
    return Totals(titles, volumes, items)


def normalized_line(line: LineInput) -> LineInput:
    """A line counted in 种 holds as many titles as its quantity."""
    if line.unit == Unit.TITLE and line.titles != line.quantity:
        from dataclasses import replace

        return replace(line, titles=line.quantity)
    return line


def describe_gift(lines: list[LineInput]) -> str:
    """《孙英文集》等图书 118 种 324 册 — the phrase certificates print after 承蒙惠赠."""
    if not lines:
        return ""
    groups: dict[str, list[LineInput]] = {}
    for line in lines:
        groups.setdefault(line.material, []).append(line)
    parts = [f"{MATERIAL_ZH.get(Material(m), m)} {line_totals(g).text()}"
             for m, g in groups.items()]
    lead = lines[0].title.strip()
    if lead and not lead.startswith("《") and lines[0].material in (
            Material.BOOK, Material.PERIODICAL, Material.LOCAL_DOCUMENT) and lines[0].titles == 1:
        lead = f"《{lead}》"
    if len(lines) == 1 and lines[0].titles == 1:
        material = MATERIAL_ZH.get(Material(lines[0].material), "")
        return f"{material}{lead}{line_totals(lines).text()}"
    return f"{lead}等{'、'.join(parts)}"


def validate_donor(donor: DonorInput) -> list[Problem]:
    problems: list[Problem] = []
    name = donor.name.strip()
    if not name:
        problems.append(Problem("name", QT_TRANSLATE_NOOP("Errors", "The name is required.")))
    elif len(name) > 120:
        problems.append(Problem("name", QT_TRANSLATE_NOOP(
            "Errors", "The name is longer than 120 characters; shorten it.")))
    if "|" in name:
        problems.append(Problem("name", QT_TRANSLATE_NOOP(
            "Errors", "The name may not contain the character |.")))
    if donor.kind not in {k.value for k in DonorKind}:
        problems.append(Problem("kind", QT_TRANSLATE_NOOP(
            "Errors", "Unknown donor type “{kind}”; use person or organisation."),
            {"kind": donor.kind}))
    for key, phone in (("phone", donor.phone), ("phone2", donor.phone2)):
        phone = phone.strip()
        if phone and "*" not in phone and not is_valid_phone(phone):
            problems.append(Problem(key, QT_TRANSLATE_NOOP(
                "Errors", "“{phone}” is not a mainland phone number: use 11 digits for a "
                "mobile (13812345678) or area code and number for a landline (0351-1234567)."),
                {"phone": phone}))
    if donor.email.strip() and not is_valid_email(donor.email):
        problems.append(Problem("email", QT_TRANSLATE_NOOP(
            "Errors", "“{email}” is not an e-mail address (name@example.com)."),
            {"email": donor.email}))
    id_number = donor.id_number.strip()
    if id_number and "*" not in id_number and (
            len(id_number) not in (15, 18) or not set(id_number) <= ID_NUMBER_CHARS):
        problems.append(Problem("id_number", QT_TRANSLATE_NOOP(
            "Errors", "“{value}” is not an ID number: use the 18 (or old 15) characters on "
            "the card."), {"value": id_number}))
    return problems


def validate_donation(donation: DonationInput, lines: list[LineInput]) -> list[Problem]:
    problems: list[Problem] = []
    if donation.channel not in {c.value for c in Channel}:
        problems.append(Problem("channel", QT_TRANSLATE_NOOP(
            "Errors", "Unknown channel “{channel}”."), {"channel": donation.channel}))
    if donation.received_on > date.today():
        problems.append(Problem("received_on", QT_TRANSLATE_NOOP(
            "Errors", "The date received {date} is in the future."),
            {"date": donation.received_on.isoformat()}))
    for n, line in enumerate(lines, start=1):
        problems += [Problem(p.field, p.template, {**p.params, "n": n}, p.row)
                     for p in validate_line(line)]
    return problems


def validate_line(line: LineInput) -> list[Problem]:
    problems: list[Problem] = []
    if not line.title.strip():
        problems.append(Problem("line.title", QT_TRANSLATE_NOOP(
            "Errors", "Line {n}: the title or description is required.")))
    if line.material not in {m.value for m in Material}:
        problems.append(Problem("line.material", QT_TRANSLATE_NOOP(
            "Errors", "Line {n}: unknown material “{material}”."), {"material": line.material}))
    if line.unit not in {u.value for u in Unit}:
        problems.append(Problem("line.unit", QT_TRANSLATE_NOOP(
            "Errors", "Line {n}: the unit must be 册, 种 or 件, not “{unit}”."),
            {"unit": line.unit}))
    if line.quantity < 1 or line.titles < 0:
        problems.append(Problem("line.quantity", QT_TRANSLATE_NOOP(
            "Errors", "Line {n}: the quantity must be a whole number from 1 up.")))
    elif line.unit == Unit.VOLUME and line.titles > line.quantity:
        problems.append(Problem("line.titles", QT_TRANSLATE_NOOP(
            "Errors", "Line {n}: {titles} titles cannot fill only {quantity} volumes."),
            {"titles": line.titles, "quantity": line.quantity}))
    if line.evaluation not in {e.value for e in Evaluation}:
        problems.append(Problem("line.evaluation", QT_TRANSLATE_NOOP(
            "Errors", "Line {n}: unknown evaluation “{evaluation}”."),
            {"evaluation": line.evaluation}))
    return problems
