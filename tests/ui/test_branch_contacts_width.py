"""The branch dialog's contacts show a whole landline number and e-mail address."""
from __future__ import annotations

from libdesk.ui.branches.branch_dialog import BranchDialog


def test_contact_columns_fit_phone_and_email(qtbot, services):
    dialog = BranchDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.ui.contactsTable
    metrics = table.fontMetrics()
    assert table.columnWidth(2) > metrics.horizontalAdvance("0351-12345678")
    assert table.columnWidth(3) > metrics.horizontalAdvance("librarian@tylib.org.cn")
    assert table.columnWidth(4) > 40  # notes keep a column too
