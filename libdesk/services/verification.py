"""Verifying a scanned code, whatever issued it.

Each area registers a handler for the kinds of payload it signs (``fields[0]``): donation and
collection certificates, volunteer service certificates, box labels. The verify dialog and
``libdesk certificate verify`` call ``verify(payload)`` and show the result.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
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
        return handler(verified)
