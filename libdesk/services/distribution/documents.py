"""Documents of a batch: the shipment sheet, the box labels, spreadsheet export and import."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from libdesk.models.branches.tables import Branch
from libdesk.models.distribution.tables import (
    BatchBox,
    BatchStatus,
    DistributionBatch,
)
from libdesk.models.distribution.records import BatchView
from libdesk.models.errors import QT_TRANSLATE_NOOP, InvalidTransition, NotFound, ValidationFailed
from libdesk.models.roles import Perm
from libdesk.services.distribution import queries as q
from libdesk.services.base import ListQuery, ServiceBase
from libdesk.services.branches.points import BranchService
from libdesk.services.distribution.batches import BatchService
from libdesk.services.distribution.receiving import ReceivingService
from libdesk.services.privacy import masker
from libdesk.services.progress import Progress
from libdesk.services.settings import SettingsService
from libdesk.spreadsheets import distribution as sheets

LABEL_LAYOUTS = ("a4", "a6")


class BatchDocumentService(ServiceBase):
    """A batch's documents, built from the batch, receiving, branch and settings services."""

    def __init__(self, ctx, batches: BatchService, receiving: ReceivingService,
                 branches: BranchService, settings: SettingsService) -> None:
        super().__init__(ctx)
        self._batches = batches
        self._receiving = receiving
        self.branches = branches
        self.settings = settings

    def view(self, batch_id: int, *, with_codes: bool = False) -> BatchView:
        """The batch with its items, boxes and the point's primary contact; ``with_codes``
        signs the sheet's and the boxes' codes (only for a packed or later batch)."""
        with self.store.read() as session:
            batch = session.get(DistributionBatch, batch_id)
            if batch is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "Batch #{id} no longer exists."),
                               id=batch_id)
            summary = q.summary_of(session, batch_id, self._batches.overdue_cutoff())
            items = q.item_lines(session, batch_id)
            boxes = q.box_infos(session, batch_id)
            branch = session.get(Branch, batch.branch_id)
            box_rows = session.execute(select(BatchBox).where(
                BatchBox.batch_id == batch_id).order_by(BatchBox.box_no)).scalars().all()
        detail = self.branches.get(batch.branch_id)
        primary = next((c for c in detail.contacts if c.is_primary), None)
        view = BatchView(summary, items, boxes,
                         contact_name=primary.name if primary else "",
                         contact_phone=primary.phone if primary else "",
                         branch_address=branch.address,
                         library_name=str(self.settings.get("library.name")))
        if with_codes and batch.status != BatchStatus.DRAFT:
            view.batch_payload = self._receiving.batch_payload(batch, branch.name)
            view.box_payloads = {b.box_no: self._receiving.box_payload(batch, branch.name, b)
                                 for b in box_rows}
        return view

    def print_sheet(self, batch_id: int, path: Path, progress: Progress | None = None, *,
                    unmask: bool = False) -> Path:
        """The A4 shipment sheet (发货单). A draft prints marked 草稿 and without a code.
        The point's contact phone, and numbers typed into the address and titles, are masked
        unless ``unmask`` (a per-print choice)."""
        self.require(Perm.DISTRIBUTION_EDIT)
        shown = masker(self, unmask, "batches.print_sheet")
        view = self.view(batch_id, with_codes=True)
        view.contact_phone = shown.phone(view.contact_phone)
        view.branch_address = shown.text(view.branch_address)
        view.items = [shown.apply(item, texts=["title", "author", "publisher"])
                      for item in view.items]
        from libdesk.printing import shipment_sheet  # reportlab: only when printing

        return shipment_sheet.write_sheet(view, Path(path), progress or Progress())

    def print_labels(self, batch_id: int, path: Path, layout: str = "a4",
                     progress: Progress | None = None) -> Path:
        """One label per box: four to an A4 page (``a4``) or one per A6 page (``a6``)."""
        self.require(Perm.DISTRIBUTION_EDIT)
        if layout not in LABEL_LAYOUTS:
            raise ValueError(f"layout must be one of {LABEL_LAYOUTS}")
        view = self.view(batch_id, with_codes=True)
        if not view.boxes:
            raise InvalidTransition(QT_TRANSLATE_NOOP(
                "Errors", "Batch {number} is not packed yet: mark it packed so its boxes are "
                "fixed, then print the labels."), number=view.summary.number)
        from libdesk.printing import box_labels  # reportlab: only when printing

        return box_labels.write_labels(view, Path(path), layout, progress or Progress())

    def export(self, path: Path, query: ListQuery | None = None,
               progress: Progress | None = None) -> Path:
        """Batches (one row each) and their items (one row a line) as an .xlsx workbook."""
        self.require(Perm.EXPORT)
        query = query or ListQuery(sort="number")
        progress = progress or Progress()
        total = self._batches.count(query)
        summaries = self._batches.page(query, 0, total)

        def items():
            for done, summary in enumerate(summaries, start=1):
                progress.step(done, total, summary.number)
                yield summary, self._batches.items(summary.id)

        return sheets.write_batches(Path(path), summaries, items())

    def import_items(self, batch_id: int, path: Path) -> int:
        """Add the rows of an item workbook to the batch: all valid rows, or nothing with
        every bad row reported by sheet, row and column."""
        self.require(Perm.DISTRIBUTION_EDIT)
        kind = self._batches.get(batch_id).kind
        items, problems = sheets.read_items(Path(path), kind)
        if problems:
            raise ValidationFailed(problems)
        return self._batches.add_items(batch_id, items)

    def write_import_template(self, path: Path) -> Path:
        return sheets.write_template(Path(path))

