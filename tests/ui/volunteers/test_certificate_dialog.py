"""The certificate dialog for one volunteer: names them, ends the period today, and the
certificate prints the staff member's display name."""
from __future__ import annotations

import subprocess
from datetime import date

from PySide6.QtCore import QDate

from libdesk.services.base import ListQuery
from libdesk.services.volunteers.hours import NewEntry
from libdesk.ui.volunteers.certificate_batch_dialog import CertificateBatchDialog
from tests.services.volunteers.helpers import (APPROVER, RECORDER, add_activity, add_volunteers,
                                              as_actor)


def test_dialog_names_the_volunteer_and_ends_today(qtbot, services, tmp_path):
    as_actor(services, RECORDER)
    vid = add_volunteers(services, 1)[0]
    activity = add_activity(services)
    today = date.today()
    services.hours.add(NewEntry(vid, activity, today.replace(day=1), 285))
    as_actor(services, APPROVER)
    services.hours.confirm(services.hours.ids(ListQuery()))
    row = services.volunteers.page(ListQuery(), 0, 1)[0]
    dialog = CertificateBatchDialog(services, None, volunteer=row)
    qtbot.addWidget(dialog)
    assert row.name in dialog.windowTitle()
    assert dialog.ui.toEdit.date() == QDate.currentDate()
    assert dialog.ui.toEdit.maximumDate() == QDate.currentDate()
    assert row.name in dialog.ui.eligibleLabel.text() and "2.85" in dialog.ui.eligibleLabel.text()
    start, end, _, remarks = dialog.values()
    cert_id = services.volunteer_certificates.issue(vid, start, end, remarks)
    pdf = services.volunteer_certificates.render([cert_id], tmp_path / "v.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout.replace(" ", "")
    assert APPROVER.display_name in text and "2.85小时" in text
