"""The one error every spreadsheet read or write raises, and the refusals shared by the
opening checks and the readers. Values from the file are shown shortened, never in full."""
from __future__ import annotations

from pathlib import Path

from libdesk.models.errors import QT_TRANSLATE_NOOP, DomainError, Phrase

SHOWN_CHARS = 60  # a value from the file is echoed back at most this long


class SpreadsheetError(DomainError):
    """The file cannot be read or written; nothing in the database changed."""


def shortened(value: object, limit: int = SHOWN_CHARS) -> str:
    """``value`` as text of at most ``limit`` characters (with … when cut)."""
    text = str(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def phrase(text: str) -> Phrase:
    """``text`` (an English phrase marked for translation) as a translatable parameter."""
    return Phrase(text)


# Why a reader failed, in words a user can act on (the library's own text is not shown).
BROKEN_ZIP = QT_TRANSLATE_NOOP("Errors", "the zip container is broken")
BROKEN_XML = QT_TRANSLATE_NOOP("Errors", "its XML cannot be read")


def damaged(path: Path, reason: str, sheet: str | None = None,
            row: int | None = None) -> SpreadsheetError:
    """The file is not a sound workbook; say where when we know it."""
    name = Path(path).name
    reason = reason if isinstance(reason, Phrase) else shortened(reason, 160)
    if sheet and row:
        return SpreadsheetError(QT_TRANSLATE_NOOP(
            "Errors", "{path} is damaged at sheet “{sheet}”, row {row} ({reason}). Open it in "
            "Excel, save it again as .xlsx, and retry; nothing was imported."),
            path=name, sheet=sheet, row=row, reason=reason)
    if sheet:
        return SpreadsheetError(QT_TRANSLATE_NOOP(
            "Errors", "{path} is damaged in sheet “{sheet}” ({reason}). Open it in Excel, "
            "save it again as .xlsx, and retry; nothing was imported."),
            path=name, sheet=sheet, reason=reason)
    return SpreadsheetError(QT_TRANSLATE_NOOP(
        "Errors", "{path} is damaged or not a real .xlsx workbook ({reason}). Open it in Excel, "
        "save it again as .xlsx, and retry; nothing was imported."), path=name, reason=reason)


def zip_bomb(path: Path) -> SpreadsheetError:
    return SpreadsheetError(QT_TRANSLATE_NOOP(
        "Errors", "{path} unpacks to far more data than a workbook of its size "
        "should (a “zip bomb”); it was not opened."), path=Path(path).name)


def too_many_rows(sheet: str, limit: int) -> SpreadsheetError:
    return SpreadsheetError(QT_TRANSLATE_NOOP(
        "Errors", "Sheet “{sheet}” has more than {limit} rows; split the file."),
        sheet=sheet, limit=limit)


def cell_too_long(sheet: str | None, row: int | None, limit: int, start: str = "",
                  column: str = "") -> SpreadsheetError:
    """A cell over the import limit, named by sheet and row (and column when known)."""
    if row and column:
        return SpreadsheetError(QT_TRANSLATE_NOOP(
            "Errors", "Sheet “{sheet}”, row {row}, column {column} holds more than {limit} "
            "characters (it begins “{start}”); shorten it and import again. Nothing was "
            "imported."), sheet=sheet, row=row, column=column, limit=limit,
            start=shortened(start, 30))
    if row:
        return SpreadsheetError(QT_TRANSLATE_NOOP(
            "Errors", "Sheet “{sheet}”, row {row} holds a cell of more than {limit} characters; "
            "shorten it and import again. Nothing was imported."),
            sheet=sheet, row=row, limit=limit)
    if sheet:
        return SpreadsheetError(QT_TRANSLATE_NOOP(
            "Errors", "A text in sheet “{sheet}” is longer than {limit} characters; shorten "
            "the long cell and import again. Nothing was imported."), sheet=sheet, limit=limit)
    return SpreadsheetError(QT_TRANSLATE_NOOP(
        "Errors", "A cell of this workbook holds more than {limit} characters; shorten the "
        "long cell and import again. Nothing was imported."), limit=limit)
