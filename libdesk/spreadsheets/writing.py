"""Writing workbooks: streamed through XlsxWriter in constant-memory mode (each row goes to
disk as it is written, so memory stays flat at any size), with the safe-cell rules and a save
that never leaves half a file.

Safe cells: a string is always written as text — ``=1+1``, ``+86…``, ``-``, ``@`` and anything
else never become formulas or numbers (XlsxWriter's conversions are off and only the typed
``write_*`` calls are used); characters XML cannot hold are dropped. The workbook is written
under a temporary name beside the target and renamed over it only when complete: if anything
fails (the data, the disk, the old file open in Excel) the old file is left as it was."""
from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from libdesk.models.errors import QT_TRANSLATE_NOOP
from libdesk.spreadsheets.errors import SpreadsheetError

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\x00")
MAX_CELL_TEXT = 32_767  # Excel's limit for one cell
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_DROP = dict.fromkeys(c for c in range(32) if chr(c) not in "\t\r\n")


@dataclass(frozen=True)
class Column:
    header: str  # Chinese: spreadsheets are Chinese whatever the UI language
    width: float = 14


def clean_text(value: str) -> str:
    """Drop control characters XML cannot carry (keeping tab, CR and LF)."""
    return value.translate(_DROP)[:MAX_CELL_TEXT]


class ExportBook:
    """An XlsxWriter workbook being written to a temporary file beside ``target``."""

    def __init__(self, target: Path) -> None:
        import xlsxwriter

        self.target = Path(target)
        self.target.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{self.target.stem}-", suffix=".xlsx.tmp",
                                        dir=str(self.target.parent))
        os.close(handle)
        self.temp = Path(name)
        self.closed = False
        self.book = xlsxwriter.Workbook(name, {
            "constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
            "strings_to_urls": False})
        self.header = self.book.add_format({"bold": True, "bg_color": "#DDE7F0",
                                            "valign": "vcenter"})
        self.day = self.book.add_format({"num_format": "yyyy-mm-dd"})
        self.moment = self.book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
        self.clock = self.book.add_format({"num_format": "hh:mm:ss"})

    def properties(self, values: dict[str, str]) -> None:
        """Custom document properties (what desk wrote the file, whether it is masked)."""
        for name, value in values.items():
            self.book.set_custom_property(name, str(value))

    def finish(self) -> Path:
        from xlsxwriter.exceptions import FileCreateError

        try:
            self._close()
            os.replace(self.temp, self.target)
        except (PermissionError, FileCreateError) as exc:
            self.discard()
            reason = getattr(exc, "strerror", None) or str(exc)
            raise SpreadsheetError(QT_TRANSLATE_NOOP(
                "Errors", "Could not write {path}: the file is in use or read-only ({reason}). "
                "Close it in Excel or choose another name; the old file was kept."),
                path=str(self.target), reason=reason[:200]) from exc
        except OSError as exc:
            self.discard()
            raise SpreadsheetError(QT_TRANSLATE_NOOP(
                "Errors", "Could not write {path} ({reason}); the old file was kept."),
                path=str(self.target), reason=(exc.strerror or str(exc))[:200]) from exc
        return self.target

    def discard(self) -> None:
        try:
            self._close()
        except Exception:  # the workbook was half written; only the temporary file matters
            pass
        self.temp.unlink(missing_ok=True)

    def _close(self) -> None:
        if not self.closed:
            self.closed = True
            self.book.close()


@contextmanager
def export_book(target: Path) -> Iterator[ExportBook]:
    """``with export_book(path) as book: write_table(book, …)`` — the file appears at
    ``path`` only if the block completes; otherwise the old file (if any) is kept."""
    book = ExportBook(target)
    try:
        yield book
    except BaseException:
        book.discard()
        raise
    book.finish()


def write_table(book: ExportBook, title: str, columns: list[Column], rows: Iterable[list[Any]],
                progress: Callable[[int], None] | None = None) -> int:
    """Add a sheet and stream ``rows`` into it: bold frozen header with an autofilter, set
    widths, dates as real dates, strings always text. Returns the number of data rows."""
    sheet = book.book.add_worksheet(title)
    for index, column in enumerate(columns):
        sheet.set_column(index, index, column.width)
    sheet.freeze_panes(1, 0)
    for index, column in enumerate(columns):
        sheet.write_string(0, index, clean_text(column.header), book.header)
    count = 0
    write = _writer(sheet, book)
    direct = {str: _string_writer(sheet), int: sheet.write_number, float: sheet.write_number}
    for count, row in enumerate(rows, start=1):
        for index, value in enumerate(row):
            if value is not None:  # the common types straight to XlsxWriter, others sorted
                (direct.get(type(value)) or write)(count, index, value)
        if progress is not None and count % 1000 == 0:
            progress(count)
    sheet.autofilter(0, 0, count, len(columns) - 1)
    return count


def _string_writer(sheet) -> Callable[[int, int, str], None]:
    write_string = sheet.write_string
    unsafe = _UNSAFE.search

    def write(row: int, column: int, value: str) -> None:
        if value:
            write_string(row, column, clean_text(value) if unsafe(value) or len(value) >
                         MAX_CELL_TEXT else value)
    return write


def _writer(sheet, book: ExportBook) -> Callable[[int, int, Any], None]:
    """A cell writer choosing XlsxWriter's typed call by the value's type."""
    def write(row: int, column: int, value: Any) -> None:
        if isinstance(value, str):
            if value:
                sheet.write_string(row, column, clean_text(value))
        elif isinstance(value, bool):
            sheet.write_boolean(row, column, value)
        elif isinstance(value, (int, float)):
            sheet.write_number(row, column, value)
        elif isinstance(value, Decimal):
            sheet.write_number(row, column, float(value))
        elif isinstance(value, datetime):  # Excel has no time zones: write local wall time
            sheet.write_datetime(row, column, value.replace(tzinfo=None), book.moment)
        elif isinstance(value, date):
            sheet.write_datetime(row, column, value, book.day)
        elif isinstance(value, time):
            sheet.write_datetime(row, column, value.replace(tzinfo=None), book.clock)
        else:
            sheet.write_string(row, column, clean_text(str(value)))
    return write
