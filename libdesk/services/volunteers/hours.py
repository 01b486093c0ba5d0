"""Service-hour entries: single and bulk entry, the 24-hours-a-day and duplicate rules,
approval by someone other than the recorder, listing, streaming export and the
all-or-nothing import of the city platform's export."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from sqlalchemy import func, insert, or_, select, update
from sqlmodel import Session

from libdesk.models.base import utcnow
from libdesk.models.errors import (QT_TRANSLATE_NOOP, InvalidTransition, NotFound,
                                   PermissionDenied, Problem, ValidationFailed)
from libdesk.models.roles import Perm
from libdesk.models.volunteers.tables import (HourEntry, HourStatus, Volunteer, VolunteerActivity,
                                       VolunteerOrg, VolunteerTeam)
from libdesk.models.volunteers.records import HourRow
from libdesk.services.base import ListQuery, ServiceBase, chunks, like_pattern
from libdesk.services.conflicts import check_listed, check_version
from libdesk.services.volunteers.hours_import import HoursImporter
from libdesk.models.volunteers.records import ImportReport
from libdesk.services.progress import Progress
from libdesk.spreadsheets import volunteers as sheets
from libdesk.services.volunteers.hour_checks import NewEntry, check_entries, day_totals



_SORT = {"served_on": HourEntry.served_on, "volunteer": Volunteer.name_key,
         "platform_no": Volunteer.platform_no, "team": VolunteerTeam.name_key,
         "org": VolunteerOrg.name_key, "activity": VolunteerActivity.name_key,
         "hundredths": HourEntry.hundredths, "status": HourEntry.status,
         "recorded_by": HourEntry.recorded_by, "reviewed_by": HourEntry.reviewed_by}
_COLUMNS = [HourEntry.id, HourEntry.volunteer_id, Volunteer.name, Volunteer.platform_no,
            VolunteerTeam.name, VolunteerOrg.name, VolunteerActivity.name, HourEntry.served_on,
            HourEntry.hundredths, HourEntry.status, HourEntry.recorded_by, HourEntry.reviewed_by,
            HourEntry.note, HourEntry.version]


ENTRIES = QT_TRANSLATE_NOOP("Errors", "entries")


def _entry_name(session, entry: HourEntry) -> str:
    """An entry as the conflict message names it: volunteer and day."""
    name = session.execute(select(Volunteer.name).where(
        Volunteer.id == entry.volunteer_id)).scalar() or ""
    return f"{name} {entry.served_on.isoformat()}"


def _row(r) -> HourRow:
    return HourRow(r[0], r[1], r[2], r[3], r[4] or "", r[5] or "", r[6], r[7], r[8], r[9],
                   r[10], r[11], r[12], r[13])


class HourService(ServiceBase):
    # -- listing ---------------------------------------------------------------------------
    def _filtered(self, columns, query: ListQuery):
        stmt = (select(*columns).select_from(HourEntry)
                .join(Volunteer, Volunteer.id == HourEntry.volunteer_id)
                .join(VolunteerActivity, VolunteerActivity.id == HourEntry.activity_id)
                .outerjoin(VolunteerTeam, VolunteerTeam.id == Volunteer.team_id)
                .outerjoin(VolunteerOrg, VolunteerOrg.id == Volunteer.org_id))
        text = query.text.strip()
        if text:
            pattern = like_pattern(text)
            stmt = stmt.where(or_(Volunteer.name.like(pattern, escape="\\"),
                                  Volunteer.platform_no.like(pattern, escape="\\"),
                                  VolunteerActivity.name.like(pattern, escape="\\")))
        f = query.filters
        for key, column in (("volunteer_id", HourEntry.volunteer_id),
                            ("activity_id", HourEntry.activity_id),
                            ("status", HourEntry.status), ("team_id", Volunteer.team_id),
                            ("org_id", Volunteer.org_id),
                            ("recorded_by", HourEntry.recorded_by)):
            if f.get(key):
                stmt = stmt.where(column == f[key])
        if f.get("date_from"):
            stmt = stmt.where(HourEntry.served_on >= f["date_from"])
        if f.get("date_to"):
            stmt = stmt.where(HourEntry.served_on <= f["date_to"])
        if f.get("reviewable"):  # pending entries this staff member may confirm
            stmt = stmt.where(HourEntry.status == HourStatus.PENDING.value,
                              HourEntry.recorded_by != self.actor.username)
        return stmt

    def count(self, query: ListQuery) -> int:
        with self.store.read() as session:
            return session.execute(self._filtered([func.count()], query)).scalar_one()

    def page(self, query: ListQuery, offset: int, limit: int) -> list[HourRow]:
        key = _SORT.get(query.sort or "served_on", HourEntry.served_on)
        order = [key.desc() if query.descending else key.asc(), HourEntry.id.asc()]
        stmt = self._filtered(_COLUMNS, query).order_by(*order).offset(offset).limit(limit)
        with self.store.read() as session:
            return [_row(r) for r in session.execute(stmt)]

    def ids(self, query: ListQuery) -> list[int]:
        with self.store.read() as session:
            return list(session.execute(self._filtered([HourEntry.id], query)).scalars())

    def day_total(self, volunteer_id: int, served_on: date) -> int:
        """Quarter-hours already entered (not rejected) for a volunteer on a day."""
        with self.store.read() as session:
            return day_totals(session, [volunteer_id], served_on, served_on).get(
                (volunteer_id, served_on), 0)

    # -- entering --------------------------------------------------------------------------
    def add(self, entry: NewEntry) -> int:
        self.require(Perm.HOURS_EDIT)
        with self.store.write() as session:
            ids = []
            self.insert_checked(session, [entry], "manual", ids)
            return ids[0]  # from RETURNING: never another desk's row inserted meanwhile

    def bulk_add(self, activity_id: int, volunteer_ids: Iterable[int], served_on: date,
                 hundredths: int, note: str = "") -> int:
        """One activity, one day, one number of hours for many volunteers; all or none."""
        self.require(Perm.HOURS_EDIT)
        ids = list(dict.fromkeys(volunteer_ids))
        if not ids:
            raise ValidationFailed([Problem("volunteers", QT_TRANSLATE_NOOP(
                "Errors", "Tick at least one volunteer."))])
        entries = [NewEntry(v, activity_id, served_on, hundredths, note) for v in ids]
        with self.store.write() as session:
            return self.insert_checked(session, entries, "bulk")

    def insert_checked(self, session: Session, entries: list[NewEntry], source: str,
                       ids: list[int] | None = None) -> int:
        """Check every entry against the rules and the database, then insert them all in
        one statement; raises ValidationFailed listing every problem and inserts nothing."""
        problems = check_entries(session, entries)
        if problems:
            raise ValidationFailed(problems)
        return self.insert_entries(session, entries, source, ids)

    def insert_entries(self, session: Session, entries: list[NewEntry], source: str,
                       ids: list[int] | None = None) -> int:
        """Insert entries already checked in this transaction (or checked before and seen
        unchanged since: ``hour_checks.standing``), in one bulk statement."""
        now, pending, user = utcnow(), HourStatus.PENDING.value, self.actor.username
        rows = [{"volunteer_id": volunteer, "activity_id": activity, "served_on": day,
                 "hundredths": hundredths, "note": note, "status": pending, "source": source,
                 "recorded_by": user, "recorded_at": now, "reviewed_by": "",
                 "reject_reason": ""}
                for volunteer, activity, day, hundredths, note, _ in entries]
        for start in range(0, len(rows), 20_000):
            stmt = insert(HourEntry)
            if ids is not None:  # the new ids, in entry order
                stmt = stmt.returning(HourEntry.id, sort_by_parameter_order=True)
                ids += [row[0] for row in session.execute(stmt, rows[start:start + 20_000])]
            else:
                session.execute(stmt, rows[start:start + 20_000])
        return len(rows)

    def delete(self, entry_ids: list[int], *,
               expected_versions: dict[int, int] | None = None) -> int:
        """Remove entries that are not confirmed (a confirmed entry must be rejected first).
        With ``expected_versions`` (id → ``HourRow.version`` as the list showed it), an
        entry changed or deleted elsewhere since raises ListedRowsChanged and nothing is
        deleted."""
        self.require(Perm.HOURS_EDIT)
        with self.store.write() as session:
            if expected_versions is not None:
                check_listed(session, HourEntry, {i: expected_versions[i] for i in entry_ids
                                                  if i in expected_versions}, ENTRIES)
            for chunk in chunks(entry_ids):
                confirmed = session.execute(select(func.count()).where(
                    HourEntry.id.in_(chunk),
                    HourEntry.status == HourStatus.CONFIRMED.value)).scalar_one()
                if confirmed:
                    raise InvalidTransition(QT_TRANSLATE_NOOP(
                        "Errors", "{count} of the entries are confirmed and cannot be deleted; "
                        "reject them first."), count=confirmed)
                for entry in session.execute(select(HourEntry).where(
                        HourEntry.id.in_(chunk))).scalars():
                    session.delete(entry)
        return len(entry_ids)

    def edit(self, entry_id: int, activity_id: int, served_on: date, hundredths: int,
             note: str = "", *, expected_version: int | None = None) -> None:
        """Correct a pending entry in place (activity, day, hours, note); reviewed entries
        stay as they were reviewed. With ``expected_version`` (``HourRow.version``), an
        entry changed meanwhile elsewhere raises EditConflict and nothing is written."""
        self.require(Perm.HOURS_EDIT)
        with self.store.write() as session:
            entry = session.get(HourEntry, entry_id)
            if entry is None:
                raise NotFound(QT_TRANSLATE_NOOP(
                    "Errors", "Some entries no longer exist; refresh the list."))
            check_version(session, HourEntry, entry_id, expected_version,
                          _entry_name(session, entry),
                          mine=dict(activity_id=activity_id, served_on=served_on,
                                    hundredths=hundredths, note=note.strip()[:250]),
                          saved=lambda e: dict(activity_id=e.activity_id, served_on=e.served_on,
                                               hundredths=e.hundredths, note=e.note))
            if entry.status != HourStatus.PENDING.value:
                raise InvalidTransition(QT_TRANSLATE_NOOP(
                    "Errors", "Only pending entries can be edited; this one is already "
                    "reviewed. Reject it and enter it again."))
            changed = NewEntry(entry.volunteer_id, activity_id, served_on, hundredths, note)
            problems = check_entries(session, [changed], exclude_id=entry_id)
            if problems:
                raise ValidationFailed(problems)
            entry.activity_id, entry.served_on = activity_id, served_on
            entry.hundredths, entry.note = hundredths, note.strip()[:250]
            session.add(entry)

    # -- approving -------------------------------------------------------------------------
    def confirm(self, entry_ids: list[int]) -> int:
        return self._review(entry_ids, HourStatus.CONFIRMED, "")

    def reject(self, entry_ids: list[int], reason: str = "") -> int:
        return self._review(entry_ids, HourStatus.REJECTED, reason)

    def _review(self, entry_ids: list[int], status: HourStatus, reason: str) -> int:
        """Pending → confirmed / rejected (a confirmed entry may still be rejected), never by
        the staff member who recorded the entry."""
        self.require(Perm.HOURS_APPROVE)
        me = self.actor.username
        allowed_from = [HourStatus.PENDING.value]
        if status == HourStatus.REJECTED:
            allowed_from.append(HourStatus.CONFIRMED.value)
        done = 0
        with self.store.write() as session:
            for chunk in chunks(list(dict.fromkeys(entry_ids))):
                found = session.execute(select(HourEntry.id, HourEntry.recorded_by,
                                               HourEntry.status).where(
                    HourEntry.id.in_(chunk))).all()
                if len(found) != len(chunk):
                    raise NotFound(QT_TRANSLATE_NOOP(
                        "Errors", "Some entries no longer exist; refresh the list."))
                own = sum(1 for r in found if r[1] == me)
                if own:
                    raise PermissionDenied(QT_TRANSLATE_NOOP(
                        "Errors", "{count} of the entries were recorded by you; another staff "
                        "member must confirm or reject them."), count=own)
                wrong = sum(1 for r in found if r[2] not in allowed_from)
                if wrong:
                    raise InvalidTransition(QT_TRANSLATE_NOOP(
                        "Errors", "{count} of the entries are already reviewed; choose pending "
                        "entries only."), count=wrong)
                session.execute(update(HourEntry).where(HourEntry.id.in_(chunk)).values(
                    status=status.value, reviewed_by=me, reviewed_at=utcnow(),
                    reject_reason=reason[:250], version=HourEntry.version + 1))
                done += len(chunk)
        return done

    # -- spreadsheets ----------------------------------------------------------------------
    def export_xlsx(self, path: Path, query: ListQuery | None = None,
                    progress: Progress | None = None) -> Path:
        """Stream the matching entries into a write-only workbook (flat memory)."""
        self.require(Perm.EXPORT)
        query = query or ListQuery()
        progress = progress or Progress()
        total = self.count(query)
        stmt = self._filtered(_COLUMNS, query).order_by(HourEntry.served_on, HourEntry.id)
        with self.store.read() as session:
            rows = (_row(r) for r in session.execute(stmt.execution_options(yield_per=5000)))
            return sheets.write_hours(path, rows, lambda done: progress.step(done, total))

    def import_xlsx(self, path: Path, progress: Progress | None = None, *,
                    create_activities: bool = False) -> ImportReport:
        """Import the city platform's export; every row must pass or nothing is written."""
        self.require(Perm.HOURS_EDIT)
        return HoursImporter(self, progress or Progress()).run(path, create_activities)
