"""A point's status and its labels (plain Python: the branches tab shows them before any table
model is imported)."""
from __future__ import annotations

from enum import StrEnum

from libdesk.models.errors import QT_TRANSLATE_NOOP


class BranchStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    CLOSED = "closed"


BRANCH_STATUS_LABELS = {
    BranchStatus.ACTIVE: QT_TRANSLATE_NOOP("BranchStatus", "Active"),
    BranchStatus.SUSPENDED: QT_TRANSLATE_NOOP("BranchStatus", "Suspended"),
    BranchStatus.CLOSED: QT_TRANSLATE_NOOP("BranchStatus", "Closed"),
}
# The roster spreadsheet is Chinese whatever the UI language.
BRANCH_STATUS_ZH = {BranchStatus.ACTIVE: "运行", BranchStatus.SUSPENDED: "暂停",
                    BranchStatus.CLOSED: "关闭"}
