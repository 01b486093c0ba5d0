"""The ``Services`` facade: every service of one open database, acting as one staff member."""
from __future__ import annotations

import importlib
import threading
from typing import TYPE_CHECKING

from libdesk.config import database_url, default_database_url
from libdesk.services.base import LOCAL_ADMIN, SIGNED_OUT, Actor, ServiceContext
from libdesk.services.opening import OPENING_CHANGE_MARK, accounts_exist, opening_facts
from libdesk.store import WINDOW, Store

if TYPE_CHECKING:
    from libdesk.services.audit import AuditService
    from libdesk.services.branches.categories import BranchCategoryService
    from libdesk.services.branches.listing import BranchListing
    from libdesk.services.branches.points import BranchService
    from libdesk.services.catalogue.catalogue import CatalogueService
    from libdesk.services.distribution.batches import BatchService
    from libdesk.services.distribution.discrepancies import DiscrepancyService
    from libdesk.services.distribution.documents import BatchDocumentService
    from libdesk.services.distribution.donation_links import DonationLinkService
    from libdesk.services.distribution.receiving import ReceivingService
    from libdesk.services.distribution.reports import DistributionReportService
    from libdesk.services.distribution.status import BatchStatusService
    from libdesk.services.donations.certificates import CertificateService
    from libdesk.services.donations.donations import DonationService
    from libdesk.services.donations.donor_files import DonorFileService
    from libdesk.services.donations.donors import DonorService
    from libdesk.services.live import LiveService
    from libdesk.services.maintenance import MaintenanceService
    from libdesk.services.outreach.facts import PointFactsService
    from libdesk.services.outreach.gifts import GiftService
    from libdesk.services.outreach.history import PointHistoryService
    from libdesk.services.outreach.mobile import MobileLogService
    from libdesk.services.outreach.points import EventService, VisitService
    from libdesk.services.outreach.transfers import TransferService
    from libdesk.services.settings import SettingsService
    from libdesk.services.signing import SigningService
    from libdesk.services.staff import StaffService
    from libdesk.services.statistics.charts import ChartService
    from libdesk.services.statistics.year_report import StatisticsService
    from libdesk.services.verification import VerificationService
    from libdesk.services.volunteers.activities import ActivityService
    from libdesk.services.volunteers.certificates import VolunteerCertificateService
    from libdesk.services.volunteers.hours import HourService
    from libdesk.services.volunteers.ledger import VolunteerService
    from libdesk.services.volunteers.reports import VolunteerReportService

# attribute → (module, class, the services its constructor takes after the context)
SERVICES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "staff": ("libdesk.services.staff", "StaffService", ()),
    "audit": ("libdesk.services.audit", "AuditService", ()),
    "maintenance": ("libdesk.services.maintenance", "MaintenanceService", ()),
    "branches": ("libdesk.services.branches.points", "BranchService", ()),
    # the branches tab's list alone: read before the table models are imported
    "branch_list": ("libdesk.services.branches.listing", "BranchListing", ()),
    "branch_categories": ("libdesk.services.branches.categories", "BranchCategoryService", ()),
    "settings": ("libdesk.services.settings", "SettingsService", ()),
    "signing": ("libdesk.services.signing", "SigningService", ()),
    "verification": ("libdesk.services.verification", "VerificationService", ("signing",)),
    "donors": ("libdesk.services.donations.donors", "DonorService", ()),
    "donations": ("libdesk.services.donations.donations", "DonationService", ()),
    "donor_files": ("libdesk.services.donations.donor_files", "DonorFileService", ()),
    "certificates": ("libdesk.services.donations.certificates", "CertificateService",
                     ("signing", "settings")),
    "distribution": ("libdesk.services.distribution.batches", "BatchService", ("settings",)),
    "batch_status": ("libdesk.services.distribution.status", "BatchStatusService", ()),
    "receiving": ("libdesk.services.distribution.receiving", "ReceivingService", ("signing",)),
    "batch_documents": ("libdesk.services.distribution.documents", "BatchDocumentService",
                        ("distribution", "receiving", "branches", "settings")),
    "distribution_reports": ("libdesk.services.distribution.reports",
                             "DistributionReportService", ("distribution",)),
    "donation_links": ("libdesk.services.distribution.donation_links", "DonationLinkService",
                       ("distribution",)),
    "catalogue": ("libdesk.services.catalogue.catalogue", "CatalogueService", ()),
    "discrepancies": ("libdesk.services.distribution.discrepancies", "DiscrepancyService", ()),
    "volunteers": ("libdesk.services.volunteers.ledger", "VolunteerService", ()),
    "activities": ("libdesk.services.volunteers.activities", "ActivityService", ()),
    "hours": ("libdesk.services.volunteers.hours", "HourService", ()),
    "volunteer_reports": ("libdesk.services.volunteers.reports", "VolunteerReportService", ()),
    "volunteer_certificates": ("libdesk.services.volunteers.certificates",
                               "VolunteerCertificateService", ("signing", "settings")),
    "mobile_log": ("libdesk.services.outreach.mobile", "MobileLogService", ()),
    "point_events": ("libdesk.services.outreach.points", "EventService", ()),
    "point_visits": ("libdesk.services.outreach.points", "VisitService", ()),
    "gifts": ("libdesk.services.outreach.gifts", "GiftService", ("signing", "settings")),
    "transfers": ("libdesk.services.outreach.transfers", "TransferService", ("distribution",)),
    "point_facts": ("libdesk.services.outreach.facts", "PointFactsService",
                    ("distribution_reports",)),
    "point_history": ("libdesk.services.outreach.history", "PointHistoryService",
                      ("distribution_reports",)),
    "statistics": ("libdesk.services.statistics.year_report", "StatisticsService",
                   ("donors", "distribution_reports", "volunteer_reports")),
    "charts": ("libdesk.services.statistics.charts", "ChartService", ()),
    "live": ("libdesk.services.live", "LiveService", ()),  # other desks' changes
}

