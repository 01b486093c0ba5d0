"""A column being one of many integers (thousands of ids), in one bound parameter.

An ``IN (?, ?, …)`` list costs a bound parameter per id, and past a few hundred it is cut
into several statements. Here SQLite reads the ids from one JSON array (``json_each``) and
PostgreSQL from one array (``= ANY``); another database gets ``IN`` lists of at most 500
ids, ORed.
"""
from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import Integer, String, any_, bindparam, false, or_, select
from sqlalchemy.sql.elements import ColumnElement

LIST_LIMIT = 500


def among(session, column, ids: Iterable[int]) -> ColumnElement:
    """``column`` is one of ``ids`` (integers), for a statement run in ``session`` (or on
    a connection)."""
    ids = [int(i) for i in ids]
    if not ids:
        return false()
    dialect = getattr(session, "dialect", None) or session.get_bind().dialect
    name = dialect.name
    if name == "sqlite":
        from sqlalchemy import func

        each = func.json_each(bindparam(None, json.dumps(ids), type_=String)) \
            .table_valued("value")
        return column.in_(select(each.c.value))
    if name == "postgresql":
        from sqlalchemy.dialects.postgresql import ARRAY

        return column == any_(bindparam(None, ids, type_=ARRAY(Integer)))
    return or_(*(column.in_(ids[start:start + LIST_LIMIT])
                 for start in range(0, len(ids), LIST_LIMIT)))
