"""Many plain rows into PostgreSQL for the audited bulk insert (``audit_bulk``): their keys
drawn from the key column's sequence in one statement, the rows sent with one ``COPY`` (in
binary where the column types allow, else as text), and the rows as reading them back
would return them made from the values sent where the column types say so exactly (else
they are read back by key).

Through SQLAlchemy, ``INSERT … RETURNING`` of 10,000 hour entries runs as ten statements of a
thousand rows each with every value bound and every column returned and converted; here
psycopg's C dumpers write the values straight into the COPY stream. What remains is the
server's own work: each row's foreign keys checked and its indexes updated.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import Table
from sqlalchemy import types as sa_types
from sqlalchemy.exc import DBAPIError

from libdesk.store.distinct import as_read_back


def applies(connection) -> bool:
    return connection.dialect.name == "postgresql"


def next_keys(connection, table: Table, pk, count: int) -> list[int] | None:
    """``count`` new keys from ``pk``'s sequence (what its default would give the rows, in
    order), or None where the column has none or refuses keys given (GENERATED ALWAYS)."""
    name = connection.dialect.identifier_preparer.format_table(table)
    sequence, identity = connection.exec_driver_sql(
        "SELECT pg_get_serial_sequence(%(t)s, %(c)s), (SELECT attidentity FROM pg_attribute "
        "WHERE attrelid = %(t)s::regclass AND attname = %(c)s)",
        {"t": name, "c": pk.name}).one()
    if sequence is None or identity == "a":
        return None
    return sorted(connection.exec_driver_sql(
        "SELECT nextval(%(s)s) FROM generate_series(1, %(n)s)",
        {"s": sequence, "n": count}).scalars().all())


def copy_rows(connection, table: Table, columns: Sequence[str], rows: list[tuple],
              values: list[list]) -> None:
    """``COPY table (columns) FROM STDIN`` of ``rows`` (values bound already; ``values``:
    the same column by column): in binary
    where every column is of a type whose value class is plain (psycopg then dumps each by
    the column's own type, with no text to parse on the server), else as text."""
    quote = connection.dialect.identifier_preparer
    sql = (f"COPY {quote.format_table(table)} ({', '.join(quote.quote(c) for c in columns)}) "
           "FROM STDIN")
    types = _binary_types(connection, table, columns, values)
    sql += " (FORMAT BINARY)" if types else ""
    raw = connection.connection.driver_connection
    with raw.cursor() as cursor:
        # SQLAlchemy does not send COPY: its statement listeners are told here
        for listener in connection.dispatch.before_cursor_execute:
            listener(connection, cursor, sql, (), None, True)
        try:
            with cursor.copy(sql) as copy:
                if types:
                    copy.set_types(types)
                write = copy.write_row
                for row in rows:
                    write(row)
        except raw.Error as exc:  # as SQLAlchemy raises a driver's error (IntegrityError …)
            raise DBAPIError.instance(sql, None, exc, type(raw).Error,
                                      dialect=connection.dialect) from exc
        for listener in connection.dispatch.after_cursor_execute:
            listener(connection, cursor, sql, (), None, True)


# the server types COPY may take in binary, and the one class of value each is sent as
_BINARY = {"int2": int, "int4": int, "int8": int, "text": str, "varchar": str,
           "date": date, "timestamp": datetime, "timestamptz": datetime, "bool": bool,
           "float8": float}


def _binary_types(connection, table: Table, columns: Sequence[str],
                  values: list[list]) -> list[str] | None:
    """The server type of each of ``columns`` if all are in ``_BINARY`` and every value is
    None or of that type's class (timestamps: as aware as the type), else None."""
    name = connection.dialect.identifier_preparer.format_table(table)
    kinds = dict(connection.exec_driver_sql(
        "SELECT a.attname, t.typname FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid "
        "WHERE a.attrelid = %(t)s::regclass AND a.attnum > 0 AND NOT a.attisdropped",
        {"t": name}).all())
    types = [kinds.get(c) for c in columns]
    if not all(t in _BINARY for t in types):
        return None
    for kind, column in zip(types, values):
        classes = set(map(type, column))
        classes.discard(type(None))
        if not classes <= {_BINARY[kind]}:
            return None
        if kind.startswith("timestamp") and any(
                (v.utcoffset() is not None) != (kind == "timestamptz")
                for v in column if v is not None):
            return None
    return types


def has_triggers(connection, table: Table) -> bool:
    """Whether a trigger of the schema's own (not a foreign key's) is on ``table``."""
    name = connection.dialect.identifier_preparer.format_table(table)
    return bool(connection.exec_driver_sql(
        "SELECT count(*) FROM pg_trigger WHERE tgrelid = %(t)s::regclass "
        "AND NOT tgisinternal", {"t": name}).scalar())


def as_returned(connection, table: Table, columns: Sequence[str],
                values: list[list]) -> list[list] | None:
    """The rows sent (column by column) as PostgreSQL returns them: where each value is of
    the class its column stores exactly (a whole number in an integer column, a text in a
    text column, a date, a datetime as aware as its column), its bind then result
    processor once per distinct value; else (or with a trigger on the table) None."""
    dialect = connection.dialect
    if has_triggers(connection, table):
        return None  # a trigger may change the rows stored
    out = []
    for name, column in zip(columns, values):
        kind = table.c[name].type
        wanted = _exact_class(kind)
        if wanted is None:
            return None
        returned = as_read_back(kind, dialect, column, lambda sent: _exact(sent, wanted))
        if returned is None:
            return None
        out.append(returned)
    return out


def _exact(sent: list, wanted: tuple[type, bool]) -> bool:
    """Whether every value sent is of the class the column returns exactly (a datetime as
    aware as the column)."""
    classes = set(map(type, sent))
    classes.discard(type(None))
    if not classes <= {wanted[0]}:
        return False
    return wanted[0] is not datetime or all(
        (v.utcoffset() is not None) == wanted[1] for v in sent if v is not None)


def _exact_class(kind) -> tuple[type, bool] | None:
    """(the class a column of type ``kind`` returns exactly as it was sent, for datetimes
    whether aware), or None for the other types (floats into real, decimals, enums …)."""
    impl = kind.impl_instance if isinstance(kind, sa_types.TypeDecorator) else kind
    if isinstance(impl, (sa_types.Enum, sa_types.CHAR, sa_types.ARRAY, sa_types.JSON)):
        return None
    if isinstance(impl, sa_types.Boolean):
        return bool, False
    if isinstance(impl, sa_types.Integer):
        return int, False
    if isinstance(impl, sa_types.String):
        return str, False
    if isinstance(impl, sa_types.DateTime):
        return datetime, bool(impl.timezone)
    if isinstance(impl, sa_types.Date):
        return date, False
    return None
