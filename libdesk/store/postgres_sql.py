"""Engine-specific statements the services need, behind plain functions (SQLite and
PostgreSQL both answer them; services never write dialect SQL themselves).

* ``increment_counter`` — the next value of a gapless counter row in ONE statement:
  ``INSERT … ON CONFLICT DO UPDATE SET last_value = last_value + 1 RETURNING last_value``.
  The row is created if missing and otherwise locked until the caller's transaction ends, so
  two desks starting a new year's series at once both succeed, one after the other; a rolled
  back transaction takes its number back with it (no gap).
* ``lock_rows`` — ``SELECT … FOR UPDATE`` of parent rows (a batch while its boxes are
  received; SQLite's write transaction already excludes other writers).
* ``advance_sequences`` — after rows were inserted with explicit ids (demo data, imports
  keeping ids), move each PostgreSQL ``serial`` sequence past ``max(id)`` so the next
  ordinary insert does not collide (``duplicate key … pk_donor``). Nothing to do on SQLite.
* ``after_bulk_load`` — after a bulk load, PostgreSQL's planner statistics for the loaded
  tables, and their GIN indexes' pending lists merged into the indexes (``fastupdate``
  queues bulk-inserted entries in a list every search reads through; autovacuum merges them
  and gathers the statistics only minutes later). Until then, over a fresh 100k-donor demo a
  three-character filter took 0.35–0.85 s as a sequential scan, 150 ms even through the
  trigram indexes (50,000 entries pending in one), instead of under 1 ms; and without
  statistics a 10k-donor demo's first page took 2.5 s instead of 12 ms. Nothing to do on
  SQLite (the FTS index is rebuilt by the load itself, SQLite plans from its indexes).
"""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Integer, Table, select, text
from sqlalchemy.orm import Session


def _insert_for(session: Session):
    name = session.get_bind().dialect.name
    if name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:  # pragma: no cover - LibDesk runs on SQLite and PostgreSQL
        raise RuntimeError(f"no upsert for {name}")
    return insert


def increment_counter(session: Session, table: Table, keys: dict, column: str) -> int:
    insert = _insert_for(session)
    stmt = insert(table).values(**keys, **{column: 1})
    stmt = stmt.on_conflict_do_update(index_elements=list(keys),
                                      set_={column: table.c[column] + 1})
    return session.execute(stmt.returning(table.c[column])).scalar_one()


def lock_rows(session: Session, column, values: Iterable) -> None:
    """Lock the rows whose ``column`` is in ``values`` until the transaction ends."""
    values = list(values)
    if values and session.get_bind().dialect.name == "postgresql":
        session.execute(select(column).where(column.in_(values))
                        .order_by(column).with_for_update()).all()


def advance_sequences(session: Session, tables: Iterable[Table]) -> None:
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not isinstance(pk[0].type, Integer):
            continue
        session.execute(text(
            f"SELECT setval(pg_get_serial_sequence(:t, :c), "
            f"(SELECT COALESCE(max({pk[0].name}), 0) + 1 FROM {table.name}), false) "
            f"WHERE pg_get_serial_sequence(:t, :c) IS NOT NULL"),
            {"t": table.name, "c": pk[0].name})


def after_bulk_load(session: Session, tables: Iterable[Table]) -> None:
    if session.get_bind().dialect.name != "postgresql":
        return
    names = [table.name for table in tables]
    if not names:
        return
    gin = session.execute(text(
        "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        "JOIN pg_class t ON t.oid = i.indrelid JOIN pg_am a ON a.oid = c.relam "
        "WHERE a.amname = 'gin' AND t.relname = ANY(:names) "
        "AND t.relnamespace = current_schema()::regnamespace ORDER BY c.relname"),
        {"names": names}).scalars().all()
    for index in gin:
        session.execute(text("SELECT gin_clean_pending_list(CAST(:i AS regclass))"), {"i": index})
    session.execute(text("ANALYZE " + ", ".join(names)))
