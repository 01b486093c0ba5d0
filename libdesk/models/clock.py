"""The one clock every stored timestamp comes from (plain Python: what must not import the
table models, such as the store's audit writer, takes it from here)."""
from __future__ import annotations

from datetime import datetime, timezone


def utcnow() -> datetime:
    """Timestamps are stored as aware UTC datetimes (SQLModel's UTCDateTime insists)."""
    return datetime.now(timezone.utc)
