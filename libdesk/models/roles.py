"""Staff roles and what each may do. Pure data: services enforce it, the UI hides by it."""
from __future__ import annotations

from enum import StrEnum

from libdesk.models.errors import QT_TRANSLATE_NOOP


# The staff accounts' table (``models.staff.StaffAccount``), named here too so that asking
# whether a database has accounts, when it opens, does not build the model (start-up).
ACCOUNTS_TABLE = "staff_account"


class Role(StrEnum):
    ADMIN = "admin"
    OUTREACH = "outreach"
    COORDINATOR = "coordinator"
    FRONT_DESK = "front_desk"
    READ_ONLY = "read_only"


ROLE_LABELS = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "Administrator"),
    Role.OUTREACH: QT_TRANSLATE_NOOP("Roles", "Outreach librarian"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("Roles", "Volunteer coordinator"),
    Role.FRONT_DESK: QT_TRANSLATE_NOOP("Roles", "Front desk"),
    Role.READ_ONLY: QT_TRANSLATE_NOOP("Roles", "Read only"),
}


class Perm(StrEnum):
    VIEW = "view"
    BRANCHES_EDIT = "branches.edit"
    DONATIONS_EDIT = "donations.edit"
    CERTIFICATES_ISSUE = "certificates.issue"
    CERTIFICATES_PRINT = "certificates.print"
    CERTIFICATES_VOID = "certificates.void"
    CERTIFICATES_VERIFY = "certificates.verify"
    DISTRIBUTION_EDIT = "distribution.edit"
    BATCH_RECEIVE = "distribution.receive"
    VOLUNTEERS_EDIT = "volunteers.edit"
    HOURS_EDIT = "hours.edit"
    HOURS_APPROVE = "hours.approve"
    EXPORT = "export"
    UNMASK = "personal.unmask"
    KEYS_MANAGE = "keys.manage"
    SETTINGS_EDIT = "settings.edit"
    STAFF_ADMIN = "staff.admin"
    AUDIT_VIEW = "audit.view"
    BACKUP = "backup"
    RESTORE = "restore"


ROLE_PERMS: dict[Role, frozenset[Perm]] = {
    Role.ADMIN: frozenset(Perm),
    Role.OUTREACH: frozenset({
        Perm.VIEW, Perm.BRANCHES_EDIT, Perm.DONATIONS_EDIT, Perm.CERTIFICATES_ISSUE,
        Perm.CERTIFICATES_PRINT, Perm.CERTIFICATES_VERIFY, Perm.DISTRIBUTION_EDIT,
        Perm.BATCH_RECEIVE, Perm.EXPORT, Perm.UNMASK, Perm.BACKUP,
    }),
    Role.COORDINATOR: frozenset({
        Perm.VIEW, Perm.VOLUNTEERS_EDIT, Perm.HOURS_EDIT, Perm.HOURS_APPROVE,
        Perm.CERTIFICATES_ISSUE, Perm.CERTIFICATES_PRINT, Perm.CERTIFICATES_VERIFY,
        Perm.EXPORT, Perm.UNMASK, Perm.BACKUP,
    }),
    Role.FRONT_DESK: frozenset({
        Perm.VIEW, Perm.CERTIFICATES_PRINT, Perm.CERTIFICATES_VERIFY, Perm.BATCH_RECEIVE,
    }),
    Role.READ_ONLY: frozenset({Perm.VIEW}),
}


def allows(role: Role, perm: Perm) -> bool:
    return perm in ROLE_PERMS[role]
