"""Receiving a shipped batch box by box, from the signed codes on its box labels.

A box label's payload is ``signing.sign(["BOX", batch_no, box_no, item_count, point])``
where ``point`` is a short digest of the destination's name: a label proves which batch and
box it belongs to, how many copies the box holds and where it was going. The sheet carries
``["PS", batch_no, point]``. Both kinds are registered on the verification service.
"""
from __future__ import annotations

from sqlalchemy import func, select
from sqlmodel import Session

from libdesk.models.base import utcnow
from libdesk.models.branches.tables import Branch
from libdesk.models.distribution.tables import (
    BoxCondition,
    BATCH_KIND_ZH,
    BATCH_STATUS_ZH,
    BatchBox,
    BatchKind,
    BatchStatus,
    DistributionBatch,
)
from libdesk.models.distribution.rules import Action, next_status
from libdesk.models.distribution.records import ReceiveResult
from libdesk.models.errors import QT_TRANSLATE_NOOP, DomainError, InvalidTransition
from libdesk.models.roles import Perm
from libdesk.services.base import ServiceBase
from libdesk.services.signing import InvalidPayload, SigningService, VerifiedPayload, digest
from libdesk.services.verification import VerificationResult, Verdict

BOX_KIND = "BOX"
BATCH_KIND = "PS"


class ReceivingService(ServiceBase):
    """Signed codes of a batch and its boxes, receiving by scanning them, verifying them."""

    def __init__(self, ctx, signing: SigningService) -> None:
        super().__init__(ctx)
        self.signing = signing

    # -- codes -----------------------------------------------------------------------------
    def box_payload(self, batch: DistributionBatch, branch_name: str, box: BatchBox) -> str:
        return self.signing.sign([BOX_KIND, batch.number, str(box.box_no), str(box.item_count),
                                  digest(branch_name, 6)])

    def batch_payload(self, batch: DistributionBatch, branch_name: str) -> str:
        return self.signing.sign([BATCH_KIND, batch.number, digest(branch_name, 6)])

    # -- receiving -------------------------------------------------------------------------
    def receive_scan(self, payload: str, signed_by: str = "") -> ReceiveResult:
        """Mark the box of a scanned label received; once every box is in, the batch is
        received (已签收) with ``signed_by`` (default: the member of staff working).

        Forged, damaged or unknown codes raise InvalidPayload; a box scanned again is reported
        with ``already=True`` and changes nothing."""
        self.require(Perm.BATCH_RECEIVE)
        verified = self.signing.verify(payload)
        if verified.kind == BATCH_KIND:
            raise InvalidPayload(QT_TRANSLATE_NOOP(
                "Errors", "This is the code of shipment sheet {number}, not a box label. Scan "
                "the label on each box."), number=verified.fields[1])
        if verified.kind != BOX_KIND or len(verified.fields) != 5:
            raise InvalidPayload(QT_TRANSLATE_NOOP(
                "Errors", "This code is genuine but it is not a box label."))
        _, number, box_text, count_text, point = verified.fields
        if not verified.own:
            raise InvalidPayload(QT_TRANSLATE_NOOP(
                "Errors", "This box label is genuine, but batch {number} is not in this "
                "database: desk {desk} of another database shipped it. Receive it there."),
                number=number, desk=verified.desk or verified.key_id)
        signer = (signed_by or "").strip() or self.actor.label
        with self.store.write() as session:
            batch, branch, box = _labelled_box(session, number, box_text, count_text, point)
            total, received = _box_counts(session, batch.id)
            if box.received_at is not None:
                return ReceiveResult(batch.number, branch.name, box.box_no, box.item_count,
                                     received, total, already=True,
                                     batch_received=batch.status != BatchStatus.SHIPPED)
            next_status(Action.RECEIVE, batch.status, batch.number)
            box.received_at, box.received_by = utcnow(), signer
            if box.condition == BoxCondition.MISSING.value:  # recorded missing, turned up
                box.condition = BoxCondition.NONE.value
            session.add(box)
            received += 1
            done = received + _missing(session, batch.id) >= total
            if done:
                _mark_received(batch, signer)
                session.add(batch)
            return ReceiveResult(batch.number, branch.name, box.box_no, box.item_count,
                                 received, total, already=False, batch_received=done)

    def receive(self, batch_id: int, signed_by: str = "") -> None:
        """Receive every box at once (the point confirmed by phone or on the paper sheet)."""
        self.require(Perm.BATCH_RECEIVE)
        signer = (signed_by or "").strip() or self.actor.label
        with self.store.write() as session:
            batch = session.get(DistributionBatch, batch_id)
            if batch is None:
                raise InvalidTransition(QT_TRANSLATE_NOOP(
                    "Errors", "Batch #{id} no longer exists."), id=batch_id)
            next_status(Action.RECEIVE, batch.status, batch.number)
            now = utcnow()
            for box in session.execute(select(BatchBox).where(
                    BatchBox.batch_id == batch_id, BatchBox.received_at == None)).scalars():  # noqa: E711
                box.received_at, box.received_by = now, signer
                session.add(box)
            _mark_received(batch, signer)
            session.add(batch)

    # -- verification handler --------------------------------------------------------------
    def verify_code(self, verified: VerifiedPayload) -> VerificationResult:
        """What the common verify dialog shows for a box label or a shipment sheet code."""
        number = verified.fields[1] if len(verified.fields) > 1 else ""
        if not verified.own:
            return _foreign_code(verified, number)
        with self.store.read() as session:
            try:
                if verified.kind == BOX_KIND and len(verified.fields) == 5:
                    batch, branch, box = _labelled_box(session, number, verified.fields[2],
                                                       verified.fields[3], verified.fields[4])
                else:
                    batch, branch = _batch_and_branch(session, number, verified.fields[-1])
                    box = None
            except DomainError as exc:
                return VerificationResult(Verdict.INVALID, reason=exc, payload=verified)
            total, received = _box_counts(session, batch.id)
        details = [("配送批次", batch.number), ("配送类型", BATCH_KIND_ZH[BatchKind(batch.kind)]),
                   ("接收单位", branch.name), ("状态", BATCH_STATUS_ZH[BatchStatus(batch.status)]),
                   ("已签收箱数", f"{received} / {total}")]
        if box is None:
            title = f"配送单 {batch.number}"
        else:
            title = f"装箱标签 {batch.number} 第 {box.box_no} 箱"
            details.insert(3, ("本箱册数", f"{box.item_count} 册"))
            details.append(("本箱签收", box.received_at.strftime("%Y-%m-%d %H:%M")
                            + f" {box.received_by}" if box.received_at else "未签收"))
        if batch.status == BatchStatus.CANCELLED:
            return VerificationResult(Verdict.VOID, title, details, payload=verified,
                                      reason=DomainError(QT_TRANSLATE_NOOP(
                                          "Errors", "Batch {number} was cancelled."),
                                          number=batch.number))
        return VerificationResult(Verdict.GENUINE, title, details, payload=verified)


