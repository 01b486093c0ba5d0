"""Gapless number series (certificates, batches): one counter row per series and year.

``next_value`` must run inside the caller's write transaction, so the number and the record
that uses it commit together: a rolled-back issue leaves no gap, and no number is handed out
twice (the write transaction holds SQLite's write lock; PostgreSQL locks the counter row).
"""
from __future__ import annotations

from sqlalchemy import update
from sqlmodel import Session

from libdesk.models.system import NumberCounter
from libdesk.store.postgres_sql import increment_counter


def next_value(session: Session, series: str, year: int) -> int:
    """Create the counter row if missing and add one, in one statement that locks the row
    until the caller's transaction ends (the first number of a new year cannot race)."""
    session.flush()
    value = increment_counter(session, NumberCounter.__table__,
                              {"series": series, "year": year}, "last_value")
    counter = session.get(NumberCounter, (series, year))
    if counter is not None:
        session.refresh(counter)  # an object loaded earlier in this session sees the new value
    return value


def next_value_at_least(session: Session, series: str, year: int, highest: int) -> int:
    """``next_value``, but never at or below ``highest`` (numbers given by hand or imported
    before the counter existed): the counter jumps past them and stays gapless after."""
    value = next_value(session, series, year)
    if value <= highest:
        value = highest + 1
        session.execute(update(NumberCounter).where(
            NumberCounter.series == series, NumberCounter.year == year).values(last_value=value))
    return value


def format_number(prefix: str, code: str, year: int, value: int, width: int = 4) -> str:
    """``TYTS-JZ-2020-0001``; without a code: ``PS-2020-0042``."""
    parts = [p for p in (prefix, code) if p]
    return "-".join(parts + [str(year), str(value).zfill(width)])
