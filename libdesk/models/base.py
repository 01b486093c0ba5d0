"""The shared metadata: one naming convention for constraints, so migrations stay portable."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy.orm import declared_attr
from sqlmodel import SQLModel

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata.naming_convention = NAMING_CONVENTION
metadata = SQLModel.metadata


def utcnow() -> datetime:
    """Timestamps are stored as aware UTC datetimes (SQLModel's UTCDateTime insists)."""
    return datetime.now(timezone.utc)


def versioned():
    """``__mapper_args__ = versioned()`` on a model with a ``version`` column: SQLAlchemy
    adds ``WHERE version = <loaded>`` to every UPDATE and counts it up, so a save over a row
    another desk changed meanwhile fails (``StaleDataError``) instead of overwriting it."""

    @declared_attr
    def __mapper_args__(cls):  # noqa: N807 - SQLAlchemy's name
        return {"version_id_col": cls.__table__.c.version}

    return __mapper_args__
