"""Opening untrusted .xlsx files: every check made before and while reading, in one place.

``check_xlsx`` refuses, before any parser sees the file, what is missing, too large, an old
or encrypted Office file, a zip bomb (sizes counted while decompressing, so a lying zip
directory does not help), XML with a DTD or an undefined entity, a NUL byte, text that is not
UTF-8, a cell longer than the import limit, a sheet with too many rows or spanning too many
cells, and a sheet whose part is missing. It streams every part in 1 MiB chunks, so memory
stays flat whatever the file holds. ``open_workbook`` then reads the checked file with
python-calamine (Rust) and turns every reader failure into a refusal naming the sheet."""
from __future__ import annotations

import codecs
import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from itertools import islice
from dataclasses import dataclass, field
from pathlib import Path

from libdesk.models.errors import QT_TRANSLATE_NOOP
from libdesk.spreadsheets.errors import (
    BROKEN_XML, BROKEN_ZIP, SpreadsheetError, cell_too_long, damaged, phrase, too_many_rows,
    zip_bomb)

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNZIPPED_BYTES = 300 * 1024 * 1024
MAX_RATIO = 200  # unzipped / zipped, for any one member over 1 MB
MAX_MEMBERS = 5000
MAX_DATA_ROWS = 200_000  # below the header row
MAX_CELL_CHARS = 2_000   # no field LibDesk imports is longer
MAX_COLUMNS = 64
MAX_CELLS = 6_000_000    # rows × columns a sheet may span (the reader holds one sheet)
SCAN_CHUNK = 1024 * 1024
BLOCK_ROWS = 4096  # rows of a sheet handed out at once (``ReadBook.blocks``)
# The most bytes one character takes in sheet XML (``&#x10FFFF;``): a run of text longer
# than this many bytes per allowed character is a cell over the limit, whatever it holds.
RUN_LIMIT = 10 * MAX_CELL_CHARS
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_PREFIXED_ROW = re.compile(rb"<[A-Za-z_][\w.-]*:row[\s>/]")
# Rows and cells at row 100,000 and beyond (a literal first, so the search is fast), and
# cells beyond column Z: rows below 100,000 are bounded by the count of row tags.
_FAR = re.compile(rb'r="[A-Z]{0,3}(\d{6,})"')
_WIDE_CELL = re.compile(rb'r="([A-Z]{2,})\d')
_FOLD = bytes.maketrans(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"0" * 10 + b"A" * 26)
_BAD_ENTITY = re.compile(rb"&(?!(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9A-Fa-f]{1,6});)"
                         rb"[^;<]{0,20};?")
_END = re.compile(rb"(?:</(?:[A-Za-z_][\w.-]*:)?(?:worksheet|sst)>|/>)\s*$")
_RELS_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


@dataclass
class Layout:
    """What the checks learned: each sheet's part, and the custom document properties."""
    sheets: dict[str, str] = field(default_factory=dict)  # part name → sheet title
    properties: dict[str, str] = field(default_factory=dict)


def check_xlsx(path: Path) -> Layout:
    """Refuse a hostile or damaged file before parsing it (see the module's docstring)."""
    path = Path(path)
    if not path.is_file():
        raise SpreadsheetError(QT_TRANSLATE_NOOP("Errors", "The file {path} does not exist."),
                               path=str(path))
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise SpreadsheetError(QT_TRANSLATE_NOOP(
            "Errors", "{path} is {mb} MB; LibDesk imports files up to {limit} MB. "
            "Split it into smaller files."),
            path=path.name, mb=size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024))
    with open(path, "rb") as handle:
        head = handle.read(8)
    if head.startswith(OLE_MAGIC):
        raise SpreadsheetError(QT_TRANSLATE_NOOP(
            "Errors", "{path} is an old .xls workbook or a password-protected file. Open it "
            "in Excel, remove any password and save it as .xlsx, then try again."),
            path=path.name)
    if not zipfile.is_zipfile(path):
        raise SpreadsheetError(QT_TRANSLATE_NOOP(
            "Errors", "{path} is not an Excel .xlsx workbook. Save it as .xlsx "
            "(Excel: File → Save As → Excel Workbook) and try again."), path=path.name)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            _check_directory(path, members)
            layout = _layout(path, archive)
            budget = [MAX_UNZIPPED_BYTES]
            for member in members:
                if member.filename.lower().endswith((".xml", ".rels", ".vml")):
                    _Scan(path, member, layout).run(archive, budget)
            return layout
    except SpreadsheetError:
        raise
    # RuntimeError covers zipfile's refusal of encrypted parts and of compression methods
    # it cannot read.
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError,
            RuntimeError, zlib.error, KeyError) as exc:
        raise damaged(path, phrase(BROKEN_ZIP)) from exc


