"""Outgoing gifts (赠书) to any recipient — a hospital, a school, another city — with a gift
letter (赠书函): numbered in its own gapless series, signed like the certificates, verified in
Tools → 验证证书. A letter is voided, never deleted, so its number stays accounted for."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session

from libdesk.models.errors import (QT_TRANSLATE_NOOP, DomainError, InvalidTransition, NotFound,
                                   ValidationFailed)
from libdesk.models.outreach.gifts import GIFT_KIND, GIFT_SERIES, GiftStatus, OutgoingGift
from libdesk.models.outreach.records import GiftRow
from libdesk.models.outreach.rules import GiftInput, stripped, validate_gift
from libdesk.models.roles import Perm
from libdesk.services.base import ListQuery
from libdesk.services.numbering import format_number, next_value
from libdesk.services.outreach.records import RecordService
from libdesk.services.outreach.workbooks import export_records, import_records
from libdesk.services.progress import Progress
from libdesk.services.signing import VerifiedPayload, digest
from libdesk.services.verification import VerificationResult, Verdict, foreign_result
from libdesk.spreadsheets.outreach import GIFTS

SETTING_KEYS = ("library.name", "certificate.date_style", "certificate.signer",
                "certificate.seal_image")


class GiftService(RecordService):
    model = OutgoingGift
    input_cls = GiftInput
    row_cls = GiftRow
    date_field = "given_on"
    text_fields = ("number", "recipient", "description", "notes")
    filter_fields = ("status", "recipient_kind")
    perm = Perm.CERTIFICATES_ISSUE
    stamp = "issued_by"
    extra_row_fields = ("number", "status", "issued_by")

    def __init__(self, ctx, signing, settings) -> None:
        super().__init__(ctx)
        self._signing = signing
        self._settings = settings

    def validate(self, record: GiftInput):
        return validate_gift(record)

    # -- issuing ---------------------------------------------------------------------------
    def add(self, record: GiftInput) -> int:
        self._signing.ensure_key()  # make the desk's key before the write lock
        return super().add(record)

    def update(self, record_id: int, record: GiftInput, *,
               expected_version: int | None = None) -> None:
        self._signing.ensure_key()
        super().update(record_id, record, expected_version=expected_version)

    def add_many(self, records, rows=None, extra=None, session=None) -> int:
        """Imported gifts are numbered and signed one by one (a number each)."""
        self.require(self.perm)
        self._signing.ensure_key()
        records = [stripped(r) for r in records]

        def run(s: Session) -> int:
            problems = self.check(s, records, rows)
            if problems:
                raise ValidationFailed(problems)
            for record in records:
                gift = OutgoingGift(**self._values(record), issued_by=self.actor.username)
                self.before_insert(s, gift)
                s.add(gift)
            s.flush()
            return len(records)

        if session is not None:
            return run(session)
        with self.store.write() as own:
            return run(own)

    def _values(self, record) -> dict:
        values = super()._values(record)
        values.pop("number", None)
        return values

    def before_insert(self, session: Session, gift: OutgoingGift) -> None:
        year = gift.given_on.year
        gift.number = format_number(self._settings.get("library.short_code"), GIFT_KIND, year,
                                    next_value(session, GIFT_SERIES, year))
        self._sign(gift)

    def before_update(self, session: Session, gift: OutgoingGift) -> None:
        if gift.status == GiftStatus.VOID.value:
            raise InvalidTransition(QT_TRANSLATE_NOOP(
                "Errors", "Gift letter {number} is void and can no longer be changed."),
                number=gift.number)
        self._sign(gift)  # the letter says what it now records

    def before_delete(self, session: Session, gift: OutgoingGift) -> None:
        raise InvalidTransition(QT_TRANSLATE_NOOP(
            "Errors", "Gift letter {number} keeps its number: void it instead of deleting "
            "it."), number=gift.number)

    def _sign(self, gift: OutgoingGift) -> None:
        gift.payload = self._signing.sign([
            GIFT_KIND, gift.number, digest(gift.recipient), str(gift.volumes),
            gift.given_on.strftime("%Y%m%d")])

    def void(self, gift_id: int, reason: str) -> None:
        self.require(Perm.CERTIFICATES_VOID)
        with self.store.write() as session:
            gift = session.get(OutgoingGift, gift_id)
            if gift is None:
                raise NotFound(QT_TRANSLATE_NOOP(
                    "Errors", "This record no longer exists; refresh the list."))
            if gift.status == GiftStatus.VOID.value:
                raise InvalidTransition(QT_TRANSLATE_NOOP(
                    "Errors", "Gift letter {number} is already void."), number=gift.number)
            gift.status, gift.void_reason = GiftStatus.VOID.value, reason.strip()[:250]

    # -- printing --------------------------------------------------------------------------
    def render_letters(self, gift_ids: list[int], path: Path,
                       progress: Progress | None = None) -> Path:
        """The gift letters (赠书函) of these gifts, one page each, in one PDF."""
        self.require(Perm.CERTIFICATES_PRINT)
        progress = progress or Progress()
        with self.store.read() as session:
            gifts = session.execute(select(OutgoingGift).where(
                OutgoingGift.id.in_(gift_ids)).order_by(OutgoingGift.id)).scalars().all()
        if len(gifts) != len(set(gift_ids)):
            raise NotFound(QT_TRANSLATE_NOOP(
                "Errors", "This record no longer exists; refresh the list."))
        void = [g.number for g in gifts if g.status == GiftStatus.VOID.value]
        if void:
            raise InvalidTransition(QT_TRANSLATE_NOOP(
                "Errors", "Gift letter {number} is void and is not printed."), number=void[0])
        settings = {key: self._settings.get(key) for key in SETTING_KEYS}
        from libdesk.printing import gift_letter  # reportlab: only when printing

        pages = [gift_letter.gift_page(g, settings) for g in gifts]
        return gift_letter.render(pages, path, lambda done, total: progress.step(done, total))

    # -- verifying -------------------------------------------------------------------------
    def verify_payload(self, verified: VerifiedPayload) -> VerificationResult:
        if len(verified.fields) != 5:
            return VerificationResult(Verdict.INVALID, payload=verified, reason=DomainError(
                QT_TRANSLATE_NOOP("Errors", "The code is damaged: it lacks fields.")))
        _, number, recipient_digest, volumes, day = verified.fields
        title = f"赠书函 {number}"
        with self.store.read() as session:
            gift = session.execute(select(OutgoingGift).where(
                OutgoingGift.number == number)).scalars().first()
        when = f"{day[:4]}-{day[4:6]}-{day[6:]}"
        if not verified.own:  # another database's letter: its register is there
            return foreign_result(self._signing, verified, number, title, [
                ("文书", "赠书函"), ("编号", number),
                ("受赠单位", f"（本库无此赠书记录；名称摘要 {recipient_digest}）"),
                ("赠送日期", when), ("赠送册数", f"{volumes} 册"),
                ("签发密钥", verified.key_id)])
        if gift is None:
            return VerificationResult(Verdict.INVALID, title, payload=verified,
                                      reason=DomainError(QT_TRANSLATE_NOOP(
                                          "Errors", "The code is signed with this database's "
                                          "key, but gift letter {number} was never issued "
                                          "here: it is forged."), number=number))
        if (digest(gift.recipient), str(gift.volumes), gift.given_on.strftime("%Y%m%d")) != (
                recipient_digest, volumes, day):
            return VerificationResult(Verdict.INVALID, title, payload=verified,
                                      reason=DomainError(QT_TRANSLATE_NOOP(
                                          "Errors", "Gift letter {number} was changed after "
                                          "this copy was printed; print it again."),
                                          number=number))
        details = [("文书", "赠书函"), ("编号", gift.number), ("受赠单位", gift.recipient),
                   ("赠送日期", gift.given_on.isoformat()),
                   ("赠送数量", f"{gift.titles}种{gift.volumes}册" if gift.titles
                    else f"{gift.volumes}册"), ("赠送内容", gift.description)]
        if gift.status == GiftStatus.VOID.value:
            details.append(("作废原因", gift.void_reason))
            return VerificationResult(Verdict.VOID, title, details, payload=verified,
                                      reason=DomainError(QT_TRANSLATE_NOOP(
                                          "Errors", "Gift letter {number} has been voided."),
                                          number=number))
        return VerificationResult(Verdict.GENUINE, title, details, payload=verified)

    # -- workbooks -------------------------------------------------------------------------
    def export_xlsx(self, path: Path, query: ListQuery | None = None,
                    progress: Progress | None = None) -> Path:
        return export_records(self, GIFTS, path, query, progress)

    def import_xlsx(self, path: Path, progress: Progress | None = None) -> int:
        self._signing.ensure_key()  # before the write lock, as for one gift
        return import_records(self, GIFTS, path, progress)

