"""Plain views of batches, as services return them and documents and spreadsheets use them."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class BatchSummary:
    id: int
    number: str
    branch_id: int
    branch_name: str
    kind: str
    status: str
    planned_on: date | None
    staff: str
    titles_out: int      # 种 going out (or coming back, for a recall)
    copies_out: int      # 册 going out
    copies_back: int     # 册 coming back
    boxes: int
    boxes_received: int
    shipped_at: datetime | None
    received_at: datetime | None
    received_by: str
    notes: str
    overdue: bool = False
    boxes_missing: int = 0
    boxes_damaged: int = 0

    @property
    def discrepancy(self) -> bool:
        return bool(self.boxes_missing or self.boxes_damaged)


@dataclass(frozen=True)
class ItemLine:
    id: int
    position: int
    direction: str
    isbn: str
    title: str
    author: str
    publisher: str
    call_number: str
    issue: str
    copies: int
    box_no: int
    source: str
    donation_line_id: int | None = None
    version: int = 1  # as read with the values; an in-place edit passes it back


@dataclass(frozen=True)
class BoxInfo:
    box_no: int
    item_count: int
    title_count: int
    received_at: datetime | None = None
    received_by: str = ""
    condition: str = ""       # BoxCondition: "", "missing", "damaged"
    condition_note: str = ""


@dataclass
class BatchView:
    """Everything printed on a shipment sheet: the batch, the point's primary contact from the
    roster, every item and box, and the signed codes."""

    summary: BatchSummary
    items: list[ItemLine] = field(default_factory=list)
    boxes: list[BoxInfo] = field(default_factory=list)
    contact_name: str = ""
    contact_phone: str = ""
    branch_address: str = ""
    library_name: str = ""
    batch_payload: str = ""
    box_payloads: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ScanResult:
    item: ItemLine
    added: bool      # a new line (False: an existing line's copies went up)
    known_title: bool  # the title came from an earlier batch or a donation


@dataclass(frozen=True)
class ReceiveResult:
    batch_no: str
    branch_name: str
    box_no: int
    item_count: int
    boxes_received: int
    boxes_total: int
    already: bool           # this box had been scanned before
    batch_received: bool    # every box is in: the batch is now 已签收


@dataclass(frozen=True)
class PointTotals:
    branch_id: int
    branch_name: str
    year: int
    batches: int
    books_out: int        # 册 of books delivered (新书配送 and 流通替换 out)
    book_titles_out: int  # 种
    periodicals_out: int  # 册 of periodicals given (期刊赠送)
    books_back: int       # 册 back (流通替换 back and 回收)
    boxes_missing: int = 0  # boxes recorded missing on receiving
    boxes_damaged: int = 0  # boxes that arrived damaged


@dataclass(frozen=True)
class OnSiteTitle:
    isbn: str
    title: str
    copies: int


@dataclass(frozen=True)
class DonorDestination:
    branch_id: int
    branch_name: str
    batch_no: str
    status: str
    shipped_at: datetime | None
    copies: int


@dataclass(frozen=True)
class DonationSource:
    """A donation line evaluated 转配分馆, with how many of its copies are still unallocated."""

    line_id: int
    donor_id: int
    donor_name: str
    received_on: date
    title: str
    isbn: str
    quantity: int
    allocated: int

    @property
    def remaining(self) -> int:
        return max(self.quantity - self.allocated, 0)
