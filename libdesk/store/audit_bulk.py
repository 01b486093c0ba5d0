"""The audited bulk insert of many plain rows on SQLite and PostgreSQL (see ``numbered``):
the keys stated (SQLite: as it numbers rows, PostgreSQL: drawn from the sequence), one
``executemany`` through the DBAPI or one ``COPY`` (``bulk``, ``postgres_bulk``), the rows as
they will read back made from the values sent (read back where that cannot be told), and
their audit rows built as tuples (``audit_rows.write_inserted``)."""
from __future__ import annotations

from operator import itemgetter

from sqlalchemy import Table, func, insert, select
from sqlalchemy.engine.result import IteratorResult, SimpleResultMetaData

from libdesk.store import bulk, postgres_bulk
from libdesk.store.audit_rows import diff_rows, write, write_inserted


def numbered(state, table: Table, pk) -> dict[str, str] | None:
    """For an INSERT of many plain rows on SQLite (whose write transaction excludes every
    other writer, so the rows are numbered one after another above the highest key there
    was, in parameter order) or PostgreSQL (keys from the sequence): the row keys → column
    names; else None."""
    params, statement = state.parameters, state.statement
    if (state.session.get_bind().dialect.name not in ("sqlite", "postgresql")
            or not isinstance(params, list)
            or len(params) < 2 or state.bind_mapper is None
            or getattr(statement, "select", None) is not None
            or getattr(statement, "_multi_values", None) or getattr(statement, "_values", None)
            or any(getattr(getattr(c, "table", None), "name", None) != table.name
                   or c.name not in table.c for c in statement._returning)):
        return None
    columns = {prop.key: prop.columns[0].name for prop in state.bind_mapper.column_attrs
               if prop.columns and getattr(prop.columns[0].table, "name", None) == table.name}
    keys = set().union(*params)
    if not keys <= columns.keys() or pk.key in keys or pk.name in keys \
            or sum(map(len, params)) != len(keys) * len(params):  # the same columns each row
        return None
    return {k: columns[k] for k in keys}


def numbered_insert(state, table: Table, pk, columns: dict[str, str]):
    """One executemany (PostgreSQL: one COPY) without RETURNING, the keys stated as SQLite
    would give them (one after another above the highest there was, see ``numbered``) or
    as PostgreSQL's sequence gives them, and the rows as they will be read back made from
    the values sent (``bulk.as_returned``; read back where that cannot be told): exactly
    this statement's rows, in parameter order; the caller gets its RETURNING columns from
    them. (Through the ORM, SQLite would run one INSERT … RETURNING per row to keep their
    order: 10,000 statements for 10,000 hour entries.) None: not done here (PostgreSQL
    without a sequence to draw from), the caller inserts with RETURNING."""
    connection = state.session.connection()
    own = [c.name for c in state.statement._returning]
    rows = state.parameters
    keys = list(columns)
    names = [columns[k] for k in keys]
    version = state.bind_mapper.version_id_col
    if version is not None and version.name not in names:  # as the ORM's insert sets it
        keys.append(None)
        names.append(version.name)
    defaults = _python_defaults(table, names)
    postgres = postgres_bulk.applies(connection)
    if defaults is None and postgres:
        return None  # the caller inserts with RETURNING
    if defaults is None or not (bulk.fast(connection) or postgres):
        return _numbered_insert_core(state, table, pk, own, rows, columns)
    names += [name for name, _ in defaults]
    count = len(rows)
    values = [[1] * count if k is None else list(map(itemgetter(k), rows)) for k in keys]
    for _, default in defaults:  # a plain scalar made once: the same for every row
        values.append([default()] * count if getattr(default, "same", False)
                      else [default() for _ in range(count)])
    left = [c for c in table.columns if c.name not in names and c is not pk]
    predictable = not any(c.server_default is not None for c in left)
    if predictable and left:  # the columns no row gives and nothing defaults: NULL
        names += [c.name for c in left]
        values += [[None] * count for _ in left]
    if postgres:
        numbers = postgres_bulk.next_keys(connection, table, pk, count)
        if numbers is None:
            return None  # the caller inserts with RETURNING
        mark = None
    else:
        mark = connection.execute(select(func.max(pk))).scalar()
        numbers = _next_keys(table, mark, count)
    if numbers is None or (not predictable and not postgres):
        bulk.insert_columns(connection, table, names, values)
        stored, values = _columns(*bulk.rows_above(connection, table, pk, mark))
    else:  # the keys stated: the rows need not be read back
        stored = [pk.name] + names
        values = [list(numbers)] + values
        bulk.insert_columns(connection, table, stored, values)
        keys_sent, values = values[0], (bulk.as_returned(connection, table, stored, values)
                                        if predictable else None)
        if values is None:  # a value the database may store otherwise: read what it did
            stored, values = _columns(*_read_back(connection, table, pk, mark, keys_sent))
    result_keys = own or [pk.name]
    returned = list(zip(*[values[stored.index(n)] for n in result_keys]))
    write_inserted(state.session, table, stored, values)
    return IteratorResult(SimpleResultMetaData(result_keys), iter(returned))


