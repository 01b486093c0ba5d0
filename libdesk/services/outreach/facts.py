"""Each point's own facts: opening hours (some 24 h), area, seats, self-service machines, and
books on site — computed from the batches received and swapped back (``on_site``), plus a
typed correction with its reason. Every change is in the audit log like any other."""
from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from sqlalchemy import func, or_, select

from libdesk.models.base import utcnow
from libdesk.models.branches.tables import Branch
from libdesk.models.errors import QT_TRANSLATE_NOOP, NotFound, ValidationFailed
from libdesk.models.outreach.records import FactsRow
from libdesk.models.outreach.rules import FactsInput, stripped, validate_facts
from libdesk.models.outreach.tables import PointFacts
from libdesk.models.roles import Perm
from libdesk.services.base import ListQuery, ServiceBase, like_pattern
from libdesk.services.conflicts import check_version, version_or_none
from libdesk.services.outreach.workbooks import (located, point_ids, resolve_point, to_input,
                                                writing)
from libdesk.services.progress import Progress
from libdesk.spreadsheets import outreach as sheets

_FIELDS = [f.name for f in fields(FactsInput)]


class PointFactsService(ServiceBase):
    def __init__(self, ctx, reports) -> None:
        super().__init__(ctx)
        self._reports = reports

    def _filtered(self, columns, query: ListQuery):
        stmt = (select(*columns).select_from(Branch)
                .outerjoin(PointFacts, PointFacts.branch_id == Branch.id))
        if query.text.strip():
            pattern = like_pattern(query.text.strip())
            stmt = stmt.where(or_(Branch.name.like(pattern, escape="\\"),
                                  PointFacts.opening_hours.like(pattern, escape="\\")))
        if query.filters.get("open_24h"):
            stmt = stmt.where(PointFacts.open_24h == True)  # noqa: E712
        if query.filters.get("branch_id"):
            stmt = stmt.where(Branch.id == query.filters["branch_id"])
        return stmt

    def count(self, query: ListQuery) -> int:
        with self.store.read() as session:
            return session.execute(self._filtered([func.count()], query)).scalar_one()

    def page(self, query: ListQuery, offset: int, limit: int) -> list[FactsRow]:
        sort = {"branch_name": Branch.name_key, "number": Branch.number,
                "opening_hours": PointFacts.opening_hours, "open_24h": PointFacts.open_24h,
                "area_m2": PointFacts.area_m2, "seats": PointFacts.seats,
                "machines": PointFacts.machines}.get(query.sort or "number", Branch.number)
        stmt = (self._filtered([Branch.id, Branch.number, Branch.name, Branch.books_on_site,
                                PointFacts], query)
                .order_by(sort.desc() if query.descending else sort.asc(), Branch.number)
                .offset(offset).limit(limit))
        with self.store.read() as session:
            results = session.execute(stmt).all()
        return [self._row(*r) for r in results]

    def _row(self, branch_id, number, name, typed, facts) -> FactsRow:
        values = {n: getattr(facts, n) for n in _FIELDS} if facts is not None else {}
        return FactsRow(id=branch_id, number=number, branch_name=name, typed_books=typed,
                        books_from_batches=self.books_from_batches(branch_id),
                        updated_by=facts.updated_by if facts is not None else "", **values)

    def books_from_batches(self, branch_id: int) -> int:
        return sum(t.copies for t in self._reports.on_site(branch_id))

    def get(self, branch_id: int) -> FactsRow:
        rows = self.page(ListQuery(filters={"branch_id": branch_id}), 0, 1)
        if not rows:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Point #{id} no longer exists."),
                           id=branch_id)
        return rows[0]

    def version(self, branch_id: int) -> int:
        """The facts' version (0: none saved yet), read before their values."""
        with self.store.read() as session:
            return version_or_none(session, PointFacts, PointFacts.branch_id, branch_id)

    def save(self, branch_id: int, facts: FactsInput, *,
             expected_version: int | None = None) -> None:
        """With ``expected_version`` (from ``version``), facts saved meanwhile elsewhere
        raise EditConflict with both versions and nothing is written."""
        self.require(Perm.BRANCHES_EDIT)
        facts = stripped(facts)
        problems = validate_facts(facts)
        if problems:
            raise ValidationFailed(problems)
        with self.store.write() as session:
            branch = session.get(Branch, branch_id)
            check_version(session, PointFacts, branch_id, expected_version,
                          branch.name if branch is not None else str(branch_id), mine=facts,
                          saved=lambda row: FactsInput(**{n: getattr(row, n) for n in _FIELDS}))
            self._save(session, branch_id, facts)

    def update(self, branch_id: int, facts: FactsInput, *,
               expected_version: int | None = None) -> None:
        self.save(branch_id, facts, expected_version=expected_version)

    def _save(self, session, branch_id: int, facts: FactsInput) -> None:
        if session.get(Branch, branch_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Point #{id} no longer exists."),
                           id=branch_id)
        row = session.get(PointFacts, branch_id) or PointFacts(branch_id=branch_id)
        for name in _FIELDS:
            setattr(row, name, getattr(facts, name))
        row.updated_by, row.updated_at = self.actor.username, utcnow()
        session.add(row)

    def export_xlsx(self, path: Path, query: ListQuery | None = None,
                    progress: Progress | None = None) -> Path:
        self.require(Perm.EXPORT)
        query = query or ListQuery()
        rows = self.page(query, 0, self.count(query))
        return sheets.write_records(path, sheets.FACTS, rows)

    def import_xlsx(self, path: Path, progress: Progress | None = None) -> int:
        """Facts of the points the sheet names; computed columns are not read back."""
        self.require(Perm.BRANCHES_EDIT)
        spec = sheets.FACTS
        parsed, problems = sheets.read_records(path, spec, sheets.FACTS_READ_ONLY)
        with self.store.read() as session:  # checked without the write lock
            points = point_ids(session)
        records = []
        for number, values in parsed:
            resolve_point(values, points, number, spec.title, problems)
            facts = stripped(to_input(FactsInput, values))
            problems += located([p.__class__(p.field, p.template, p.params, number)
                                 for p in validate_facts(facts)], spec)
            records.append((values["branch_id"], facts))
        if problems:
            raise ValidationFailed(sorted(problems, key=lambda p: p.row or 0))
        with writing(self.store, progress or Progress()) as session:
            self._save_many(session, records)
        return len(records)

    def _save_many(self, session, records: list[tuple[int, FactsInput]]) -> None:
        """The facts of many points: two lookups for all (the points still exist, their
        stored facts), then the changes flushed together."""
        ids = list(dict.fromkeys(branch_id for branch_id, _ in records))
        alive = set(session.execute(select(Branch.id).where(Branch.id.in_(ids))).scalars())
        for branch_id in ids:
            if branch_id not in alive:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "Point #{id} no longer exists."),
                               id=branch_id)
        stored = {row.branch_id: row for row in session.execute(
            select(PointFacts).where(PointFacts.branch_id.in_(ids))).scalars()}
        now = utcnow()
        for branch_id, facts in records:
            row = stored.get(branch_id)
            if row is None:
                row = stored[branch_id] = PointFacts(branch_id=branch_id)
            for name in _FIELDS:
                setattr(row, name, getattr(facts, name))
            row.updated_by, row.updated_at = self.actor.username, now
            session.add(row)
