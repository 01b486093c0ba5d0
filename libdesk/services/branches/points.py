"""Branches and outreach points: the registry, categories and contact rosters."""
from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import delete, func, insert, or_, select
from sqlmodel import Session

from libdesk.config import resource_path
from libdesk.models.base import metadata, utcnow
from libdesk.models.branches.status import BranchStatus
from libdesk.models.branches.tables import Branch, BranchCategory, BranchContact
from libdesk.models.collation import pinyin_key
from libdesk.models.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationFailed
from libdesk.models.roles import Perm
from libdesk.services.branches.listing import BranchListing
from libdesk.services.conflicts import check_delete, check_version, values_of, version_of
from libdesk.services.privacy import masker
from libdesk.models.branches.rules import ContactInput, PointInput, validate_point
from libdesk.models.branches.records import BranchDetail

# The day the seeded points (the 2020 annual report's table 14) are counted from.
SEED_LISTED_ON = date(2020, 12, 31)


class BranchService(BranchListing):
    """The list (``count``, ``page``: ``BranchListing``) and everything else done to points."""

    # -- reading ---------------------------------------------------------------------------
    def names(self) -> list[tuple[int, str]]:
        """(id, name) of every point in report order, for pickers in other tabs."""
        with self.store.read() as session:
            return [(r[0], r[1]) for r in session.execute(
                select(Branch.id, Branch.name).order_by(Branch.number))]

    def lookup(self, number_or_name: str) -> int | None:
        """The id of the point with this number or exact name."""
        text = number_or_name.strip()
        condition = Branch.name == text
        if text.isdigit():
            condition = or_(condition, Branch.number == int(text))
        with self.store.read() as session:
            found = session.execute(select(Branch.id).where(condition)).first()
        return found[0] if found else None

    def get(self, branch_id: int) -> BranchDetail:
        with self.store.read() as session:
            return _detail(session, branch_id)

    def iter_details(self) -> Iterator[BranchDetail]:
        """Every point with its contacts, in number order (for the roster export)."""
        with self.store.read() as session:
            categories = dict(session.execute(select(BranchCategory.id, BranchCategory.name)).all())
            contacts: dict[int, list[ContactInput]] = {}
            for c in session.execute(select(BranchContact).order_by(
                    BranchContact.branch_id, BranchContact.is_primary.desc(),
                    BranchContact.id)).scalars():
                contacts.setdefault(c.branch_id, []).append(_contact_input(c))
            for b in session.execute(select(Branch).order_by(Branch.number)).scalars():
                point = _to_input(b, None)
                point = replace(point, category=categories.get(b.category_id, ""))
                yield BranchDetail(b.id, point, contacts.get(b.id, []))

    # -- changing --------------------------------------------------------------------------
    def save(self, point: PointInput, contacts: list[ContactInput] | None = None,
             branch_id: int | None = None, *, expected_version: int | None = None) -> int:
        """Create (``branch_id`` None) or update a point; ``contacts`` replaces its roster.
        With ``expected_version``, a point saved meanwhile elsewhere raises EditConflict."""
        self.require(Perm.BRANCHES_EDIT)
        problems = validate_point(point, contacts or [])
        if problems:
            raise ValidationFailed(problems)
        with self.store.write() as session:
            if branch_id is not None:
                check_version(session, Branch, branch_id, expected_version,
                              point.name.strip(), mine=_form(point, contacts),
                              saved=lambda row: _stored_form(session, row.id, contacts))
            return self._save(session, point, contacts, branch_id)

    def version(self, branch_id: int) -> int:
        with self.store.read() as session:
            return version_of(session, Branch, branch_id)

    def _save(self, session: Session, point: PointInput, contacts, branch_id) -> int:
        clash = session.execute(select(Branch.id).where(
            Branch.name == point.name.strip(), Branch.id != (branch_id or -1))).first()
        if clash:
            raise Conflict(QT_TRANSLATE_NOOP(
                "Errors", "Another point is already named “{name}”. Names must be unique."),
                name=point.name.strip())
        if branch_id is None:
            branch = Branch(number=point.number or _next_number(session), name="")
        else:
            branch = session.get(Branch, branch_id)
            if branch is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "Point #{id} no longer exists."),
                               id=branch_id)
        if point.number and point.number != branch.number:
            taken = session.execute(select(Branch.id).where(
                Branch.number == point.number, Branch.id != (branch_id or -1))).first()
            if taken:
                raise Conflict(QT_TRANSLATE_NOOP(
                    "Errors", "Number {number} is already used by another point."),
                    number=point.number)
            branch.number = point.number
        branch.name = point.name.strip()
        branch.name_key = pinyin_key(branch.name)
        branch.category_id = category_id_for(session, point.category)
        branch.address, branch.district = point.address.strip(), point.district.strip()
        if point.status == BranchStatus.CLOSED.value and branch.status != point.status:
            branch.closed_on = date.today()  # the year's statistics stop counting it here
        elif point.status != BranchStatus.CLOSED.value:
            branch.closed_on = None
        branch.listed_on = branch.listed_on or date.today()
        branch.opened_on, branch.status = point.opened_on, point.status
        branch.books_on_site, branch.notes = point.books_on_site, point.notes
        branch.updated_at = utcnow()
        session.add(branch)
        session.flush()
        if contacts is not None:
            self._replace_contacts(session, branch.id, contacts)
        return branch.id

    def _replace_contacts(self, session: Session, branch_id: int,
                          contacts: list[ContactInput]) -> None:
        existing = {c.id: c for c in session.execute(select(BranchContact).where(
            BranchContact.branch_id == branch_id)).scalars()}
        keep = set()
        has_primary = any(c.is_primary for c in contacts)
        for index, data in enumerate(contacts):
            row = existing.get(data.id) if data.id else None
            if row is None:
                row = BranchContact(branch_id=branch_id, name="")
            row.name, row.role = data.name.strip(), data.role.strip()
            row.phone, row.email = data.phone.strip(), data.email.strip()
            row.notes = data.notes
            row.is_primary = data.is_primary if has_primary else index == 0
            session.add(row)
            session.flush()
            keep.add(row.id)
        for contact_id, row in existing.items():
            if contact_id not in keep:
                session.delete(row)

    def delete(self, branch_id: int, expected_version: int | None = None) -> None:
        """Delete a point and its contacts; refused while other records refer to it. With
        ``expected_version`` (the version the confirmation showed), a point changed or
        deleted meanwhile raises DeleteConflict / NotFound and nothing is deleted."""
        self.require(Perm.BRANCHES_EDIT)
        with self.store.write() as session:
            branch = check_delete(session, Branch, branch_id, expected_version,
                                  lambda row: row.name, QT_TRANSLATE_NOOP("Errors", "Point"))
            if branch is None:
                return
            users = _referring_tables(session, branch_id)
            if users:
                raise Conflict(QT_TRANSLATE_NOOP(
                    "Errors", "“{name}” cannot be deleted: {count} other record(s) refer to it "
                    "({tables}). Set its status to Closed instead."),
                    name=branch.name, count=sum(users.values()), tables=", ".join(users))
            session.execute(delete(BranchContact).where(BranchContact.branch_id == branch_id))
            session.delete(branch)

    # -- rosters ---------------------------------------------------------------------------
    def export_roster(self, path: Path, *, unmask: bool = False) -> Path:
        """Write the roster workbook; phone numbers masked unless ``unmask`` (a per-export
        choice of roles allowed to see them)."""
        self.require(Perm.EXPORT)
        shown = masker(self, unmask, "branches.export_roster")
        from libdesk.spreadsheets import roster  # the workbook code: when exporting

        return roster.write_roster(path, (
            (shown.apply(d.point, texts=["address", "notes"]),
             [shown.apply(c, phones=["phone"], texts=["notes"]) for c in d.contacts])
            for d in self.iter_details()))

    def import_roster(self, path: Path) -> dict[str, int]:
        """Read a roster workbook and apply it all, or report every bad row and write nothing."""
        self.require(Perm.BRANCHES_EDIT)
        from libdesk.spreadsheets import roster  # the workbook code: when importing

        points, problems = roster.read_roster(path)
        if problems:
            raise ValidationFailed(problems)
        return self.apply_roster(points)

    # -- bulk ------------------------------------------------------------------------------
    def apply_roster(self, points: list[tuple[PointInput, list[ContactInput]]]) -> dict[str, int]:
        """Write a validated roster in one short transaction: points matched by name,
        contacts by name within their point, without the write lock (``roster_import``).
        Returns counts of what changed."""
        self.require(Perm.BRANCHES_EDIT)
        from libdesk.services.branches import roster_import as phases

        with self.store.read() as session:  # matched without the write lock
            known = phases.details(session, _to_input, _contact_input)
        chosen = phases.plan(points, known, _merge_contacts)
        with self.store.write() as session:
            fresh = phases.details(session, _to_input, _contact_input)
            if fresh != known:  # another desk changed a point meanwhile
                chosen = phases.plan(points, fresh, _merge_contacts)
            for point, contacts, branch_id in chosen.saves:  # only the points that change
                self._save(session, point, contacts, branch_id)
        return chosen.counts

    def seed_defaults(self) -> int:
        # Table 14 lists the points in service in 2020: they count from the end of 2020.
        """Fill an empty registry with the 37 points of the 2020 annual report (table 14)."""
        with self.store.write() as session:
            if session.execute(select(func.count()).select_from(Branch)).scalar_one():
                return 0
            with open(resource_path("seed", "branches.csv"), encoding="utf-8") as handle:
                rows = list(csv.DictReader(handle))
            categories: dict[str, int] = {}
            for row in rows:
                categories.setdefault(row["suggested_category"], len(categories) + 1)
            session.execute(insert(BranchCategory), [
                {"name": name, "sort_order": order} for name, order in categories.items()])
            ids = dict(session.execute(select(BranchCategory.name, BranchCategory.id)).all())
            now = utcnow()
            session.execute(insert(Branch), [{
                "number": int(r["no"]), "name": r["name"], "name_key": pinyin_key(r["name"]),
                "category_id": ids[r["suggested_category"]], "address": "", "district": "",
                "status": BranchStatus.ACTIVE.value, "books_on_site": 0, "notes": "",
                "listed_on": SEED_LISTED_ON, "created_at": now, "updated_at": now} for r in rows])
            return len(rows)


