"""The volunteer ledger (志愿者台账): volunteers, their teams (with a leader) and the managed
list of schools and organisations."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import func, or_, select, update
from sqlmodel import Session

from libdesk.models.base import utcnow
from libdesk.models.collation import pinyin_key
from libdesk.models.errors import (QT_TRANSLATE_NOOP, Conflict, NotFound, Problem,
                                   ValidationFailed)
from libdesk.models.roles import Perm
from libdesk.models.volunteers.rules import VolunteerInput, validate_volunteer
from libdesk.models.volunteers.tables import (HourEntry, HourStatus, Volunteer, VolunteerOrg,
                                             VolunteerStatus, VolunteerTeam)
from libdesk.models.volunteers.records import TeamRow, VolunteerRow
from libdesk.services.base import ListQuery, ServiceBase, like_pattern
from libdesk.services.conflicts import (check_delete, check_version, version_of,
                                        versions_of)
from libdesk.services.privacy import MASKED, masked_search, masker
from libdesk.services.settings import database_id
from libdesk.services.volunteers import ledger_import
from libdesk.spreadsheets import volunteers as sheets
from libdesk.spreadsheets.provenance import masked_refusal

SEED_ORGS = ["山西财经大学", "山西大学", "太原理工大学"]


# Per row, through the (volunteer_id, served_on) index: a page of 200 costs 200 small
# lookups, not a GROUP BY over every hour entry.
_confirmed = (select(func.coalesce(func.sum(HourEntry.hundredths), 0))
              .where(HourEntry.volunteer_id == Volunteer.id,
                     HourEntry.status == HourStatus.CONFIRMED.value)
              .correlate(Volunteer).scalar_subquery())

_SORT = {
    "name": Volunteer.name_key, "gender": Volunteer.gender, "org": VolunteerOrg.name_key,
    "team": VolunteerTeam.name_key, "student_no": Volunteer.student_no,
    "phone": Volunteer.phone, "platform_no": Volunteer.platform_no,
    "joined_on": Volunteer.joined_on, "status": Volunteer.status,
    "confirmed_hundredths": _confirmed,
}


class VolunteerService(ServiceBase):
    # -- listing ---------------------------------------------------------------------------
    def _filtered(self, columns, query: ListQuery):
        stmt = (select(*columns).select_from(Volunteer)
                .outerjoin(VolunteerOrg, VolunteerOrg.id == Volunteer.org_id)
                .outerjoin(VolunteerTeam, VolunteerTeam.id == Volunteer.team_id))
        text = query.text.strip()
        guarded = masked_search(self, text, safe=[
            Volunteer.name, Volunteer.student_no, Volunteer.platform_no, VolunteerOrg.name,
            VolunteerTeam.name], numbers=[Volunteer.phone, Volunteer.id_number])
        if guarded is not None:
            stmt = stmt.where(guarded)
        elif text:
            pattern = like_pattern(text)
            stmt = stmt.where(or_(*(c.like(pattern, escape="\\") for c in (
                Volunteer.name, Volunteer.student_no, Volunteer.platform_no, Volunteer.notes,
                VolunteerOrg.name, VolunteerTeam.name))))
        filters = query.filters
        if filters.get("team_id"):
            stmt = stmt.where(Volunteer.team_id == filters["team_id"])
        if filters.get("org_id"):
            stmt = stmt.where(Volunteer.org_id == filters["org_id"])
        if filters.get("status"):
            stmt = stmt.where(Volunteer.status == filters["status"])
        return stmt

    def count(self, query: ListQuery) -> int:
        with self.store.read() as session:
            return session.execute(self._filtered([func.count()], query)).scalar_one()

    def page(self, query: ListQuery, offset: int, limit: int,
             *, unmask: bool = False) -> list[VolunteerRow]:
        shown = masker(self, unmask, "volunteers.page")
        key = _SORT.get(query.sort or "name", Volunteer.name_key)
        order = [key.desc() if query.descending else key.asc(), Volunteer.id.asc()]
        columns = [Volunteer.id, Volunteer.name, Volunteer.gender, VolunteerOrg.name,
                   VolunteerTeam.name, Volunteer.student_no, Volunteer.phone,
                   Volunteer.platform_no, Volunteer.joined_on, Volunteer.status,
                   _confirmed]
        stmt = (self._filtered(columns, query)
                .order_by(*order).offset(offset).limit(limit))
        with self.store.read() as session:
            return [VolunteerRow(r[0], r[1], r[2], r[3] or "", r[4] or "", r[5], shown.phone(r[6]),
                                 r[7], r[8], r[9], r[10] or 0) for r in session.execute(stmt)]

    def ids(self, query: ListQuery) -> list[int]:
        """Every matching volunteer's id in name order (for "select all" in bulk entry)."""
        stmt = self._filtered([Volunteer.id], query).order_by(Volunteer.name_key, Volunteer.id)
        with self.store.read() as session:
            return list(session.execute(stmt).scalars())

    def get(self, volunteer_id: int, *, unmask: bool = False) -> VolunteerInput:
        shown = masker(self, unmask, "volunteers.get")
        with self.store.read() as session:
            person = _input(session, _volunteer(session, volunteer_id))
        texts = [] if self.can(Perm.VOLUNTEERS_EDIT) else ["notes"]
        return shown.apply(person, phones=["phone"], ids=["id_number"], texts=texts)

    def orgs(self) -> list[tuple[int, str]]:
        with self.store.read() as session:
            return [(r[0], r[1]) for r in session.execute(select(
                VolunteerOrg.id, VolunteerOrg.name).order_by(VolunteerOrg.sort_order,
                                                             VolunteerOrg.name_key))]

    def list_versions(self, which: str) -> dict[int, int]:
        """id → version of the schools and organisations ("orgs") or the teams ("teams")."""
        with self.store.read() as session:
            return versions_of(session, VolunteerOrg if which == "orgs" else VolunteerTeam)

    def teams(self) -> list[TeamRow]:
        members = (select(Volunteer.team_id, func.count().label("n"))
                   .group_by(Volunteer.team_id).subquery())
        leader = Volunteer.__table__.alias("leader")
        stmt = (select(VolunteerTeam.id, VolunteerTeam.name, VolunteerTeam.leader_id,
                       leader.c.name, members.c.n)
                .outerjoin(leader, leader.c.id == VolunteerTeam.leader_id)
                .outerjoin(members, members.c.team_id == VolunteerTeam.id)
                .order_by(VolunteerTeam.name_key))
        with self.store.read() as session:
            return [TeamRow(r[0], r[1], r[2], r[3] or "", r[4] or 0)
                    for r in session.execute(stmt)]

    # -- changing --------------------------------------------------------------------------
    def version(self, volunteer_id: int) -> int:
        with self.store.read() as session:
            return version_of(session, Volunteer, volunteer_id)

    def save(self, data: VolunteerInput, volunteer_id: int | None = None, *,
             expected_version: int | None = None) -> int:
        """Create (``volunteer_id`` None) or update a volunteer. A masked phone or ID number
        (as shown by default) keeps the stored one."""
        self.require(Perm.VOLUNTEERS_EDIT)
        problems = validate_volunteer(data)
        if problems:
            raise ValidationFailed(problems)
        with self.store.write() as session:
            if volunteer_id is None:
                row = Volunteer(name="")
            else:
                row = _volunteer(session, volunteer_id)
                check_version(session, Volunteer, volunteer_id, expected_version, data.name,
                              mine=data, saved=lambda r: _saved(session, r, data))
            _check_platform_no(session, data.platform_no, volunteer_id)
            _apply(session, row, data)
            session.add(row)
            session.flush()
            return row.id

    def delete(self, volunteer_id: int, expected_version: int | None = None) -> None:
        """With ``expected_version`` (shown by the confirmation), a volunteer changed or
        deleted meanwhile raises DeleteConflict / NotFound and nothing is deleted."""
        self.require(Perm.VOLUNTEERS_EDIT)
        with self.store.write() as session:
            row = check_delete(session, Volunteer, volunteer_id, expected_version,
                               lambda r: r.name, QT_TRANSLATE_NOOP("Errors", "Volunteer")) \
                or _volunteer(session, volunteer_id)
            entries = session.execute(select(func.count()).where(
                HourEntry.volunteer_id == volunteer_id)).scalar_one()
            if entries:
                raise Conflict(QT_TRANSLATE_NOOP(
                    "Errors", "{name} has {count} hour entries and cannot be deleted; set the "
                    "status to Left instead."), name=row.name, count=entries)
            session.execute(update(VolunteerTeam).where(
                VolunteerTeam.leader_id == volunteer_id).values(leader_id=None))
            session.delete(row)

    def add_org(self, name: str, is_school: bool = True) -> int:
        self.require(Perm.VOLUNTEERS_EDIT)
        with self.store.write() as session:
            return _org_id(session, name, is_school)

    def rename_org(self, org_id: int, name: str, *, expected_version: int | None = None) -> None:
        self.require(Perm.VOLUNTEERS_EDIT)
        name = name.strip()
        with self.store.write() as session:
            check_version(session, VolunteerOrg, org_id, expected_version, name,
                          mine={"name": name}, saved=lambda row: {"name": row.name})
            if session.execute(select(VolunteerOrg.id).where(
                    VolunteerOrg.name == name, VolunteerOrg.id != org_id)).first():
                raise Conflict(QT_TRANSLATE_NOOP(
                    "Errors", "“{name}” is already in the list."), name=name)
            org = session.get(VolunteerOrg, org_id)
            if org is not None and name:
                org.name, org.name_key = name, pinyin_key(name)

    def delete_org(self, org_id: int, expected_version: int | None = None) -> None:
        """With ``expected_version`` (read with the list), see ``delete``."""
        self.require(Perm.VOLUNTEERS_EDIT)
        with self.store.write() as session:
            org = check_delete(session, VolunteerOrg, org_id, expected_version,
                               lambda r: r.name,
                               QT_TRANSLATE_NOOP("Errors", "School or organisation"))
            used = session.execute(select(func.count()).where(
                Volunteer.org_id == org_id)).scalar_one()
            if org is None:
                return
            if used:
                raise Conflict(QT_TRANSLATE_NOOP(
                    "Errors", "“{name}” cannot be removed: {count} volunteer(s) belong to it."),
                    name=org.name, count=used)
            session.delete(org)

    def save_team(self, name: str, leader_id: int | None = None,
                  team_id: int | None = None, notes: str = "",
                  created_on: date | None = None, *,
                  expected_version: int | None = None) -> int:
        """Create or update a team; a new team is formed on ``created_on`` (default today).
        With ``expected_version``, a team changed meanwhile raises EditConflict."""
        self.require(Perm.VOLUNTEERS_EDIT)
        name = name.strip()
        if not name:
            raise ValidationFailed([_name_required()])
        with self.store.write() as session:
            if team_id:
                check_version(session, VolunteerTeam, team_id, expected_version, name,
                              mine={"name": name}, saved=lambda row: {"name": row.name})
            if session.execute(select(VolunteerTeam.id).where(
                    VolunteerTeam.name == name, VolunteerTeam.id != (team_id or -1))).first():
                raise Conflict(QT_TRANSLATE_NOOP(
                    "Errors", "Another team is already named “{name}”."), name=name)
            team = session.get(VolunteerTeam, team_id) if team_id else VolunteerTeam(name=name)
            if team is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "Team #{id} no longer exists."),
                               id=team_id)
            team.name, team.name_key, team.notes = name, pinyin_key(name), notes
            team.leader_id = leader_id
            if created_on is not None or team.id is None:
                team.created_on = created_on or date.today()
            session.add(team)
            session.flush()
            if leader_id is not None:
                leader = _volunteer(session, leader_id)
                leader.team_id = team.id  # a leader is a member of the team
            return team.id

    def seed_defaults(self) -> None:
        """The university alliance's schools, once, in a new or newly upgraded database."""
        with self.store.read() as session:
            if session.execute(select(func.count()).select_from(VolunteerOrg)).scalar_one():
                return
        with self.store.write() as session:
            for order, name in enumerate(SEED_ORGS, start=1):
                session.add(VolunteerOrg(name=name, name_key=pinyin_key(name), sort_order=order))

    # -- spreadsheets ----------------------------------------------------------------------
    def export_xlsx(self, path: Path, query: ListQuery | None = None, *,
                    unmask: bool = False) -> Path:
        self.require(Perm.EXPORT)
        shown = masker(self, unmask, "volunteers.export")
        query = query or ListQuery()
        columns = [Volunteer.id, Volunteer.name, Volunteer.gender, VolunteerOrg.name,
                   VolunteerTeam.name, Volunteer.student_no, Volunteer.phone, Volunteer.id_type,
                   Volunteer.id_number, Volunteer.platform_no, Volunteer.joined_on,
                   Volunteer.status, Volunteer.notes]
        stmt = self._filtered(columns, query).order_by(Volunteer.name_key, Volunteer.id)
        source = database_id(self.store)
        with self.store.read() as session:
            rows = (shown.apply(VolunteerInput(
                name=r[1], gender=r[2], org=r[3] or "", team=r[4] or "", student_no=r[5],
                phone=r[6], id_type=r[7], id_number=r[8], platform_no=r[9], joined_on=r[10],
                status=r[11], notes=r[12]), phones=["phone"], ids=["id_number"],
                texts=["notes"]) for r in session.execute(stmt.execution_options(yield_per=2000)))
            return sheets.write_volunteers(path, rows, masked=not shown.full, source=source)

    def import_xlsx(self, path: Path) -> dict[str, int]:
        """Add or update volunteers from the ledger workbook (matched by platform number,
        else by name and school); every bad row is reported and nothing is written. Read
        and matched without the write lock (``ledger_import``)."""
        self.require(Perm.VOLUNTEERS_EDIT)
        ledger, problems = sheets.read_volunteers(path)
        if ledger.masked:  # importing it would lose (or overwrite with stars) what it hides
            raise masked_refusal(path)
        people = ledger.people
        for row_number, person in people:
            problems += [sheets.at_row(p, row_number) for p in validate_volunteer(person)]
        if problems:
            raise ValidationFailed(problems)
        people = [person for _, person in people]
        with self.store.read() as session:  # matched without the write lock
            known = ledger_import.Facts.load(session, people)
        chosen = ledger_import.plan(people, known)
        with self.store.write() as session:  # checked again, then bulk statements
            fresh = ledger_import.Facts.load(session, people, lock=True)
            if fresh != known:  # another writer changed what the plan stands on
                chosen = ledger_import.plan(people, fresh)
            return ledger_import.write(session, chosen, fresh)