def _read_back(connection, table: Table, pk, mark, keys: list[int]):
    """(column names, rows) of the rows just inserted with ``keys``, as stored, in order."""
    if mark is not None or not postgres_bulk.applies(connection):
        return bulk.rows_above(connection, table, pk, mark)
    from libdesk.store.id_sets import among

    found = connection.execute(select(table).where(among(connection, pk, keys)).order_by(pk))
    return list(found.keys()), [tuple(r) for r in found]


def _columns(names: list[str], rows: list[tuple]) -> tuple[list[str], list[list]]:
    return names, ([list(c) for c in zip(*rows)] if rows else [[] for _ in names])


def _next_keys(table: Table, mark, count: int) -> range | None:
    """The keys SQLite gives ``count`` rows inserted one after another under the write lock
    without one: each one above the highest there is (a rowid table without AUTOINCREMENT,
    far from the largest rowid); None where it might choose otherwise."""
    options = table.dialect_options["sqlite"]
    if options.get("autoincrement") or not options.get("with_rowid", True):
        return None
    first = (mark or 0) + 1
    return range(first, first + count) if first + count < 2 ** 62 else None


class _Same:
    """A default that is one plain value for every row."""

    same = True

    def __init__(self, value) -> None:
        self.value = value

    def __call__(self):
        return self.value


def _python_defaults(table: Table, given: list[str]):
    """(column name, no-argument callable) for each column ``given`` lacks whose default
    is made in Python (a scalar or a function, as SQLModel's ``Field(default=…)``); None
    when one is made otherwise (a sequence, SQL), which the fast path leaves to SQLAlchemy."""
    found = []
    for column in table.columns:
        if column.name in given or column.primary_key or column.default is None:
            continue
        default = column.default
        if getattr(default, "is_scalar", False) and default.arg.__class__ in (
                str, int, float, bool, type(None)):
            found.append((column.name, _Same(default.arg)))
        elif getattr(default, "is_scalar", False):
            found.append((column.name, lambda value=default.arg: value))
        elif getattr(default, "is_callable", False):
            found.append((column.name, lambda fn=default.arg: fn(None)))
        else:
            return None
    return found


def _numbered_insert_core(state, table: Table, pk, own: list[str], rows, columns):
    """``_numbered_insert`` through SQLAlchemy's executemany (dialects without ``?``)."""
    connection = state.session.connection()
    if any(k != name for k, name in columns.items()):
        rows = [{columns[k]: v for k, v in r.items()} for r in rows]
    if state.bind_mapper.version_id_col is not None:
        version = state.bind_mapper.version_id_col.name
        rows = [{version: 1, **r} for r in rows]
    mark = connection.execute(select(func.max(pk))).scalar()
    result = connection.execute(insert(table), rows)
    stmt = select(table).order_by(pk)
    if mark is not None:
        stmt = stmt.where(pk > mark)
    after = {(r._mapping[pk.name],): dict(r._mapping) for r in connection.execute(stmt)}
    write(state.session, diff_rows(state.session, table, {}, after))
    if not own:
        return result
    return IteratorResult(SimpleResultMetaData(own),
                          iter([tuple(row[n] for n in own) for row in after.values()]))
