"""Provenance: batch items that come from donation lines evaluated 转配分馆, and from a
donor's side, which points their books went to.

The donation tables belong to the donations area; this module only reads them (which lines
are to be distributed, and their donor) and never changes them. A line's copies can be
allocated to batches until its quantity is used up; cancelled batches give theirs back.
"""
from __future__ import annotations

from sqlalchemy import func, select
from sqlmodel import Session

from libdesk.models.branches.tables import Branch
from libdesk.models.distribution.tables import BatchItem, BatchStatus, DistributionBatch, ItemSource
from libdesk.models.distribution.rules import ItemInput
from libdesk.models.distribution.records import DonationSource, DonorDestination
from libdesk.models.donations.tables import Donation, DonationLine, Donor, Evaluation, Material
from libdesk.models.errors import QT_TRANSLATE_NOOP, Conflict
from libdesk.models.isbn import InvalidIsbn, normalize_isbn
from libdesk.services.base import ServiceBase, like_pattern

B = DistributionBatch
_allocated = (
    select(BatchItem.donation_line_id.label("line_id"),
           func.sum(BatchItem.copies).label("copies"))
    .join(B, B.id == BatchItem.batch_id)
    .where(BatchItem.donation_line_id != None,  # noqa: E711
           B.status != BatchStatus.CANCELLED.value)
    .group_by(BatchItem.donation_line_id).subquery("allocated")
)


def _sources(text: str = ""):
    stmt = (select(DonationLine.id, Donor.id, Donor.name, Donation.received_on,
                   DonationLine.title, DonationLine.isbn, DonationLine.quantity,
                   func.coalesce(_allocated.c.copies, 0))
            .select_from(DonationLine).join(Donation, Donation.id == DonationLine.donation_id)
            .join(Donor, Donor.id == Donation.donor_id)
            .outerjoin(_allocated, _allocated.c.line_id == DonationLine.id)
            .where(DonationLine.evaluation == Evaluation.DISTRIBUTE.value,
                   DonationLine.material.in_([Material.BOOK.value, Material.PERIODICAL.value])))
    if text.strip():
        pattern = like_pattern(text.strip())
        stmt = stmt.where(DonationLine.title.like(pattern, escape="\\")
                          | Donor.name.like(pattern, escape="\\")
                          | DonationLine.isbn.like(pattern, escape="\\"))
    return stmt.order_by(Donation.received_on, DonationLine.id)


def _source(row) -> DonationSource:
    return DonationSource(row[0], row[1], row[2], row[3], row[4], row[5] or "", int(row[6]),
                          int(row[7]))


def _isbn(text: str) -> str:
    try:
        return normalize_isbn(text)
    except InvalidIsbn:
        return ""


def sources_for_isbn(session: Session, isbn: str) -> list[DonationSource]:
    """Lines to distribute whose ISBN is this one (in any spelling), oldest donation first."""
    rows = session.execute(_sources().where(DonationLine.isbn != "")).all()
    return [_source(r) for r in rows if _isbn(r[5]) == isbn]


def check_donation_items(session: Session, items: list[ItemInput]) -> None:
    """Every linked line exists, is evaluated 转配分馆 and has the copies asked for."""
    wanted: dict[int, int] = {}
    for item in items:
        if item.donation_line_id is not None:
            wanted[item.donation_line_id] = wanted.get(item.donation_line_id, 0) + item.copies
    if not wanted:
        return
    found = {r[0]: _source(r) for r in session.execute(
        _sources().where(DonationLine.id.in_(list(wanted))))}
    for line_id, copies in wanted.items():
        source = found.get(line_id)
        if source is None:
            raise Conflict(QT_TRANSLATE_NOOP(
                "Errors", "Donation line #{id} is not evaluated “to branches” (转配分馆), so "
                "its books cannot be distributed."), id=line_id)
        if copies > source.remaining:
            raise Conflict(QT_TRANSLATE_NOOP(
                "Errors", "Only {remaining} of the {quantity} copies of “{title}” donated by "
                "{donor} are left to distribute; {copies} were asked for."),
                remaining=source.remaining, quantity=source.quantity, title=source.title,
                donor=source.donor_name, copies=copies)


def batches_using(session: Session, line_ids: list[int]) -> dict[int, list[str]]:
    """Batch numbers holding copies of each donation line (cancelled batches included: their
    items still refer to the line). The donations area calls this before deleting lines, to
    refuse with the batch numbers instead of failing on the foreign key."""
    found: dict[int, list[str]] = {}
    if not line_ids:
        return found
    for line_id, number in session.execute(
            select(BatchItem.donation_line_id, B.number).join(B, B.id == BatchItem.batch_id)
            .where(BatchItem.donation_line_id.in_(list(line_ids)))
            .distinct().order_by(B.number)):
        found.setdefault(line_id, []).append(number)
    return found


class DonationLinkService(ServiceBase):
    """Donated books evaluated “to branches”: where they are, and packing them into batches."""

    def __init__(self, ctx, batches) -> None:
        super().__init__(ctx)
        self._batches = batches

    def batches_for_donation_lines(self, line_ids: list[int]) -> dict[int, list[str]]:
        with self.store.read() as session:
            return batches_using(session, line_ids)

    def donation_sources(self, text: str = "", only_remaining: bool = True,
                         limit: int = 500) -> list[DonationSource]:
        """Donation lines evaluated 转配分馆 (oldest first), for picking what to ship."""
        with self.store.read() as session:
            rows = [_source(r) for r in session.execute(_sources(text).limit(limit))]
        return [r for r in rows if r.remaining > 0 or not only_remaining]

    def add_from_donation(self, batch_id: int, line_id: int, copies: int | None = None,
                          box_no: int = 1) -> int:
        """Put ``copies`` (default: all that remain) of a donation line into a box."""
        with self.store.read() as session:
            row = session.execute(_sources().where(DonationLine.id == line_id)).first()
        if row is None:
            raise Conflict(QT_TRANSLATE_NOOP(
                "Errors", "Donation line #{id} is not evaluated “to branches” (转配分馆), so "
                "its books cannot be distributed."), id=line_id)
        source = _source(row)
        item = ItemInput(isbn=_isbn(source.isbn), title=source.title,
                         copies=copies if copies is not None else max(source.remaining, 1),
                         box_no=box_no, source=ItemSource.DONATION.value,
                         donation_line_id=line_id)
        return self._batches.add_items(batch_id, [item])

    def donor_destinations(self, donor_id: int) -> list[DonorDestination]:
        """Where a donor's books went: one row per batch, newest first (cancelled left out)."""
        stmt = (select(Branch.id, Branch.name, B.number, B.status, B.shipped_at,
                       func.sum(BatchItem.copies))
                .select_from(BatchItem).join(B, B.id == BatchItem.batch_id)
                .join(Branch, Branch.id == B.branch_id)
                .join(DonationLine, DonationLine.id == BatchItem.donation_line_id)
                .join(Donation, Donation.id == DonationLine.donation_id)
                .where(Donation.donor_id == donor_id, B.status != BatchStatus.CANCELLED.value)
                .group_by(Branch.id, Branch.name, B.number, B.status, B.shipped_at)
                .order_by(B.number.desc()))
        with self.store.read() as session:
            return [DonorDestination(r[0], r[1], r[2], r[3], r[4], int(r[5]))
                    for r in session.execute(stmt)]
