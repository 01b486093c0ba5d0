"""0015_hours_hundredths: quarter-hours already stored become hundredths, totals unchanged."""
from __future__ import annotations

from sqlalchemy import create_engine, text

from libdesk.store import migrate


def test_quarters_become_hundredths(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'old.sqlite'}")
    migrate.upgrade(engine, "0005_volunteers")
    with engine.begin() as c:
        _insert(c, "volunteer", id=1)
        _insert(c, "volunteer_activity", id=1)
        _insert(c, "hour_entry", volunteer_id=1, activity_id=1, served_on="2020-05-01",
                quarters=9, status="confirmed")
    migrate.upgrade(engine, "0015_hours_hundredths")
    with engine.connect() as c:
        assert c.execute(text("SELECT hundredths FROM hour_entry")).scalar_one() == 225
    engine.dispose()


def _insert(connection, table: str, **values) -> None:
    """A row with ``values`` and a plain value in every other NOT NULL column."""
    for _, name, kind, notnull, _default, pk in connection.execute(
            text(f"PRAGMA table_info({table})")).all():
        if notnull and not pk and name not in values:
            values[name] = 0 if "INT" in kind.upper() or "BOOL" in kind.upper() else (
                "2020-01-01" if "DATE" in kind.upper() else f"{table}-{name}")
    names = ", ".join(values)
    connection.execute(text(f"INSERT INTO {table} ({names}) VALUES "
                            f"({', '.join(':' + n for n in values)})"), values)
