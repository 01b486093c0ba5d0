"""Rows of the outreach lists as services return them (the input fields, plus what the
database adds), and one entry of a point's combined history."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from libdesk.models.outreach.rules import (EventInput, FactsInput, GiftInput, OutingInput,
                                           TransferInput, VisitInput)


@dataclass(frozen=True)
class OutingRow(OutingInput):
    id: int = 0
    branch_name: str = ""
    version: int = 1  # as listed; deleting selected rows passes it back
    source: str = ""
    recorded_by: str = ""

    @property
    def where(self) -> str:
        return self.branch_name or self.place


@dataclass(frozen=True)
class EventRow(EventInput):
    id: int = 0
    branch_name: str = ""
    version: int = 1  # as listed; deleting selected rows passes it back
    recorded_by: str = ""


@dataclass(frozen=True)
class VisitRow(VisitInput):
    id: int = 0
    branch_name: str = ""
    version: int = 1  # as listed; deleting selected rows passes it back
    recorded_by: str = ""


@dataclass(frozen=True)
class GiftRow(GiftInput):
    id: int = 0
    branch_name: str = ""
    version: int = 1  # as listed; deleting selected rows passes it back
    number: str = ""
    status: str = ""
    issued_by: str = ""


@dataclass(frozen=True)
class TransferRow(TransferInput):
    id: int = 0
    branch_name: str = ""
    version: int = 1  # as listed; deleting selected rows passes it back
    recorded_by: str = ""
    copies: int = 0   # 册 on the transfer's lines
    packed: int = 0   # of which packed into batches that are not cancelled

    @property
    def destination(self) -> str:
        return self.branch_name or self.project


@dataclass(frozen=True)
class TransferLineRow:
    id: int
    transfer_id: int
    isbn: str
    title: str
    copies: int
    packed: int
    version: int = 1

    @property
    def remaining(self) -> int:
        return max(self.copies - self.packed, 0)


@dataclass(frozen=True)
class FactsRow(FactsInput):
    id: int = 0            # the point's id (one row per point)
    number: int = 0
    branch_name: str = ""
    books_from_batches: int = 0
    typed_books: int = 0   # the old hand-typed figure on the point's record
    updated_by: str = ""

    @property
    def books_on_site(self) -> int:
        return max(self.books_from_batches + self.books_correction, 0)


@dataclass(frozen=True)
class HistoryEntry:
    """One line of a point's history: a batch, an event, a visit, an outing or a transfer."""

    day: date | None
    kind: str       # "batch", "event", "visit", "outing", "transfer"
    title: str      # batch number, event title, visit topic …
    detail: str     # a batch's status, a visit's kind (values, translated by the UI), staff
    count: int      # copies out (batch, transfer), participants (event), readers (outing)
    loans: int      # loans (outing), copies back (batch); 0 otherwise
    record_id: int
