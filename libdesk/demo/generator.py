"""Demo data at scale: ``DemoService.fill(DemoSizes(...))`` fills a new database with
realistic Chinese donors, donations, volunteers, hours and distribution batches.

For trying LibDesk out and for the benchmarks. The rows are made by the generators in this
package (one module per area) and written in ONE write transaction with bulk inserts on the
transaction's connection (``insert(table)`` with lists of dicts: ~10× faster than ORM
objects). Those statements bypass the per-row audit hook on purpose: a million synthetic rows
would otherwise add a million audit entries; instead each table gets one audit entry saying
how many demo rows were added (ids first–last). A few certificates are then issued through
the certificate service, exactly as staff would issue them.
"""
from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from sqlalchemy import func, insert, select

from libdesk.models.audit import AuditAction
from libdesk.models.branches.tables import Branch
from libdesk.models.donations.certificates import CertificateKind
from libdesk.models.distribution.tables import (BatchBox, BatchItem, CatalogTitle, DistributionBatch,
                                         NUMBER_SERIES)
from libdesk.models.donations.tables import Donation, DonationLine, Donor, Evaluation
from libdesk.models.errors import QT_TRANSLATE_NOOP, Conflict
from libdesk.models.roles import Perm
from libdesk.models.system import NumberCounter
from libdesk.models.volunteers.tables import (ActivityCategory, HourEntry, Volunteer,
                                       VolunteerActivity, VolunteerOrg, VolunteerTeam)
from libdesk.services.base import ServiceBase
from libdesk.demo.books import Books
from libdesk.demo.distribution import DistributionGenerator
from libdesk.demo.donations import DonationGenerator
from libdesk.demo.branches import fill_branches
from libdesk.demo.people import People, phrase_key
from libdesk.demo.volunteers import VolunteerGenerator, org_names, team_name
from libdesk.services.progress import Progress
from libdesk.models.base import metadata
from libdesk.store.audit import record_event
from libdesk.store.postgres_sql import advance_sequences, after_bulk_load

FIRST_DAY = date(2019, 1, 1)


@dataclass
class DemoSizes:
    donors: int = 1000
    volunteers: int = 200
    hours: int = 5000
    batches: int = 50
    donations: int | None = None     # default: 1.2 per donor
    certificates: int = 50           # issued through the certificate service
    seed: int = 2020
    today: date = field(default_factory=date.today)

    @property
    def donation_count(self) -> int:
        return self.donations if self.donations is not None else int(self.donors * 1.2)


@dataclass
class DemoResult:
    counts: dict[str, int]
    seconds: float


class DemoService(ServiceBase):
    """Fills a new database; built by ``libdesk demo`` (and tests, benchmarks) from the open
    services, not by the ``Services`` facade."""

    def __init__(self, ctx, certificates) -> None:
        super().__init__(ctx)
        self._certificates = certificates

    @classmethod
    def for_services(cls, services) -> "DemoService":
        demo = cls(services.ctx, services.certificates)
        demo._services = services  # the outreach records go in through their services
        return demo

    def is_empty(self) -> bool:
        with self.store.read() as session:
            return not any(session.execute(select(func.count()).select_from(model)).scalar_one()
                           for model in (Donor, Volunteer, VolunteerActivity, DistributionBatch))

    def fill(self, sizes: DemoSizes, progress: Progress | None = None) -> DemoResult:
        """Fill a new database (one without donors, volunteers, activities or batches)."""
        for perm in (Perm.DONATIONS_EDIT, Perm.VOLUNTEERS_EDIT, Perm.HOURS_EDIT,
                     Perm.DISTRIBUTION_EDIT, Perm.CERTIFICATES_ISSUE):
            self.require(perm)
        if not self.is_empty():
            raise Conflict(QT_TRANSLATE_NOOP(
                "Errors", "Demo data only goes into a new database, and this one already "
                "holds donors, volunteers or batches. Choose another file, e.g. "
                "--database demo.sqlite."))
        started = time.perf_counter()
        run = _Run(sizes, progress or Progress())
        with self.store.write() as session:
            run.fill(session)
            # the rows came with explicit ids: move PostgreSQL's sequences past them
            advance_sequences(session, metadata.sorted_tables)
            after_bulk_load(session, metadata.sorted_tables)  # indexes merged, statistics
        run.counts["certificates"] = self._issue_certificates(sizes, run, progress)
        if getattr(self, "_services", None) is not None:
            from libdesk.demo.outreach import fill_outreach

            run.counts.update(fill_outreach(self._services, sizes.seed))
        return DemoResult(run.counts, time.perf_counter() - started)

    def _issue_certificates(self, sizes: DemoSizes, run: "_Run", progress) -> int:
        donation_ids = run.certifiable[:sizes.certificates]
        for done, donation_id in enumerate(donation_ids, start=1):
            issued_on = min(run.received_on[donation_id] + timedelta(days=30), sizes.today)
            self._certificates.issue(donation_id, CertificateKind.COLLECTION.value,
                                     issued_on=issued_on)
            if progress is not None:
                progress.step(done, len(donation_ids), "certificates")
        return len(donation_ids)