def _check_directory(path: Path, members: list[zipfile.ZipInfo]) -> None:
    if len(members) > MAX_MEMBERS:
        raise damaged(path, phrase(QT_TRANSLATE_NOOP("Errors", "far too many parts")))
    total = 0
    for member in members:
        if member.flag_bits & 0x1:
            raise damaged(path, phrase(QT_TRANSLATE_NOOP("Errors", "encrypted parts")))
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if total > MAX_UNZIPPED_BYTES or (member.file_size > 1024 * 1024 and ratio > MAX_RATIO):
            raise zip_bomb(path)
    if "xl/workbook.xml" not in {m.filename for m in members}:
        raise damaged(path, phrase(QT_TRANSLATE_NOOP("Errors", "no xl/workbook.xml")))


def _small_xml(path: Path, archive: zipfile.ZipFile, name: str):
    """A small XML part parsed by defusedxml (no DTDs, no entities), or None if absent."""
    from defusedxml import ElementTree

    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > 2 * 1024 * 1024:
        raise damaged(path, phrase(QT_TRANSLATE_NOOP(
            "Errors", "its list of sheets is far too large")))
    data = archive.read(info)
    if _DTD.search(data):
        raise _xml_declarations(path)
    try:
        return ElementTree.fromstring(data)
    except Exception as exc:  # defusedxml and expat raise several families
        raise damaged(path, phrase(QT_TRANSLATE_NOOP(
            "Errors", "its list of sheets cannot be read"))) from exc


def _layout(path: Path, archive: zipfile.ZipFile) -> Layout:
    layout = Layout()
    book = _small_xml(path, archive, "xl/workbook.xml")
    rels = _small_xml(path, archive, "xl/_rels/workbook.xml.rels")
    targets = {} if rels is None else {
        r.get("Id"): r.get("Target", "") for r in rels.iter(f"{_RELS_NS}Relationship")}
    names = set(archive.namelist())
    for sheet in book.iter(f"{_MAIN_NS}sheet"):
        title, target = sheet.get("name") or "?", targets.get(sheet.get(_R_ID), "")
        part = target.lstrip("/") if target.startswith("/") else \
            posixpath.normpath(posixpath.join("xl", target))
        if part not in names:
            raise damaged(path, phrase(QT_TRANSLATE_NOOP(
                "Errors", "the sheet's part is missing")), sheet=title)
        layout.sheets[part] = title
    props = _small_xml(path, archive, "docProps/custom.xml")
    for prop in [] if props is None else props:
        if prop.get("name") and len(prop):
            layout.properties[prop.get("name")] = (prop[0].text or "")[:200]
    return layout


def _xml_declarations(path: Path) -> SpreadsheetError:
    return SpreadsheetError(QT_TRANSLATE_NOOP(
        "Errors", "{path} contains XML declarations (DTD/entities) that real Excel "
        "files never have; it was not opened (it could be an “XML bomb”)."),
        path=Path(path).name)