def _next_number(session: Session) -> int:
    """The next point number from a locked counter (two desks adding points at once get
    different numbers), past any number given by hand or imported."""
    from libdesk.services.numbering import next_value_at_least

    highest = session.execute(select(func.max(Branch.number))).scalar_one() or 0
    return next_value_at_least(session, "branch-number", 0, highest)


def category_id_for(session: Session, name: str) -> int | None:
    name = (name or "").strip()
    if not name:
        return None
    found = session.execute(select(BranchCategory.id).where(BranchCategory.name == name)).first()
    if found:
        return found[0]
    order = (session.execute(select(func.max(BranchCategory.sort_order))).scalar_one() or 0) + 1
    category = BranchCategory(name=name, sort_order=order)
    session.add(category)
    session.flush()
    return category.id


def _referring_tables(session: Session, branch_id: int) -> dict[str, int]:
    """Rows in other tables whose foreign keys point at this branch (contacts excepted)."""
    import libdesk.models.registry  # noqa: F401 - every table on metadata

    found = {}
    for table in metadata.sorted_tables:
        if table.name == BranchContact.__tablename__:
            continue
        columns = [fk.parent for fk in table.foreign_keys if fk.column.table.name == "branch"]
        if columns:
            n = session.execute(select(func.count()).select_from(table).where(
                or_(*(c == branch_id for c in columns)))).scalar_one()
            if n:
                found[table.name] = n
    return found


