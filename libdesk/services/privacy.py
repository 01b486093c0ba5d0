"""Personal data: the one place that masks phone and ID numbers and records an unmasking.

Services ask ``masker(self, unmask, "operation")`` once per operation: the masked view by
default, or — after checking ``Perm.UNMASK`` and writing an UNMASK row to the audit log that
names the operation — the full numbers. Rows reach spreadsheets and printing already masked.
Masking covers the phone and ID fields and free text (notes, addresses, titles): an 11-digit
mobile, a landline or an 18-character ID number typed into text is masked there too
(``models.validation.mask_text``, which the audit log's masked view uses as well).

Search holds as well: staff who see masked numbers cannot match on the hidden digits.
``masked_search`` turns text with digits into an exact match on the whole phone or ID number
(or nothing), plus the columns that never hold hidden digits.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, false, or_

from libdesk.models.audit import AuditAction
from libdesk.models.roles import Perm
from libdesk.models.validation import (is_valid_phone, mask_id_number, mask_phone, mask_text,
                                       normalize_phone)
from libdesk.services.base import ServiceBase, like_pattern
from libdesk.store.audit import record_event

T = TypeVar("T")
_ID_ONLY = re.compile(r"^(\d{17}[\dX]|\d{15})$")


@dataclasses.dataclass(frozen=True)
class Masker:
    """How one operation shows personal data."""

    full: bool

    def phone(self, value: str | None) -> str:
        return (value or "") if self.full else mask_phone(value or "")

    def id_number(self, value: str | None) -> str:
        return (value or "") if self.full else mask_id_number(value or "")

    def text(self, value: str | None) -> str:
        return (value or "") if self.full else mask_text(value)

    def apply(self, row: T, *, phones: Sequence[str] = (), ids: Sequence[str] = (),
              texts: Sequence[str] = ()) -> T:
        """A copy of the dataclass ``row`` with the named fields masked (or ``row`` itself)."""
        if self.full:
            return row
        changes: dict[str, Any] = {name: self.phone(getattr(row, name)) for name in phones}
        changes.update({name: self.id_number(getattr(row, name)) for name in ids})
        changes.update({name: self.text(getattr(row, name)) for name in texts})
        return dataclasses.replace(row, **changes)


MASKED = Masker(False)
FULL = Masker(True)


def masker(service: ServiceBase, unmask: bool, operation: str) -> Masker:
    """MASKED, or FULL for staff with ``Perm.UNMASK`` — recorded in the audit log as an
    UNMASK event naming ``operation`` (e.g. ``"donors.export"``)."""
    if not unmask:
        return MASKED
    service.require(Perm.UNMASK)
    with service.store.write() as session:
        record_event(session, AuditAction.UNMASK, "-", "", None, {"operation": operation})
    return FULL


def sees_full_numbers(service: ServiceBase) -> bool:
    return service.can(Perm.UNMASK)


def exact_number(text: str) -> str:
    """The whole phone (normalised) or ID number (upper case) ``text`` is, else ""."""
    compact = text.strip().upper().replace(" ", "")
    if _ID_ONLY.match(compact):
        return compact
    phone = normalize_phone(text)
    return phone if phone and is_valid_phone(phone) else ""


def masked_search(service: ServiceBase, text: str, *, safe: Sequence,
                  numbers: Sequence) -> ColumnElement[bool] | None:
    """For staff without ``Perm.UNMASK`` who typed digits: a condition matching ``text`` in
    the ``safe`` columns (names, e-mail: no hidden digits) or the whole number exactly in the
    ``numbers`` columns (phones, ID numbers). None when the ordinary search may run (full
    numbers visible, or no digits typed)."""
    text = (text or "").strip()
    if not text or sees_full_numbers(service) or not any(ch.isdigit() for ch in text):
        return None
    pattern = like_pattern(text)
    conditions = [column.like(pattern, escape="\\") for column in safe]
    exact = exact_number(text)
    if exact:
        conditions += [column == exact for column in numbers]
    return or_(*conditions) if conditions else false()
