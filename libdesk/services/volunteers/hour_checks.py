"""The rules an hour entry must pass together with what is already stored: at most 24 hours
a volunteer a day, no second entry for the same volunteer, activity and day, existing people
and activities. Used by single entry, bulk entry and the platform import alike."""

from collections import defaultdict
from datetime import date
from typing import NamedTuple

from sqlalchemy import and_, func, select
from sqlmodel import Session

from libdesk.models.errors import (QT_TRANSLATE_NOOP, Problem)
from libdesk.models.volunteers.rules import (MAX_HUNDREDTHS_PER_DAY, hours_text,
                                            validate_hundredths)
from libdesk.models.volunteers.tables import (HourEntry, HourStatus, Volunteer, VolunteerActivity)
from libdesk.store.id_sets import among



class NewEntry(NamedTuple):
    volunteer_id: int
    activity_id: int
    served_on: date
    hundredths: int
    note: str = ""
    row: int | None = None  # spreadsheet row, for the report



def check_entries(session: Session, entries: list[NewEntry],
                  exclude_id: int | None = None) -> list[Problem]:
    """Every rule broken by ``entries`` taken together with what is already stored. (Its
    queries, and ``standing``'s, run on the session's connection: plain rows, without the
    ORM's loading of each.)"""
    problems: list[Problem] = []
    for e in entries:
        if e.hundredths is not None and 0 < e.hundredths <= MAX_HUNDREDTHS_PER_DAY:
            continue
        problems += [Problem(p.field, p.template, p.params, e.row)
                     for p in validate_hundredths(e.hundredths)]
    if not entries:
        return problems
    run = session.connection().execute
    volunteer_ids = list({e.volunteer_id for e in entries})
    activity_ids = {e.activity_id for e in entries}
    names = dict(run(select(Volunteer.id, Volunteer.name).where(
        among(session, Volunteer.id, volunteer_ids))).all())
    activities = dict(run(select(VolunteerActivity.id, VolunteerActivity.name).where(
        VolunteerActivity.id.in_(activity_ids))).all())
    gone = not names.keys() >= set(volunteer_ids) or not activities.keys() >= activity_ids
    for e in entries if gone else ():  # each entry whose volunteer or activity is gone
        if e.volunteer_id not in names:
            problems.append(Problem("volunteer", QT_TRANSLATE_NOOP(
                "Errors", "Volunteer #{id} no longer exists."), {"id": e.volunteer_id}, e.row))
        if e.activity_id not in activities:
            problems.append(Problem("activity", QT_TRANSLATE_NOOP(
                "Errors", "Activity #{id} no longer exists."), {"id": e.activity_id}, e.row))
    if problems:
        return problems
    days = {e.served_on for e in entries}
    first, last = min(days), max(days)
    day: dict[tuple[int, date], int] = {}
    stored: set[tuple[int, int, date]] = set()
    for volunteer_id, activity_id, served_on, hundredths in _stored(
            session, volunteer_ids, first, last, exclude_id):
        stored.add((volunteer_id, activity_id, served_on))
        day[(volunteer_id, served_on)] = day.get((volunteer_id, served_on), 0) + hundredths
    seen: set[tuple[int, int, date]] = set()
    for e in entries:
        volunteer_id, activity_id, served_on, hundredths, _, _ = e
        key = (volunteer_id, activity_id, served_on)
        if key in stored or key in seen:
            problems.append(Problem("activity", QT_TRANSLATE_NOOP(
                "Errors", "{name} already has hours for “{activity}” on {date} (duplicate)."),
                _params(e, names, activities), e.row))
            continue
        seen.add(key)
        total = day.get((volunteer_id, served_on), 0) + hundredths
        day[(volunteer_id, served_on)] = total
        if total > MAX_HUNDREDTHS_PER_DAY:
            problems.append(Problem("hours", QT_TRANSLATE_NOOP(
                "Errors", "{name} would have {hours} hours on {date}; a day has at most 24."),
                {**_params(e, names, activities), "hours": hours_text(total)}, e.row))
    return problems


def _params(e: NewEntry, names: dict[int, str], activities: dict[int, str]) -> dict:
    return {"name": names[e.volunteer_id], "activity": activities[e.activity_id],
            "date": e.served_on.isoformat()}


def standing(session: Session, entries: list[NewEntry]) -> tuple:
    """What ``check_entries`` of ``entries`` stands on, in a few set-based queries: how many
    of their volunteers and activities exist, and the hour entries of their days (count,
    sum and highest of the ids, sum of the versions — an edit counts a version up, an entry
    added or deleted changes the count). Equal before and after: the check still holds."""
    if not entries:
        return ()
    days = {e.served_on for e in entries}
    first, last = min(days), max(days)
    run = session.connection().execute
    hours = tuple(run(select(
        func.count(), func.coalesce(func.sum(HourEntry.id), 0),
        func.coalesce(func.sum(HourEntry.version), 0), func.max(HourEntry.id)).where(
        and_(HourEntry.served_on >= first, HourEntry.served_on <= last))).one())
    volunteers = run(select(func.count()).where(among(
        session, Volunteer.id, {e.volunteer_id for e in entries}))).scalar_one()
    activities = run(select(func.count()).where(VolunteerActivity.id.in_(
        list({e.activity_id for e in entries})))).scalar_one()
    return hours, volunteers, activities


def day_totals(session: Session, volunteer_ids: list[int], first: date, last: date,
               exclude_id: int | None = None) -> defaultdict[tuple[int, date], int]:
    """Hours entered (not rejected) per volunteer and day; ``exclude_id``: an entry being
    edited, which does not count against itself."""
    totals: defaultdict[tuple[int, date], int] = defaultdict(int)
    for volunteer_id, _, served_on, hundredths in _stored(session, volunteer_ids, first, last,
                                                          exclude_id):
        totals[(volunteer_id, served_on)] += hundredths
    return totals


def _stored(session: Session, volunteer_ids: list[int], first: date, last: date,
            exclude_id: int | None = None):
    """(volunteer, activity, day, hundredths) of the entries (not rejected) of
    ``volunteer_ids`` from ``first`` to ``last``, but ``exclude_id``."""
    return session.connection().execute(
        select(HourEntry.volunteer_id, HourEntry.activity_id, HourEntry.served_on,
               HourEntry.hundredths)
        .where(among(session, HourEntry.volunteer_id, volunteer_ids),
               and_(HourEntry.served_on >= first, HourEntry.served_on <= last),
               HourEntry.status != HourStatus.REJECTED.value,
               HourEntry.id != (exclude_id or 0))).all()
