"""Many plain rows in and out through the DBAPI directly (SQLite), for the audited bulk
insert: one prepared ``INSERT`` run by the driver's ``executemany`` over tuples (on
PostgreSQL one ``COPY``, ``postgres_bulk``), and the rows as reading them back would return
them (``as_returned``) or read back by one ``SELECT`` whose values are converted by each
column's own type processor.

SQLAlchemy's executemany builds a parameter dict per row and runs every value through its
bind processing; for 10,000 hour entries and their 10,000 audit rows that is most of the
write's time. Here each column's processor runs once per distinct value (dates and times
repeat: one day, one ``recorded_at`` for a whole import), and the values stored and read back
are exactly those SQLAlchemy would store and return. Used where the dialect takes positional
``?`` parameters (SQLite); other dialects go through SQLAlchemy as before.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from sqlalchemy import Table, bindparam, select

from libdesk.store import postgres_bulk
from libdesk.store.distinct import as_read_back, per_distinct, same

_SQL: dict[tuple, str] = {}  # the statements made, by table and columns (tables never change)


def fast(connection) -> bool:
    """Whether this connection's rows may go through ``insert_rows`` / ``rows_above``."""
    return connection.dialect.paramstyle == "qmark"


def converted(rows: list[Sequence], processors: list[tuple[int, Callable]]) -> list[tuple]:
    """``rows`` with column ``i`` run through ``process`` for each (i, process): once per
    distinct value, column by column (dates and times repeat across an import)."""
    if not processors or not rows:
        return [tuple(r) for r in rows]
    columns = list(zip(*rows))
    for i, process in processors:
        column = columns[i]
        try:
            mapping = {v: process(v) for v in set(column)}
        except TypeError:  # unhashable values
            columns[i] = [process(v) for v in column]
        else:
            columns[i] = list(map(mapping.__getitem__, column))
    return list(zip(*columns))


def insert_rows(connection, table: Table, columns: Sequence[str],
                rows: Iterable[Sequence]) -> None:
    """INSERT ``rows`` (tuples in ``columns`` order) with one ``executemany`` (on
    PostgreSQL: one ``COPY``, ``postgres_bulk``)."""
    rows = rows if isinstance(rows, list) else list(rows)
    if rows:
        insert_columns(connection, table, columns, [list(c) for c in zip(*rows)])


def insert_columns(connection, table: Table, columns: Sequence[str],
                   values: list[list]) -> None:
    """``insert_rows`` of the rows whose values are given column by column (``values[i]``:
    column ``columns[i]`` of every row); each column's bind processor runs once per
    distinct value."""
    dialect = connection.dialect
    sent = [per_distinct(column, table.c[name].type._cached_bind_processor(dialect) or same)
            for name, column in zip(columns, values)]
    out = list(zip(*sent))
    if not out:
        return
    if dialect.name == "postgresql":
        postgres_bulk.copy_rows(connection, table, columns, out, sent)
        return
    key = ("insert", table.name, tuple(columns))
    sql = _SQL.get(key)
    if sql is None:
        quote = dialect.identifier_preparer
        sql = _SQL[key] = (f"INSERT INTO {quote.format_table(table)} "
                           f"({', '.join(quote.quote(c) for c in columns)}) "
                           f"VALUES ({', '.join('?' for _ in columns)})")  # ``columns`` order
    connection.exec_driver_sql(sql, out)


def as_returned(connection, table: Table, columns: Sequence[str],
                values: list[list]) -> list[list] | None:
    """The rows sent to ``table`` (``values``: column by column, in ``columns`` order) as
    reading them back would return them, column by column: each column's bind then result
    processor run once per distinct value. None when a value may not be stored as it was
    sent: SQLite converts a value to its column's type affinity (a number sent to a text
    column comes back as text, ``"12"`` sent to an integer column as 12), a value the driver
    adapts itself comes back as text, and a trigger may change the row."""
    dialect = connection.dialect
    if dialect.name == "postgresql":
        return postgres_bulk.as_returned(connection, table, columns, values)
    if connection.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                  "AND tbl_name = ?", (table.name,)).scalar():
        return None  # a trigger may change the rows stored
    out = []
    for name, column in zip(columns, values):
        kind = table.c[name].type
        affinity = _affinity(kind.compile(dialect=dialect))
        returned = as_read_back(kind, dialect, column, lambda sent: _kept(affinity, sent))
        if returned is None:
            return None
        out.append(returned)
    return out


def _affinity(declared: str) -> str:
    """SQLite's type affinity of a column declared ``declared`` (its rules, in order)."""
    declared = declared.upper()
    if "INT" in declared:
        return "INTEGER"
    if any(word in declared for word in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if "BLOB" in declared or not declared:
        return "BLOB"
    if any(word in declared for word in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "NUMERIC"


def _kept(affinity: str, values: list) -> bool:
    """Whether SQLite stores and returns each of ``values`` as it is (no conversion to the
    column's affinity, no adaptation by the driver)."""
    classes = set(map(type, values))
    classes.discard(type(None))
    if not classes <= _KEEPS[affinity]:
        return False
    if str in classes and affinity in ("INTEGER", "REAL", "NUMERIC"):
        return all(_not_number(v) for v in set(values) if v.__class__ is str)
    return True


def _not_number(value: str) -> bool:
    """A text SQLite leaves as text in a numeric column: one that is not a number literal
    (Python's ``float`` reads every literal SQLite does, and more)."""
    try:
        float(value)
    except ValueError:
        return True
    return False


_KEEPS = {  # the classes of value a column of each affinity returns as they were sent
    "TEXT": {str}, "BLOB": {str, int, float, bytes}, "INTEGER": {int, str},
    "REAL": {float, str}, "NUMERIC": {int, str}}  # str: when not a number (_not_number)


def rows_above(connection, table: Table, key, mark) -> tuple[list[str], list[tuple]]:
    """(column names, rows as tuples) of the rows whose integer ``key`` is above ``mark``
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
    processors = [(i, p) for i, col in enumerate(table.columns)
                  if (p := col.type._cached_result_processor(dialect, None))]
    rows = converted(raw, processors)
    return names, rows
