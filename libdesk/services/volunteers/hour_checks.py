"""The rules an hour entry must pass together with what is already stored: at most 24 hours
a volunteer a day, no second entry for the same volunteer, activity and day, existing people
and activities. Used by single entry, bulk entry and the platform import alike."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, select
from sqlmodel import Session

from libdesk.models.errors import (QT_TRANSLATE_NOOP, Problem)
from libdesk.models.volunteers.rules import (MAX_HUNDREDTHS_PER_DAY, hours_text,
                                            validate_hundredths)
from libdesk.models.volunteers.tables import (HourEntry, HourStatus, Volunteer, VolunteerActivity)

CHUNK = 500  # ids per IN (...) list


@dataclass(frozen=True)
class NewEntry:
    volunteer_id: int
    activity_id: int
    served_on: date
    hundredths: int
    note: str = ""
    row: int | None = None  # spreadsheet row, for the report



def check_entries(session: Session, entries: list[NewEntry],
                  exclude_id: int | None = None) -> list[Problem]:
    """Every rule broken by ``entries`` taken together with what is already stored."""
    problems: list[Problem] = []
    for e in entries:
        if e.hundredths is not None and 0 < e.hundredths <= MAX_HUNDREDTHS_PER_DAY:
            continue
        problems += [Problem(p.field, p.template, p.params, e.row)
                     for p in validate_hundredths(e.hundredths)]
    if not entries:
        return problems
    names = _names(session, {e.volunteer_id for e in entries})
    activities = dict(session.execute(select(VolunteerActivity.id, VolunteerActivity.name).where(
        VolunteerActivity.id.in_({e.activity_id for e in entries}))).all())
    for e in entries:
        if e.volunteer_id not in names:
            problems.append(Problem("volunteer", QT_TRANSLATE_NOOP(
                "Errors", "Volunteer #{id} no longer exists."), {"id": e.volunteer_id}, e.row))
        if e.activity_id not in activities:
            problems.append(Problem("activity", QT_TRANSLATE_NOOP(
                "Errors", "Activity #{id} no longer exists."), {"id": e.activity_id}, e.row))
    if problems:
        return problems
    first, last = min(e.served_on for e in entries), max(e.served_on for e in entries)
    volunteer_ids = list({e.volunteer_id for e in entries})
    day = day_totals(session, volunteer_ids, first, last, exclude_id)
    stored = _existing_keys(session, volunteer_ids, first, last, exclude_id)
    seen: set[tuple[int, int, date]] = set()
    for e in entries:
        key = (e.volunteer_id, e.activity_id, e.served_on)
        params = {"name": names[e.volunteer_id], "activity": activities[e.activity_id],
                  "date": e.served_on.isoformat()}
        if key in stored or key in seen:
            problems.append(Problem("activity", QT_TRANSLATE_NOOP(
                "Errors", "{name} already has hours for “{activity}” on {date} (duplicate)."),
                params, e.row))
            continue
        seen.add(key)
        total = day[(e.volunteer_id, e.served_on)] + e.hundredths
        day[(e.volunteer_id, e.served_on)] = total
        if total > MAX_HUNDREDTHS_PER_DAY:
            problems.append(Problem("hours", QT_TRANSLATE_NOOP(
                "Errors", "{name} would have {hours} hours on {date}; a day has at most 24."),
                {**params, "hours": hours_text(total)}, e.row))
    return problems


def _names(session: Session, ids: set[int]) -> dict[int, str]:
    names: dict[int, str] = {}
    for chunk in chunks(list(ids)):
        names.update(session.execute(select(Volunteer.id, Volunteer.name).where(
            Volunteer.id.in_(chunk))).all())
    return names


def day_totals(session: Session, volunteer_ids: list[int], first: date, last: date,
               exclude_id: int | None = None) -> defaultdict[tuple[int, date], int]:
    """Hours entered (not rejected) per volunteer and day; ``exclude_id``: an entry being
    edited, which does not count against itself."""
    totals: defaultdict[tuple[int, date], int] = defaultdict(int)
    for chunk in chunks(volunteer_ids):
        stmt = (select(HourEntry.volunteer_id, HourEntry.served_on, func.sum(HourEntry.hundredths))
                .where(HourEntry.volunteer_id.in_(chunk),
                       and_(HourEntry.served_on >= first, HourEntry.served_on <= last),
                       HourEntry.status != HourStatus.REJECTED.value,
                       HourEntry.id != (exclude_id or 0))
                .group_by(HourEntry.volunteer_id, HourEntry.served_on))
        for volunteer_id, served_on, hundredths in session.execute(stmt):
            totals[(volunteer_id, served_on)] = hundredths
    return totals


def _existing_keys(session: Session, volunteer_ids: list[int], first: date, last: date,
                   exclude_id: int | None = None) -> set[tuple[int, int, date]]:
    keys: set[tuple[int, int, date]] = set()
    for chunk in chunks(volunteer_ids):
        keys.update(tuple(r) for r in session.execute(
            select(HourEntry.volunteer_id, HourEntry.activity_id, HourEntry.served_on).where(
                HourEntry.volunteer_id.in_(chunk),
                and_(HourEntry.served_on >= first, HourEntry.served_on <= last),
                HourEntry.status != HourStatus.REJECTED.value,
                HourEntry.id != (exclude_id or 0))))
    return keys


def chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]
