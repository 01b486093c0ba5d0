"""Fast type-to-filter search over big tables (donors): an FTS5 trigram index on SQLite,
``pg_trgm`` GIN indexes (one a column, ``donor_trgm_<column>``) on PostgreSQL.

Measured (MEASURED.md): over 100,000 donors a trigram ``MATCH`` answers in well under a
millisecond, but it finds nothing for fewer than three characters, so one or two characters
go to plain ``LIKE`` (≈ 14 ms). On PostgreSQL three or more characters are ``ILIKE`` over
every column, which the planner answers from the trigram indexes (a bitmap OR); shorter text
is ``ILIKE`` over the short columns, as on SQLite — scanned: trigrams need three characters,
so one or two cannot be looked up (≈ 11 ms over 100,000 names). Text without upper and lower
case (Chinese, digits: ``caseless``) uses ``LIKE`` there instead, which finds the same rows
without folding each row's case. Other databases always use ``LIKE``.

The index is an external-content FTS5 table kept in step by triggers; it is created by the
donations migration (``create_donor_index``) on SQLite only, and is not part of the models'
metadata — ``include_name`` keeps it out of Alembic's comparisons.

Services call ``text_condition(session, index, id_column, text, like_columns)`` and add the
returned SQL condition to their query.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, false, or_, text as sql_text
from sqlalchemy.orm import Session

MIN_TRIGRAM = 3


@dataclass(frozen=True)
class SearchIndex:
    name: str           # the FTS5 table
    table: str          # the indexed table (integer primary key ``id``)
    columns: tuple[str, ...]


DONOR_INDEX = SearchIndex("donor_fts", "donor", (
    "name", "title", "contact_person", "phone", "phone2", "email", "address", "notes"))
INDEXES = (DONOR_INDEX,)


def trigram_index_names(index: SearchIndex) -> list[str]:
    """The PostgreSQL GIN indexes of ``index``'s columns (made by migration 0010)."""
    return [f"{index.table}_trgm_{column}" for column in index.columns]


def include_name(name, type_, parent_names) -> bool:
    """Alembic ``include_name`` hook: the FTS tables (and their shadow tables) and the
    trigram indexes are ours, not the models'."""
    if type_ == "table" and name:
        return not any(name == i.name or name.startswith(i.name + "_") for i in INDEXES)
    if type_ == "index" and name:
        return not any(name in trigram_index_names(i) for i in INDEXES)
    return True


def _create_statements(index: SearchIndex) -> list[str]:
    cols = ", ".join(index.columns)
    new = ", ".join(f"new.{c}" for c in index.columns)
    old = ", ".join(f"old.{c}" for c in index.columns)
    n, t = index.name, index.table
    return [
        f"CREATE VIRTUAL TABLE {n} USING fts5({cols}, content='{t}', content_rowid='id', "
        f"tokenize='trigram')",
        f"CREATE TRIGGER {n}_ai AFTER INSERT ON {t} BEGIN "
        f"INSERT INTO {n}(rowid, {cols}) VALUES (new.id, {new}); END",
        f"CREATE TRIGGER {n}_ad AFTER DELETE ON {t} BEGIN "
        f"INSERT INTO {n}({n}, rowid, {cols}) VALUES ('delete', old.id, {old}); END",
        f"CREATE TRIGGER {n}_au AFTER UPDATE ON {t} BEGIN "
        f"INSERT INTO {n}({n}, rowid, {cols}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO {n}(rowid, {cols}) VALUES (new.id, {new}); END",
        f"INSERT INTO {n}({n}) VALUES ('rebuild')",
    ]


def create_donor_index(op) -> None:
    """Called from the migration: the trigram index on SQLite, nothing elsewhere."""
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in _create_statements(DONOR_INDEX):
        op.execute(statement)


def drop_donor_index(op) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for suffix in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS {DONOR_INDEX.name}_{suffix}")
    op.execute(f"DROP TABLE IF EXISTS {DONOR_INDEX.name}")


