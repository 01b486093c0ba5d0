"""The plain records the donations services return (rows of a table, details, reports)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from libdesk.models.donations.rules import DonationInput, LineInput, Totals


@dataclass(frozen=True)
class CertificateInfo:
    id: int
    number: str
    kind: str
    donation_id: int
    donor_name: str
    issued_on: date
    issued_by: str
    status: str
    void_reason: str
    reissues: int
    totals: Totals
    description: str
    payload: str


@dataclass(frozen=True)
class CertificateEventRow:
    action: str
    actor: str
    at: datetime
    note: str


@dataclass
class BulkResult:
    path: Path | None
    issued: list[str]
    reused: list[str]
    skipped: list[int]   # donation ids with nothing to certify


@dataclass(frozen=True)
class DonationRow:
    id: int
    received_on: date
    donor_id: int
    donor_name: str
    channel: str
    received_by: str
    lines: int
    titles: int
    volumes: int
    items: int
    pending: int
    certificates: str   # numbers of the valid certificates, e.g. "TYTS-JZ-2020-0001"


@dataclass
class DonationDetail:
    id: int
    donation: DonationInput
    donor_name: str
    lines: list[LineInput] = field(default_factory=list)
    locked_content: bool = False        # a valid 捐赠证书 stands
    locked_line_ids: set[int] = field(default_factory=set)  # certified by a valid 收藏证书

    @property
    def totals(self) -> Totals:
        from libdesk.models.donations.rules import line_totals

        return line_totals(self.lines)


@dataclass(frozen=True)
class ImportReport:
    donors_added: int
    donors_updated: int
    donations_added: int
    lines_added: int
    rows_kept: int     # rows of donations already in the database, left as they are


@dataclass(frozen=True)
class DonorRow:
    id: int
    kind: str
    name: str
    title: str
    contact_person: str
    phone: str          # masked unless the page was asked for unmasked
    email: str
    address: str
    id_number: str      # masked unless unmasked
    donations: int
    volumes: int
    last_received: date | None
    notes: str


@dataclass(frozen=True)
class TopDonor:
    rank: int
    donor_id: int
    name: str
    title: str
    volumes: int
    titles: int
