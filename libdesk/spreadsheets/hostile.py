"""What ``safe.check_xlsx`` adds against hostile files: old or encrypted Office files,
XML with a DTD (entity "billion laughs" bombs), decompressed sizes counted while streaming
(a zip directory that lies does not help), and sheets over the row limit."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from libdesk.models.errors import QT_TRANSLATE_NOOP
from libdesk.spreadsheets.safe import MAX_RATIO, SpreadsheetError, zip_bomb_error

MAX_SHEET_ROWS = 200_000
SCAN_CHUNK = 1024 * 1024
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_ROW = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s>/]")


def refuse_old_format(path: Path, head: bytes) -> None:
    if head.startswith(OLE_MAGIC):
        raise SpreadsheetError(QT_TRANSLATE_NOOP(
            "Errors", "{path} is an old .xls workbook or a password-protected file. Open it "
            "in Excel, remove any password and save it as .xlsx, then try again."),
            path=path.name)


def scan_member(path: Path, archive: zipfile.ZipFile, member: zipfile.ZipInfo,
                budget: list[int]) -> None:
    """Stream one XML part: count real bytes, refuse DTDs, count a worksheet's rows."""
    is_sheet = member.filename.startswith("xl/worksheets/")
    rows, tail, read = 0, b"", 0
    with archive.open(member) as stream:
        while True:
            chunk = stream.read(SCAN_CHUNK)
            if not chunk:
                break
            read += len(chunk)
            budget[0] -= len(chunk)
            if budget[0] < 0 or (read > 1024 * 1024 and read / max(member.compress_size, 1)
                                 > MAX_RATIO):
                raise zip_bomb_error(path)
            window = tail + chunk
            if _DTD.search(window):
                raise SpreadsheetError(QT_TRANSLATE_NOOP(
                    "Errors", "{path} contains XML declarations (DTD/entities) that real Excel "
                    "files never have; it was not opened (it could be an “XML bomb”)."),
                    path=path.name)
            if is_sheet:
                rows += len(_ROW.findall(chunk if not tail else window[len(tail) - 8:]))
                if rows > MAX_SHEET_ROWS:
                    raise SpreadsheetError(QT_TRANSLATE_NOOP(
                        "Errors", "{path} has a sheet with more than {limit} rows; split it "
                        "into smaller files."), path=path.name, limit=MAX_SHEET_ROWS)
            tail = window[-16:]
