"""The ``Services`` facade: every service of one open database, acting as one staff member."""
from __future__ import annotations

from libdesk.config import database_url, default_database_url
from libdesk.services.base import LOCAL_ADMIN, Actor, ServiceContext
from libdesk.services.branches.categories import BranchCategoryService
from libdesk.services.branches.points import BranchService
from libdesk.services.donations.certificates import CertificateService
from libdesk.services.donations.donations import DonationService
from libdesk.services.donations.donor_files import DonorFileService
from libdesk.services.donations.donors import DonorService
from libdesk.services.catalogue.catalogue import CatalogueService
from libdesk.services.distribution.batches import BatchService
from libdesk.services.distribution.discrepancies import DiscrepancyService
from libdesk.services.distribution.documents import BatchDocumentService
from libdesk.services.distribution.donation_links import DonationLinkService
from libdesk.services.distribution.receiving import ReceivingService
from libdesk.services.distribution.reports import DistributionReportService
from libdesk.services.distribution.status import BatchStatusService
from libdesk.services.settings import SettingsService
from libdesk.services.signing import SigningService
from libdesk.services.statistics.charts import ChartService
from libdesk.services.statistics.year_report import StatisticsService
from libdesk.services.verification import VerificationService
from libdesk.services.volunteers.hours import HourService
from libdesk.services.volunteers.activities import ActivityService
from libdesk.services.volunteers.certificates import VolunteerCertificateService
from libdesk.services.volunteers.reports import VolunteerReportService
from libdesk.services.volunteers.ledger import VolunteerService
from libdesk.services.audit import AuditService
from libdesk.services.live import LiveService
from libdesk.services.maintenance import MaintenanceService
from libdesk.services.outreach.facts import PointFactsService
from libdesk.services.outreach.gifts import GiftService
from libdesk.services.outreach.history import PointHistoryService
from libdesk.services.outreach.mobile import MobileLogService
from libdesk.services.outreach.points import EventService, VisitService
from libdesk.services.outreach.transfers import TransferService
from libdesk.services.staff import StaffService
from libdesk.store import WINDOW, Store


class Services:
    """The services of one open database, acting as one staff member."""

    def __init__(self, store: Store, actor: Actor = LOCAL_ADMIN) -> None:
        self.ctx = ServiceContext(store=store)
        self.ctx.set_actor(actor)
        self.staff = StaffService(self.ctx)
        if actor is LOCAL_ADMIN and self.staff.has_accounts():
            self.staff.logout()  # accounts exist: nobody acts until someone signs in
        self.audit = AuditService(self.ctx)
        self.maintenance = MaintenanceService(self.ctx)
        self.branches = BranchService(self.ctx)
        self.branch_categories = BranchCategoryService(self.ctx)
        self.settings = SettingsService(self.ctx)
        self.signing = SigningService(self.ctx)
        self.verification = VerificationService(self.ctx, self.signing)
        self.donors = DonorService(self.ctx)
        self.donations = DonationService(self.ctx)
        self.donor_files = DonorFileService(self.ctx)
        self.certificates = CertificateService(self.ctx, self.signing, self.settings)
        self.verification.register(["JZ", "SC"], self.certificates.verify_payload)
        self.distribution = BatchService(self.ctx, self.settings)
        self.batch_status = BatchStatusService(self.ctx)
        self.receiving = ReceivingService(self.ctx, self.signing)
        self.verification.register(["BOX", "PS"], self.receiving.verify_code)
        self.batch_documents = BatchDocumentService(self.ctx, self.distribution, self.receiving,
                                                    self.branches, self.settings)
        self.distribution_reports = DistributionReportService(self.ctx, self.distribution)
        self.donation_links = DonationLinkService(self.ctx, self.distribution)
        self.catalogue = CatalogueService(self.ctx)
        self.discrepancies = DiscrepancyService(self.ctx)
        self.volunteers = VolunteerService(self.ctx)
        self.activities = ActivityService(self.ctx)
        self.hours = HourService(self.ctx)
        self.volunteer_reports = VolunteerReportService(self.ctx)
        self.volunteer_certificates = VolunteerCertificateService(
            self.ctx, self.signing, self.settings)
        self.verification.register(["ZY"], self.volunteer_certificates.verify_payload)
        self.mobile_log = MobileLogService(self.ctx)
        self.point_events = EventService(self.ctx)
        self.point_visits = VisitService(self.ctx)
        self.gifts = GiftService(self.ctx, self.signing, self.settings)
        self.verification.register(["ZS"], self.gifts.verify_payload)
        self.transfers = TransferService(self.ctx, self.distribution)
        self.point_facts = PointFactsService(self.ctx, self.distribution_reports)
        self.point_history = PointHistoryService(self.ctx, self.distribution_reports)
        self.statistics = StatisticsService(self.ctx, self.donors, self.distribution_reports,
                                            self.volunteer_reports)
        self.charts = ChartService(self.ctx)
        self.live = LiveService(self.ctx)  # the other desks' changes (store/changes.py)
        from libdesk.services.retry import install

        install(self)  # a write that met another desk's transaction runs again

    @property
    def store(self) -> Store:
        return self.ctx.store

    @property
    def actor(self) -> Actor:
        return self.ctx.actor

    def close(self) -> None:
        self.live.stop_all()
        self.ctx.store.close()


def open_services(url: str | None = None, *, claim: str = WINDOW) -> Services:
    """Open (creating, upgrading or refusing) the database and seed a new one.

    ``claim=WINDOW`` owns the database file at once (a window, or any long-lived holder:
    another window or command is then refused); ``claim=COMMAND`` opens it read-only and owns
    it from the first write (see ``libdesk.store.ownership``)."""
    store = Store.open(database_url(url) if url else default_database_url(), claim=claim)
    services = Services(store)
    if store.created:
        services.branches.seed_defaults()
    services.volunteers.seed_defaults()  # cheap no-op once the lists exist
    services.activities.seed_defaults()
    return services
