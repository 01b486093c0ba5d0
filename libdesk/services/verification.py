"""Verifying a scanned code, whatever issued it.

Each area registers a handler for the kinds of payload it signs (``fields[0]``): donation and
collection certificates, volunteer service certificates, box labels. The verify dialog and
``libdesk certificate verify`` call ``verify(payload)`` and show the result.

A code signed by a key of this database's register (``VerifiedPayload.own``) must also be in
the register, with the same content: handlers refuse a number never issued. A code of another
database is checked against that database's imported void list ("已作废 (as of DATE)"); one
signed with a key its desk revoked is refused wherever no register can confirm it.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from libdesk.models.errors import QT_TRANSLATE_NOOP, DomainError
from libdesk.services.base import ServiceBase
from libdesk.services.signing import InvalidPayload, SigningService, VerifiedPayload


class Verdict(StrEnum):
    GENUINE = "genuine"   # 真实有效
    VOID = "void"         # 已作废
    INVALID = "invalid"   # 无法验证（伪造或损坏）


@dataclass
class VerificationResult:
    verdict: Verdict
    title: str = ""                      # e.g. "收藏证书 TYTS-SC-2020-0001"
    details: list[tuple[str, str]] = field(default_factory=list)  # (label, value), Chinese
    reason: DomainError | None = None    # why INVALID / VOID; the UI translates it
    payload: VerifiedPayload | None = None
    as_of: datetime | None = None        # VOID from another database's list made then

    @property
    def as_of_text(self) -> str:
        return self.as_of.astimezone().strftime("%Y-%m-%d") if self.as_of else ""


Handler = Callable[[VerifiedPayload], VerificationResult]


class VerificationService(ServiceBase):
    def __init__(self, ctx, signing: SigningService) -> None:
        super().__init__(ctx)
        self._signing = signing
        self._handlers: dict[str, Handler] = {}

    def register(self, kinds: list[str], handler: Handler) -> None:
        for kind in kinds:
            self._handlers[kind] = handler

    def verify(self, payload: str) -> VerificationResult:
        try:
            verified = self._signing.verify(payload)
        except InvalidPayload as exc:
            return VerificationResult(Verdict.INVALID, reason=exc)
        handler = self._handlers.get(verified.kind)
        if handler is None:
            return VerificationResult(Verdict.INVALID, payload=verified, reason=DomainError(
                QT_TRANSLATE_NOOP("Errors", "The code is genuine but of a kind this LibDesk "
                                  "cannot show.")))
        result = handler(verified)
        if verified.revoked_at is not None and not verified.own \
                and result.verdict == Verdict.GENUINE:
            return VerificationResult(Verdict.INVALID, result.title, result.details,
                                      payload=verified, reason=DomainError(QT_TRANSLATE_NOOP(
                                          "Errors", "The code was signed with key {key_id}, "
                                          "which its desk revoked on {date}: only the issuing "
                                          "database can confirm it."), key_id=verified.key_id,
                                          date=verified.revoked_at.strftime("%Y-%m-%d")))
        return result


def foreign_result(signing: SigningService, verified: VerifiedPayload, number: str,
                   title: str, details: list[tuple[str, str]]) -> VerificationResult:
    """A certificate signed by another database: genuine, or void as of that database's
    imported void list."""
    void = signing.foreign_void(verified, number)
    as_of = signing.voids_as_of(verified.source)
    day = as_of.astimezone().strftime("%Y-%m-%d") if as_of else ""
    if void is not None:
        voided = void.voided_on.isoformat() if void.voided_on else "—"
        return VerificationResult(
            Verdict.VOID, title, details + [("作废日期", voided), ("作废清单日期", day)],
            payload=verified, as_of=as_of, reason=DomainError(QT_TRANSLATE_NOOP(
                "Errors", "Certificate {number} is on the void list its issuing database "
                "signed on {date}."), number=number, date=day))
    note = (f"签名真实；截至 {day} 发证馆的作废清单中没有此证书" if as_of else
            "签名真实；是否已作废请向发证馆核实（导入其核验文件后可自动核对）")
    return VerificationResult(Verdict.GENUINE, title, details + [("说明", note)],
                              payload=verified)
