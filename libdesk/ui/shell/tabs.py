"""The tabs of the main window, in order, and the modules that add global menu actions.

The window shows the tab bar from this list alone, before the store is open and before any
tab module (and with it the ORM) is imported; a tab's module is imported when it is built.

A tab is a QWidget class with:
    key: str                                  # stable name: settings, ``--tab`` of screenshot
    __init__(services, window)
    file_actions() -> list[QAction]           # optional: added to the File menu while shown
    save_state()                              # optional: on close
    on_change(change)                         # optional: after any write (ui/common/operations)
                                              # reload what shows change.areas, keep selection
Who may see a tab is its entry's ``permission`` (a ``Perm``; none: everybody), checked when the
store is open without importing the tab's module (importing every tab to ask it took a quarter
of a second of the start-up).

An action provider is ``install(window)`` in a module: it adds actions to ``window.menu(name)``
for name in "file", "tools", "view", "help".
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from libdesk.models.roles import Perm


@dataclass(frozen=True)
class TabEntry:
    key: str
    context: str
    label: str      # English, translated in ``context``
    module: str
    class_name: str
    permission: Perm | None = None  # needed to see the tab at all

    def visible(self, services) -> bool:
        return self.permission is None or services.can(self.permission)

    def title(self) -> str:
        return QCoreApplication.translate(self.context, self.label)

    def load(self) -> type:
        return getattr(importlib.import_module(self.module), self.class_name)


TABS: list[TabEntry] = [
    TabEntry("branches", "BranchesTab",
             QT_TRANSLATE_NOOP("BranchesTab", "Branches && outreach points"),
             "libdesk.ui.branches.tab", "BranchesTab"),
    TabEntry("donations", "DonationsTab",
             QT_TRANSLATE_NOOP("DonationsTab", "Donations && certificates"),
             "libdesk.ui.donations.tab", "DonationsTab"),
    TabEntry("distribution", "DistributionTab",
             QT_TRANSLATE_NOOP("DistributionTab", "Distribution"),
             "libdesk.ui.distribution.tab", "DistributionTab"),
    TabEntry("volunteers", "VolunteersTab", QT_TRANSLATE_NOOP("VolunteersTab", "Volunteers"),
             "libdesk.ui.volunteers.tab", "VolunteersTab"),
    TabEntry("outreach", "OutreachTab", QT_TRANSLATE_NOOP("OutreachTab", "Outreach"),
             "libdesk.ui.outreach.tab", "OutreachTab"),
    TabEntry("statistics", "StatisticsTab", QT_TRANSLATE_NOOP("StatisticsTab", "Statistics"),
             "libdesk.ui.statistics.tab", "StatisticsTab"),
    TabEntry("audit", "AuditTab", QT_TRANSLATE_NOOP("AuditTab", "Audit log"),
             "libdesk.ui.admin.audit_tab", "AuditTab", Perm.AUDIT_VIEW),
]

ACTION_PROVIDERS: list[str] = [
    "libdesk.ui.admin.actions",
    "libdesk.ui.verification.actions",
    "libdesk.ui.options.actions",
    "libdesk.ui.catalogue.actions",
]