# signed-code kind → the service whose ``verify_payload`` / ``verify_code`` checks it
VERIFIERS: dict[str, tuple[str, str]] = {
    "JZ": ("certificates", "verify_payload"), "SC": ("certificates", "verify_payload"),
    "BOX": ("receiving", "verify_code"), "PS": ("receiving", "verify_code"),
    "ZY": ("volunteer_certificates", "verify_payload"), "ZS": ("gifts", "verify_payload"),
}


class Services:
    """The services of one open database, acting as one staff member.

    Each service is made (its module imported) the first time it is asked for: opening the
    window needs a handful of them, and importing all 35 (with what they import) was a
    quarter of the start-up. Made once, from any thread; every public method of a service
    runs again when another desk's transaction got in the way (``services.retry``)."""

    if TYPE_CHECKING:
        staff: StaffService
        audit: AuditService
        maintenance: MaintenanceService
        branches: BranchService
        branch_list: BranchListing
        branch_categories: BranchCategoryService
        settings: SettingsService
        signing: SigningService
        verification: VerificationService
        donors: DonorService
        donations: DonationService
        donor_files: DonorFileService
        certificates: CertificateService
        distribution: BatchService
        batch_status: BatchStatusService
        receiving: ReceivingService
        batch_documents: BatchDocumentService
        distribution_reports: DistributionReportService
        donation_links: DonationLinkService
        catalogue: CatalogueService
        discrepancies: DiscrepancyService
        volunteers: VolunteerService
        activities: ActivityService
        hours: HourService
        volunteer_reports: VolunteerReportService
        volunteer_certificates: VolunteerCertificateService
        mobile_log: MobileLogService
        point_events: EventService
        point_visits: VisitService
        gifts: GiftService
        transfers: TransferService
        point_facts: PointFactsService
        point_history: PointHistoryService
        statistics: StatisticsService
        charts: ChartService
        live: LiveService

    def __init__(self, store: Store, actor: Actor = LOCAL_ADMIN) -> None:
        self._making = threading.RLock()
        self.ctx = ServiceContext(store=store)
        self.ctx.set_actor(actor)
        accounts, mark = opening_facts(store)  # one query; no service is made for it
        self.ctx.extras[OPENING_CHANGE_MARK] = mark  # the backups count changes from here
        if actor is LOCAL_ADMIN and accounts:
            self.ctx.set_actor(SIGNED_OUT)  # accounts exist: nobody acts until someone signs in

    def __getattr__(self, name: str):
        spec = SERVICES.get(name)
        if spec is None or name.startswith("_"):
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        with self._making:  # a table reading in a worker and the GUI thread may both ask
            made = self.__dict__.get(name)
            if made is not None:
                return made
            module, class_name, needs = spec
            cls = getattr(importlib.import_module(module), class_name)
            service = cls(self.ctx, *(getattr(self, need) for need in needs))
            if name == "verification":
                for kind, (owner, method) in VERIFIERS.items():
                    service.register([kind], self._verifier(owner, method))
            from libdesk.services.retry import install_on

            install_on(service)  # a write that met another desk's transaction runs again
            self.__dict__[name] = service
            return service

    def prepare(self) -> None:
        """Make every service not made yet (a worker thread does, once the window is idle:
        the first visit of another tab then imports nothing of the services)."""
        from sqlalchemy.orm import configure_mappers

        for name in SERVICES:
            getattr(self, name)
        configure_mappers()  # the tables just imported, before a tab's first query needs it

    def has_accounts(self) -> bool:
        """Whether the database has staff accounts (then a login is needed), asked without
        making the staff service (signing in at start-up)."""
        return accounts_exist(self.store)

    def can(self, perm) -> bool:
        """Whether the person signed in may do ``perm`` (asking makes no service)."""
        from libdesk.models.roles import allows

        return allows(self.ctx.actor.role, perm)

    def _verifier(self, owner: str, method: str):
        return lambda *args: getattr(getattr(self, owner), method)(*args)

    @property
    def store(self) -> Store:
        return self.ctx.store

    @property
    def actor(self) -> Actor:
        return self.ctx.actor

    def close(self) -> None:
        live = self.__dict__.get("live")  # made only when a window watches other desks
        if live is not None:
            live.stop_all()
        self.ctx.store.close()


def open_services(url: str | None = None, *, claim: str = WINDOW) -> Services:
    """Open (creating, upgrading or refusing) the database and seed a new or upgraded one
(a current database needs neither the seeding nor the services that do it).

    ``claim=WINDOW`` owns the database file at once (a window, or any long-lived holder:
    another window or command is then refused); ``claim=COMMAND`` opens it read-only and owns
    it from the first write (see ``libdesk.store.ownership``)."""
    store = Store.open(database_url(url) if url else default_database_url(), claim=claim)
    services = Services(store)
    if store.created:
        services.branches.seed_defaults()
    if store.created or store.upgraded:  # each adds its list once, when it is empty
        services.volunteers.seed_defaults()
        services.activities.seed_defaults()
    return services
