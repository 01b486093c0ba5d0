"""A catalogue export as a workbook: the first sheet, a header row naming the columns (ISBN,
题名, 责任者, 出版社, 价格, 索书号 or their English / common variants), one book a row."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from libdesk.models.errors import QT_TRANSLATE_NOOP
from libdesk.spreadsheets.safe import SpreadsheetError, load_xlsx

MAX_CATALOGUE_ROWS = 1_100_000  # a sheet holds 1,048,576 rows

HEADERS = {
    "isbn": ("isbn", "isbn号", "标准书号", "国际标准书号"),
    "title": ("题名", "书名", "正题名", "title"),
    "author": ("责任者", "作者", "著者", "author"),
    "publisher": ("出版社", "出版者", "publisher"),
    "price": ("价格", "定价", "price"),
    "call_number": ("索书号", "索取号", "call number", "call_number", "callnumber"),
}


def iter_catalogue_rows(path: Path, on_row=None) -> Iterator[dict[str, str]]:
    """Each row as field → text (the fields of ``HEADERS`` that the sheet has)."""
    workbook = load_xlsx(Path(path))
    try:
        sheet = workbook.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        header = [str(h).strip().lower() if h is not None else "" for h in next(rows, ()) or ()]
        columns = {}
        for name, variants in HEADERS.items():
            for index, text in enumerate(header):
                if text in variants:
                    columns[name] = index
                    break
        if "isbn" not in columns or "title" not in columns:
            raise SpreadsheetError(QT_TRANSLATE_NOOP(
                "Errors", "The first row of the workbook must name at least the columns ISBN "
                "and 题名 (title); it names {found}."), found="、".join(h for h in header if h)
                or "—")
        for number, values in enumerate(rows, start=2):
            if number > MAX_CATALOGUE_ROWS:
                raise SpreadsheetError(QT_TRANSLATE_NOOP(
                    "Errors", "The workbook has more than {limit} rows; split it."),
                    limit=MAX_CATALOGUE_ROWS)
            if on_row is not None:
                on_row(number)
            if not values:
                continue
            out = {}
            for name, index in columns.items():
                value = values[index] if index < len(values) else None
                if isinstance(value, float) and value.is_integer():
                    value = int(value)
                out[name] = "" if value is None else str(value).strip()
            if any(out.values()):
                yield out
    finally:
        workbook.close()
