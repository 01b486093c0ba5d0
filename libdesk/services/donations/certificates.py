"""Donation (捐赠证书, JZ) and collection (收藏证书, SC) certificates: issuing with gapless
numbers per kind and year, reissuing (补发, same number), voiding with a reason, the event
log, printing to PDF one by one or in bulk, and verifying their signed QR codes.

The QR payload is ``[code, number, digest(donor name), 种, 册, 件, yyyymmdd]`` signed by the
desk's Ed25519 key. A database that holds only the exported public key verifies it as genuine;
the database that issued it also knows whether it was voided.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import select

from libdesk.models.donations.certificates import (
    KIND_CODES, KIND_FROM_CODE, KIND_TITLES_ZH, Certificate, CertificateAction,
    CertificateEvent, CertificateKind, CertificateStatus)
from libdesk.models.donations.rules import Totals, describe_gift, line_totals
from libdesk.models.donations.tables import Donation, Donor, DonorKind, Evaluation
from libdesk.models.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, Problem, ValidationFailed
from libdesk.models.roles import Perm
from libdesk.models.donations.records import BulkResult, CertificateEventRow, CertificateInfo
from libdesk.services.base import ServiceBase
from libdesk.services.donations.donations import load_detail
from libdesk.services.numbering import format_number, next_value
from libdesk.services.privacy import MASKED
from libdesk.services.progress import Progress
from libdesk.services.settings import SettingsService
from libdesk.services.signing import SigningService, VerifiedPayload, digest
from libdesk.services.verification import VerificationResult, Verdict, foreign_result


class CertificateService(ServiceBase):
    def __init__(self, ctx, signing: SigningService, settings: SettingsService) -> None:
        super().__init__(ctx)
        self._signing = signing
        self._settings = settings

    # -- reading ---------------------------------------------------------------------------
    def for_donation(self, donation_id: int) -> list[CertificateInfo]:
        with self.store.read() as session:
            return [_info(c) for c in session.execute(select(Certificate).where(
                Certificate.donation_id == donation_id).order_by(Certificate.id)).scalars()]

    def get(self, certificate_id: int) -> CertificateInfo:
        with self.store.read() as session:
            return _info(_certificate(session, certificate_id))

    def by_number(self, number: str) -> CertificateInfo | None:
        with self.store.read() as session:
            row = session.execute(select(Certificate).where(
                Certificate.number == number.strip())).scalar_one_or_none()
            return _info(row) if row else None

    def events(self, certificate_id: int) -> list[CertificateEventRow]:
        with self.store.read() as session:
            return [CertificateEventRow(e.action, e.actor, e.at, e.note)
                    for e in session.execute(select(CertificateEvent).where(
                        CertificateEvent.certificate_id == certificate_id)
                        .order_by(CertificateEvent.id)).scalars()]

    # -- issuing ---------------------------------------------------------------------------
    def issue(self, donation_id: int, kind: str, issued_on: date | None = None) -> CertificateInfo:
        """Issue the next number of ``kind`` for the donation (collection: its 入藏 lines)."""
        self.require(Perm.CERTIFICATES_ISSUE)
        self._signing.ensure_key()  # makes the desk's key before the write lock
        prefix = self._settings.get("library.short_code")
        with self.store.write() as session:
            return _info(self._issue(session, donation_id, CertificateKind(kind),
                                     issued_on or date.today(), prefix, strict=True))

    def _issue(self, session, donation_id: int, kind: CertificateKind, issued_on: date,
               prefix: str, strict: bool) -> Certificate | None:
        detail = load_detail(session, donation_id)
        existing = session.execute(select(Certificate).where(
            Certificate.donation_id == donation_id, Certificate.kind == kind.value,
            Certificate.status == CertificateStatus.VALID.value)).scalar_one_or_none()
        if existing is not None:
            if strict:
                raise Conflict(QT_TRANSLATE_NOOP(
                    "Errors", "This donation already has a valid {kind}, {number}. Reissue it "
                    "(补发) or void it first."), kind=KIND_TITLES_ZH[kind],
                    number=existing.number)
            return existing
        lines = detail.lines if kind == CertificateKind.DONATION else [
            line for line in detail.lines if line.evaluation == Evaluation.COLLECTED]
        if not lines:
            if not strict:
                return None
            raise Conflict(QT_TRANSLATE_NOOP(
                "Errors", "Nothing to certify: a donation certificate needs at least one "
                "line, a collection certificate at least one line evaluated as collected."))
        code = KIND_CODES[kind]
        prefix = prefix.replace("|", "").strip()
        serial = next_value(session, f"cert-{code}", issued_on.year)
        number = format_number(prefix, code, issued_on.year, serial)
        totals = line_totals(lines)
        payload = self._signing.sign([code, number, digest(detail.donor_name),
                                      str(totals.titles), str(totals.volumes),
                                      str(totals.items), issued_on.strftime("%Y%m%d")])
        cert = Certificate(number=number, kind=kind.value, year=issued_on.year, serial=serial,
                           donation_id=donation_id, donor_name=detail.donor_name,
                           titles_total=totals.titles, volumes_total=totals.volumes,
                           items_total=totals.items,
                           line_ids=",".join(str(line.id) for line in lines),
                           description=describe_gift(lines), issued_on=issued_on,
                           issued_by=self.actor.label, payload=payload)
        session.add(cert)
        session.flush()
        self._event(session, cert, CertificateAction.ISSUE)
        return cert

    def reissue(self, certificate_id: int, note: str = "") -> CertificateInfo:
        """Record a reissue (补发): same number and text, printed with a 补发 mark."""
        self.require(Perm.CERTIFICATES_ISSUE)
        with self.store.write() as session:
            cert = _certificate(session, certificate_id)
            _require_valid(cert)
            cert.reissues += 1
            session.add(cert)
            self._event(session, cert, CertificateAction.REISSUE, note)
            return _info(cert)

    def void(self, certificate_id: int, reason: str) -> CertificateInfo:
        """Void a certificate; the reason is required. Its number is never used again."""
        self.require(Perm.CERTIFICATES_VOID)
        if not reason.strip():
            raise ValidationFailed([Problem("reason", QT_TRANSLATE_NOOP(
                "Errors", "Give the reason for voiding the certificate."))])
        with self.store.write() as session:
            cert = _certificate(session, certificate_id)
            _require_valid(cert)
            cert.status, cert.void_reason = CertificateStatus.VOID.value, reason.strip()[:250]
            session.add(cert)
            self._event(session, cert, CertificateAction.VOID, reason.strip())
            return _info(cert)

    def _event(self, session, cert: Certificate, action: CertificateAction, note: str = "") -> None:
        session.add(CertificateEvent(certificate_id=cert.id, action=action.value,
                                     actor=self.actor.label, note=note[:250]))

    # -- printing --------------------------------------------------------------------------
    def render(self, certificate_ids: Iterable[int], path: Path,
               progress: Progress | None = None) -> Path:
        """One PDF with a page per certificate (reissued ones marked 补发)."""
        self.require(Perm.CERTIFICATES_PRINT)
        settings = self._print_settings()
        certificate_ids = list(certificate_ids)
        with self.store.read() as session:
            loaded = _prefetch(session, certificate_ids)  # noqa: F841 - held while rendering
            certs = [_certificate(session, i) for i in certificate_ids]
            for cert in certs:
                _require_valid(cert)
            pages = [self._page(session, cert, settings) for cert in certs]
        from libdesk.printing.certificate import render_certificates  # reportlab: when printing

        return render_certificates(pages, path, _callback(progress),
                                   title=" ".join(c.number for c in certs[:3]))

    def bulk(self, donation_ids: list[int], kind: str, path: Path,
             progress: Progress | None = None, issued_on: date | None = None) -> BulkResult:
        """Issue what is missing and print every donation's certificate of ``kind`` into one
        PDF. One transaction: cancelling leaves no new number and no file."""
        self.require(Perm.CERTIFICATES_ISSUE)
        self.require(Perm.CERTIFICATES_PRINT)
        self._signing.ensure_key()
        settings = self._print_settings()
        prefix = self._settings.get("library.short_code")
        kind = CertificateKind(kind)
        result = BulkResult(None, [], [], [])
        with self.store.write() as session:
            certs = []
            for done, donation_id in enumerate(donation_ids, start=1):
                before = session.execute(select(Certificate.id).where(
                    Certificate.donation_id == donation_id, Certificate.kind == kind.value,
                    Certificate.status == CertificateStatus.VALID.value)).first()
                cert = self._issue(session, donation_id, kind, issued_on or date.today(),
                                   prefix, strict=False)
                if cert is None:
                    result.skipped.append(donation_id)
                else:
                    (result.reused if before else result.issued).append(cert.number)
                    certs.append(cert)
                if progress is not None:
                    progress.step(done, len(donation_ids) * 2, "")
            if certs:
                pages = [self._page(session, cert, settings) for cert in certs]
                offset = len(donation_ids)

                def step(done: int, total: int) -> None:
                    if progress is not None:
                        progress.step(offset + done * offset // total, offset * 2, "")
                from libdesk.printing.certificate import render_certificates

                result.path = render_certificates(pages, path, step,
                                                  title=KIND_TITLES_ZH[kind])
        return result

    def _print_settings(self) -> dict:
        return {key: self._settings.get(key) for key in (
            "library.name", "certificate.date_style", "certificate.signer",
            "certificate.signer_title", "certificate.seal_image")}

    def _page(self, session, cert: Certificate, settings: dict):
        donation = session.get(Donation, cert.donation_id)
        donor = session.get(Donor, donation.donor_id)
        honorific = donor.honorific if donor.kind == DonorKind.PERSON else ""
        # printed masked: a phone or ID number typed into the gift's titles stays hidden
        printed = SimpleNamespace(**{name: getattr(cert, name) for name in (
            "kind", "number", "donor_name", "issued_on", "issued_by", "payload", "reissues")},
            description=MASKED.text(cert.description))
        from libdesk.printing.donation_certificate import certificate_page  # reportlab

        return certificate_page(printed, donation, honorific, settings)

    # -- verifying -------------------------------------------------------------------------
    def verify_payload(self, verified: VerifiedPayload) -> VerificationResult:
        """The handler for JZ / SC codes registered on ``services.verification``."""
        fields = verified.fields
        if len(fields) != 7 or fields[0] not in KIND_FROM_CODE:
            return VerificationResult(Verdict.INVALID, payload=verified, reason=_bad_fields())
        code, number, name_digest, titles, volumes, items, day = fields
        kind = KIND_FROM_CODE[code]
        try:
            issued = datetime.strptime(day, "%Y%m%d").date()
            totals = Totals(int(titles), int(volumes), int(items))
        except ValueError:
            return VerificationResult(Verdict.INVALID, payload=verified, reason=_bad_fields())
        title = f"{KIND_TITLES_ZH[kind]} {number}"
        details = [("证书编号", number), ("证书类型", KIND_TITLES_ZH[kind])]
        if not verified.own:  # another database's certificate: its register is there
            details += [("捐赠者", f"（本库无此证书记录；名称摘要 {name_digest}）"),
                        ("数量", totals.text()),
                        ("发证日期", f"{issued.year}年{issued.month}月{issued.day}日"),
                        ("签名密钥", verified.key_id)]
            return foreign_result(self._signing, verified, number, title, details)
        with self.store.read() as session:
            cert = session.execute(select(Certificate).where(
                Certificate.number == number)).scalar_one_or_none()
        if cert is None:
            return VerificationResult(Verdict.INVALID, title, details, payload=verified,
                                      reason=Conflict(QT_TRANSLATE_NOOP(
                                          "Errors", "The code is signed with this database's "
                                          "key, but certificate {number} was never issued "
                                          "here: it is forged."), number=number))
        if (digest(cert.donor_name) != name_digest or cert.issued_on != issued
                or (cert.titles_total, cert.volumes_total, cert.items_total)
                != (totals.titles, totals.volumes, totals.items)):
            return VerificationResult(Verdict.INVALID, title, details, payload=verified,
                                      reason=Conflict(QT_TRANSLATE_NOOP(
                                          "Errors", "The code is signed but does not match "
                                          "certificate {number} on record."), number=number))
        details += [("捐赠者", cert.donor_name), ("数量", totals.text()),
                    ("所赠文献", cert.description),
                    ("发证日期", f"{issued.year}年{issued.month}月{issued.day}日"),
                    ("签发人", cert.issued_by), ("签名密钥", verified.key_id)]
        if cert.reissues:
            details.append(("补发", f"{cert.reissues} 次"))
        if cert.status == CertificateStatus.VOID:
            details.append(("作废原因", cert.void_reason))
            return VerificationResult(Verdict.VOID, title, details, payload=verified,
                                      reason=Conflict(QT_TRANSLATE_NOOP(
                                          "Errors", "Certificate {number} was voided: "
                                          "{reason}"), number=number, reason=cert.void_reason))
        return VerificationResult(Verdict.GENUINE, title, details, payload=verified)


def _callback(progress: Progress | None):
    if progress is None:
        return None
    return lambda done, total: progress.step(done, total, "")


def _bad_fields() -> Conflict:
    return Conflict(QT_TRANSLATE_NOOP(
        "Errors", "The code is signed but its contents are not a certificate LibDesk knows."))


def _prefetch(session, certificate_ids: list[int], chunk: int = 500) -> list:
    """The certificates, their donations and donors in three queries a chunk, into the
    session (``session.get`` then finds them there, while the caller holds the returned
    list: the session keeps only weak references): one lookup each per certificate would be
    3,000 round trips for 1,000 certificates — on PostgreSQL, over the network."""
    loaded: list = []
    for start in range(0, len(certificate_ids), chunk):
        ids = certificate_ids[start:start + chunk]
        certs = session.execute(select(Certificate).where(Certificate.id.in_(ids))).scalars().all()
        donation_ids = {c.donation_id for c in certs}
        donations = session.execute(select(Donation).where(
            Donation.id.in_(donation_ids))).scalars().all() if donation_ids else []
        donor_ids = {d.donor_id for d in donations}
        donors = session.execute(select(Donor).where(
            Donor.id.in_(donor_ids))).scalars().all() if donor_ids else []
        loaded += [*certs, *donations, *donors]
    return loaded


def _certificate(session, certificate_id: int) -> Certificate:
    cert = session.get(Certificate, certificate_id)
    if cert is None:
        raise NotFound(QT_TRANSLATE_NOOP(
            "Errors", "The certificate #{id} no longer exists; reload the list."),
            id=certificate_id)
    return cert


def _require_valid(cert: Certificate) -> None:
    if cert.status != CertificateStatus.VALID:
        raise Conflict(QT_TRANSLATE_NOOP(
            "Errors", "Certificate {number} was voided ({reason}); issue a new one instead."),
            number=cert.number, reason=cert.void_reason)


def _info(cert: Certificate) -> CertificateInfo:
    return CertificateInfo(cert.id, cert.number, cert.kind, cert.donation_id, cert.donor_name,
                           cert.issued_on, cert.issued_by, cert.status, cert.void_reason,
                           cert.reissues, Totals(cert.titles_total, cert.volumes_total,
                                                 cert.items_total),
                           cert.description, cert.payload)