def bulk_insert(session: Session, index: SearchIndex, table, rows: list[dict],
                returning=None, threshold: int = 2000):
    """Insert many rows of ``index.table``; above ``threshold`` rows on SQLite the per-row
    index trigger is dropped and the index rebuilt once (≈ 8× faster for 100k donors), all in
    the caller's transaction. Returns the RETURNING rows (in parameter order) if asked."""
    from sqlalchemy import insert

    stmt = insert(table)
    if returning is not None:
        stmt = stmt.returning(*returning, sort_by_parameter_order=True)
    sqlite = session.get_bind().dialect.name == "sqlite"
    suspend = sqlite and len(rows) >= threshold and _has_index(session, index)
    if suspend:
        session.execute(sql_text(f"DROP TRIGGER IF EXISTS {index.name}_ai"))
    result = session.execute(stmt, rows) if rows else None
    returned = list(result) if (result is not None and returning is not None) else []
    if suspend:
        create = [s for s in _create_statements(index) if f"TRIGGER {index.name}_ai" in s]
        session.execute(sql_text(create[0]))
        session.execute(sql_text(f"INSERT INTO {index.name}({index.name}) VALUES ('rebuild')"))
    return returned


def _has_index(session: Session, index: SearchIndex) -> bool:
    cache = session.info.setdefault("libdesk_fts", {})
    if index.name not in cache:
        row = session.execute(sql_text(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name=:n"), {"n": index.name}).first()
        cache[index.name] = row is not None
    return cache[index.name]


def _fts_phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def caseless(text: str) -> bool:
    """True for text whose letters have no case (Chinese, digits): LIKE finds what ILIKE
    would, and on PostgreSQL 5–6× faster, as ILIKE folds every row's case (over 100,000
    donors: 王 in the names 11 ms instead of 66; 小店区 in every column 21 ms instead of
    107, through the trigram indexes, which serve both)."""
    return text.lower() == text.upper()


def text_condition(session: Session, index: SearchIndex, id_column, text: str,
                   like_columns: Sequence, short_columns: Sequence | None = None,
                   in_sort_order: bool = False) -> ColumnElement[bool] | None:
    """A WHERE condition for rows containing ``text`` in any indexed column; None for no text.

    Three or more characters on SQLite use the trigram index; shorter text (or another
    database) uses LIKE over ``like_columns`` — on SQLite, one or two characters only over
    ``short_columns`` (a surname, say), which keeps LIKE over 100k rows to a few ms a column.
    ``in_sort_order``: the matches are many, so SQLite should walk the sort's index testing
    each row against the index's matches, not look up every match and sort them all.
    """
    text = (text or "").strip()
    if not text:
        return None
    sqlite = session.get_bind().dialect.name == "sqlite"
    if sqlite and len(text) >= MIN_TRIGRAM and _has_index(session, index):
        ids = sql_text(f"SELECT rowid FROM {index.name} WHERE {index.name} MATCH :fts_q") \
            .bindparams(fts_q=_fts_phrase(text)).columns(id_column)
        return (id_column + 0 if in_sort_order else id_column).in_(ids)
    postgresql = session.get_bind().dialect.name == "postgresql"
    if (sqlite or (postgresql and len(text) < MIN_TRIGRAM)) and short_columns is not None:
        like_columns = short_columns
    if not like_columns:
        return false()
    pattern = like_pattern(text)
    if postgresql and not caseless(text):  # ILIKE: case-insensitive like SQLite's LIKE
        return or_(*(c.ilike(pattern, escape="\\") for c in like_columns))
    return or_(*(c.like(pattern, escape="\\") for c in like_columns))


def planner_orders(session: Session, text: str) -> bool:
    """True where the database itself should choose between walking the sort's index and
    sorting the matches: PostgreSQL for three or more characters, whose statistics estimate
    how many rows the trigram indexes find (over 100,000 donors it walks the name order for
    小店区, 18% of donors: 3 ms instead of 40 for matching all and sorting; for 王欣璐, 13
    donors, it looks them up). Shorter text is not estimated well (王 sorts first in the
    names it is in): SQLite, and PostgreSQL under three characters, take the caller's choice."""
    text = (text or "").strip()
    return session.get_bind().dialect.name == "postgresql" and len(text) >= MIN_TRIGRAM


def text_count(session: Session, index: SearchIndex, text: str) -> int | None:
    """How many rows contain ``text``, counted in the trigram index itself (no lookups in the
    indexed table); None where that index does not answer (another database, fewer than
    three characters): count with ``text_condition`` then."""
    text = (text or "").strip()
    if (session.get_bind().dialect.name != "sqlite" or len(text) < MIN_TRIGRAM
            or not _has_index(session, index)):
        return None
    return session.execute(sql_text(
        f"SELECT count(*) FROM {index.name} WHERE {index.name} MATCH :fts_q"),
        {"fts_q": _fts_phrase(text)}).scalar_one()
