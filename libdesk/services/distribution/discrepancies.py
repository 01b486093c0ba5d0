"""Receiving with discrepancies: a box recorded missing or damaged, with a note.

A missing box counts as settled: once every box is received or recorded missing, the batch is
received (已签收) and can be completed, the discrepancy staying on record; if the box turns
up, scanning its label receives it. A damaged box is received, with its damage noted."""
from __future__ import annotations

from sqlalchemy import case, func, select

from libdesk.models.base import utcnow
from libdesk.models.distribution.tables import (BatchBox, BatchStatus, BoxCondition,
                                               DistributionBatch)
from libdesk.models.errors import QT_TRANSLATE_NOOP, InvalidTransition, NotFound, Problem, \
    ValidationFailed
from libdesk.models.roles import Perm
from libdesk.services.base import ServiceBase

OPEN = (BatchStatus.SHIPPED.value, BatchStatus.RECEIVED.value)


class DiscrepancyService(ServiceBase):
    def record(self, batch_id: int, box_no: int, condition: str, note: str,
               signed_by: str = "") -> None:
        """Record box ``box_no`` as ``condition`` ("missing", "damaged", or "" to clear)."""
        self.require(Perm.BATCH_RECEIVE)
        condition = BoxCondition(condition)
        note = " ".join((note or "").split())[:250]
        if condition != BoxCondition.NONE and not note:
            raise ValidationFailed([Problem("note", QT_TRANSLATE_NOOP(
                "Errors", "Say what happened to the box (e.g. 运输途中丢失, 外箱破损受潮)."))])
        signer = (signed_by or "").strip() or self.actor.label
        with self.store.write() as session:
            batch = session.get(DistributionBatch, batch_id)
            if batch is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "Batch #{id} no longer exists."),
                               id=batch_id)
            if batch.status not in OPEN:
                raise InvalidTransition(QT_TRANSLATE_NOOP(
                    "Errors", "Batch {number} is not on its way or just received: boxes are "
                    "recorded missing or damaged between shipping and completing."),
                    number=batch.number)
            box = session.execute(select(BatchBox).where(
                BatchBox.batch_id == batch_id, BatchBox.box_no == box_no)).scalars().first()
            if box is None:
                raise NotFound(QT_TRANSLATE_NOOP(
                    "Errors", "Batch {number} has no box {box}."), number=batch.number,
                    box=box_no)
            if condition == BoxCondition.MISSING and box.received_at is not None:
                raise InvalidTransition(QT_TRANSLATE_NOOP(
                    "Errors", "Box {box} was received; record it as damaged instead."),
                    box=box_no)
            box.condition, box.condition_note = condition.value, note
            if condition == BoxCondition.DAMAGED and box.received_at is None:
                box.received_at, box.received_by = utcnow(), signer[:60]
            session.add(box)
            session.flush()
            lost = case(((BatchBox.condition == BoxCondition.MISSING.value)
                         & BatchBox.received_at.is_(None), 1), else_=0)
            total, received, missing = session.execute(select(
                func.count(), func.count(BatchBox.received_at), func.sum(lost)
            ).where(BatchBox.batch_id == batch_id)).one()
            settled = int(received) + int(missing or 0)
            if batch.status == BatchStatus.SHIPPED.value and settled >= int(total):
                batch.status = BatchStatus.RECEIVED.value
                batch.received_at, batch.received_by = utcnow(), signer[:60]
            batch.updated_at = utcnow()
            session.add(batch)
