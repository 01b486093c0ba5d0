"""ISBN rules: what a scanner or a spreadsheet cell may hold, and the one form LibDesk stores.

Every ISBN is stored as 13 digits. An ISBN-10 (check digit 0–9 or X) is converted to its
978-prefixed ISBN-13; hyphens, spaces, full-width digits and an ``ISBN`` prefix are dropped.
A keyboard-wedge scanner reading a book's EAN-13 with its 5-digit price add-on types 18
digits; the first 13 are the ISBN.
"""
from __future__ import annotations

import re

from libdesk.models.errors import QT_TRANSLATE_NOOP, DomainError

_FULL_WIDTH = str.maketrans("０１２３４５６７８９ｘＸ－", "0123456789xX-")
_NOISE = re.compile(r"[\s\-‐‑–—_.]")


class InvalidIsbn(DomainError):
    """The text is not a valid ISBN-10 or ISBN-13."""


def isbn13_check_digit(first12: str) -> str:
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(first12))
    return str((10 - total % 10) % 10)


def isbn10_check_digit(first9: str) -> str:
    total = sum(int(d) * (10 - i) for i, d in enumerate(first9))
    value = (11 - total % 11) % 11
    return "X" if value == 10 else str(value)


def clean_isbn(text: str) -> str:
    """Digits (and a final X) only, upper case, without an ISBN prefix."""
    text = (text or "").translate(_FULL_WIDTH).strip().upper()
    if text.startswith("ISBN"):
        text = text[4:].lstrip(":： ")
    return _NOISE.sub("", text)


def normalize_isbn(text: str) -> str:
    """The ISBN-13 for ``text``, or InvalidIsbn saying what is wrong with it."""
    raw = clean_isbn(text)
    if len(raw) in (15, 18) and raw.isdigit() and raw[:3] in ("978", "979"):
        raw = raw[:13]  # EAN-13 with a 2- or 5-digit add-on
    if not raw:
        raise InvalidIsbn(QT_TRANSLATE_NOOP("Errors", "The ISBN is empty."))
    if len(raw) == 10 and raw[:9].isdigit() and (raw[9].isdigit() or raw[9] == "X"):
        if isbn10_check_digit(raw[:9]) != raw[9]:
            raise InvalidIsbn(QT_TRANSLATE_NOOP(
                "Errors", "“{isbn}” is not a valid ISBN-10: its check digit should be "
                "{expected}. Check for a mistyped digit."),
                isbn=text.strip(), expected=isbn10_check_digit(raw[:9]))
        body = "978" + raw[:9]
        return body + isbn13_check_digit(body)
    if len(raw) == 13 and raw.isdigit():
        if raw[:3] not in ("978", "979"):
            raise InvalidIsbn(QT_TRANSLATE_NOOP(
                "Errors", "“{isbn}” is a barcode but not an ISBN (ISBNs start with 978 or "
                "979). Scan the barcode above the price on the back cover."),
                isbn=text.strip())
        if isbn13_check_digit(raw[:12]) != raw[12]:
            raise InvalidIsbn(QT_TRANSLATE_NOOP(
                "Errors", "“{isbn}” is not a valid ISBN-13: its check digit should be "
                "{expected}. Check for a mistyped digit."),
                isbn=text.strip(), expected=isbn13_check_digit(raw[:12]))
        return raw
    raise InvalidIsbn(QT_TRANSLATE_NOOP(
        "Errors", "“{isbn}” is not an ISBN: an ISBN has 10 or 13 digits (ISBN-10 may end "
        "in X)."), isbn=text.strip())


def is_valid_isbn(text: str) -> bool:
    try:
        normalize_isbn(text)
    except InvalidIsbn:
        return False
    return True


def format_isbn13(isbn: str) -> str:
    """978-7-xxxxxxxxx-x style grouping is publisher-specific; print plain 13 digits with
    the prefix separated, which every catalogue accepts."""
    return f"{isbn[:3]}-{isbn[3:]}" if len(isbn) == 13 else isbn
