"""The audit log, written by the store in the same transaction as every change.

``AuditedSession`` is the session class the Store hands out. Its events record, for every
table (including tables added later), who changed which record when, with old and new values:

* ``after_flush`` — the unit of work (``session.add`` / ``session.delete`` / changed objects);
  the session still shows its pre-flush state and attribute history there.
* ``do_orm_execute`` — INSERT / UPDATE / DELETE statements run through the session, including
  bulk ``session.execute(insert(Model), rows)``: rows a statement will touch are read first,
  the statement runs, and the rows are read again.

An INSERT of many plain rows goes through the DBAPI directly (``audit_bulk``, ``bulk``,
``postgres_bulk``): the keys stated, one executemany (PostgreSQL: one COPY), the rows as
stored made from the values sent (or read back by key), their audit rows built as tuples.
The rows of the log themselves are made in ``audit_rows``.

The acting staff member comes from ``session.info["actor"]``. Statements sent around the
session (``connection.exec_driver_sql``, migrations) are not seen, which is why services
always go through ``store.write()``. Columns holding secrets are recorded as changed, never
with their value. The audit log itself is not audited and refuses UPDATE and DELETE.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, Table, and_, event, func, inspect, or_, select, tuple_
from sqlalchemy.orm import Session

from libdesk.models.audit import AUDIT_LOG_TABLE, AuditAction
from libdesk.store.audit_bulk import numbered, numbered_insert
from libdesk.store.audit_rows import diff_rows, format_id, write
from libdesk.store.audit_rows import row as audit_row

# catalog_title is reference data (up to a million imported catalogue records): an import is
# logged as one event by the catalogue service, not row by row.
NOT_AUDITED = {AUDIT_LOG_TABLE, "alembic_version", "catalog_title"}
_BATCH = 500


class AuditLogReadOnly(PermissionError):
    """Something tried to change or delete audit rows."""


class AuditedSession(Session):
    """A SQLAlchemy session whose changes are written to the audit log (SQLModel's own
    session class is not needed: its ``exec`` is not used, and importing it would import
    SQLModel and pydantic before the first tab's rows)."""


def record_event(session: Session, action: AuditAction, table: str, record_id: str = "",
                 old: dict[str, Any] | None = None, new: dict[str, Any] | None = None) -> None:
    """Add one audit row that is not a data change (unmasking, a restore) to this session's
    transaction."""
    write(session, [audit_row(session, action, table, record_id, old, new)])


# -- unit of work --------------------------------------------------------------------------
@event.listens_for(AuditedSession, "before_flush")
def _refuse_audit_edits(session: Session, _context, _instances) -> None:
    for obj in list(session.dirty) + list(session.deleted):
        if getattr(inspect(obj).mapper.local_table, "name", None) == AUDIT_LOG_TABLE:
            raise AuditLogReadOnly("the audit log cannot be changed")


@event.listens_for(AuditedSession, "after_flush")
def _after_flush(session: Session, _context) -> None:
    rows = []
    for obj in session.new:
        table, values = _object_values(obj)
        if table is not None:
            rows.append(audit_row(session, AuditAction.INSERT, table.name,
                             _object_id(obj), None, values))
    for obj in session.dirty:
        if not session.is_modified(obj, include_collections=False):
            continue
        change = _object_changes(obj)
        if change is not None:
            table, old, new = change
            rows.append(audit_row(session, AuditAction.UPDATE, table.name, _object_id(obj),
                                  old, new))
    for obj in session.deleted:
        table, values = _object_values(obj)
        if table is not None:
            rows.append(audit_row(session, AuditAction.DELETE, table.name,
                             _object_id(obj), values, None))
    write(session, rows)


def _table_of(obj) -> Table | None:
    mapper = inspect(obj).mapper
    table = mapper.local_table
    if not isinstance(table, Table) or table.name in NOT_AUDITED:
        return None
    return table


def _column_keys(obj) -> list[tuple[str, str]]:
    """(attribute key, column name) of every mapped column."""
    mapper = inspect(obj).mapper
    return [(prop.key, prop.columns[0].name) for prop in mapper.column_attrs
            if prop.columns and isinstance(prop.columns[0].table, Table)]


def _object_values(obj) -> tuple[Table | None, dict[str, Any]]:
    table = _table_of(obj)
    if table is None:
        return None, {}
    loaded = inspect(obj).dict
    return table, {column: loaded[key] for key, column in _column_keys(obj) if key in loaded}


def _object_changes(obj):
    table = _table_of(obj)
    if table is None:
        return None
    state = inspect(obj)
    old, new = {}, {}
    for key, column in _column_keys(obj):
        history = state.attrs[key].history
        if not history.added and not history.deleted:
            continue
        before = history.deleted[0] if history.deleted else None
        after = history.added[0] if history.added else None
        if before == after and history.deleted:
            continue
        old[column], new[column] = before, after
    return (table, old, new) if new else None


def _object_id(obj) -> str:
    mapper = inspect(obj).mapper
    loaded = inspect(obj).dict
    values = [loaded.get(mapper.get_property_by_column(c).key) for c in mapper.primary_key]
    return format_id(values)


# -- statements ----------------------------------------------------------------------------
@event.listens_for(AuditedSession, "do_orm_execute")
def _on_execute(state):
    if not (state.is_insert or state.is_update or state.is_delete):
        return None
    statement = state.statement
    table = statement.table
    table = getattr(table, "persist_selectable", table)
    if not isinstance(table, Table):
        return None
    if table.name == AUDIT_LOG_TABLE and not state.is_insert:
        raise AuditLogReadOnly("the audit log cannot be changed")
    if table.name in NOT_AUDITED:
        return None
    session = state.session
    if not session._flushing:
        session.flush()
    params = state.parameters
    rows = params if isinstance(params, list) else ([params] if params else [])
    if state.is_insert and not rows and getattr(statement, "select", None) is None \
            and not getattr(statement, "_multi_values", None):
        rows = _values_of(statement, session)  # insert(...).values(...) of one row
    if state.is_insert:
        return _audited_insert(state, table, rows)
    return _audited_change(state, table, rows)


def _audited_insert(state, table: Table, rows: list[dict]):
    session = state.session
    connection = session.connection()
    pk = list(table.primary_key.columns)
    given = rows and all(all(_param(r, c) is not None for c in pk) for r in rows)
    if given:
        keys = [tuple(_param(r, c) for c in pk) for r in rows]
        before = _rows_by_keys(connection, table, pk, keys)
        result = state.invoke_statement()
        after = _rows_by_keys(connection, table, pk, keys)
    elif len(pk) == 1 and _is_integer(pk[0]) and (
            columns := numbered(state, table, pk[0])) is not None and (
            numbered_result := numbered_insert(state, table, pk[0], columns)) is not None:
        return numbered_result
    elif len(pk) == 1 and _is_integer(pk[0]) and _returns_rows(session, state.statement):
        return _returning_insert(state, table)
    elif len(pk) == 1 and _is_integer(pk[0]):
        column = pk[0]
        mark = connection.execute(select(func.max(column))).scalar()
        before = {}
        result = state.invoke_statement()
        stmt = select(table).order_by(column)
        if mark is not None:
            stmt = stmt.where(column > mark)
        after = {(r._mapping[column.name],): dict(r._mapping) for r in connection.execute(stmt)}
    else:  # keys made by the database or by defaults: log what the statement carried
        return _as_given(state, table, AuditAction.INSERT, rows)
    write(session, diff_rows(session, table, before, after))
    return result


def _returns_rows(session, statement) -> bool:
    dialect = session.get_bind().dialect
    return bool(dialect.insert_executemany_returning_sort_by_parameter_order
                and getattr(statement, "select", None) is None)


def _returning_insert(state, table: Table):
    """``INSERT … RETURNING`` every column: the audit sees exactly the rows this statement
    made (never another desk's rows inserted meanwhile); the caller gets its own RETURNING
    columns (or none) back, in parameter order."""
    from sqlalchemy.engine.result import IteratorResult, SimpleResultMetaData

    statement = state.statement
    own = len(statement._returning)
    widened = statement.returning(*table.columns, sort_by_parameter_order=True)
    result = state.invoke_statement(statement=widened)
    keys = list(result.keys())[:own]
    rows = result.all()
    names = [c.name for c in table.columns]
    after = {}
    for row in rows:
        values = dict(zip(names, tuple(row)[own:]))
        after[(values[table.primary_key.columns[0].name],)] = values
    write(state.session, diff_rows(state.session, table, {}, after))
    return IteratorResult(SimpleResultMetaData(keys), iter([tuple(r)[:own] for r in rows]))


def _as_given(state, table: Table, action: AuditAction, rows: list[dict]):
    """Run the statement and log its parameters (or its SQL) when the rows it touches cannot
    be read back by key."""
    result = state.invoke_statement()
    pk = list(table.primary_key.columns)
    logged = rows or [{"statement": str(state.statement)[:500]}]
    write(state.session, [audit_row(
        state.session, action, table.name,
        format_id(_param(r, c) for c in pk) if rows else "*", None,
        {str(k): v for k, v in r.items()}) for r in logged])
    return result


def _values_of(statement, session) -> list[dict]:
    try:
        return [dict(statement.compile(dialect=session.get_bind().dialect).params)]
    except Exception:  # noqa: BLE001 - then the statement's SQL is logged instead
        return []


def _is_integer(column) -> bool:
    return isinstance(column.type, Integer)


def _audited_change(state, table: Table, rows: list[dict]):
    session = state.session
    connection = session.connection()
    pk = list(table.primary_key.columns)
    where = state.statement.whereclause
    if rows and where is not None:  # executemany with a WHERE of bound parameters
        action = AuditAction.DELETE if state.is_delete else AuditAction.UPDATE
        return _as_given(state, table, action, rows)
    if rows and where is None and all(_param(r, c) is not None for r in rows for c in pk):
        keys = [tuple(_param(r, c) for c in pk) for r in rows]  # bulk UPDATE by primary key
        before = _rows_by_keys(connection, table, pk, keys)
    else:
        stmt = select(table)
        if where is not None:
            stmt = stmt.where(where).distinct()
        before = {_key(r._mapping, pk): dict(r._mapping) for r in connection.execute(stmt)}
    result = state.invoke_statement()
    after = {} if state.is_delete else _rows_by_keys(connection, table, pk, list(before))
    write(session, diff_rows(session, table, before, after))
    return result


def _param(row: dict, column) -> Any:
    for name in (column.key, column.name):
        if name in row:
            return row[name]
    return None


def _key(mapping, pk) -> tuple:
    return tuple(mapping[c.name] for c in pk)


def _rows_by_keys(connection, table: Table, pk, keys: list[tuple]) -> dict[tuple, dict]:
    found: dict[tuple, dict] = {}
    unique = list(dict.fromkeys(keys))
    for start in range(0, len(unique), _BATCH):
        chunk = unique[start:start + _BATCH]
        if len(pk) == 1:
            condition = pk[0].in_([k[0] for k in chunk])
        else:
            condition = or_(*(and_(*(c == v for c, v in zip(pk, k))) for k in chunk)) \
                if len(chunk) < 50 else tuple_(*pk).in_(chunk)
        for row in connection.execute(select(table).where(condition)):
            found[_key(row._mapping, pk)] = dict(row._mapping)
    return found
