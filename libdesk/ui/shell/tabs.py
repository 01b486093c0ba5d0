"""The tabs of the main window, in order, and the modules that add global menu actions.

A tab is a QWidget class with:
    key: str                                  # stable name: settings, ``--tab`` of screenshot
    title() -> str  (staticmethod, translated)
    visible(services) -> bool (staticmethod)  # e.g. by role; default: always
    __init__(services, window)
    file_actions() -> list[QAction]           # optional: added to the File menu while shown
    save_state()                              # optional: on close
    on_change(change)                         # optional: after any write (ui/common/operations)
                                              # reload what shows change.areas, keep selection
An action provider is ``install(window)`` in a module: it adds actions to ``window.menu(name)``
for name in "file", "tools", "view", "help".
"""
from __future__ import annotations

TABS: list[tuple[str, str]] = [
    ("libdesk.ui.branches.tab", "BranchesTab"),
    ("libdesk.ui.donations.tab", "DonationsTab"),
    ("libdesk.ui.distribution.tab", "DistributionTab"),
    ("libdesk.ui.volunteers.tab", "VolunteersTab"),
    ("libdesk.ui.statistics.tab", "StatisticsTab"),
    ("libdesk.ui.admin.audit_tab", "AuditTab"),
]

ACTION_PROVIDERS: list[str] = [
    "libdesk.ui.admin.actions",
    "libdesk.ui.verification.actions",
]
