"""Real exports taken apart and put back together changed, for the hostile-file tests."""
from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

SHEET = "xl/worksheets/sheet1.xml"


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rebuild(target: Path, members: dict[str, bytes],
            compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(target, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return target


def changed(source: Path, target: Path, part: str,
            change: Callable[[bytes], bytes]) -> Path:
    """``source`` with one part replaced by ``change(part)``."""
    members = parts(source)
    members[part] = change(members[part])
    return rebuild(target, members)


def without(source: Path, target: Path, part: str) -> Path:
    members = parts(source)
    del members[part]
    return rebuild(target, members)


def row_start(sheet: bytes, number: int) -> int:
    """Where row ``number``'s first cell begins in the sheet XML."""
    at = sheet.index(b'<row r="%d"' % number)
    return sheet.index(b"<c ", at)


def sheet_xml(rows: list[list[str]]) -> bytes:
    """A worksheet of inline strings, rows from 1."""
    body = b"".join(
        b'<row r="%d">' % n + b"".join(
            b'<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (
                bytes([65 + i]), n, value.encode()) for i, value in enumerate(values))
        + b"</row>" for n, values in enumerate(rows, start=1))
    return (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
            b'openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + body
            + b"</sheetData></worksheet>")
