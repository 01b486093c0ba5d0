"""Collection transfers (调拨): books pulled from a department (少儿部 …) to the outreach
department for a point or a project (太图约书, 阳曲未来图书馆, 太原城市书房), with their lines;
the lines' copies can then be packed into distribution batches, as donation lines evaluated
“to branches” are. A batch that is cancelled gives its copies back."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlmodel import Session

from libdesk.models.base import utcnow
from libdesk.models.distribution.rules import ItemInput
from libdesk.models.distribution.tables import BatchStatus, DistributionBatch, ItemSource
from libdesk.models.errors import (QT_TRANSLATE_NOOP, Conflict, InvalidTransition, NotFound,
                                   Problem, ValidationFailed)
from libdesk.models.isbn import InvalidIsbn, normalize_isbn
from libdesk.models.outreach.records import TransferLineRow, TransferRow
from libdesk.models.outreach.rules import (TransferInput, TransferLineInput, stripped,
                                           validate_transfer, validate_transfer_line)
from libdesk.models.outreach.transfers import CollectionTransfer, TransferLine, TransferPacking
from libdesk.models.roles import Perm
from libdesk.services.base import ListQuery
from libdesk.services.conflicts import check_listed
from libdesk.services.outreach.records import RecordService
from libdesk.services.outreach.workbooks import (located, located_failure, point_ids,
                                                resolve_point, to_input, writing)

TRANSFER_LINES = QT_TRANSLATE_NOOP("Errors", "transfer lines")
from libdesk.services.progress import Progress
from libdesk.spreadsheets import outreach as sheets

_packed = (select(TransferPacking.line_id.label("line_id"),
                  func.sum(TransferPacking.copies).label("copies"))
           .join(DistributionBatch, DistributionBatch.id == TransferPacking.batch_id)
           .where(DistributionBatch.status != BatchStatus.CANCELLED.value)
           .group_by(TransferPacking.line_id).subquery("packed"))


class TransferService(RecordService):
    model = CollectionTransfer
    input_cls = TransferInput
    row_cls = TransferRow
    date_field = "transferred_on"
    text_fields = ("source_dept", "project", "purpose", "staff", "notes")
    filter_fields = ("source_dept", "project")

    def __init__(self, ctx, batches) -> None:
        super().__init__(ctx)
        self._batches = batches

    def validate(self, record: TransferInput):
        return validate_transfer(record)

    # -- listing with the lines' totals ----------------------------------------------------
    def page(self, query: ListQuery, offset: int, limit: int) -> list[TransferRow]:
        return self._with_totals(super().page(query, offset, limit))

    def all_rows(self, query: ListQuery | None = None) -> list[TransferRow]:
        return self._with_totals(super().all_rows(query))

    def _with_totals(self, rows: list[TransferRow]) -> list[TransferRow]:
        if not rows:
            return rows
        stmt = (select(TransferLine.transfer_id, func.sum(TransferLine.copies),
                       func.sum(func.coalesce(_packed.c.copies, 0)))
                .outerjoin(_packed, _packed.c.line_id == TransferLine.id)
                .where(TransferLine.transfer_id.in_([r.id for r in rows]))
                .group_by(TransferLine.transfer_id))
        with self.store.read() as session:
            totals = {r[0]: (int(r[1] or 0), int(r[2] or 0)) for r in session.execute(stmt)}
        return [replace(r, copies=totals.get(r.id, (0, 0))[0], packed=totals.get(r.id, (0, 0))[1])
                for r in rows]

    def lines(self, transfer_id: int) -> list[TransferLineRow]:
        stmt = (select(TransferLine.id, TransferLine.transfer_id, TransferLine.isbn,
                       TransferLine.title, TransferLine.copies,
                       func.coalesce(_packed.c.copies, 0), TransferLine.version)
                .outerjoin(_packed, _packed.c.line_id == TransferLine.id)
                .where(TransferLine.transfer_id == transfer_id).order_by(TransferLine.id))
        with self.store.read() as session:
            return [TransferLineRow(r[0], r[1], r[2], r[3], int(r[4]), int(r[5]), r[6])
                    for r in session.execute(stmt)]

    # -- lines -----------------------------------------------------------------------------
    def add_lines(self, transfer_id: int, lines: list[TransferLineInput]) -> int:
        self.require(self.perm)
        with self.store.write() as session:
            if session.get(CollectionTransfer, transfer_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP(
                    "Errors", "This record no longer exists; refresh the list."))
            return _insert_lines(session, transfer_id, lines)

    def add_with_lines(self, record: TransferInput, lines: list[TransferLineInput]) -> int:
        """A transfer and its lines in one transaction."""
        self.require(self.perm)
        record = stripped(record)
        with self.store.write() as session:
            problems = self.check(session, [record])
            if problems:
                raise ValidationFailed(problems)
            transfer = CollectionTransfer(**self._values(record), recorded_by=self.actor.username)
            session.add(transfer)
            session.flush()
            _insert_lines(session, transfer.id, lines)
            return transfer.id

    def remove_lines(self, line_ids: list[int],
                     expected_versions: dict[int, int] | None = None) -> int:
        """With ``expected_versions`` (id → the line's ``version`` as the list showed it), a
        line changed or removed elsewhere since raises ListedRowsChanged and nothing is
        removed; without (None), as before."""
        self.require(self.perm)
        with self.store.write() as session:
            if expected_versions is not None:
                check_listed(session, TransferLine, {i: expected_versions[i] for i in line_ids
                                                     if i in expected_versions},
                             TRANSFER_LINES)
            packed = session.execute(select(func.count()).select_from(TransferPacking).where(
                TransferPacking.line_id.in_(line_ids))).scalar_one()
            if packed:
                raise InvalidTransition(QT_TRANSLATE_NOOP(
                    "Errors", "Some of these lines are packed into batches; they stay on "
                    "record. Remove them from the batch and cancel it first."))
            rows = session.execute(select(TransferLine).where(
                TransferLine.id.in_(line_ids))).scalars().all()
            for row in rows:
                session.delete(row)
            return len(rows)

    def before_delete(self, session: Session, obj: CollectionTransfer) -> None:
        line_ids = list(session.execute(select(TransferLine.id).where(
            TransferLine.transfer_id == obj.id)).scalars())
        if line_ids and session.execute(select(func.count()).select_from(TransferPacking).where(
                TransferPacking.line_id.in_(line_ids))).scalar_one():
            raise InvalidTransition(QT_TRANSLATE_NOOP(
                "Errors", "Books of this transfer are packed into batches; it stays on "
                "record."))
        for line in session.execute(select(TransferLine).where(
                TransferLine.transfer_id == obj.id)).scalars():
            session.delete(line)
        session.flush()

    # -- packing into batches --------------------------------------------------------------
    def pack(self, line_ids: list[int], batch_id: int, box_no: int = 1,
             copies: int | None = None) -> int:
        """Put the copies still unpacked of these lines (or ``copies`` of one line) into a
        box of a batch; returns the copies packed. Items and packing commit together."""
        self.require(self.perm)
        with self.store.write() as session:
            rows = {r.id: r for r in self._lines_in(session, line_ids)}
            if len(rows) != len(set(line_ids)):
                raise NotFound(QT_TRANSLATE_NOOP(
                    "Errors", "This record no longer exists; refresh the list."))
            items, packing = [], []
            for line_id in dict.fromkeys(line_ids):
                line = rows[line_id]
                wanted = copies if copies is not None and len(rows) == 1 else line.remaining
                if wanted > line.remaining or (copies is not None and wanted < 1):
                    raise Conflict(QT_TRANSLATE_NOOP(
                        "Errors", "Only {remaining} of the {quantity} copies of “{title}” are "
                        "left to pack; {copies} were asked for."), remaining=line.remaining,
                        quantity=line.copies, title=line.title or line.isbn, copies=wanted)
                if wanted < 1:
                    continue
                items.append(ItemInput(isbn=line.isbn, title=line.title, copies=wanted,
                                       box_no=box_no, source=ItemSource.COLLECTION.value))
                packing.append({"line_id": line_id, "batch_id": batch_id, "copies": wanted,
                                "packed_by": self.actor.username})
            if not items:
                raise Conflict(QT_TRANSLATE_NOOP(
                    "Errors", "Every copy of these lines is already packed into batches."))
            self._batches.add_items_in(session, batch_id, items)
            session.execute(insert(TransferPacking), packing)
            return sum(p["copies"] for p in packing)

    def _lines_in(self, session: Session, line_ids: list[int]) -> list[TransferLineRow]:
        stmt = (select(TransferLine.id, TransferLine.transfer_id, TransferLine.isbn,
                       TransferLine.title, TransferLine.copies,
                       func.coalesce(_packed.c.copies, 0), TransferLine.version)
                .outerjoin(_packed, _packed.c.line_id == TransferLine.id)
                .where(TransferLine.id.in_(list(line_ids))))
        return [TransferLineRow(r[0], r[1], r[2], r[3], int(r[4]), int(r[5]), r[6])
                for r in session.execute(stmt)]

    # -- workbooks: one row per line; rows with the same header make one transfer ----------
    def export_xlsx(self, path: Path, query: ListQuery | None = None,
                    progress: Progress | None = None) -> Path:
        self.require(Perm.EXPORT)
        rows = []
        for transfer in self.all_rows(query):
            for line in self.lines(transfer.id) or [None]:
                rows.append(_SheetLine(transfer, line))
        return sheets.write_records(path, sheets.TRANSFERS, rows)

    def import_xlsx(self, path: Path, progress: Progress | None = None) -> int:
        """Returns the number of transfers added (all rows or none)."""
        self.require(self.perm)
        progress = progress or Progress()
        spec = sheets.TRANSFERS
        parsed, problems = sheets.read_records(path, spec)
        header_names = ("transferred_on", "source_dept", "target_dept", "branch_id", "project",
                        "purpose", "staff", "notes")
        with self.store.read() as session:  # checked without the write lock
            points = point_ids(session)
            groups: dict[tuple, tuple[TransferInput, list, int]] = {}
            for number, values in parsed:
                resolve_point(values, points, number, spec.title, problems)
                record = stripped(to_input(TransferInput, {k: values.get(k)
                                                           for k in header_names}))
                line = stripped(to_input(TransferLineInput, {
                    "isbn": values.get("isbn"), "title": values.get("title"),
                    "copies": values.get("copies") or 1}))
                key = tuple(getattr(record, k) for k in header_names)
                if key not in groups:
                    groups[key] = (record, [], number)
                groups[key][1].append((number, line))
            firsts = [(record, number) for record, _, number in groups.values()]
            problems += located(self.check(session, [r for r, _ in firsts],
                                           [n for _, n in firsts]), spec)
        for record, lines, _ in groups.values():
            for number, line in lines:
                problems += located(_line_problems(line, number), spec)
        if problems:
            problems.sort(key=lambda p: p.row or 0)
            raise ValidationFailed(problems)
        with writing(self.store, progress) as session:
            located_failure(spec, self._insert_groups, session, list(groups.values()))
            progress.step(1, 1, "done")
        return len(groups)

    def _insert_groups(self, session: Session, groups: list) -> None:
        """Transfers and their lines in two bulk statements, after one more look at the
        points they name (one query: a point deleted meanwhile is refused by row)."""
        problems = self.check(session, [record for record, _, _ in groups],
                              [number for _, _, number in groups])
        if problems:
            raise ValidationFailed(problems)
        now = utcnow()
        rows = [{**self._values(record), "recorded_by": self.actor.username,
                 "recorded_at": now} for record, _, _ in groups]
        ids = session.execute(insert(CollectionTransfer).returning(
            CollectionTransfer.id, sort_by_parameter_order=True), rows).scalars().all()
        lines = [{"transfer_id": transfer_id,
                  "isbn": normalize_isbn(line.isbn) if line.isbn.strip() else "",
                  "title": line.title.strip(), "copies": line.copies}
                 for transfer_id, (_, group, _) in zip(ids, groups) for _, line in group]
        if lines:
            session.execute(insert(TransferLine), lines)


class _SheetLine:
    """A transfer and one of its lines, as one row of the 调拨清单 sheet."""

    def __init__(self, transfer: TransferRow, line: TransferLineRow | None) -> None:
        self._t, self._l = transfer, line

    def __getattr__(self, name: str):
        if name in ("isbn", "title", "copies"):
            return getattr(self._l, name) if self._l is not None else ("" if name != "copies"
                                                                       else 0)
        return getattr(self._t, name)


def _line_problems(line: TransferLineInput, row: int | None = None) -> list[Problem]:
    problems = [Problem(p.field, p.template, p.params, row) for p in validate_transfer_line(line)]
    if line.isbn:
        try:
            normalize_isbn(line.isbn)
        except InvalidIsbn as exc:
            problems.append(Problem("isbn", exc.template, exc.params, row))
    return problems


def _insert_lines(session: Session, transfer_id: int, lines: list[TransferLineInput]) -> int:
    problems = []
    for n, line in enumerate(lines, start=1):
        problems += _line_problems(stripped(line), n)
    if problems:
        raise ValidationFailed(problems)
    rows = [{"transfer_id": transfer_id, "isbn": normalize_isbn(l.isbn) if l.isbn.strip() else "",
             "title": l.title.strip(), "copies": l.copies} for l in lines]
    if rows:
        session.execute(insert(TransferLine), rows)
    return len(rows)
