"""The plain records the branches services return (rows of a table, details, reports)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from libdesk.models.branches.rules import ContactInput, PointInput


@dataclass(frozen=True)
class BranchRow:
    id: int
    number: int
    name: str
    category: str
    status: str
    district: str
    address: str
    opened_on: date | None
    books_on_site: int
    primary_contact: str
    primary_phone: str
    notes: str


@dataclass
class BranchDetail:
    id: int
    point: PointInput
    contacts: list[ContactInput] = field(default_factory=list)
