"""Reading MARC catalogue exports, streaming, with pymarc: ISO 2709 (CNMARC and MARC21, UTF-8
or GB18030) and MARCXML.

Each record is mapped by its format: CNMARC (UNIMARC) has 200 for the title, MARC21 has 245.

=============  ===============  ===============================
               CNMARC           MARC21
=============  ===============  ===============================
ISBN, price    010 $a, $d       020 $a, $c (or 365 $b)
title          200 $a $e        245 $a $b
author         200 $f, 701 $a   100 $a, 245 $c
publisher      210 $c           264 $b, 260 $b
call number    905 $d/$e, 690   090 $a $b, 050 $a $b
=============  ===============  ===============================
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from libdesk.services.catalogue.entries import CatalogueEntry

RECORD_END = b"\x1d"
MAX_RECORD = 99_999  # ISO 2709 writes the record length in five digits
CHUNK = 1 << 20


class DamagedRecord(ValueError):
    """One record cannot be read; the import skips it and counts it."""


def iter_iso2709(handle: BinaryIO, on_bytes=None) -> Iterator[CatalogueEntry | DamagedRecord]:
    """Entries of an ISO 2709 stream; a record that cannot be read is yielded as a
    DamagedRecord (the caller decides how many it tolerates). ``on_bytes(n)`` after each chunk."""
    pending = b""
    while True:
        chunk = handle.read(CHUNK)
        if on_bytes is not None:
            on_bytes(len(chunk))
        if not chunk:
            break
        pending += chunk
        *records, pending = pending.split(RECORD_END)
        for raw in records:
            yield _iso_record(raw + RECORD_END)
        if len(pending) > MAX_RECORD:
            yield DamagedRecord("a record longer than ISO 2709 allows")
            pending = b""
    if pending.strip(b"\r\n\x00 \x1a"):
        yield _iso_record(pending)


def _iso_record(raw: bytes) -> CatalogueEntry | DamagedRecord:
    raw = raw.lstrip(b"\r\n\x00 ")
    if len(raw) < 25 or not raw[:5].isdigit():
        return DamagedRecord("no record leader")
    utf8 = raw[9:10] == b"a"
    if not utf8:
        try:
            raw.decode("utf-8")
            utf8 = True
        except UnicodeDecodeError:
            utf8 = False
    import pymarc  # the catalogue import alone needs it: not imported at start-up

    try:
        record = pymarc.Record(data=raw, force_utf8=utf8, utf8_handling="replace",
                               file_encoding="gb18030", hide_utf8_warnings=True)
    except Exception as exc:  # noqa: BLE001 - pymarc raises many kinds on damaged data
        return DamagedRecord(f"{type(exc).__name__}: {exc}")
    return entry_from_fields(_fields_of(record))


def _fields_of(record) -> dict[str, list[dict[str, list[str]]]]:
    """tag → [ {code → [values]} ] for the data fields."""
    out: dict[str, list[dict[str, list[str]]]] = {}
    for field in record.get_fields():
        if field.is_control_field():
            continue
        codes: dict[str, list[str]] = {}
        for sub in field.subfields:
            codes.setdefault(sub.code, []).append(str(sub.value))
        out.setdefault(field.tag, []).append(codes)
    return out


def iter_marcxml(handle: BinaryIO, on_bytes=None) -> Iterator[CatalogueEntry | DamagedRecord]:
    """Entries of a MARCXML file, parsed incrementally by lxml with entities, DTDs and the
    network off (a hostile file cannot expand or fetch anything)."""
    from lxml import etree

    parser = etree.iterparse(_Counting(handle, on_bytes), events=("end",),
                             resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, remove_comments=True)
    for _event, element in parser:
        if _local(element.tag) != "record":
            continue
        fields: dict[str, list[dict[str, list[str]]]] = {}
        for datafield in element:
            if _local(datafield.tag) != "datafield":
                continue
            codes: dict[str, list[str]] = {}
            for sub in datafield:
                if _local(sub.tag) == "subfield":
                    codes.setdefault(sub.get("code", ""), []).append(sub.text or "")
            fields.setdefault(datafield.get("tag", ""), []).append(codes)
        element.clear()
        while element.getprevious() is not None:
            del element.getparent()[0]
        yield entry_from_fields(fields)


class _Counting:
    def __init__(self, handle: BinaryIO, on_bytes) -> None:
        self.handle, self.on_bytes = handle, on_bytes

    def read(self, size: int = -1) -> bytes:
        data = self.handle.read(size if size and size > 0 else CHUNK)
        if self.on_bytes is not None:
            self.on_bytes(len(data))
        return data


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _first(fields, tag: str, *codes: str, join: str = " ") -> str:
    for occurrence in fields.get(tag, []):
        parts = [v.strip() for code in codes for v in occurrence.get(code, []) if v.strip()]
        if parts:
            return join.join(parts)
    return ""


def entry_from_fields(fields: dict[str, list[dict[str, list[str]]]]) -> CatalogueEntry:
    if "245" in fields or "020" in fields:  # MARC21
        title = _first(fields, "245", "a", "b").rstrip(" /:;=")
        return CatalogueEntry(
            isbn=_first(fields, "020", "a").split(" ")[0],
            title=title,
            author=_first(fields, "100", "a").rstrip(" ,.") or
            _first(fields, "245", "c").rstrip(" ."),
            publisher=(_first(fields, "264", "b") or _first(fields, "260", "b")).rstrip(" ,:;"),
            price=_first(fields, "020", "c") or _first(fields, "365", "b"),
            call_number=_first(fields, "090", "a", "b", join="/") or
            _first(fields, "050", "a", "b", join="/"))
    return CatalogueEntry(  # CNMARC
        isbn=_first(fields, "010", "a").split(" ")[0],
        title=_first(fields, "200", "a", "e", join="："),
        author=_first(fields, "200", "f") or _first(fields, "701", "a") or
        _first(fields, "700", "a"),
        publisher=_first(fields, "210", "c"),
        price=_first(fields, "010", "d"),
        call_number=_first(fields, "905", "d", "e", join="/") or _first(fields, "690", "a"))
