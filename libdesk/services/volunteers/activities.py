"""Volunteer activities (主题 / 日常) and their editable categories.

The categories start as the services of the annual report's tables 16 and 17; staff add,
rename and remove their own.
"""
from __future__ import annotations


from sqlalchemy import func, or_, select
from sqlmodel import Session

from libdesk.models.collation import pinyin_key
from libdesk.models.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationFailed
from libdesk.models.roles import Perm
from libdesk.models.volunteers.rules import ActivityInput, validate_activity
from libdesk.models.volunteers.tables import (ActivityCategory, ActivityKind, HourEntry,
                                       VolunteerActivity)
from libdesk.models.volunteers.records import ActivityRow
from libdesk.services.base import ListQuery, ServiceBase, like_pattern
from libdesk.services.conflicts import (check_delete, check_version, version_of,
                                        versions_of)

# Table 17's daily services, then the kinds of themed service table 16 lists.
SEED_CATEGORIES = [
    ("自助设备引导", ActivityKind.DAILY), ("文明督导", ActivityKind.DAILY),
    ("书架整理", ActivityKind.DAILY), ("活动辅助", ActivityKind.DAILY),
    ("活动策划", ActivityKind.DAILY), ("秩序维护", ActivityKind.DAILY),
    ("公开课堂辅助", ActivityKind.DAILY),
    ("阅读推广", ActivityKind.THEME), ("视障读者服务", ActivityKind.THEME),
    ("文明城市创建", ActivityKind.THEME), ("社区共建", ActivityKind.THEME),
    ("爱心公益", ActivityKind.THEME),
]


_entries = (select(func.count()).where(HourEntry.activity_id == VolunteerActivity.id)
            .correlate(VolunteerActivity).scalar_subquery())
_SORT = {"name": VolunteerActivity.name_key, "kind": VolunteerActivity.kind,
         "category": ActivityCategory.sort_order, "starts_on": VolunteerActivity.starts_on,
         "ends_on": VolunteerActivity.ends_on, "place": VolunteerActivity.place,
         "organiser": VolunteerActivity.organiser, "entries": _entries}