def _to_input(branch: Branch, category: BranchCategory | None) -> PointInput:
    return PointInput(number=branch.number, name=branch.name,
                      category=category.name if category else "", address=branch.address,
                      district=branch.district, opened_on=branch.opened_on,
                      status=branch.status, books_on_site=branch.books_on_site,
                      notes=branch.notes)


def _form(point: PointInput, contacts: list[ContactInput] | None) -> dict:
    """A point's dialog values (with its contacts when the save replaces them)."""
    values = values_of(point)
    if contacts is not None:
        values["contacts"] = list(contacts)
    return values


def _stored_form(session: Session, branch_id: int, contacts) -> dict:
    stored = _detail(session, branch_id)
    return _form(stored.point, stored.contacts if contacts is not None else None)


def _contact_input(c: BranchContact) -> ContactInput:
    return ContactInput(id=c.id, name=c.name, role=c.role, phone=c.phone, email=c.email,
                        notes=c.notes, is_primary=c.is_primary)


def _detail(session: Session, branch_id: int) -> BranchDetail:
    branch = session.get(Branch, branch_id)
    if branch is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Point #{id} no longer exists."), id=branch_id)
    category = session.get(BranchCategory, branch.category_id) if branch.category_id else None
    contacts = session.execute(select(BranchContact).where(
        BranchContact.branch_id == branch_id).order_by(
        BranchContact.is_primary.desc(), BranchContact.id)).scalars().all()
    return BranchDetail(branch.id, _to_input(branch, category), [_contact_input(c) for c in contacts])


def _merge_contacts(current: list[ContactInput], incoming: list[ContactInput]) -> list[ContactInput]:
    """Incoming contacts update same-named current ones and add new ones; none are removed.
    A masked phone (as a default export writes it) keeps the stored one."""
    merged = list(current)
    index = {c.name: i for i, c in enumerate(merged)}
    any_primary = any(c.is_primary for c in incoming)
    for contact in incoming:
        i = index.get(contact.name)
        if i is None:
            merged.append(replace(contact, id=None, phone=contact.phone.replace("*", "") and
                                  ("" if "*" in contact.phone else contact.phone)))
            index[contact.name] = len(merged) - 1
            continue
        old = merged[i]
        phone = old.phone if "*" in contact.phone else contact.phone
        merged[i] = replace(contact, id=old.id, phone=phone,
                            is_primary=contact.is_primary if any_primary else old.is_primary)
    if any_primary:
        primary = next(c.name for c in incoming if c.is_primary)
        merged = [replace(c, is_primary=c.name == primary) for c in merged]
    return merged
