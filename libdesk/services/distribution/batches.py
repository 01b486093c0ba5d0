"""Distribution batches to the points: listing, creating them and filling them by scanning
or import.

Their steps (草稿 → 已备齐 → 已发出 → 已签收 → 已完成) are in ``status``, receiving by label
in ``receiving``, documents in ``documents``, reports in ``reports`` and donated books in
``donation_links``: each a service of its own, composed by the ``Services`` facade.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import func, insert, select
from sqlmodel import Session

from libdesk.models.base import utcnow
from libdesk.models.branches.tables import Branch
from libdesk.models.distribution.tables import (
    NUMBER_SERIES,
    BatchItem,
    BatchStatus,
    DistributionBatch,
    ItemSource,
    shipping_direction,
)
from libdesk.models.distribution.rules import (
    BatchInput,
    ItemInput,
    can_edit_items,
    merge_items,
    normalized_item,
    validate_batch,
)
from libdesk.models.distribution.records import BatchSummary, ItemLine, ScanResult
from libdesk.models.errors import (
    QT_TRANSLATE_NOOP,
    Conflict,
    InvalidTransition,
    NotFound,
    Problem,
    ValidationFailed,
)
from libdesk.models.isbn import normalize_isbn
from libdesk.models.roles import Perm
from libdesk.services.distribution import queries as q
from libdesk.services.base import ListQuery, ServiceBase, chunks
from libdesk.services.conflicts import check_listed, check_version, version_of
from libdesk.services.distribution.donation_links import (
    check_donation_items,
    sources_for_isbn,
)
from libdesk.services.numbering import format_number, next_value
from libdesk.store.postgres_sql import lock_rows
from libdesk.services.catalogue.lookup import known_book, learn
from libdesk.services.settings import SettingsService



BATCH_LINES = QT_TRANSLATE_NOOP("Errors", "batch lines")


class BatchService(ServiceBase):
    """Listing, creating and filling batches. Their steps are ``BatchStatusService``'s;
    receiving, documents, reports and donated books are sibling services."""

    def __init__(self, ctx, settings: SettingsService) -> None:
        super().__init__(ctx)
        self.settings = settings

    # -- listing ---------------------------------------------------------------------------
    def overdue_cutoff(self):
        return q.overdue_cutoff(int(self.settings.get("distribution.overdue_days")))

    def count(self, query: ListQuery) -> int:
        with self.store.read() as session:
            return session.execute(q.filtered([func.count()], query, self.overdue_cutoff())).scalar_one()

    def page(self, query: ListQuery, offset: int, limit: int) -> list[BatchSummary]:
        cutoff = self.overdue_cutoff()
        stmt = q.filtered(q.COLUMNS, query, cutoff).order_by(*q.order(query))
        with self.store.read() as session:
            return [q.summary(r, cutoff) for r in
                    session.execute(stmt.offset(offset).limit(limit))]

    def get(self, batch_id: int) -> BatchSummary:
        with self.store.read() as session:
            return q.summary_of(session, batch_id, self.overdue_cutoff())

    def find(self, number: str) -> int:
        """The id of batch ``PS-2020-0042``."""
        with self.store.read() as session:
            return q.batch_id_for(session, number)

    def items(self, batch_id: int, direction: str | None = None) -> list[ItemLine]:
        with self.store.read() as session:
            return q.item_lines(session, batch_id, direction)

    def years(self) -> list[int]:
        with self.store.read() as session:
            return [r[0] for r in session.execute(
                select(DistributionBatch.year).distinct().order_by(DistributionBatch.year.desc()))]

    # -- the batch -------------------------------------------------------------------------
    def create(self, batch: BatchInput) -> int:
        self.require(Perm.DISTRIBUTION_EDIT)
        problems = validate_batch(batch)
        if problems:
            raise ValidationFailed(problems)
        year = (batch.planned_on or date.today()).year
        with self.store.write() as session:
            _branch(session, batch.branch_id)
            number = format_number(NUMBER_SERIES, "", year, next_value(session, NUMBER_SERIES, year))
            row = DistributionBatch(number=number, year=year, branch_id=batch.branch_id,
                                    kind=batch.kind, planned_on=batch.planned_on,
                                    staff=batch.staff.strip() or self.actor.label,
                                    notes=batch.notes)
            session.add(row)
            session.flush()
            return row.id

    def update(self, batch_id: int, batch: BatchInput, *,
               expected_version: int | None = None) -> None:
        """Change the header. Destination and kind change only while the batch is a draft.
        With ``expected_version`` (from ``version``), a batch saved meanwhile elsewhere
        raises EditConflict and nothing is written."""
        self.require(Perm.DISTRIBUTION_EDIT)
        problems = validate_batch(batch)
        if problems:
            raise ValidationFailed(problems)
        with self.store.write() as session:
            row = q.load_batch(session, batch_id)
            check_version(session, DistributionBatch, batch_id, expected_version, row.number,
                          mine=batch, saved=lambda r: BatchInput(
                              r.branch_id, r.kind, r.planned_on, r.staff, r.notes))
            if row.status in (BatchStatus.COMPLETED, BatchStatus.CANCELLED):
                raise InvalidTransition(QT_TRANSLATE_NOOP(
                    "Errors", "Batch {number} is closed and can no longer be changed."),
                    number=row.number)
            if (row.branch_id != batch.branch_id or row.kind != batch.kind) and \
                    row.status != BatchStatus.DRAFT:
                raise InvalidTransition(QT_TRANSLATE_NOOP(
                    "Errors", "Batch {number} is already packed: its destination and kind can "
                    "only change in a draft. Reopen it first."), number=row.number)
            _branch(session, batch.branch_id)
            row.branch_id, row.kind = batch.branch_id, batch.kind
            row.planned_on, row.staff, row.notes = batch.planned_on, batch.staff.strip(), batch.notes
            row.updated_at = utcnow()
            session.add(row)

    def version(self, batch_id: int) -> int:
        with self.store.read() as session:
            return version_of(session, DistributionBatch, batch_id)

    # -- items -----------------------------------------------------------------------------
    def scan(self, batch_id: int, text: str, box_no: int = 1, direction: str | None = None,
             source: str = ItemSource.COLLECTION.value) -> ScanResult:
        """A keyboard-wedge scan: one more copy of this ISBN in this box, as a new line or
        added to the line already there. The title comes from what LibDesk already knows.
        With ``source`` donation the copy is taken from the oldest donation line evaluated
        转配分馆 with this ISBN and copies left."""
        self.require(Perm.DISTRIBUTION_EDIT)
        isbn = normalize_isbn(text)
        with self.store.write() as session:
            batch = q.load_batch(session, batch_id)
            direction = direction or shipping_direction(batch.kind).value
            _check_editable(batch, direction)
            if box_no < 1:
                raise ValidationFailed([Problem("box_no", QT_TRANSLATE_NOOP(
                    "Errors", "The box number must be a whole number from 1 up."))])
            donation = _donation_line(session, isbn) if source == ItemSource.DONATION else None
            line = session.execute(select(BatchItem).where(
                BatchItem.batch_id == batch_id, BatchItem.direction == direction,
                BatchItem.box_no == box_no, BatchItem.isbn == isbn, BatchItem.issue == "",
                BatchItem.donation_line_id == (donation.line_id if donation else None))
                .order_by(BatchItem.id)).scalars().first()
            if line is not None:
                line.copies += 1
                session.add(line)
                return ScanResult(q.item_line(line), added=False, known_title=bool(line.title))
            known = _known_title(session, isbn)
            if donation is not None and not known:
                known = {"title": donation.title}
            line = BatchItem(batch_id=batch_id, direction=direction, isbn=isbn, copies=1,
                             box_no=box_no, position=_next_position(session, batch_id),
                             source=source, donation_line_id=donation and donation.line_id,
                             **known)
            session.add(line)
            session.flush()
            q.touch(batch)
            return ScanResult(q.item_line(line), added=True, known_title=bool(known))

    def add_items(self, batch_id: int, items: list[ItemInput]) -> int:
        """Add validated items (duplicates merged with each other and with lines already in
        the batch); every problem is reported with its row number and nothing is written."""
        self.require(Perm.DISTRIBUTION_EDIT)
        with self.store.write() as session:
            return self.add_items_in(session, batch_id, items)

    def add_items_in(self, session: Session, batch_id: int, items: list[ItemInput]) -> int:
        """``add_items`` inside the caller's write transaction (collection transfers pack
        their lines and record the packing in one transaction)."""
        self.require(Perm.DISTRIBUTION_EDIT)
        batch = q.load_batch(session, batch_id)
        cleaned, problems = [], []
        for n, item in enumerate(items, start=1):
            item, found = normalized_item(item, batch.kind)
            problems += [Problem(p.field, p.template, p.params, n) for p in found]
            if not can_edit_items(batch.status, item.direction):
                _check_editable(batch, item.direction)
            cleaned.append(item)
        if problems:
            raise ValidationFailed(problems)
        merged = merge_items(cleaned)
        check_donation_items(session, merged)
        return self._store_items(session, batch, merged)

    def _store_items(self, session: Session, batch: DistributionBatch,
                     items: list[ItemInput]) -> int:
        existing = {_key(i): i for i in session.execute(select(BatchItem).where(
            BatchItem.batch_id == batch.id)).scalars()}
        position = _next_position(session, batch.id)
        new_rows = []
        for item in items:
            old = existing.get(item.merge_key())
            if old is not None:
                old.copies += item.copies
                for name in ("title", "author", "publisher", "call_number"):
                    if not getattr(old, name) and getattr(item, name):
                        setattr(old, name, getattr(item, name))
                session.add(old)
                continue
            known = _known_title(session, item.isbn) if item.isbn and not item.title else {}
            row = {"batch_id": batch.id, "direction": item.direction, "isbn": item.isbn,
                   "title": item.title, "author": item.author, "publisher": item.publisher,
                   "call_number": item.call_number, "issue": item.issue, "copies": item.copies,
                   "box_no": item.box_no, "source": item.source, "position": position}
            row.update(known)
            if item.donation_line_id is not None:
                row["donation_line_id"] = item.donation_line_id
            new_rows.append(row)
            position += 1
        if new_rows:
            session.execute(insert(BatchItem), new_rows)
        _learn_titles(session, items)
        q.touch(batch)
        return len(items)

    def update_item(self, item_id: int, item: ItemInput, *,
                    expected_version: int | None = None) -> ItemLine:
        """With ``expected_version`` (``ItemLine.version`` as shown), a line changed
        meanwhile elsewhere raises EditConflict (``saved``: the stored line) and nothing is
        written."""
        self.require(Perm.DISTRIBUTION_EDIT)
        with self.store.write() as session:
            row = session.get(BatchItem, item_id)
            if row is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "This line no longer exists."))
            check_version(session, BatchItem, item_id, expected_version,
                          item.title or item.isbn or str(item_id), mine=item,
                          saved=lambda stored: q.item_line(stored))
            batch = q.load_batch(session, row.batch_id)
            _check_editable(batch, row.direction)
            item, problems = normalized_item(item, batch.kind)
            if problems:
                raise ValidationFailed(problems)
            _check_editable(batch, item.direction)
            line_id = item.donation_line_id or row.donation_line_id
            extra = item.copies - (row.copies if row.donation_line_id == line_id else 0)
            if line_id and extra > 0:
                check_donation_items(session, [replace(item, donation_line_id=line_id,
                                                       copies=extra)])
            for name in ("isbn", "title", "author", "publisher", "call_number", "issue",
                         "copies", "box_no", "direction", "source"):
                setattr(row, name, getattr(item, name))
            row.donation_line_id = line_id
            session.add(row)
            _learn_titles(session, [item])
            q.touch(batch)
            session.flush()
            return q.item_line(row)

    def remove_items(self, item_ids: list[int], *,
                     expected_versions: dict[int, int] | None = None) -> int:
        """Remove lines from batches whose status still allows it. With
        ``expected_versions`` (id → ``ItemLine.version`` as the list showed it), a line
        changed or removed elsewhere since raises ListedRowsChanged and nothing is removed."""
        self.require(Perm.DISTRIBUTION_EDIT)
        removed = 0
        with self.store.write() as session:
            if expected_versions is not None:
                check_listed(session, BatchItem, {i: expected_versions[i] for i in item_ids
                                                  if i in expected_versions}, BATCH_LINES)
            batches: dict[int, DistributionBatch] = {}
            ids = list(dict.fromkeys(item_ids))
            for chunk in chunks(ids):
                rows = session.execute(select(BatchItem).where(
                    BatchItem.id.in_(chunk))).scalars().all()
                for row in rows:
                    if row.batch_id not in batches:
                        batches[row.batch_id] = q.load_batch(session, row.batch_id)
                    _check_editable(batches[row.batch_id], row.direction)
                    session.delete(row)
                removed += len(rows)
            return removed

def _branch(session: Session, branch_id: int | None) -> Branch:
    branch = session.get(Branch, branch_id) if branch_id is not None else None
    if branch is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Point #{id} no longer exists."), id=branch_id)
    return branch


def _check_editable(batch: DistributionBatch, direction: str) -> None:
    if can_edit_items(batch.status, direction):
        return
    if batch.status == BatchStatus.PACKED:
        raise InvalidTransition(QT_TRANSLATE_NOOP(
            "Errors", "Batch {number} is packed and its labels may be printed: reopen it "
            "before changing what goes out."), number=batch.number)
    raise InvalidTransition(QT_TRANSLATE_NOOP(
        "Errors", "Batch {number} can no longer be changed in its present status."),
        number=batch.number)


def _key(row: BatchItem) -> tuple:
    return ItemInput(isbn=row.isbn, title=row.title, issue=row.issue, box_no=row.box_no,
                     direction=row.direction, donation_line_id=row.donation_line_id).merge_key()


def _donation_line(session: Session, isbn: str):
    source = next((s for s in sources_for_isbn(session, isbn) if s.remaining > 0), None)
    if source is None:
        raise Conflict(QT_TRANSLATE_NOOP(
            "Errors", "No donated copies of ISBN {isbn} are waiting to be distributed "
            "(evaluated “to branches” and not yet in a batch). Scan it as a collection book."),
            isbn=isbn)
    return source


def _next_position(session: Session, batch_id: int) -> int:
    lock_rows(session, DistributionBatch.id, [batch_id])  # the parent: one desk at a time
    return (session.execute(select(func.max(BatchItem.position)).where(
        BatchItem.batch_id == batch_id)).scalar_one() or 0) + 1


def _known_title(session: Session, isbn: str) -> dict[str, str]:
    return known_book(session, isbn)


def _learn_titles(session: Session, items: list[ItemInput]) -> None:
    """Remember each ISBN's title, so the next scan of it fills the line in."""
    for item in items:
        learn(session, item.isbn, item.title, item.author, item.publisher, item.call_number)
