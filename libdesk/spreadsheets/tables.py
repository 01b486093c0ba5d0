"""Sheets as tables, read side: header-mapped rows numbered as Excel shows them.

Every import reads rows through ``read_table`` (from a workbook opened by
``opening.open_workbook``), which maps columns by header, skips blank rows and counts data
rows exactly; the hours import reads the same sheet column by column through
``table_blocks`` (the same header and row checks). Exports are written by
``writing.write_table``.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from itertools import chain
from typing import Any

from libdesk.models.errors import QT_TRANSLATE_NOOP, Problem
from libdesk.spreadsheets.errors import SpreadsheetError, too_many_rows
from libdesk.spreadsheets.opening import MAX_DATA_ROWS, ReadBook

MAX_IMPORT_ROWS = MAX_DATA_ROWS


@dataclass
class SheetRow:
    number: int  # as Excel shows it (the header is row 1)
    values: dict[str, Any]

    def text(self, header: str) -> str:
        value = self.values.get(header)
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return str(value).strip()

    def problem(self, sheet: str, column: str, template: str, **params) -> Problem:
        """A problem in this row's ``column``, located as Excel shows it."""
        return Problem(column, template, params, self.number, sheet)

    def whole(self, header: str, problems: list[Problem], sheet: str,
              default: int | None = None, minimum: int | None = 0) -> int | None:
        """The cell as a whole number (``default`` when empty); a bad one is reported."""
        text = self.text(header)
        if not text:
            return default
        try:
            value = int(text)
            if minimum is not None and value < minimum:
                raise ValueError
            return value
        except ValueError:
            problems.append(self.problem(sheet, header, QT_TRANSLATE_NOOP(
                "Errors", "“{value}” is not a whole number."), value=text))
            return None

    def day(self, header: str, problems: list[Problem], sheet: str) -> date | None:
        """The cell as a date: a real Excel date, or text like 2020-10-14 / 2020/10/14."""
        value = self.values.get(header)
        if value in (None, ""):
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        text = str(value).strip().replace("/", "-").replace(".", "-")
        try:
            return date.fromisoformat(text)
        except ValueError:
            problems.append(self.problem(sheet, header, QT_TRANSLATE_NOOP(
                "Errors", "“{value}” is not a date; write it as 2020-10-14."), value=str(value)))
            return None


def read_table(workbook: ReadBook, title: str, required: list[str],
               max_rows: int = MAX_IMPORT_ROWS) -> Iterator[SheetRow]:
    """Rows of sheet ``title`` as header → value; blank rows skipped. The header must be in
    row 1; at most ``max_rows`` rows may follow it."""
    _require_sheet(workbook, title)
    rows = workbook.rows(title)
    first = next(rows, None)
    names = [str(h).strip() if h is not None else "" for h in first[1]] \
        if first is not None and first[0] == 1 else []
    require_columns(title, names, required)
    for number, values in rows:
        if number - 1 > max_rows:
            raise too_many_rows(title, max_rows)
        if is_blank(values):
            continue
        yield SheetRow(number, {n: v for n, v in zip(names, values) if n})


def table_blocks(workbook: ReadBook, title: str,
                 max_rows: int = MAX_IMPORT_ROWS) -> tuple[list[str], Iterator[tuple[int, list]]]:
    """``read_table``'s sheet for reading column by column: the names in its row 1 ([] when
    the sheet's first row is not row 1), and the rows below in blocks (number of the
    block's first row, rows as calamine reads them: "" for an empty cell, blank rows left
    in, see ``is_blank``); more than ``max_rows`` rows below the header are refused."""
    _require_sheet(workbook, title)
    blocks = workbook.blocks(title)
    first = next(blocks, None)
    if first is None:
        return [], iter(())
    number, block = first
    names = [str(h).strip() if h is not None else "" for h in block[0]] if number == 1 else []

    def below() -> Iterator[tuple[int, list]]:
        for start, rows in chain([(number + 1, block[1:])], blocks):
            if rows and start + len(rows) - 2 > max_rows:
                raise too_many_rows(title, max_rows)
            if rows:
                yield start, rows
    return names, below()


def is_blank(values: list) -> bool:
    """A row ``read_table`` skips: every cell empty or only spaces."""
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def require_columns(title: str, names: list[str], required: list[str]) -> None:
    missing = [h for h in required if h not in names]
    if missing:
        raise SpreadsheetError(QT_TRANSLATE_NOOP(
            "Errors", "Sheet “{sheet}” lacks the column(s) {columns} in its first row."),
            sheet=title, columns="、".join(missing))


def _require_sheet(workbook: ReadBook, title: str) -> None:
    if title not in workbook.sheetnames:
        raise SpreadsheetError(QT_TRANSLATE_NOOP(
            "Errors", "The workbook has no sheet named “{sheet}”. Use the layout LibDesk "
            "exports (sheets: {sheets})."), sheet=title, sheets="、".join(workbook.sheetnames))
