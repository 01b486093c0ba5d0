"""The listing and editing every outreach log shares: count / page over a ListQuery (text,
point, year and date filters, SQL sorting), add, update, delete, and adding many rows at once
(bulk entry and imports: every row checked first, all rows or none, one bulk INSERT)."""
from __future__ import annotations

from dataclasses import asdict, fields
from datetime import date
from typing import Any

from sqlalchemy import extract, func, insert, or_, select
from sqlmodel import Session

from libdesk.models.base import utcnow
from libdesk.models.branches.tables import Branch
from libdesk.models.errors import QT_TRANSLATE_NOOP, NotFound, Problem, ValidationFailed
from libdesk.models.outreach.rules import stripped
from libdesk.models.roles import Perm
from libdesk.services.base import ListQuery, ServiceBase, chunks, like_pattern
from libdesk.services.conflicts import check_listed, check_version, version_of

RECORDS = QT_TRANSLATE_NOOP("Errors", "records")


class RecordService(ServiceBase):
    """Subclasses name the table, its input and row classes and how it is checked."""

    model: Any
    input_cls: Any
    row_cls: Any
    date_field: str
    text_fields: tuple[str, ...] = ()
    filter_fields: tuple[str, ...] = ()
    default_sort: str = ""
    perm = Perm.DISTRIBUTION_EDIT
    stamp = "recorded_by"
    extra_row_fields: tuple[str, ...] = ("recorded_by",)

    def validate(self, record) -> list[Problem]:
        raise TypeError(type(self).__name__)

    # -- listing ---------------------------------------------------------------------------
    def _column(self, name: str):
        return getattr(self.model, name)

    def _has_branch(self) -> bool:
        return "branch_id" in self.model.model_fields

    def _base(self, columns):
        stmt = select(*columns).select_from(self.model)
        if self._has_branch():
            stmt = stmt.outerjoin(Branch, Branch.id == self.model.branch_id)
        return stmt

    def _filtered(self, columns, query: ListQuery):
        stmt = self._base(columns)
        text = query.text.strip()
        if text:
            pattern = like_pattern(text)
            terms = [self._column(n).like(pattern, escape="\\") for n in self.text_fields]
            if self._has_branch():
                terms.append(Branch.name.like(pattern, escape="\\"))
            stmt = stmt.where(or_(*terms))
        f = query.filters
        day = self._column(self.date_field)
        if f.get("year"):
            stmt = stmt.where(extract("year", day) == int(f["year"]))
        if f.get("month"):
            stmt = stmt.where(extract("month", day) == int(f["month"]))
        if f.get("date_from"):
            stmt = stmt.where(day >= f["date_from"])
        if f.get("date_to"):
            stmt = stmt.where(day <= f["date_to"])
        if f.get("branch_id") and self._has_branch():
            stmt = stmt.where(self.model.branch_id == f["branch_id"])
        for name in self.filter_fields:
            if f.get(name):
                stmt = stmt.where(self._column(name) == f[name])
        return stmt

    def count(self, query: ListQuery) -> int:
        with self.store.read() as session:
            return session.execute(self._filtered([func.count()], query)).scalar_one()

    def _sort_key(self, name: str | None):
        if name == "branch_name" and self._has_branch():
            return Branch.number
        if name and name in self.model.model_fields:
            return self._column(name)
        return self._column(self.default_sort or self.date_field)

    def _select_rows(self, query: ListQuery):
        columns = [self.model] + ([Branch.name] if self._has_branch() else [])
        key = self._sort_key(query.sort)
        order = [key.desc() if query.descending else key.asc(), self.model.id.asc()] \
            if "id" in self.model.model_fields else [key.desc() if query.descending else key]
        return self._filtered(columns, query).order_by(*order)

    def page(self, query: ListQuery, offset: int, limit: int) -> list:
        stmt = self._select_rows(query).offset(offset).limit(limit)
        with self.store.read() as session:
            return [self.to_row(r) for r in session.execute(stmt)]

    def all_rows(self, query: ListQuery | None = None) -> list:
        with self.store.read() as session:
            return [self.to_row(r) for r in session.execute(self._select_rows(
                query or ListQuery()))]

    def to_row(self, result) -> Any:
        obj = result[0]
        values = {f.name: getattr(obj, f.name) for f in fields(self.input_cls)}
        for name in self.extra_row_fields:
            values[name] = getattr(obj, name)
        branch = result[1] if self._has_branch() else None
        return self.row_cls(id=obj.id, branch_name=branch or "", version=obj.version, **values)

    def get(self, record_id: int):
        query = ListQuery(filters={})
        stmt = self._select_rows(query).where(self.model.id == record_id)
        with self.store.read() as session:
            result = session.execute(stmt).first()
        if result is None:
            raise NotFound(QT_TRANSLATE_NOOP(
                "Errors", "This record no longer exists; refresh the list."))
        return self.to_row(result)

    def years(self) -> list[int]:
        day = extract("year", self._column(self.date_field))
        with self.store.read() as session:
            found = {int(y) for (y,) in session.execute(select(day).distinct()) if y}
        return sorted(found | {date.today().year}, reverse=True)

    # -- editing ---------------------------------------------------------------------------
    def check(self, session: Session, records: list, rows: list[int] | None = None
              ) -> list[Problem]:
        """Every problem of ``records`` (with their row numbers), the points included."""
        problems: list[Problem] = []
        known = set()
        if self._has_branch():
            wanted = {r.branch_id for r in records if r.branch_id is not None}
            known = set(session.execute(select(Branch.id).where(
                Branch.id.in_(list(wanted)))).scalars()) if wanted else set()
        for index, record in enumerate(records):
            row = rows[index] if rows else None
            problems += [Problem(p.field, p.template, p.params, row, p.sheet)
                         for p in self.validate(record)]
            branch_id = getattr(record, "branch_id", None)
            if branch_id is not None and branch_id not in known:
                problems.append(Problem("branch_id", QT_TRANSLATE_NOOP(
                    "Errors", "Point #{id} no longer exists."), {"id": branch_id}, row))
        return problems

    def _values(self, record) -> dict:
        values = asdict(record)
        return values

    def add(self, record) -> int:
        self.require(self.perm)
        record = stripped(record)
        with self.store.write() as session:
            problems = self.check(session, [record])
            if problems:
                raise ValidationFailed(problems)
            obj = self.model(**self._values(record), **self._stamp())
            self.before_insert(session, obj)
            session.add(obj)
            session.flush()
            return obj.id

    def before_insert(self, session: Session, obj) -> None:
        """Subclasses number or sign the record here (inside the write transaction)."""

    def _stamp(self) -> dict:
        return {self.stamp: self.actor.username}

    def version(self, record_id: int) -> int:
        """Read before the record's values when a dialog opens it; its save passes it."""
        with self.store.read() as session:
            return version_of(session, self.model, record_id)

    def record_name(self, record) -> str:
        """How a record is named in a conflict message: its date and title or place."""
        named = next((str(getattr(record, name)) for name in
                      ("title", "recipient", "topic", "place", "source_dept", "vehicle")
                      if getattr(record, name, "")), "")
        return f"{getattr(record, self.date_field)} {named}".strip()

    def update(self, record_id: int, record, *, expected_version: int | None = None) -> None:
        """With ``expected_version`` (from ``version``), a record saved meanwhile elsewhere
        raises EditConflict with both versions and nothing is written."""
        self.require(self.perm)
        record = stripped(record)
        with self.store.write() as session:
            obj = session.get(self.model, record_id)
            if obj is None:
                raise NotFound(QT_TRANSLATE_NOOP(
                    "Errors", "This record no longer exists; refresh the list."))
            check_version(session, self.model, record_id, expected_version,
                          self.record_name(record), mine=record, saved=self._stored_input)
            problems = self.check(session, [record])
            if problems:
                raise ValidationFailed(problems)
            for name, value in self._values(record).items():
                setattr(obj, name, value)
            self.before_update(session, obj)
            session.add(obj)

    def _stored_input(self, obj):
        return self.input_cls(**{f.name: getattr(obj, f.name) for f in fields(self.input_cls)})

    def before_update(self, session: Session, obj) -> None:
        """Subclasses refuse or re-sign here."""

    def delete(self, record_ids: list[int], *,
               expected_versions: dict[int, int] | None = None) -> int:
        """With ``expected_versions`` (id → the row's ``version`` as the list showed it), a
        record changed or deleted elsewhere since raises ListedRowsChanged and nothing is
        deleted."""
        self.require(self.perm)
        done = 0
        with self.store.write() as session:
            if expected_versions is not None:
                check_listed(session, self.model, {i: expected_versions[i] for i in record_ids
                                                   if i in expected_versions}, RECORDS)
            for chunk in chunks(record_ids):
                for obj in session.execute(select(self.model).where(
                        self.model.id.in_(chunk))).scalars():
                    self.before_delete(session, obj)
                    session.delete(obj)
                    done += 1
        return done

    def before_delete(self, session: Session, obj) -> None:
        """Subclasses refuse here (a gift letter is voided, not deleted)."""

    def add_many(self, records: list, rows: list[int] | None = None,
                 extra: dict | None = None, session: Session | None = None) -> int:
        """All of ``records`` or none: every problem reported with its row, then one bulk
        INSERT. ``extra`` adds columns to every row (e.g. ``source``)."""
        self.require(self.perm)
        if not records:
            raise ValidationFailed([Problem("rows", QT_TRANSLATE_NOOP(
                "Errors", "There is nothing to save: fill in at least one row."))])
        records = [stripped(r) for r in records]
        if session is None:
            with self.store.write() as session:
                return self._insert_many(session, records, rows, extra)
        return self._insert_many(session, records, rows, extra)

    def _insert_many(self, session, records, rows, extra) -> int:
        problems = self.check(session, records, rows)
        if problems:
            raise ValidationFailed(problems)
        now = utcnow()
        stamp = {**self._stamp(), **(extra or {})}
        time_field = "recorded_at" if "recorded_at" in self.model.model_fields else None
        values = [{**self._values(r), **stamp, **({time_field: now} if time_field else {})}
                  for r in records]
        for start in range(0, len(values), 20_000):
            session.execute(insert(self.model), values[start:start + 20_000])
        return len(values)
