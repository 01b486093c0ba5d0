"""Sheets as tables: streaming export (write-only mode, flat memory) and header-mapped import.

Every export in LibDesk goes through ``write_table``: Chinese headers in a bold, frozen first
row with an autofilter, set column widths, dates as real dates, strings always as text.
Every import reads rows through ``read_table``, which maps columns by header and numbers rows
as Excel shows them.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from libdesk.models.errors import QT_TRANSLATE_NOOP, Problem
from libdesk.spreadsheets.safe import FORMULA_TRIGGERS, SpreadsheetError, text_cell

HEADER_STYLE = {"font": Font(bold=True), "fill": PatternFill("solid", fgColor="DDE7F0"),
                "alignment": Alignment(vertical="center")}
MAX_IMPORT_ROWS = 200_000
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # control characters XML cannot hold


@dataclass(frozen=True)
class Column:
    header: str  # Chinese: spreadsheets are Chinese whatever the UI language
    width: float = 14


def new_workbook() -> Workbook:
    return Workbook(write_only=True)


def write_table(workbook: Workbook, title: str, columns: list[Column], rows: Iterable[list[Any]],
                progress: Callable[[int], None] | None = None) -> int:
    """Append a sheet and stream ``rows`` into it; returns the number of data rows."""
    sheet = workbook.create_sheet(title=title)
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    sheet.append([text_cell(sheet, c.header, HEADER_STYLE) for c in columns])
    count = 0
    for row in rows:
        sheet.append([_cell(sheet, value) for value in row])
        count += 1
        if progress is not None and count % 1000 == 0:
            progress(count)
    last = get_column_letter(len(columns))
    sheet.auto_filter.ref = f"A1:{last}{count + 1}"
    return count


def _cell(sheet, value: Any):
    """Plain values where openpyxl writes them safely (most cells: the fast path); a text
    cell for strings it would take as formulas or that carry characters XML cannot hold."""
    if isinstance(value, str):
        if value[:1] in FORMULA_TRIGGERS or _UNSAFE.search(value):
            return text_cell(sheet, value)
        return value
    if isinstance(value, datetime):  # openpyxl formats it yyyy-mm-dd h:mm:ss; Excel wants no zone
        return value.replace(tzinfo=None)
    return value  # numbers, None, and dates (which openpyxl formats yyyy-mm-dd by itself)


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


def read_table(workbook, title: str, required: list[str],
               max_rows: int = MAX_IMPORT_ROWS) -> Iterator[SheetRow]:
    """Rows of sheet ``title`` as header → value; blank rows skipped."""
    if title not in workbook.sheetnames:
        raise SpreadsheetError(QT_TRANSLATE_NOOP(
            "Errors", "The workbook has no sheet named “{sheet}”. Use the layout LibDesk "
            "exports (sheets: {sheets})."), sheet=title, sheets="、".join(workbook.sheetnames))
    sheet = workbook[title]
    rows = sheet.iter_rows(values_only=True)
    header = next(rows, None) or ()
    names = [str(h).strip() if h is not None else "" for h in header]
    missing = [h for h in required if h not in names]
    if missing:
        raise SpreadsheetError(QT_TRANSLATE_NOOP(
            "Errors", "Sheet “{sheet}” lacks the column(s) {columns} in its first row."),
            sheet=title, columns="、".join(missing))
    for number, values in enumerate(rows, start=2):
        if number - 1 > max_rows:
            raise SpreadsheetError(QT_TRANSLATE_NOOP(
                "Errors", "Sheet “{sheet}” has more than {limit} rows; split the file."),
                sheet=title, limit=max_rows)
        if values is None or all(v is None or str(v).strip() == "" for v in values):
            continue
        yield SheetRow(number, {n: v for n, v in zip(names, values) if n})