class _Scan:
    """One XML part streamed once: real bytes counted, DTDs refused, and for sheets and
    shared texts: UTF-8, NUL bytes, undefined entities, cell length, rows and extent.

    Each chunk is cut at its last ``<``, so no tag is split between two blocks (every tag
    matched starts with ``<`` and holds no other): the row count is exact."""

    def __init__(self, path: Path, member: zipfile.ZipInfo, layout: Layout) -> None:
        self.path, self.member = path, member
        name = member.filename
        self.sheet = layout.sheets.get(name) or (
            posixpath.basename(name)[:-4] if name.startswith("xl/worksheets/")
            and name.count("/") == 2 and name.endswith(".xml") else None)
        self.cells = self.sheet is not None or member.filename == "xl/sharedStrings.xml"
        self.where = self.sheet or "sharedStrings"
        self.rows = self.top = 0
        self.columns = 26

    def run(self, archive: zipfile.ZipFile, budget: list[int]) -> None:
        decoder = codecs.getincrementaldecoder("utf-8")()
        carry, read = b"", 0
        with archive.open(self.member) as stream:
            while True:
                chunk = stream.read(SCAN_CHUNK)
                read += len(chunk)
                budget[0] -= len(chunk)
                if budget[0] < 0 or (read > 1024 * 1024 and read / max(
                        self.member.compress_size, 1) > MAX_RATIO):
                    raise zip_bomb(self.path)
                if not self.cells:
                    if _DTD.search(carry + chunk):
                        raise _xml_declarations(self.path)
                    carry = chunk[-16:]
                    if not chunk:
                        return
                    continue
                data = carry + chunk
                try:
                    decoder.decode(chunk, final=not chunk)
                except UnicodeDecodeError as exc:
                    where = self._row_at(data, len(carry) + exc.start)
                    raise self._damaged(phrase(QT_TRANSLATE_NOOP(
                        "Errors", "text that is not UTF-8")), where) from exc
                if not chunk:
                    self._block(data)
                    if not _END.search(data[-64:]):
                        raise self._damaged(phrase(QT_TRANSLATE_NOOP(
                            "Errors", "the part ends early")), self.rows or None)
                    return
                cut = data.rfind(b"<")
                if cut <= 0:
                    carry = data
                    if len(carry) > RUN_LIMIT:
                        raise self._too_long(self.rows)
                    continue
                self._block(data[:cut])
                carry = data[cut:]

    def _block(self, block: bytes) -> None:
        if _DTD.search(block):
            raise _xml_declarations(self.path)
        if b"\x00" in block:
            raise self._damaged(phrase(QT_TRANSLATE_NOOP("Errors", "a NUL byte")),
                                self._row_at(block, block.index(b"\x00")))
        bad = _BAD_ENTITY.search(block)
        if bad:
            raise self._damaged(phrase(QT_TRANSLATE_NOOP("Errors", "an undefined entity")),
                                self._row_at(block, bad.start()))
        long_run = _long_run(block, RUN_LIMIT)
        if long_run >= 0:
            raise self._too_long(self._row_at(block, long_run))
        if self.sheet is None:
            return
        self.rows += _count_rows(block)
        # Every far reference holds six digits and a quote, every wide one r=" and two
        # capitals: where the block, its digits and capitals folded, holds neither, the
        # patterns cannot match (one fast pass instead of two pattern scans).
        marks = block.translate(_FOLD)
        far = _FAR.findall(block) if b'000000"' in marks else ()
        self.top = max(self.top, self.rows, *map(int, far))
        for letters in set(_WIDE_CELL.findall(block)) if b'r="AA' in marks else ():
            self.columns = max(self.columns, _column_number(letters))
        if self.top > MAX_DATA_ROWS + 1:
            raise too_many_rows(self.sheet, MAX_DATA_ROWS)
        if self.columns > MAX_COLUMNS or self.top * self.columns > MAX_CELLS:
            raise SpreadsheetError(QT_TRANSLATE_NOOP(
                "Errors", "Sheet “{sheet}” spans {rows} rows × {columns} columns, more than "
                "LibDesk reads at once; delete the unused rows and columns (or split the "
                "file) and import again."),
                sheet=self.sheet, rows=self.top, columns=self.columns)

    def _row_at(self, block: bytes, offset: int) -> int | None:
        """The sheet row at ``offset`` of ``block`` (None outside sheets)."""
        if self.sheet is None:
            return None
        return self.rows + _count_rows(block[:offset]) or None

    def _damaged(self, reason: str, row: int | None) -> SpreadsheetError:
        return damaged(self.path, reason, sheet=self.where, row=row)

    def _too_long(self, row: int | None) -> SpreadsheetError:
        return cell_too_long(self.sheet, row if self.sheet else None, MAX_CELL_CHARS)