def _input(session: Session, v: Volunteer) -> VolunteerInput:
    """The stored volunteer as the dialog edits it, numbers in full."""
    org = session.get(VolunteerOrg, v.org_id) if v.org_id else None
    team = session.get(VolunteerTeam, v.team_id) if v.team_id else None
    return VolunteerInput(
        name=v.name, gender=v.gender, org=org.name if org else "",
        team=team.name if team else "", student_no=v.student_no, phone=v.phone,
        id_type=v.id_type, id_number=v.id_number, platform_no=v.platform_no,
        joined_on=v.joined_on, status=v.status, notes=v.notes)


def _saved(session: Session, row: Volunteer, mine: VolunteerInput) -> VolunteerInput:
    """The stored volunteer for the conflict dialog: numbers masked, except a number the
    user typed in full as it is stored (the two do not differ)."""
    same = {}
    if "*" not in mine.phone and mine.phone.strip() == row.phone:
        same["phone"] = mine.phone
    if "*" not in mine.id_number and mine.id_number.strip().upper() == row.id_number:
        same["id_number"] = mine.id_number
    shown = MASKED.apply(_input(session, row), phones=["phone"], ids=["id_number"])
    return replace(shown, **same)


def _volunteer(session: Session, volunteer_id: int) -> Volunteer:
    row = session.get(Volunteer, volunteer_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Volunteer #{id} no longer exists."),
                       id=volunteer_id)
    return row


