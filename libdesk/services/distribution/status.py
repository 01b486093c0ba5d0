"""Moving a batch through 草稿 → 已备齐 → 已发出 (→ 已签收 in distribution_receiving)
→ 已完成, or cancelling it before it ships. Each refused step says why (distribution_rules)."""
from __future__ import annotations

from sqlalchemy import delete, func, insert, select

from libdesk.models.base import utcnow
from libdesk.models.distribution.tables import BatchBox, BatchItem, BatchStatus, shipping_direction
from libdesk.models.distribution.rules import Action, next_status
from libdesk.models.errors import QT_TRANSLATE_NOOP, Conflict, InvalidTransition
from libdesk.models.roles import Perm
from libdesk.services.distribution import queries as q
from libdesk.services.base import ServiceBase


class UntitledLines(Conflict):
    """Some lines have no title yet; packing needs an explicit "send anyway"."""


class BatchStatusService(ServiceBase):
    """A batch's steps from draft to completed, or its cancelling."""

    def pack(self, batch_id: int, send_untitled: bool = False) -> None:
        """All boxes ready: the boxes are fixed from the items' box numbers (1…N, none empty).
        Lines without a title are refused (UntitledLines) unless ``send_untitled``: the sheet
        would print （题名待补） for them."""
        self.require(Perm.DISTRIBUTION_EDIT)
        with self.store.write() as session:
            batch = q.load_batch(session, batch_id)
            next_status(Action.PACK, batch.status, batch.number)
            direction = shipping_direction(batch.kind).value
            untitled = session.execute(select(func.count()).where(
                BatchItem.batch_id == batch_id, BatchItem.direction == direction,
                BatchItem.title == "")).scalar_one()
            if untitled and not send_untitled:
                raise UntitledLines(QT_TRANSLATE_NOOP(
                    "Errors", "{count} line(s) of batch {number} have no title; the sheet would "
                    "print （题名待补）. Type the titles (or import the catalogue), or send "
                    "anyway."), count=untitled, number=batch.number)
            boxes = session.execute(
                select(BatchItem.box_no, func.sum(BatchItem.copies), func.count())
                .where(BatchItem.batch_id == batch_id, BatchItem.direction == direction)
                .group_by(BatchItem.box_no).order_by(BatchItem.box_no)).all()
            if not boxes:
                raise InvalidTransition(QT_TRANSLATE_NOOP(
                    "Errors", "Batch {number} has nothing to ship yet: scan or import its "
                    "books first."), number=batch.number)
            numbers = [b[0] for b in boxes]
            missing = sorted(set(range(1, max(numbers) + 1)) - set(numbers))
            if missing:
                raise InvalidTransition(QT_TRANSLATE_NOOP(
                    "Errors", "Box {box} of batch {number} is empty: boxes must be numbered "
                    "1 to {last} without gaps. Renumber the items' boxes."),
                    box=missing[0], number=batch.number, last=max(numbers))
            session.execute(delete(BatchBox).where(BatchBox.batch_id == batch_id))
            session.execute(insert(BatchBox), [
                {"batch_id": batch_id, "box_no": n, "item_count": int(copies),
                 "title_count": int(lines), "received_by": ""} for n, copies, lines in boxes])
            batch.status, batch.packed_at = BatchStatus.PACKED.value, utcnow()
            q.touch(batch)

    def reopen(self, batch_id: int) -> None:
        """Back to draft to change the contents; the printed labels become invalid."""
        self.require(Perm.DISTRIBUTION_EDIT)
        with self.store.write() as session:
            batch = q.load_batch(session, batch_id)
            batch.status = next_status(Action.REOPEN, batch.status, batch.number).value
            session.execute(delete(BatchBox).where(BatchBox.batch_id == batch_id))
            batch.packed_at = None
            q.touch(batch)

    def ship(self, batch_id: int) -> None:
        self.require(Perm.DISTRIBUTION_EDIT)
        with self.store.write() as session:
            batch = q.load_batch(session, batch_id)
            batch.status = next_status(Action.SHIP, batch.status, batch.number).value
            batch.shipped_at = utcnow()
            q.touch(batch)

    def complete(self, batch_id: int) -> None:
        self.require(Perm.DISTRIBUTION_EDIT)
        with self.store.write() as session:
            batch = q.load_batch(session, batch_id)
            batch.status = next_status(Action.COMPLETE, batch.status, batch.number).value
            batch.completed_at = utcnow()
            q.touch(batch)

    def cancel(self, batch_id: int, reason: str = "") -> None:
        self.require(Perm.DISTRIBUTION_EDIT)
        with self.store.write() as session:
            batch = q.load_batch(session, batch_id)
            batch.status = next_status(Action.CANCEL, batch.status, batch.number).value
            batch.cancelled_at, batch.cancel_reason = utcnow(), reason.strip()
            q.touch(batch)
