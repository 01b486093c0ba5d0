"""Pure validation rules shared by services and spreadsheet imports."""
from __future__ import annotations

import re

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
# Landline: area code 0 + 2–3 digits, then 7–8 digits, optional extension.
_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$")
_LOCAL = re.compile(r"^[2-9]\d{6,7}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def normalize_phone(text: str) -> str:
    """Strip spaces, the +86 prefix and full-width characters people paste from documents."""
    text = (text or "").strip().translate(str.maketrans("０１２３４５６７８９－（）", "0123456789-()"))
    text = re.sub(r"[\s()]", "", text)
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("0086"):
        text = text[4:]
    return text


def is_valid_phone(text: str) -> bool:
    """A mainland mobile (11 digits from 13–19), a landline with area code, or a local number."""
    text = normalize_phone(text)
    return bool(_MOBILE.match(text) or _LANDLINE.match(text) or _LOCAL.match(text))


def is_valid_email(text: str) -> bool:
    return bool(_EMAIL.match((text or "").strip()))


def mask_phone(text: str) -> str:
    """138****5678 for mobiles; landlines keep area code and last 2 digits."""
    digits = normalize_phone(text)
    if not digits:
        return ""
    if _MOBILE.match(digits):
        return digits[:3] + "****" + digits[-4:]
    if len(digits) <= 4:
        return "*" * len(digits)
    keep = digits[: digits.find("-") + 1] if "-" in digits else digits[:3]
    return keep + "*" * max(len(digits) - len(keep) - 2, 1) + digits[-2:]


def mask_id_number(text: str) -> str:
    """Mainland ID numbers keep the first 6 and last 4 characters."""
    text = (text or "").strip()
    if len(text) <= 10:
        return "*" * len(text)
    return text[:6] + "*" * (len(text) - 10) + text[-4:]


# Numbers typed into free text (notes, addresses, titles): an 18-character ID number, an
# 11-digit mobile (also as 138 1234 5678 / 138-1234-5678) and a landline with area code.
_ID_IN_TEXT = re.compile(r"(?<![0-9A-Za-z])(\d{6})(\d{8})(\d{3}[\dXx])(?![0-9A-Za-z])")
_MOBILE_IN_TEXT = re.compile(r"(?<!\d)(1[3-9]\d)([ -]?)(\d{4})([ -]?)(\d{4})(?!\d)")
_LANDLINE_IN_TEXT = re.compile(r"(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)")


def mask_text(text: str | None) -> str:
    """Free text with every ID, mobile and landline number in it masked."""
    if not text:
        return text or ""
    text = _ID_IN_TEXT.sub(lambda m: m[1] + "*" * 8 + m[3][-4:], text)
    text = _MOBILE_IN_TEXT.sub(lambda m: m[1] + m[2] + "****" + m[4] + m[5], text)
    return _LANDLINE_IN_TEXT.sub(lambda m: mask_phone(m.group()), text)
