"""Importing the city volunteer platform's (太原志愿者) hours export.

Each row names a volunteer (by platform number, else by name), a date, hours and an
activity. Rows are matched, checked for duplicates (same volunteer, activity and date, in the
file or already stored) and for the 24-hour day, and then either all are written in one
transaction or none is and every problem is reported with its row number.
"""
from __future__ import annotations

from pathlib import Path
from typing import Protocol

from sqlalchemy import select
from sqlmodel import Session

from libdesk.models.errors import QT_TRANSLATE_NOOP, Problem, ValidationFailed
from libdesk.models.volunteers.rules import ActivityInput
from libdesk.models.volunteers.tables import ActivityKind, Volunteer, VolunteerActivity
from libdesk.models.volunteers.records import ImportReport, RowOutcome
from libdesk.services.collection import no_collection_pauses
from libdesk.services.progress import Progress
from libdesk.services.volunteers.hour_checks import NewEntry, check_entries, standing
from libdesk.spreadsheets import volunteers as sheets


class EntryWriter(Protocol):
    """What the importer needs of the hour service: its store and its checked insert."""

    store: object

    def insert_checked(self, session: Session, entries: list[NewEntry], source: str) -> int: ...

    def insert_entries(self, session: Session, entries: list[NewEntry], source: str) -> int: ...


class HoursImporter:
    def __init__(self, hours: EntryWriter, progress: Progress) -> None:
        self.hours = hours
        self.progress = progress

    def run(self, path: Path, create_activities: bool) -> ImportReport:
        """Read, match and check in a read transaction (other writers go on meanwhile);
        hold the write lock only to create missing activities and insert. There the entries
        are checked once more against what is stored then — in full, unless the few
        set-based queries of ``standing`` find nothing changed since the read's check.
        No collection pass of the whole heap interrupts it (``no_collection_pauses``)."""
        with no_collection_pauses():
            return self._run(path, create_activities)

    def _run(self, path: Path, create_activities: bool) -> ImportReport:
        self.progress.step(0, 3, "read")
        report = ImportReport()
        parsed, problems = sheets.read_hours(path)
        with self.hours.store.read() as session:
            people, activities = _People(session), _activity_ids(session)
            self.progress.step(1, 3, "match")
            entries, new_activities = self._match(people, activities, parsed,
                                                  create_activities, problems, report)
            self.progress.step(2, 3, "check")
            known = [e for e in entries if e.activity_id > 0]
            if not problems:  # what the check stands on, read first (the check sees as much)
                stand = standing(session, known)
                problems = [sheets.at_row(p, p.row) for p in check_entries(session, known)]
        if problems:
            problems.sort(key=lambda p: (p.row or 0))
            raise ValidationFailed(problems)
        waiting = self.hours.store.reporting_waits(
            lambda message: self.progress.step(0, 0, message))  # shown while another writes
        with waiting, self.hours.store.write() as session:
            if new_activities:
                from libdesk.services.volunteers.activities import save_activity

                real = {stand_in: save_activity(session, ActivityInput(
                    name=name, kind=ActivityKind.THEME.value), None)
                    for name, stand_in in new_activities.items()}
                entries = [e._replace(activity_id=real.get(e.activity_id, e.activity_id))
                           for e in entries]
            try:
                if not new_activities and standing(session, entries) == stand:
                    # nothing the check stood on changed: the same check would pass
                    report.added = self.hours.insert_entries(session, entries, "import")
                else:  # checked once more against what is stored now
                    report.added = self.hours.insert_checked(session, entries, "import")
            except ValidationFailed as exc:
                raise ValidationFailed([sheets.at_row(p, p.row) for p in exc.problems]) \
                    from exc
        report.created_activities.extend(new_activities)
        self.progress.step(3, 3, "done")
        return report

    @staticmethod
    def _match(people: _People, activities: dict[str, int], parsed,
               create_activities: bool, problems: list[Problem],
               report: ImportReport) -> tuple[list[NewEntry], dict[str, int]]:
        """Entries for the rows; activities still to create get stand-in ids below 0."""
        new_activities: dict[str, int] = {}
        entries, outcomes = [], report.rows
        for row in parsed:
            number_row, name, number, served_on, hundredths, activity = row
            activity_id = activities.get(activity)
            volunteer_id, how, problem = people.match(name, number)
            if problem is not None:
                problems.append(sheets.at_row(problem, number_row))
            if activity_id is None and create_activities and activity:
                activity_id = new_activities.setdefault(activity, -1 - len(new_activities))
            if activity_id is None:
                problems.append(Problem("活动名称", QT_TRANSLATE_NOOP(
                    "Errors", "No activity is named “{activity}”; add it under Activities "
                    "first (or import with “create missing activities”)."),
                    {"activity": activity}, number_row))
            if volunteer_id is None or activity_id is None:
                continue
            entries.append(NewEntry(volunteer_id, activity_id, served_on, hundredths, "",
                                    number_row))
            outcomes.append(RowOutcome(number_row, name, activity, how))
        return entries, new_activities


def _activity_ids(session: Session) -> dict[str, int]:
    return {name: activity_id for activity_id, name in session.connection().execute(
        select(VolunteerActivity.id, VolunteerActivity.name)).all()}


class _People:
    """Volunteers by platform number and by name, loaded once per import."""

    def __init__(self, session: Session) -> None:
        self.by_platform: dict[str, tuple[int, str]] = {}
        self.by_name: dict[str, list[int]] = {}
        for vid, name, platform_no in session.connection().execute(
                select(Volunteer.id, Volunteer.name, Volunteer.platform_no)).all():
            if platform_no:
                self.by_platform[platform_no] = (vid, name)
            self.by_name.setdefault(name, []).append(vid)

    def match(self, name: str, platform_no: str) -> tuple[int | None, str, Problem | None]:
        if platform_no:
            found = self.by_platform.get(platform_no)
            if found is None:
                return None, "", Problem("平台编号", QT_TRANSLATE_NOOP(
                    "Errors", "No volunteer has platform number {number}; add the number to "
                    "the volunteer ({name}) first."), {"number": platform_no, "name": name})
            if name and found[1] != name:
                return None, "", Problem("姓名", QT_TRANSLATE_NOOP(
                    "Errors", "Platform number {number} belongs to {stored}, not {name}; "
                    "check the row."), {"number": platform_no, "stored": found[1], "name": name})
            return found[0], "platform_no", None
        ids = self.by_name.get(name, [])
        if len(ids) == 1:
            return ids[0], "name", None
        if not ids:
            return None, "", Problem("姓名", QT_TRANSLATE_NOOP(
                "Errors", "No volunteer is named {name}; add the volunteer first."),
                {"name": name})
        return None, "", Problem("姓名", QT_TRANSLATE_NOOP(
            "Errors", "{count} volunteers are named {name}; give the platform number to say "
            "which."), {"count": len(ids), "name": name})