def _long_run(block: bytes, limit: int) -> int:
    """Where a run of more than ``limit`` bytes without a ``<`` starts in ``block``, or -1.

    Windows of limit/2 bytes are probed every limit/4 bytes (``find`` stops at the first
    ``<``, so this costs little); any run over 3/4 of the limit holds a whole window, and
    only the runs found that way are measured exactly."""
    window = max(limit // 2, 1)
    step = max(window // 2, 1)
    for start in range(0, max(len(block) - window, 0) + 1, step):
        if block.find(b"<", start, start + window) == -1 and len(block) - start >= window:
            begin = block.rfind(b"<", 0, start) + 1
            end = block.find(b"<", start + window)
            if (len(block) if end == -1 else end) - begin > limit:
                return begin
    return -1


def _count_rows(block: bytes) -> int:
    """The row tags in ``block``: plain ones counted fast (when every tag beginning
    ``<row`` is ``<row ``, as in every file Excel writes, in two passes), prefixed ones by
    the pattern."""
    tags = block.count(b"<row")
    plain = block.count(b"<row ") if tags else 0
    if plain != tags:
        plain += block.count(b"<row>") + block.count(b"<row/")
    return plain + (len(_PREFIXED_ROW.findall(block)) if b":row" in block else 0)


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters[:4]:
        number = number * 26 + letter - 64
    return number if len(letters) <= 4 else 1 << 20


def _check_lengths(title: str, number: int, block: list[list]) -> None:
    """Refuse the first cell of ``block`` (rows numbered from ``number``) that is longer
    than the import limit: the first in row order, then column order."""
    limit, first = MAX_CELL_CHARS, None
    for index, column in enumerate(zip(*block)):
        try:
            longest = max(map(len, column))
        except TypeError:  # numbers, dates: only the texts have a length
            longest = max((len(v) for v in column if v.__class__ is str), default=0)
        if longest > limit:
            at = next(i for i, v in enumerate(column)
                      if v.__class__ is str and len(v) > limit)
            if first is None or at < first[0]:
                first = (at, index)
    if first is not None:
        from openpyxl.utils import get_column_letter

        at, index = first
        raise cell_too_long(title, number + at, limit, block[at][index],
                            get_column_letter(index + 1))


class ReadBook:
    """A checked workbook, read one sheet at a time through python-calamine."""

    def __init__(self, path: Path, layout: Layout) -> None:
        from python_calamine import CalamineWorkbook

        self.path, self.properties = Path(path), layout.properties
        self._sheet = None  # the last sheet read (calamine parses a sheet whole)
        try:
            self._book = CalamineWorkbook.from_path(str(path))
            self.sheetnames: list[str] = list(self._book.sheet_names)
        except Exception as exc:
            raise damaged(self.path, phrase(BROKEN_XML)) from exc
        except BaseException as exc:  # a Rust panic (pyo3 PanicException)
            if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                raise
            raise damaged(self.path, phrase(BROKEN_XML)) from exc

    def rows(self, title: str) -> Iterator[tuple[int, list]]:
        """(row number as Excel shows it, values with None for empty cells) of one sheet;
        every cell is checked against the length limit as it is read."""
        for number, block in self.blocks(title):
            for offset, values in enumerate(block):
                yield number + offset, [None if v == "" else v for v in values]

    def blocks(self, title: str, size: int | None = None) -> Iterator[tuple[int, list[list]]]:
        """The rows of one sheet in blocks of up to ``size`` (``BLOCK_ROWS``): (number of
        the block's first row as Excel shows it, its rows with the values as calamine reads
        them, "" for an empty cell); every cell of a block is checked against the length
        limit (column by column) before the block is handed out."""
        try:
            if self._sheet is None or self._sheet.name != title:
                self._sheet = None
                self._sheet = self._book.get_sheet_by_name(title)
            sheet = self._sheet
            start_row, start_column = sheet.start or (0, 0)
            pad = [""] * start_column
            number, rows = start_row + 1, sheet.iter_rows()
            while block := list(islice(rows, size or BLOCK_ROWS)):
                if pad:
                    block = [pad + row for row in block]
                _check_lengths(title, number, block)
                yield number, block
                number += len(block)
        except (SpreadsheetError, GeneratorExit):
            raise
        except BaseException as exc:  # calamine's errors, and a Rust panic
            if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                raise
            raise damaged(self.path, phrase(BROKEN_XML), sheet=title) from exc

    def close(self) -> None:
        self._book.close()

    def __enter__(self) -> ReadBook:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_workbook(path: Path) -> ReadBook:
    """Check ``path`` (``check_xlsx``) and open it for reading."""
    return ReadBook(path, check_xlsx(path))
