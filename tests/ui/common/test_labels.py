"""One enum_label() for every enum's display label, translated in its table's context."""
from __future__ import annotations

from libdesk.models.audit import AUDIT_ACTION_LABELS
from libdesk.models.branches.status import BRANCH_STATUS_LABELS, BranchStatus
from libdesk.models.roles import ROLE_LABELS, Role
from libdesk.ui.common.labels import enum_label


def test_labels_are_translated_in_their_context(qapp):
    from libdesk.app import create_application

    create_application()
    assert enum_label(BRANCH_STATUS_LABELS, "active") == "运行"
    assert enum_label(BRANCH_STATUS_LABELS, BranchStatus.CLOSED) == enum_label(
        BRANCH_STATUS_LABELS, "closed")
    assert enum_label(ROLE_LABELS, Role.ADMIN, "Roles") == "管理员"


def test_an_unknown_value_is_shown_as_stored():
    assert enum_label(AUDIT_ACTION_LABELS, "a-newer-action") == "a-newer-action"
    assert enum_label(BRANCH_STATUS_LABELS, None) == ""
    assert enum_label({}, "x") == "x"
