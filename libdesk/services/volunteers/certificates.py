"""志愿服务证明: volunteer service certificates issued from confirmed hours only, a numbered
register, signed QR codes verified in the common verify dialog, and batches for everyone
above a number of confirmed hours in a period (with progress and cancel)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlmodel import Session

from libdesk.models.errors import QT_TRANSLATE_NOOP, DomainError, InvalidTransition, NotFound
from libdesk.models.roles import Perm
from libdesk.models.validation import mask_id_number
from libdesk.models.volunteers.rules import hours_text
from libdesk.models.volunteers.tables import (CertificateStatus, HourEntry, HourStatus, Volunteer,
                                       VolunteerActivity, VolunteerCertificate)
from libdesk.models.volunteers.records import BatchResult, CertificateRow
from libdesk.services.base import ListQuery, ServiceBase, like_pattern
from libdesk.services.numbering import format_number, next_value
from libdesk.services.progress import Progress
from libdesk.services.signing import VerifiedPayload, digest
from libdesk.services.verification import VerificationResult, Verdict, foreign_result

KIND = "ZY"
SERIES = "volunteer_certificate"


class NothingToCertify(DomainError):
    pass


class VolunteerCertificateService(ServiceBase):
    def __init__(self, ctx, signing, settings) -> None:
        super().__init__(ctx)
        self._signing = signing
        self._settings = settings

    # -- what a certificate would say --------------------------------------------------------
    def confirmed_hundredths(self, volunteer_id: int, date_from: date, date_to: date) -> int:
        """Confirmed hours × 4 in the period; pending and rejected entries never count."""
        with self.store.read() as session:
            return _confirmed(session, volunteer_id, date_from, date_to)

    def eligible(self, date_from: date, date_to: date, min_hours: float) -> list[tuple[int, int]]:
        """(volunteer id, confirmed hundredths) of everyone with at least ``min_hours``."""
        total = func.sum(HourEntry.hundredths)
        stmt = (select(HourEntry.volunteer_id, total)
                .where(HourEntry.status == HourStatus.CONFIRMED.value,
                       HourEntry.served_on >= date_from, HourEntry.served_on <= date_to)
                .group_by(HourEntry.volunteer_id)
                .having(total >= max(int(round(min_hours * 100)), 1))
                .order_by(HourEntry.volunteer_id))
        with self.store.read() as session:
            return [(r[0], r[1]) for r in session.execute(stmt)]

    # -- issuing ---------------------------------------------------------------------------
    def issue(self, volunteer_id: int, date_from: date, date_to: date, remarks: str = "",
              issued_on: date | None = None) -> int:
        """Issue one certificate (a new register number); returns its id."""
        self.require(Perm.CERTIFICATES_ISSUE)
        self._signing.ensure_key()  # make the desk's key before the write lock
        with self.store.write() as session:
            return self._issue(session, volunteer_id, date_from, date_to, remarks,
                               issued_on or date.today()).id

    def issue_batch(self, date_from: date, date_to: date, min_hours: float, path: Path,
                    progress: Progress | None = None, remarks: str = "") -> BatchResult:
        """A certificate for everyone with at least ``min_hours`` confirmed hours in the
        period, printed into one PDF. Cancelling leaves no certificate and no file."""
        self.require(Perm.CERTIFICATES_ISSUE)
        self.require(Perm.CERTIFICATES_PRINT)
        progress = progress or Progress()
        people = self.eligible(date_from, date_to, min_hours)
        if not people:
            raise NothingToCertify(QT_TRANSLATE_NOOP(
                "Errors", "Nobody has {hours} or more confirmed hours between {start} and "
                "{end}; no certificate was issued."), hours=hours_text(int(round(min_hours * 100))),
                start=date_from.isoformat(), end=date_to.isoformat())
        self._signing.ensure_key()
        total = len(people) * 2
        today = date.today()
        with self.store.write() as session:
            issued = []
            for index, (volunteer_id, _) in enumerate(people, start=1):
                issued.append(self._issue(session, volunteer_id, date_from, date_to, remarks,
                                          today))
                progress.step(index, total, issued[-1].number)
            pages = [self._page(c) for c in issued]
            _printing().render(pages, path, lambda done, _: progress.step(
                len(people) + done, total, issued[done - 1].number))
        return BatchResult(len(issued), [c.number for c in issued], Path(path))

    def _issue(self, session: Session, volunteer_id: int, date_from: date, date_to: date,
               remarks: str, issued_on: date) -> VolunteerCertificate:
        volunteer = session.get(Volunteer, volunteer_id)
        if volunteer is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Volunteer #{id} no longer exists."),
                           id=volunteer_id)
        hundredths = _confirmed(session, volunteer_id, date_from, date_to)
        if hundredths <= 0:
            raise NothingToCertify(QT_TRANSLATE_NOOP(
                "Errors", "{name} has no confirmed hours between {start} and {end}; confirm "
                "the entries first."), name=volunteer.name, start=date_from.isoformat(),
                end=date_to.isoformat())
        year = issued_on.year
        number = format_number(self._settings.get("library.short_code"), KIND, year,
                               next_value(session, SERIES, year))
        cert = VolunteerCertificate(
            number=number, volunteer_id=volunteer_id, volunteer_name=volunteer.name,
            id_type=volunteer.id_type if volunteer.id_number else "",
            id_number_masked=mask_id_number(volunteer.id_number),
            volunteer_no=volunteer.platform_no, period_from=date_from, period_to=date_to,
            hundredths=hundredths, service_content=_content(session, volunteer_id, date_from,
                                                        date_to),
            organisation=self._settings.get("library.name"),
            person_in_charge=self._settings.get("volunteer.person_in_charge"),
            handler=self._settings.get("volunteer.handler"),
            contact=self._settings.get("volunteer.contact"), remarks=remarks,
            issued_on=issued_on, issued_by=self.actor.label)
        cert.payload = self._signing.sign([
            KIND, number, digest(volunteer.name), f"h{hundredths}",
            date_from.strftime("%Y%m%d"), date_to.strftime("%Y%m%d")])
        session.add(cert)
        session.flush()
        return cert

    # -- printing --------------------------------------------------------------------------
    def render(self, certificate_ids: list[int], path: Path,
               progress: Progress | None = None) -> Path:
        """Print (or reprint, identically) certificates from the register into one PDF."""
        self.require(Perm.CERTIFICATES_PRINT)
        progress = progress or Progress()
        with self.store.read() as session:
            certs = session.execute(select(VolunteerCertificate).where(
                VolunteerCertificate.id.in_(certificate_ids))
                .order_by(VolunteerCertificate.id)).scalars().all()
        if len(certs) != len(set(certificate_ids)):
            raise NotFound(QT_TRANSLATE_NOOP(
                "Errors", "Some certificates no longer exist; refresh the register."))
        pages = [self._page(c) for c in certs]
        return _printing().render(pages, path, lambda done, total: progress.step(done, total))

    def _page(self, cert: VolunteerCertificate):
        signer = " ".join(t for t in (self._settings.get("certificate.signer_title").strip(),
                                      self._settings.get("certificate.signer").strip()) if t)
        return _printing().page(cert, date_style=self._settings.get("certificate.date_style"),
                               seal_image=self._settings.get("certificate.seal_image") or None,
                               signer=signer)

    def void(self, certificate_id: int, reason: str) -> None:
        self.require(Perm.CERTIFICATES_VOID)
        with self.store.write() as session:
            cert = session.get(VolunteerCertificate, certificate_id)
            if cert is None:
                raise NotFound(QT_TRANSLATE_NOOP(
                    "Errors", "Certificate #{id} no longer exists."), id=certificate_id)
            if cert.status == CertificateStatus.VOID.value:
                raise InvalidTransition(QT_TRANSLATE_NOOP(
                    "Errors", "Certificate {number} is already void."), number=cert.number)
            cert.status, cert.void_reason = CertificateStatus.VOID.value, reason

    # -- the register ----------------------------------------------------------------------
    def _filtered(self, columns, query: ListQuery):
        stmt = select(*columns).select_from(VolunteerCertificate)
        if query.text.strip():
            pattern = like_pattern(query.text.strip())
            stmt = stmt.where(or_(VolunteerCertificate.number.like(pattern, escape="\\"),
                                  VolunteerCertificate.volunteer_name.like(pattern,
                                                                           escape="\\")))
        if query.filters.get("status"):
            stmt = stmt.where(VolunteerCertificate.status == query.filters["status"])
        if query.filters.get("volunteer_id"):
            stmt = stmt.where(VolunteerCertificate.volunteer_id == query.filters["volunteer_id"])
        return stmt

    def count(self, query: ListQuery) -> int:
        with self.store.read() as session:
            return session.execute(self._filtered([func.count()], query)).scalar_one()

    def page(self, query: ListQuery, offset: int, limit: int) -> list[CertificateRow]:
        c = VolunteerCertificate
        sort = {"number": c.id, "volunteer_name": c.volunteer_name, "hundredths": c.hundredths,
                "issued_on": c.issued_on, "status": c.status,
                "period_from": c.period_from}.get(query.sort or "number", c.id)
        stmt = self._filtered([c.id, c.number, c.volunteer_id, c.volunteer_name, c.period_from,
                               c.period_to, c.hundredths, c.issued_on, c.issued_by, c.status],
                              query)
        stmt = stmt.order_by(sort.desc() if query.descending else sort.asc(), c.id)
        with self.store.read() as session:
            return [CertificateRow(*r) for r in session.execute(stmt.offset(offset).limit(limit))]

    # -- verifying -------------------------------------------------------------------------
    def verify_payload(self, verified: VerifiedPayload) -> VerificationResult:
        fields = verified.fields
        if len(fields) != 6:
            return VerificationResult(Verdict.INVALID, payload=verified, reason=DomainError(
                QT_TRANSLATE_NOOP("Errors", "The code is damaged: it lacks fields.")))
        _, number, name_digest, hours_field, start, end = fields
        hundredths = _signed_hundredths(hours_field)
        if hundredths is None:
            return VerificationResult(Verdict.INVALID, payload=verified, reason=DomainError(
                QT_TRANSLATE_NOOP("Errors", "The code is damaged: it lacks fields.")))
        with self.store.read() as session:
            cert = session.execute(select(VolunteerCertificate).where(
                VolunteerCertificate.number == number)).scalars().first()
        title = f"志愿服务证明 {number}"
        if not verified.own:  # another database's certificate: its register is there
            return foreign_result(self._signing, verified, number, title, [
                ("证书", "志愿服务证明"), ("编号", number),
                ("志愿者", f"（本库无此证明记录；姓名摘要 {name_digest}）"),
                ("服务时间", f"{_iso(start)} 至 {_iso(end)}"),
                ("累计志愿服务时长", f"{hours_text(hundredths)} 小时"),
                ("签发密钥", verified.key_id)])
        if cert is None:
            return VerificationResult(Verdict.INVALID, title, payload=verified,
                                      reason=DomainError(QT_TRANSLATE_NOOP(
                                          "Errors", "The code is signed with this database's "
                                          "key, but certificate {number} was never issued "
                                          "here: it is forged."), number=number))
        if digest(cert.volunteer_name) != name_digest or cert.hundredths != hundredths:
            return VerificationResult(Verdict.INVALID, title, payload=verified,
                                      reason=DomainError(QT_TRANSLATE_NOOP(
                                          "Errors", "Certificate {number} is not in this "
                                          "database's register."), number=number))
        details = [("证书", "志愿服务证明"), ("编号", cert.number),
                   ("志愿者", cert.volunteer_name),
                   ("服务时间", f"{cert.period_from.isoformat()} 至 {cert.period_to.isoformat()}"),
                   ("累计志愿服务时长", f"{hours_text(cert.hundredths)} 小时"),
                   ("出具单位", cert.organisation), ("出具日期", cert.issued_on.isoformat())]
        if cert.status == CertificateStatus.VOID.value:
            details.append(("作废原因", cert.void_reason))
            return VerificationResult(Verdict.VOID, title, details, payload=verified,
                                      reason=DomainError(QT_TRANSLATE_NOOP(
                                          "Errors", "Certificate {number} has been voided."),
                                          number=number))
        return VerificationResult(Verdict.GENUINE, title, details, payload=verified)


def _signed_hundredths(text: str) -> int | None:
    """The hours a code carries: ``h225`` (hundredths); codes printed before hours had two
    decimals carry whole quarter-hours (``9``)."""
    try:
        return int(text[1:]) if text.startswith("h") else int(text) * 25
    except ValueError:
        return None


def _iso(compact: str) -> str:
    """20200101 → 2020-01-01 (as printed in the payload)."""
    return f"{compact[:4]}-{compact[4:6]}-{compact[6:]}" if len(compact) == 8 else compact


def _confirmed(session: Session, volunteer_id: int, date_from: date, date_to: date) -> int:
    return session.execute(select(func.coalesce(func.sum(HourEntry.hundredths), 0)).where(
        HourEntry.volunteer_id == volunteer_id,
        HourEntry.status == HourStatus.CONFIRMED.value,
        HourEntry.served_on >= date_from, HourEntry.served_on <= date_to)).scalar_one()


def _content(session: Session, volunteer_id: int, date_from: date, date_to: date) -> str:
    """The activities served, most hours first: 太图阅读推广活动志愿服务、书架整理等."""
    rows = session.execute(
        select(VolunteerActivity.name, func.sum(HourEntry.hundredths).label("q"))
        .join(HourEntry, HourEntry.activity_id == VolunteerActivity.id)
        .where(HourEntry.volunteer_id == volunteer_id,
               HourEntry.status == HourStatus.CONFIRMED.value,
               HourEntry.served_on >= date_from, HourEntry.served_on <= date_to)
        .group_by(VolunteerActivity.name).order_by(func.sum(HourEntry.hundredths).desc(),
                                                   VolunteerActivity.name)).all()
    names = [r[0] for r in rows[:4]]
    return "、".join(names) + ("等" if len(rows) > 4 else "")


def _printing():
    """The certificate layout (reportlab), imported when something is printed."""
    from libdesk.printing import volunteer_certificate

    return volunteer_certificate
