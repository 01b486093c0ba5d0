"""Categories of points (区县图书馆, 部队与武警 …): listed in a chosen order, editable."""
from __future__ import annotations

from sqlalchemy import func, select

from libdesk.models.branches.tables import Branch, BranchCategory
from libdesk.models.errors import (
    QT_TRANSLATE_NOOP,
    Conflict,
    NotFound,
    Problem,
    ValidationFailed,
)
from libdesk.models.roles import Perm
from libdesk.services.base import ServiceBase
from libdesk.services.conflicts import check_delete, check_version, versions_of
from libdesk.services.branches.points import category_id_for


class BranchCategoryService(ServiceBase):
    def categories(self) -> list[tuple[int, str]]:
        with self.store.read() as session:
            return [(r[0], r[1]) for r in session.execute(
                select(BranchCategory.id, BranchCategory.name)
                .order_by(BranchCategory.sort_order, BranchCategory.id))]

    def versions(self) -> dict[int, int]:
        """category id → version, read with the list (a rename passes the one it showed)."""
        with self.store.read() as session:
            return versions_of(session, BranchCategory)

    def add_category(self, name: str) -> int:
        self.require(Perm.BRANCHES_EDIT)
        if not name.strip():
            raise ValidationFailed([Problem("category", QT_TRANSLATE_NOOP(
                "Errors", "A category needs a name."))])
        with self.store.write() as session:
            return category_id_for(session, name)

    def category_usage(self) -> dict[int, int]:
        """category id → number of points in it."""
        with self.store.read() as session:
            return dict(session.execute(select(Branch.category_id, func.count()).group_by(
                Branch.category_id)).all())

    def rename_category(self, category_id: int, name: str, *,
                        expected_version: int | None = None) -> None:
        """With ``expected_version``, a category renamed (or moved) meanwhile elsewhere
        raises EditConflict and nothing is written."""
        self.require(Perm.BRANCHES_EDIT)
        name = name.strip()
        if not name:
            raise ValidationFailed([Problem("category", QT_TRANSLATE_NOOP(
                "Errors", "A category needs a name."))])
        with self.store.write() as session:
            check_version(session, BranchCategory, category_id, expected_version, name,
                          mine={"name": name}, saved=lambda row: {"name": row.name})
            clash = session.execute(select(BranchCategory.id).where(
                BranchCategory.name == name, BranchCategory.id != category_id)).first()
            if clash:
                raise Conflict(QT_TRANSLATE_NOOP(
                    "Errors", "There is already a category named “{name}”."), name=name)
            category = session.get(BranchCategory, category_id)
            if category is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "That category no longer exists."))
            category.name = name
            session.add(category)

    def delete_category(self, category_id: int, expected_version: int | None = None) -> None:
        """Delete an unused category; refused, with the count, while points use it. With
        ``expected_version`` (read with the list), a category renamed or deleted meanwhile
        raises DeleteConflict / NotFound and nothing is deleted."""
        self.require(Perm.BRANCHES_EDIT)
        with self.store.write() as session:
            category = check_delete(session, BranchCategory, category_id, expected_version,
                                    lambda row: row.name, QT_TRANSLATE_NOOP("Errors", "Category"))
            if category is None:
                return
            used = session.execute(select(func.count()).select_from(Branch).where(
                Branch.category_id == category_id)).scalar_one()
            if used:
                raise Conflict(QT_TRANSLATE_NOOP(
                    "Errors", "“{name}” is the category of {count} point(s); move them to "
                    "another category first."), name=category.name, count=used)
            session.delete(category)

    def move_category(self, category_id: int, step: int) -> None:
        """Move a category up (step -1) or down (+1) in the list order."""
        self.require(Perm.BRANCHES_EDIT)
        with self.store.write() as session:
            rows = session.execute(select(BranchCategory).order_by(
                BranchCategory.sort_order, BranchCategory.id)).scalars().all()
            index = next((i for i, c in enumerate(rows) if c.id == category_id), None)
            if index is None or not 0 <= index + step < len(rows):
                return
            rows[index], rows[index + step] = rows[index + step], rows[index]
            for order, category in enumerate(rows, start=1):
                category.sort_order = order
                session.add(category)
