"""Every SQLModel table: importing this module registers each on ``metadata`` (the store and
the migrations do, before they map or compare anything)."""
from libdesk.models.base import metadata  # noqa: F401  (naming convention first)
from libdesk.models.branches.tables import Branch, BranchCategory, BranchContact  # noqa: F401
from libdesk.models.system import AppSetting, NumberCounter  # noqa: F401
from libdesk.models.keys import ForeignVoid, KeySource, SigningKey  # noqa: F401
from libdesk.models.donations.tables import Donation, DonationLine, Donor  # noqa: F401
from libdesk.models.donations.certificates import Certificate, CertificateEvent  # noqa: F401
from libdesk.models.volunteers.tables import (  # noqa: F401
    ActivityCategory, HourEntry, Volunteer, VolunteerActivity, VolunteerCertificate,
    VolunteerOrg, VolunteerTeam)
from libdesk.models.distribution.tables import BatchBox, BatchItem, CatalogTitle, DistributionBatch  # noqa: F401
from libdesk.models.staff import StaffAccount  # noqa: F401
from libdesk.models.audit_log import AuditLog  # noqa: F401
from libdesk.models.statistics.tables import MobileService  # noqa: F401
from libdesk.models.outreach.tables import (  # noqa: F401
    MobileOuting, PointEvent, PointFacts, PointVisit)
from libdesk.models.outreach.gifts import OutgoingGift  # noqa: F401
from libdesk.models.outreach.transfers import (  # noqa: F401
    CollectionTransfer, TransferLine, TransferPacking)
