"""Audit rows as the log stores them: who, when, which record, old and new values as JSON
(secret columns hidden), written with one executemany (``bulk`` on SQLite)."""
from __future__ import annotations

import json
from json.encoder import encode_basestring as _encode_text
from base64 import b64encode
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy import types as sa_types
from sqlalchemy.orm import Session

from libdesk.models.audit import AuditAction
from libdesk.models.clock import utcnow
from libdesk.store import bulk
from libdesk.store.distinct import per_distinct



def audit_table() -> Table:
    """The log's table. Imported at the first audit row written, not with the store: a start
    that only reads (the first tab's rows) imports no table model."""
    from libdesk.models.audit_log import AuditLog

    return AuditLog.__table__


SECRET_COLUMNS = {"password_hash", "private_key"}
SECRET = "(hidden)"


def diff_rows(session, table: Table, before: dict[tuple, dict], after: dict[tuple, dict]):
    rows = []
    for key in list(before) + [k for k in after if k not in before]:
        old, new = before.get(key), after.get(key)
        if old is None and new is not None:
            rows.append(row(session, AuditAction.INSERT, table.name, format_id(key), None, new))
        elif new is None and old is not None:
            rows.append(row(session, AuditAction.DELETE, table.name, format_id(key), old, None))
        elif old is not None and new is not None:
            changed = [c for c in new if old.get(c) != new[c]]
            if changed:
                rows.append(row(session, AuditAction.UPDATE, table.name, format_id(key),
                                 {c: old.get(c) for c in changed}, {c: new[c] for c in changed}))
    return rows


def row(session, action: AuditAction, table: str, record_id: str,
         old: dict[str, Any] | None, new: dict[str, Any] | None) -> dict[str, Any]:
    return {"at": session.info.get("audit_now") or utcnow(),
            "actor": str(session.info.get("actor", ""))[:40], "action": action.value,
            "table_name": table[:60], "record_id": record_id[:80],
            "old_values": _json(old), "new_values": _json(new)}


_AUDIT_COLUMNS = ("at", "actor", "action", "table_name", "record_id", "old_values",
                  "new_values")


def write(session: Session, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    connection = session.connection()
    if bulk.fast(connection):  # the rows of ``_row``: always these columns
        bulk.insert_rows(connection, audit_table(), _AUDIT_COLUMNS,
                         [tuple(r[c] for c in _AUDIT_COLUMNS) for r in rows])
    else:
        connection.execute(insert(audit_table()), rows)


def format_id(values) -> str:
    return "/".join("" if v is None else str(v) for v in values)


def _json(values: dict[str, Any] | None) -> str | None:
    if values is None:
        return None
    clean = values if SECRET_COLUMNS.isdisjoint(values) else {
        k: (SECRET if k in SECRET_COLUMNS else v) for k, v in values.items()}
    return _ENCODER.encode(clean)


def _plain(value: Any) -> Any:
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "base64:" + b64encode(bytes(value)).decode("ascii")
    return str(value)


# one encoder for every row (``json.dumps`` with options builds a new one each call)
_ENCODER = json.JSONEncoder(ensure_ascii=False, default=_plain, sort_keys=True)
# the same output for a dict whose keys are in order already (``_write_inserted``)
_SORTED_ENCODER = json.JSONEncoder(ensure_ascii=False, default=_plain)


def write_inserted(session, table: Table, names: list[str], columns: list[list]) -> None:
    """One INSERT audit row for each row inserted (``columns[i]``: column ``names[i]`` of
    every row), as ``diff_rows`` makes them: the keys sorted once, dates turned to text
    once per distinct value, the JSON made column by column (``_json_objects``)."""
    if not SECRET_COLUMNS.isdisjoint(names):
        pk = table.primary_key.columns[0].name
        rows = [dict(zip(names, r)) for r in zip(*columns)]
        write(session, diff_rows(session, table, {}, {(r[pk],): r for r in rows}))
        return
    key = names.index(table.primary_key.columns[0].name)
    order = sorted(range(len(names)), key=names.__getitem__)
    shown = [columns[i] if _plain_type(table.c[names[i]])
             else per_distinct(columns[i], _plain_or_none) for i in order]
    texts = _json_objects([names[i] for i in order], shown)
    count = len(texts)
    at = session.info.get("audit_now") or utcnow()
    actor = str(session.info.get("actor", ""))[:40]
    ids = [str(v)[:80] for v in columns[key]]
    bulk.insert_columns(session.connection(), audit_table(), _AUDIT_COLUMNS, [
        [at] * count, [actor] * count, [AuditAction.INSERT.value] * count,
        [table.name[:60]] * count, ids, [None] * count, texts])


def _objects(keys: list[str], rows: list[tuple]) -> list[str]:
    """``_json_objects`` of rows given row by row."""
    return _json_objects(keys, [list(c) for c in zip(*rows)]) if rows else []


def _json_objects(keys: list[str], columns: list[list]) -> list[str]:
    """The JSON objects of the rows given column by column (``columns[i]``: the values of
    key ``keys[i]``, the keys sorted), exactly as ``_SORTED_ENCODER`` writes them: each
    distinct value's JSON made once per column, a value the same in every row written into
    the template once, and each row's text one ``%`` of the rest. Rows holding a value
    other than None, a bool, an int, a float or a str go through the encoder."""
    if not columns or not columns[0]:
        return []
    parts, varying = [], []
    for key, column in zip(keys, columns):
        try:
            if set(map(type, column)) == {int}:  # keys: each one different
                shown = list(map(int.__repr__, column))
            else:
                shown = per_distinct(column, _scalar_json)
        except (TypeError, _NotScalar):  # unhashable, or not a plain value
            encode = _SORTED_ENCODER.encode
            return [encode(dict(zip(keys, r))) for r in zip(*columns)]
        label = _encode_text(key).replace("%", "%%") + ": "
        if shown.count(shown[0]) == len(shown):
            parts.append(label + shown[0].replace("%", "%%"))
        else:
            parts.append(label + "%s")
            varying.append(shown)
    template = "{" + ", ".join(parts) + "}"
    if not varying:
        return [template.replace("%%", "%")] * len(columns[0])
    return [template % values for values in zip(*varying)]


class _NotScalar(Exception):
    pass


def _scalar_json(value: Any) -> str:
    """One value's JSON as the encoder writes it (``allow_nan``, ``ensure_ascii=False``)."""
    kind = value.__class__
    if kind is str:
        return _encode_text(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is int:
        return int.__repr__(value)
    if kind is float:
        if value != value:
            return "NaN"
        if value in (float("inf"), float("-inf")):
            return "Infinity" if value > 0 else "-Infinity"
        return float.__repr__(value)
    raise _NotScalar


def _plain_or_none(value: Any) -> Any:
    """What the encoder's ``default`` makes of a value (None and plain values kept)."""
    if value is None or value.__class__ in (str, int, float, bool):
        return value
    return _plain(value)


def _plain_type(column) -> bool:
    """Whether the column's values go into JSON as they are (text, whole numbers, floats,
    booleans); any other type (dates, decimals, enums, custom types) is converted first."""
    kind = column.type
    if isinstance(kind, sa_types.Enum):
        return False
    return isinstance(kind, (sa_types.String, sa_types.Integer, sa_types.Float,
                             sa_types.Boolean))