class ActivityService(ServiceBase):
    def _filtered(self, columns, query: ListQuery):
        stmt = (select(*columns).select_from(VolunteerActivity)
                .outerjoin(ActivityCategory, ActivityCategory.id == VolunteerActivity.category_id))
        if query.text.strip():
            pattern = like_pattern(query.text.strip())
            stmt = stmt.where(or_(VolunteerActivity.name.like(pattern, escape="\\"),
                                  ActivityCategory.name.like(pattern, escape="\\"),
                                  VolunteerActivity.place.like(pattern, escape="\\")))
        if query.filters.get("kind"):
            stmt = stmt.where(VolunteerActivity.kind == query.filters["kind"])
        if query.filters.get("category_id"):
            stmt = stmt.where(VolunteerActivity.category_id == query.filters["category_id"])
        return stmt

    def count(self, query: ListQuery) -> int:
        with self.store.read() as session:
            return session.execute(self._filtered([func.count()], query)).scalar_one()

    def page(self, query: ListQuery, offset: int, limit: int) -> list[ActivityRow]:
        key = _SORT.get(query.sort or "starts_on", VolunteerActivity.starts_on)
        order = [key.desc() if query.descending else key.asc(), VolunteerActivity.id.asc()]
        stmt = self._filtered([VolunteerActivity.id, VolunteerActivity.name,
                               VolunteerActivity.kind, ActivityCategory.name,
                               VolunteerActivity.starts_on, VolunteerActivity.ends_on,
                               VolunteerActivity.place, VolunteerActivity.organiser,
                               _entries], query)
        with self.store.read() as session:
            return [ActivityRow(r[0], r[1], r[2], r[3] or "", r[4], r[5], r[6], r[7], r[8] or 0)
                    for r in session.execute(stmt.order_by(*order).offset(offset).limit(limit))]

    def names(self) -> list[tuple[int, str]]:
        """(id, name) of every activity, newest first, for pickers."""
        with self.store.read() as session:
            return [(r[0], r[1]) for r in session.execute(select(
                VolunteerActivity.id, VolunteerActivity.name).order_by(
                VolunteerActivity.starts_on.desc(), VolunteerActivity.id.desc()))]

    def get(self, activity_id: int) -> ActivityInput:
        with self.store.read() as session:
            return _input(session, _activity(session, activity_id))

    def find(self, name: str) -> int | None:
        with self.store.read() as session:
            found = session.execute(select(VolunteerActivity.id).where(
                VolunteerActivity.name == name.strip())).first()
        return found[0] if found else None

    def save(self, data: ActivityInput, activity_id: int | None = None, *,
             expected_version: int | None = None) -> int:
        """Create or update an activity. With ``expected_version`` (from ``version``), an
        activity saved meanwhile elsewhere raises EditConflict and nothing is written."""
        self.require(Perm.HOURS_EDIT)
        problems = validate_activity(data)
        if problems:
            raise ValidationFailed(problems)
        with self.store.write() as session:
            if activity_id is not None:
                check_version(session, VolunteerActivity, activity_id, expected_version,
                              data.name.strip(), mine=data,
                              saved=lambda row: _input(session, row))
            return save_activity(session, data, activity_id)

    def version(self, activity_id: int) -> int:
        with self.store.read() as session:
            return version_of(session, VolunteerActivity, activity_id)

    def delete(self, activity_id: int, expected_version: int | None = None) -> None:
        """With ``expected_version`` (shown by the confirmation), an activity changed or
        deleted meanwhile raises DeleteConflict / NotFound and nothing is deleted."""
        self.require(Perm.HOURS_EDIT)
        with self.store.write() as session:
            activity = check_delete(session, VolunteerActivity, activity_id, expected_version,
                                    lambda r: r.name, QT_TRANSLATE_NOOP("Errors", "Activity")) \
                or _activity(session, activity_id)
            used = session.execute(select(func.count()).where(
                HourEntry.activity_id == activity_id)).scalar_one()
            if used:
                raise Conflict(QT_TRANSLATE_NOOP(
                    "Errors", "“{name}” has {count} hour entries and cannot be deleted."),
                    name=activity.name, count=used)
            session.delete(activity)

    # -- categories ------------------------------------------------------------------------
    def categories(self, kind: str | None = None) -> list[tuple[int, str, str]]:
        """(id, name, kind) in their order; ``kind`` limits them to themed or daily."""
        stmt = select(ActivityCategory.id, ActivityCategory.name, ActivityCategory.kind)
        if kind:
            stmt = stmt.where(ActivityCategory.kind == kind)
        with self.store.read() as session:
            return [tuple(r) for r in session.execute(
                stmt.order_by(ActivityCategory.sort_order, ActivityCategory.id))]

    def category_versions(self) -> dict[int, int]:
        """category id → version, read with the list (a rename passes the one it showed)."""
        with self.store.read() as session:
            return versions_of(session, ActivityCategory)

    def save_category(self, name: str, kind: str, category_id: int | None = None, *,
                      expected_version: int | None = None) -> int:
        """With ``expected_version``, a category changed meanwhile raises EditConflict."""
        self.require(Perm.HOURS_EDIT)
        name = name.strip()
        if not name or kind not in {k.value for k in ActivityKind}:
            raise ValidationFailed(validate_activity(ActivityInput(name=name, kind=kind)))
        with self.store.write() as session:
            if category_id is not None:
                check_version(session, ActivityCategory, category_id, expected_version, name,
                              mine={"name": name}, saved=lambda row: {"name": row.name})
            clash = session.execute(select(ActivityCategory.id).where(
                ActivityCategory.name == name,
                ActivityCategory.id != (category_id or -1))).first()
            if clash:
                raise Conflict(QT_TRANSLATE_NOOP(
                    "Errors", "“{name}” is already in the list."), name=name)
            if category_id is None:
                last = session.execute(select(func.max(ActivityCategory.sort_order))).scalar()
                row = ActivityCategory(name=name, kind=kind, sort_order=(last or 0) + 1)
            else:
                row = session.get(ActivityCategory, category_id)
                if row is None:
                    raise NotFound(QT_TRANSLATE_NOOP(
                        "Errors", "Category #{id} no longer exists."), id=category_id)
                row.name, row.kind = name, kind
            session.add(row)
            session.flush()
            return row.id

    def delete_category(self, category_id: int, expected_version: int | None = None) -> None:
        """With ``expected_version`` (read with the list), see ``delete``."""
        self.require(Perm.HOURS_EDIT)
        with self.store.write() as session:
            row = check_delete(session, ActivityCategory, category_id, expected_version,
                               lambda r: r.name,
                               QT_TRANSLATE_NOOP("Errors", "Activity category"))
            if row is None:
                return
            used = session.execute(select(func.count()).where(
                VolunteerActivity.category_id == category_id)).scalar_one()
            if used:
                raise Conflict(QT_TRANSLATE_NOOP(
                    "Errors", "“{name}” cannot be removed: {count} activit(ies) use it."),
                    name=row.name, count=used)
            session.delete(row)

    def seed_defaults(self) -> None:
        with self.store.read() as session:
            if session.execute(select(func.count()).select_from(ActivityCategory)).scalar_one():
                return
        with self.store.write() as session:
            for order, (name, kind) in enumerate(SEED_CATEGORIES, start=1):
                session.add(ActivityCategory(name=name, kind=kind.value, sort_order=order))


def save_activity(session: Session, data: ActivityInput, activity_id: int | None) -> int:
    """Create or update an activity inside the caller's write transaction."""
    name = data.name.strip()
    clash = session.execute(select(VolunteerActivity.id).where(
        VolunteerActivity.name == name, VolunteerActivity.id != (activity_id or -1))).first()
    if clash:
        raise Conflict(QT_TRANSLATE_NOOP(
            "Errors", "Another activity is already named “{name}”."), name=name)
    row = _activity(session, activity_id) if activity_id else VolunteerActivity(name=name)
    row.name, row.name_key, row.kind = name, pinyin_key(name), data.kind
    row.category_id = _category_id(session, data.category, data.kind)
    row.starts_on, row.ends_on = data.starts_on, data.ends_on
    row.place, row.organiser, row.notes = data.place.strip(), data.organiser.strip(), data.notes
    session.add(row)
    session.flush()
    return row.id


def _category_id(session: Session, name: str, kind: str) -> int | None:
    name = name.strip()
    if not name:
        return None
    found = session.execute(select(ActivityCategory.id).where(
        ActivityCategory.name == name)).first()
    if found:
        return found[0]
    last = session.execute(select(func.max(ActivityCategory.sort_order))).scalar()
    row = ActivityCategory(name=name, kind=kind, sort_order=(last or 0) + 1)
    session.add(row)
    session.flush()
    return row.id


def _input(session: Session, a: VolunteerActivity) -> ActivityInput:
    category = session.get(ActivityCategory, a.category_id) if a.category_id else None
    return ActivityInput(name=a.name, kind=a.kind, category=category.name if category else "",
                         starts_on=a.starts_on, ends_on=a.ends_on, place=a.place,
                         organiser=a.organiser, notes=a.notes)


def _activity(session: Session, activity_id: int) -> VolunteerActivity:
    row = session.get(VolunteerActivity, activity_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Activity #{id} no longer exists."),
                       id=activity_id)
    return row
