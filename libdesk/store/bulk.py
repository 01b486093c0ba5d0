"""Many plain rows in and out through the DBAPI directly (SQLite), for the audited bulk
insert: one prepared ``INSERT`` run by the driver's ``executemany`` over tuples, and the rows
read back by one ``SELECT`` whose values are converted by each column's own type processor.

SQLAlchemy's executemany builds a parameter dict per row and runs every value through its
bind processing; for 10,000 hour entries and their 10,000 audit rows that is most of the
write's time. Here each column's processor runs once per distinct value (dates and times
repeat: one day, one ``recorded_at`` for a whole import), and the values stored and read back
are exactly those SQLAlchemy would store and return. Used where the dialect takes positional
``?`` parameters (SQLite); other dialects go through SQLAlchemy as before.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Table, bindparam, select

_CACHEABLE = (str, int, float, bool, date, datetime, time, type(None))
_SQL: dict[tuple, str] = {}  # the statements made, by table and columns (tables never change)


def fast(connection) -> bool:
    """Whether this connection's rows may go through ``insert_rows`` / ``rows_above``."""
    return connection.dialect.paramstyle == "qmark"


def _converter(process: Callable | None) -> Callable[[Any], Any] | None:
    """``process`` run once per distinct (hashable, plain) value."""
    if process is None:
        return None
    seen: dict = {}

    def convert(value):
        if value.__class__ in _CACHEABLE:
            key = (value.__class__, value)
            try:
                return seen[key]
            except KeyError:
                seen[key] = out = process(value)
                return out
        return process(value)

    return convert


def insert_rows(connection, table: Table, columns: Sequence[str],
                rows: Iterable[Sequence]) -> None:
    """INSERT ``rows`` (tuples in ``columns`` order) with one ``executemany``."""
    dialect = connection.dialect
    key = ("insert", table.name, tuple(columns))
    sql = _SQL.get(key)
    if sql is None:
        quote = dialect.identifier_preparer
        sql = _SQL[key] = (f"INSERT INTO {quote.format_table(table)} "
                           f"({', '.join(quote.quote(c) for c in columns)}) "
                           f"VALUES ({', '.join('?' for _ in columns)})")  # ``columns`` order
    converters = [(i, c) for i, name in enumerate(columns)
                  if (c := _converter(table.c[name].type._cached_bind_processor(dialect)))]
    if converters:
        out = []
        for row in rows:
            row = list(row)
            for i, convert in converters:
                row[i] = convert(row[i])
            out.append(tuple(row))
    else:
        out = [tuple(r) for r in rows]
    if out:
        connection.exec_driver_sql(sql, out)


def rows_above(connection, table: Table, key, mark) -> tuple[list[str], list[list]]:
    """(column names, rows as lists) of the rows whose integer ``key`` is above ``mark``
    (None: every row), in key order, values as SQLAlchemy would return them."""
    dialect = connection.dialect
    cache_key = ("above", table.name, key.name, mark is None)
    sql = _SQL.get(cache_key)
    if sql is None:
        stmt = select(table).order_by(key)
        if mark is not None:
            stmt = stmt.where(key > bindparam("mark"))
        sql = _SQL[cache_key] = str(stmt.compile(dialect=dialect))
    names = [c.name for c in table.columns]
    raw = connection.exec_driver_sql(sql, (mark,) if mark is not None else ()).fetchall()
    converters = [(i, c) for i, col in enumerate(table.columns)
                  if (c := _converter(col.type._cached_result_processor(dialect, None)))]
    rows = []
    for values in raw:
        values = list(values)
        for i, convert in converters:
            values[i] = convert(values[i])
        rows.append(values)
    return names, rows
