"""Gapless number series (certificates, batches): one counter row per series and year.

``next_value`` must run inside the caller's write transaction, so the number and the record
that uses it commit together: a rolled-back issue leaves no gap, and no number is handed out
twice (the write transaction holds SQLite's write lock; other databases lock the row).
"""
from __future__ import annotations

from sqlmodel import Session, select

from libdesk.models.system import NumberCounter


def next_value(session: Session, series: str, year: int) -> int:
    counter = session.exec(
        select(NumberCounter)
        .where(NumberCounter.series == series, NumberCounter.year == year)
        .with_for_update()
    ).first()
    if counter is None:
        counter = NumberCounter(series=series, year=year, last_value=0)
    counter.last_value += 1
    session.add(counter)
    session.flush()
    return counter.last_value


def format_number(prefix: str, code: str, year: int, value: int, width: int = 4) -> str:
    """``TYTS-JZ-2020-0001``; without a code: ``PS-2020-0042``."""
    parts = [p for p in (prefix, code) if p]
    return "-".join(parts + [str(year), str(value).zfill(width)])
