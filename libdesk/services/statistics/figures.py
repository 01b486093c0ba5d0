"""The statistics tab's typed figures: a point's mobile-service month (visits and loans) and
the city volunteer platform's year-end figures. Each carries a version like every edited
record: the editor (or the command) reads the version first (``mobile_version`` /
``platform_version``, 0 for figures not typed yet), then the values, and saves with it as
``expected_version``; figures saved meanwhile elsewhere raise EditConflict with both versions
and who saved when, and nothing is written."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any, Callable

from sqlalchemy import select

from libdesk.models.base import utcnow
from libdesk.models.branches.tables import Branch
from libdesk.models.errors import (QT_TRANSLATE_NOOP, EditConflict, NotFound, Problem,
                                   ValidationFailed)
from libdesk.models.roles import Perm
from libdesk.models.statistics.records import MobileRow, PlatformFigures
from libdesk.models.statistics.tables import MobileService, VolunteerPlatformYear
from libdesk.services.base import ServiceBase
from libdesk.services.conflicts import check_delete, last_saved, version_or_none
from libdesk.services.statistics import counts

PLATFORM_NAME = "太原志愿者平台 {year} 年"  # the platform as the annual report names it


def hours_text(hundredths: int) -> str:
    """Hundredths of an hour as the editor shows them (53876.85)."""
    return f"{Decimal(hundredths) / 100:.2f}"


def _check(session, row, expected: int | None, name: str, mine: dict[str, Any],
           saved: Callable[[Any], dict[str, Any]]) -> None:
    """EditConflict unless the figures are still at ``expected`` (None: no check; 0: none
    typed yet, so figures typed meanwhile conflict). ``row`` was read under a row lock."""
    stored = row.version if row is not None else 0
    if expected is None or stored == expected or row is None:
        return  # figures deleted meanwhile are typed again
    who, when = last_saved(session, row.__table__.name, row.id)
    raise EditConflict(name, who, when, expected, stored, record_id=row.id, mine=mine,
                       saved=saved(row))


def _month_name(session, row: MobileService) -> str:
    """A typed month as the messages name it: the point and the month (as saves do)."""
    branch = session.get(Branch, row.branch_id)
    return f"{branch.name if branch else row.branch_id} {row.year:04d}-{row.month:02d}"


class TypedFigures(ServiceBase):
    # -- mobile service --------------------------------------------------------------------
    def _mobile_row(self, session, branch_id: int, year: int, month: int, *, lock=False):
        stmt = select(MobileService).where(
            MobileService.branch_id == branch_id, MobileService.year == year,
            MobileService.month == month)
        if lock:
            stmt = stmt.with_for_update().execution_options(populate_existing=True)
        return session.execute(stmt).scalar_one_or_none()

    def mobile_version(self, branch_id: int, year: int, month: int) -> int:
        """The month's version (0: nothing typed yet), read before its values."""
        with self.store.read() as session:
            row = self._mobile_row(session, branch_id, year, month)
            return row.version if row is not None else 0

    def mobile(self, branch_id: int, year: int, month: int) -> MobileRow | None:
        """One point's typed month, or None."""
        with self.store.read() as session:
            row = self._mobile_row(session, branch_id, year, month)
            if row is None:
                return None
            branch = session.get(Branch, branch_id)
            return MobileRow(row.id, row.branch_id, branch.name if branch else "", row.year,
                             row.month, row.visits, row.loans, row.notes)

    def record_mobile(self, branch_id: int, year: int, month: int, visits: int, loans: int,
                      notes: str | None = None, *, expected_version: int | None = None) -> int:
        """Set one point's mobile-service figures for one month. ``notes`` None keeps the
        stored notes (none for a new month). With ``expected_version`` (from
        ``mobile_version``), figures saved meanwhile raise EditConflict."""
        self.require(Perm.DISTRIBUTION_EDIT)
        problems = []
        if not 1 <= month <= 12:
            problems.append(Problem("month", QT_TRANSLATE_NOOP(
                "Errors", "The month must be from 1 to 12.")))
        if not 1900 <= year <= 2999:
            problems.append(Problem("year", QT_TRANSLATE_NOOP(
                "Errors", "“{year}” is not a year."), {"year": year}))
        if visits < 0 or loans < 0:
            problems.append(Problem("visits", QT_TRANSLATE_NOOP(
                "Errors", "Visits and loans cannot be negative.")))
        if problems:
            raise ValidationFailed(problems)
        notes = notes.strip() if notes is not None else None
        with self.store.write() as session:
            branch = session.get(Branch, branch_id)
            if branch is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "Point #{id} no longer exists."),
                               id=branch_id)
            row = self._mobile_row(session, branch_id, year, month, lock=True)
            mine = {"visits": visits, "loans": loans}
            if notes is not None:
                mine["notes"] = notes
            _check(session, row, expected_version, f"{branch.name} {year:04d}-{month:02d}",
                   mine, lambda stored: {name: getattr(stored, name) for name in mine})
            row = row or MobileService(branch_id=branch_id, year=year, month=month)
            row.visits, row.loans = visits, loans
            if notes is not None:
                row.notes = notes
            row.recorded_by, row.updated_at = self.actor.username, utcnow()
            session.add(row)
            session.flush()
            return row.id

    def delete_mobile(self, record_id: int, expected_version: int | None = None) -> None:
        """Delete one point's typed month. With ``expected_version`` (from
        ``mobile_version``, shown by the confirmation), figures changed or deleted meanwhile
        raise DeleteConflict / NotFound and nothing is deleted."""
        self.require(Perm.DISTRIBUTION_EDIT)
        with self.store.write() as session:
            row = check_delete(session, MobileService, record_id, expected_version,
                               lambda r: _month_name(session, r),
                               QT_TRANSLATE_NOOP("Errors", "Mobile-service month"))
            if row is not None:
                session.delete(row)

    def mobile_rows(self, year: int) -> list[MobileRow]:
        stmt = (select(MobileService, Branch.name).join(Branch, Branch.id == MobileService.branch_id)
                .where(MobileService.year == year)
                .order_by(MobileService.month, Branch.number))
        with self.store.read() as session:
            return [MobileRow(m.id, m.branch_id, name, m.year, m.month, m.visits, m.loans, m.notes)
                    for m, name in session.execute(stmt)]

    # -- the volunteer platform's year-end figures -----------------------------------------
    def platform_version(self, year: int) -> int:
        """The year's version (0: nothing typed yet), read before its figures."""
        with self.store.read() as session:
            return version_or_none(session, VolunteerPlatformYear, VolunteerPlatformYear.year,
                                   year)

    def record_platform(self, year: int, registered: int, registered_on_site: int | None,
                        hours: str | float | Decimal, *,
                        expected_version: int | None = None) -> None:
        """Set the city volunteer platform's figures at the end of ``year`` (hours to two
        decimals, e.g. 53876.85). ``registered_on_site`` None keeps the stored figure (0 for
        a new year). With ``expected_version`` (from ``platform_version``), figures saved
        meanwhile raise EditConflict."""
        self.require(Perm.VOLUNTEERS_EDIT)
        problems = []
        try:
            hundredths = Decimal(str(hours).strip().replace(",", "")) * 100
        except InvalidOperation:
            hundredths = Decimal("0.5")
        if not hundredths.is_finite() or hundredths != hundredths.to_integral_value() \
                or hundredths < 0:
            problems.append(Problem("hours", QT_TRANSLATE_NOOP(
                "Errors", "“{value}” is not a number of hours with at most two decimals."),
                {"value": hours}))
        if registered < 0 or (registered_on_site or 0) < 0:
            problems.append(Problem("registered", QT_TRANSLATE_NOOP(
                "Errors", "The numbers of registered volunteers cannot be negative.")))
        if not 1900 <= year <= 2999:
            problems.append(Problem("year", QT_TRANSLATE_NOOP(
                "Errors", "“{year}” is not a year."), {"year": year}))
        if problems:
            raise ValidationFailed(problems)
        with self.store.write() as session:
            row = session.execute(select(VolunteerPlatformYear).where(
                VolunteerPlatformYear.year == year).with_for_update().execution_options(
                populate_existing=True)).scalar_one_or_none()
            mine = {"registered": registered, "registered_on_site": registered_on_site,
                    "hours": hours_text(int(hundredths))}
            if registered_on_site is None:
                del mine["registered_on_site"]
            _check(session, row, expected_version, PLATFORM_NAME.format(year=year), mine,
                   lambda stored: {name: (hours_text(stored.hundredths) if name == "hours"
                                          else getattr(stored, name)) for name in mine})
            row = row or VolunteerPlatformYear(year=year)
            row.registered = registered
            if registered_on_site is not None:
                row.registered_on_site = registered_on_site
            row.hundredths = int(hundredths)
            row.recorded_by, row.updated_at = self.actor.username, utcnow()
            session.add(row)

    def platform(self, year: int) -> PlatformFigures | None:
        with self.store.read() as session:
            return counts.platform(session, year)
