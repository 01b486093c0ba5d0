"""The branch list: counting and paging the points as the branches tab shows them.

Read with the columns of ``models/branches/list_columns.py`` (Core clauses): the branches tab
is the first tab, and its first page is read before any table model, SQLModel or pydantic is
imported (``BranchService``, which edits points, builds on this class and imports them)."""
from __future__ import annotations

from sqlalchemy import String, cast, func, or_, select

from libdesk.models.branches.list_columns import BRANCH, CATEGORY, CONTACT
from libdesk.models.branches.records import BranchRow
from libdesk.services.base import ListQuery, ServiceBase, like_pattern
from libdesk.services.privacy import masked_search

_B, _CAT, _CON = BRANCH.c, CATEGORY.c, CONTACT.c

_primary = (
    select(_CON.branch_id, _CON.name, _CON.phone)
    .where(_CON.is_primary == True)  # noqa: E712
    .subquery("primary_contact")
)

_SORT = {
    "number": _B.number,
    "name": _B.name_key,
    "category": _CAT.sort_order,
    "status": _B.status,
    "district": _B.district,
    "address": _B.address,
    "opened_on": _B.opened_on,
    "books_on_site": _B.books_on_site,
    "primary_contact": _primary.c.name,
    "primary_phone": _primary.c.phone,
    "notes": _B.notes,
}


class BranchListing(ServiceBase):
    """``count`` and ``page`` of the points a list query selects (a table's row source)."""

    def _filtered(self, columns, query: ListQuery):
        stmt = (select(*columns).select_from(BRANCH)
                .outerjoin(CATEGORY, _CAT.id == _B.category_id)
                .outerjoin(_primary, _primary.c.branch_id == _B.id))
        text = query.text.strip()
        guarded = masked_search(self, text, safe=[
            _B.name, _B.district, cast(_B.number, String), _primary.c.name,
            _CAT.name], numbers=[])
        if guarded is not None:  # digits typed by staff who see numbers masked
            stmt = stmt.where(guarded)
        elif text:
            pattern = like_pattern(text)
            stmt = stmt.where(or_(*(c.like(pattern, escape="\\") for c in (
                _B.name, _B.address, _B.district, _B.notes,
                cast(_B.number, String), _primary.c.name, _CAT.name))))
        if query.filters.get("category_id"):
            stmt = stmt.where(_B.category_id == query.filters["category_id"])
        if query.filters.get("status"):
            stmt = stmt.where(_B.status == query.filters["status"])
        return stmt

    def count(self, query: ListQuery) -> int:
        with self.store.read() as session:
            return session.execute(self._filtered([func.count()], query)).scalar_one()

    def page(self, query: ListQuery, offset: int, limit: int) -> list[BranchRow]:
        key = _SORT.get(query.sort or "number", _B.number)
        order = [key.desc() if query.descending else key.asc(), _B.number.asc()]
        columns = [_B.id, _B.number, _B.name, _CAT.name, _B.status,
                   _B.district, _B.address, _B.opened_on, _B.books_on_site,
                   _primary.c.name, _primary.c.phone, _B.notes]
        stmt = self._filtered(columns, query).order_by(*order).offset(offset).limit(limit)
        with self.store.read() as session:
            return [BranchRow(r[0], r[1], r[2], r[3] or "", r[4], r[5], r[6], r[7], r[8],
                              r[9] or "", r[10] or "", r[11])
                    for r in session.execute(stmt)]