class _Run:
    """One fill: the generators, the ids they hand out, and what was written."""

    def __init__(self, sizes: DemoSizes, progress: Progress) -> None:
        self.sizes, self.progress = sizes, progress
        self.rng = random.Random(sizes.seed)
        self.people = People(self.rng)
        self.books = Books(self.rng, max(500, min(20_000, sizes.donors // 10)))
        self.counts: dict[str, int] = {}
        self.certifiable: list[int] = []        # donations with collected lines, oldest first
        self.received_on: dict[int, date] = {}
        self.donated: list[tuple[int, str, str]] = []
        self.total = (sizes.donors + sizes.donation_count + sizes.volunteers + sizes.hours
                      + sizes.batches) or 1
        self.done = 0

    def step(self, rows: int, what: str) -> None:
        self.done += rows
        self.progress.step(min(self.done, self.total), self.total, what)

    def fill(self, session) -> None:
        today = self.sizes.today
        self.counts["branch_contact"] = fill_branches(session, self.people, self.rng, today)
        self._donations(session, today)
        self._volunteers(session, today)
        self._distribution(session, today)

    # -- writing -------------------------------------------------------------------------------
    def _insert(self, session, model, rows: list[dict]) -> None:
        if not rows:
            return
        session.connection().execute(insert(model.__table__), rows)
        name = model.__tablename__
        self.counts[name] = self.counts.get(name, 0) + len(rows)

    def _audit(self, session, model, first_id: int) -> None:
        count = self.counts.get(model.__tablename__, 0)
        if count:
            record_event(session, AuditAction.INSERT, model.__tablename__,
                         f"{first_id}-{first_id + count - 1}", None, {"demo_rows": count})

    @staticmethod
    def _next_id(session, model) -> int:
        return (session.execute(select(func.max(model.id))).scalar() or 0) + 1

    # -- areas -------------------------------------------------------------------------------
    def _donations(self, session, today: date) -> None:
        sizes = self.sizes
        generator = DonationGenerator(self.rng, self.people, self.books, today, FIRST_DAY)
        first_donor = self._next_id(session, Donor)
        for rows in generator.donors(first_donor, sizes.donors):
            self._insert(session, Donor, rows)
            self.step(len(rows), "donors")
        self._audit(session, Donor, first_donor)
        if not sizes.donors:
            return
        first_donation = self._next_id(session, Donation)
        first_line = self._next_id(session, DonationLine)
        donor_ids = range(first_donor, first_donor + sizes.donors)
        for donations, lines in generator.donations(first_donation, first_line,
                                                    sizes.donation_count, donor_ids):
            self._insert(session, Donation, donations)
            self._insert(session, DonationLine, lines)
            self._remember(donations, lines)
            self.step(len(donations), "donations")
        self._audit(session, Donation, first_donation)
        self._audit(session, DonationLine, first_line)
        self.certifiable.sort(key=lambda i: self.received_on[i])
        known = set(session.execute(select(CatalogTitle.isbn)).scalars())
        self._insert(session, CatalogTitle, [
            {"isbn": b.isbn, "title": b.title, "author": b.author, "publisher": b.publisher,
             "call_number": b.call_number, "updated_at": _midnight(today)}
            for b in self.books.pool if b.isbn not in known])

    def _remember(self, donations: list[dict], lines: list[dict]) -> None:
        for donation in donations:
            self.received_on[donation["id"]] = donation["received_on"]
        collected = set()
        for line in lines:
            if line["evaluation"] == Evaluation.COLLECTED.value:
                collected.add(line["donation_id"])
            elif line["evaluation"] == Evaluation.DISTRIBUTE.value and line["isbn"]:
                self.donated.append((line["id"], line["isbn"], line["title"]))
        self.certifiable += sorted(collected)

    def _volunteers(self, session, today: date) -> None:
        sizes = self.sizes
        generator = VolunteerGenerator(self.rng, self.people, today, FIRST_DAY)
        orgs = self._orgs(session)
        teams = self._teams(session, orgs)
        first = self._next_id(session, Volunteer)
        for rows in generator.volunteers(first, sizes.volunteers, orgs, teams):
            self._insert(session, Volunteer, rows)
            self.step(len(rows), "volunteers")
        self._audit(session, Volunteer, first)
        for team_id, leader_id in generator.leaders.items():  # the first member leads
            team = session.get(VolunteerTeam, team_id)
            if team is not None and team.leader_id is None:
                team.leader_id = leader_id
                session.add(team)
        categories = _pairs(session, ActivityCategory.name, ActivityCategory.id)
        first_activity = self._next_id(session, VolunteerActivity)
        activities = generator.activities(first_activity, categories)
        self._insert(session, VolunteerActivity, activities)
        self._audit(session, VolunteerActivity, first_activity)
        if not sizes.volunteers:
            return
        first_entry = self._next_id(session, HourEntry)
        for rows in generator.hours(sizes.hours, activities):
            self._insert(session, HourEntry, rows)
            self.step(len(rows), "hours")
        self._audit(session, HourEntry, first_entry)

    def _orgs(self, session) -> list[tuple[int, str, bool]]:
        existing = _pairs(session, VolunteerOrg.name, VolunteerOrg.id)
        first = self._next_id(session, VolunteerOrg)
        new = [(name, school) for name, school in org_names() if name not in existing]
        self._insert(session, VolunteerOrg, [
            {"id": first + i, "name": name, "name_key": phrase_key(name), "is_school": school,
             "sort_order": len(existing) + i + 1} for i, (name, school) in enumerate(new)])
        ids = {**existing, **{name: first + i for i, (name, _) in enumerate(new)}}
        return [(ids[name], name, school) for name, school in org_names()]

    def _teams(self, session, orgs: list[tuple[int, str, bool]]) -> dict[int, int]:
        existing = _pairs(session, VolunteerTeam.name, VolunteerTeam.id)
        first = self._next_id(session, VolunteerTeam)
        rows, teams = [], {}
        for org_id, org, _ in orgs:
            name = team_name(org)
            if name in existing:
                teams[org_id] = existing[name]
                continue
            teams[org_id] = first + len(rows)
            rows.append({"id": first + len(rows), "name": name, "name_key": phrase_key(name),
                         "leader_id": None, "notes": ""})
        self._insert(session, VolunteerTeam, rows)
        return teams

    def _distribution(self, session, today: date) -> None:
        sizes = self.sizes
        branch_ids = list(session.execute(select(Branch.id)).scalars())
        if not sizes.batches or not branch_ids:
            return
        self.rng.shuffle(self.donated)
        generator = DistributionGenerator(self.rng, self.books, today, FIRST_DAY, self.donated)
        for year, last in session.execute(select(NumberCounter.year, NumberCounter.last_value)
                                          .where(NumberCounter.series == NUMBER_SERIES)):
            generator.counters[year] = last
        first = self._next_id(session, DistributionBatch)
        first_item = self._next_id(session, BatchItem)
        for batches, items, boxes in generator.batches(first, sizes.batches, branch_ids):
            self._insert(session, DistributionBatch, batches)
            self._insert(session, BatchItem, items)
            self._insert(session, BatchBox, boxes)
            self.step(len(batches), "batches")
        self._audit(session, DistributionBatch, first)
        self._audit(session, BatchItem, first_item)
        for year, last in generator.counters.items():
            counter = session.get(NumberCounter, (NUMBER_SERIES, year)) or NumberCounter(
                series=NUMBER_SERIES, year=year, last_value=0)
            counter.last_value = max(counter.last_value, last)
            session.add(counter)


def _pairs(session, key, value) -> dict:
    return dict(session.execute(select(key, value)).all())


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=timezone.utc)
