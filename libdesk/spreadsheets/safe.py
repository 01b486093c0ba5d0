"""Safe spreadsheet files: cells that never become formulas, saves that never leave half a
file, and opening untrusted .xlsx files within size limits (openpyxl parses XML through
defusedxml when it is installed, which LibDesk requires)."""
from __future__ import annotations

import os
import tempfile
import zipfile
import zlib
from pathlib import Path
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.utils.exceptions import InvalidFileException

from libdesk.models.errors import QT_TRANSLATE_NOOP, DomainError

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\x00")
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNZIPPED_BYTES = 300 * 1024 * 1024
MAX_RATIO = 200  # unzipped / zipped, for any one member over 1 MB
MAX_MEMBERS = 5000


class SpreadsheetError(DomainError):
    """The file cannot be read or written; nothing in the database changed."""


def clean_text(value: str) -> str:
    """Drop control characters XML cannot carry (keeping tab, CR and LF)."""
    return "".join(ch for ch in value if ch >= " " or ch in "\t\r\n")


def text_cell(sheet, value: Any, style=None) -> WriteOnlyCell:
    """A write-only cell; strings are always stored as text, even ``=1+1`` or ``+86…``."""
    if isinstance(value, str):
        cell = WriteOnlyCell(sheet, value=clean_text(value))
        cell.data_type = "s"
    else:
        cell = WriteOnlyCell(sheet, value=value)
    if style is not None:
        for name, setting in style.items():
            setattr(cell, name, setting)
    return cell


def atomic_save(workbook, target: Path) -> Path:
    """Save beside the target under a temporary name, then rename over it.

    If saving or renaming fails (the old file is open in Excel, the disk is full), any old
    file is left as it was and the temporary file is removed."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".xlsx.tmp",
                                         dir=str(target.parent))
    os.close(handle)
    temp = Path(temp_name)
    try:
        workbook.save(str(temp))
        os.replace(temp, target)
    except PermissionError as exc:
        temp.unlink(missing_ok=True)
        raise SpreadsheetError(QT_TRANSLATE_NOOP(
            "Errors", "Could not write {path}: the file is in use or read-only ({reason}). "
            "Close it in Excel or choose another name; the old file was kept."),
            path=str(target), reason=exc.strerror or str(exc)) from exc
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise SpreadsheetError(QT_TRANSLATE_NOOP(
            "Errors", "Could not write {path} ({reason}); the old file was kept."),
            path=str(target), reason=exc.strerror or str(exc)) from exc
    return target


def check_xlsx(path: Path) -> None:
    """Refuse, before parsing, a file that is missing, not an .xlsx, too large, a zip bomb,
    carries a DTD (XML entity bombs), or has a sheet over the row limit. Every XML member is
    decompressed in a stream and counted, so a lying zip directory does not help."""
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
    from libdesk.spreadsheets import hostile

    with open(path, "rb") as handle:
        head = handle.read(8)
    hostile.refuse_old_format(path, head)
    if not zipfile.is_zipfile(path):
        raise SpreadsheetError(QT_TRANSLATE_NOOP(
            "Errors", "{path} is not an Excel .xlsx workbook. Save it as .xlsx "
            "(Excel: File → Save As → Excel Workbook) and try again."), path=path.name)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            _check_directory(path, members)
            budget = [MAX_UNZIPPED_BYTES]
            for member in members:
                if member.filename.lower().endswith((".xml", ".rels", ".vml")):
                    hostile.scan_member(path, archive, member, budget)
    except SpreadsheetError:
        raise
    # RuntimeError covers zipfile's refusal of encrypted parts and of compression methods
    # it cannot read.
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError,
            RuntimeError, zlib.error) as exc:
        raise _damaged(path, f"{type(exc).__name__}: {exc}") from exc


def _check_directory(path: Path, members: list[zipfile.ZipInfo]) -> None:
    if len(members) > MAX_MEMBERS:
        raise _damaged(path, f"{len(members)} parts")
    total = 0
    for member in members:
        if member.flag_bits & 0x1:
            raise _damaged(path, "encrypted parts")
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if total > MAX_UNZIPPED_BYTES or (member.file_size > 1024 * 1024 and ratio > MAX_RATIO):
            raise zip_bomb_error(path)
    if "xl/workbook.xml" not in {m.filename for m in members}:
        raise _damaged(path, "no xl/workbook.xml")


def zip_bomb_error(path: Path) -> SpreadsheetError:
    return SpreadsheetError(QT_TRANSLATE_NOOP(
        "Errors", "{path} unpacks to far more data than a workbook of its size "
        "should (a “zip bomb”); it was not opened."), path=path.name)


def load_xlsx(path: Path, *, read_only: bool = True):
    """Open a checked .xlsx with openpyxl, turning every parser failure into a clear error."""
    from openpyxl import load_workbook

    check_xlsx(path)
    try:
        return load_workbook(str(path), read_only=read_only, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError,
            IndexError, AttributeError, OSError, SyntaxError) as exc:
        raise _damaged(Path(path), f"{type(exc).__name__}: {exc}") from exc
    except Exception as exc:  # defusedxml and lxml raise their own families
        raise _damaged(Path(path), f"{type(exc).__name__}: {exc}") from exc


def _damaged(path: Path, reason: str) -> SpreadsheetError:
    return SpreadsheetError(QT_TRANSLATE_NOOP(
        "Errors", "{path} is damaged or not a real .xlsx workbook ({reason}). Open it in Excel, "
        "save it again as .xlsx, and retry; nothing was imported."),
        path=Path(path).name, reason=reason[:200])