def _apply(session: Session, row: Volunteer, data: VolunteerInput) -> None:
    row.name = data.name.strip()
    row.name_key = pinyin_key(row.name)
    row.gender = data.gender.strip()
    row.org_id = _org_id(session, data.org) if data.org.strip() else None
    row.team_id = _team_id(session, data.team, data.joined_on) if data.team.strip() else None
    row.student_no, row.platform_no = data.student_no.strip(), data.platform_no.strip()
    if "*" not in data.phone:
        row.phone = data.phone.strip()
    if "*" not in data.id_number:
        row.id_number = data.id_number.strip().upper()
    row.id_type = data.id_type or "居民身份证"
    if data.status == VolunteerStatus.LEFT.value:
        # the year's statistics count the volunteer until this day
        row.left_on = row.left_on if row.status == VolunteerStatus.LEFT.value else date.today()
    else:
        row.left_on = None
    row.joined_on, row.status, row.notes = data.joined_on, data.status, data.notes
    row.updated_at = utcnow()


def _check_platform_no(session: Session, platform_no: str, volunteer_id: int | None) -> None:
    platform_no = platform_no.strip()
    if not platform_no:
        return
    clash = session.execute(select(Volunteer.name).where(
        Volunteer.platform_no == platform_no, Volunteer.id != (volunteer_id or -1))).first()
    if clash:
        raise Conflict(QT_TRANSLATE_NOOP(
            "Errors", "Platform number {number} already belongs to {name}."),
            number=platform_no, name=clash[0])


def _org_id(session: Session, name: str, is_school: bool = True) -> int:
    name = name.strip()
    found = session.execute(select(VolunteerOrg.id).where(VolunteerOrg.name == name)).first()
    if found:
        return found[0]
    if not name:
        raise ValidationFailed([_name_required()])
    org = VolunteerOrg(name=name, name_key=pinyin_key(name), is_school=is_school,
                       sort_order=100)
    session.add(org)
    session.flush()
    return org.id


def _team_id(session: Session, name: str, formed_on: date | None = None) -> int:
    """The team named ``name``, made (formed on ``formed_on``, else today) if it is new."""
    name = name.strip()
    found = session.execute(select(VolunteerTeam.id).where(VolunteerTeam.name == name)).first()
    if found:
        return found[0]
    team = VolunteerTeam(name=name, name_key=pinyin_key(name),
                         created_on=formed_on or date.today())
    session.add(team)
    session.flush()
    return team.id


def _name_required() -> Problem:
    return Problem("name", QT_TRANSLATE_NOOP("Errors", "The name is required."))