def _foreign_code(verified: VerifiedPayload, number: str) -> VerificationResult:
    """A label or sheet signed by a desk of another database: genuine, not in this one."""
    fields = verified.fields
    box = verified.kind == BOX_KIND and len(fields) == 5
    title = f"装箱标签 {number} 第 {fields[2]} 箱" if box else f"配送单 {number}"
    details = [("配送批次", number)]
    if box:
        details += [("箱号", fields[2]), ("本箱册数", f"{fields[3]} 册")]
    details += [("签名服务台", verified.desk or "—"), ("签名密钥", verified.key_id),
                ("说明", "签名真实；本库没有这个批次（另一数据库的配送）")]
    return VerificationResult(Verdict.GENUINE, title, details, payload=verified,
                              reason=DomainError(QT_TRANSLATE_NOOP(
                                  "Errors", "Genuine, batch {number} not in this database "
                                  "(signed by {desk})."), number=number,
                                  desk=verified.desk or verified.key_id))


def _mark_received(batch: DistributionBatch, signer: str) -> None:
    batch.status = BatchStatus.RECEIVED.value
    batch.received_at, batch.received_by = utcnow(), signer[:60]
    batch.updated_at = utcnow()


def _missing(session: Session, batch_id: int) -> int:
    return session.execute(select(func.count()).where(
        BatchBox.batch_id == batch_id, BatchBox.condition == BoxCondition.MISSING.value,
        BatchBox.received_at == None)).scalar_one()  # noqa: E711


def _box_counts(session: Session, batch_id: int) -> tuple[int, int]:
    total, received = session.execute(
        select(func.count(), func.count(BatchBox.received_at)).where(
            BatchBox.batch_id == batch_id)).one()
    return int(total), int(received)


def _batch_and_branch(session: Session, number: str, point: str):
    batch = session.execute(select(DistributionBatch).where(
        DistributionBatch.number == number)).scalars().first()
    if batch is None:
        raise InvalidPayload(QT_TRANSLATE_NOOP(
            "Errors", "The code is signed with this database's key, but batch {number} was "
            "never made here: it is forged."), number=number)
    branch = session.get(Branch, batch.branch_id)
    if digest(branch.name, 6) != point:
        raise InvalidPayload(QT_TRANSLATE_NOOP(
            "Errors", "The code of batch {number} names another destination than “{name}”: "
            "the point was changed after printing. Reprint the labels."),
            number=number, name=branch.name)
    return batch, branch


def _labelled_box(session: Session, number: str, box_text: str, count_text: str, point: str):
    batch, branch = _batch_and_branch(session, number, point)
    box = session.execute(select(BatchBox).where(
        BatchBox.batch_id == batch.id, BatchBox.box_no == int(box_text))).scalars().first()
    if box is None or str(box.item_count) != count_text:
        raise InvalidPayload(QT_TRANSLATE_NOOP(
            "Errors", "This label (batch {number}, box {box}) no longer matches the batch: "
            "it was repacked after the label was printed. Reprint the labels."),
            number=number, box=box_text)
    return batch, branch, box
