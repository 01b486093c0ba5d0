"""Every tab shows what was just changed in another one, with no refresh by hand: the window
forwards each write's change to the tabs it has built. And the window finishes the work still
running before it closes."""
from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from libdesk.models.distribution.rules import BatchInput
from libdesk.models.donations.rules import DonorInput
from libdesk.ui.branches.branch_dialog import BranchDialog
from libdesk.ui.common.operations import Change, run_long_write
from libdesk.ui.common.tasks import running_tasks
from libdesk.ui.donations.donation_dialog import DonationDialog
from tests.services.distribution.helpers import ELDERLY_HOME, point_id
from tests.ui.typing import type_text


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def in_modal(handle) -> list:
    """Run ``handle(dialog)`` on the modal dialog the next click opens; returns [dialog]."""
    seen = []

    def run():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        handle(dialog)

    QTimer.singleShot(0, run)
    return seen


def column(tab, key: str) -> int:
    return [c.key for c in tab.model.columns].index(key)


def test_a_renamed_point_shows_in_the_distribution_tab_without_a_refresh(
        qtbot, window, services):
    point = point_id(services)
    batch_id = services.distribution.create(BatchInput(point, "new_books"))
    window.show_tab("distribution")
    distribution = window.tab("distribution")  # built now: shows the batch and its point
    assert distribution.table.select_id(batch_id)  # as a click on its row
    assert distribution.model.data(distribution.model.index(0, column(distribution, "branch"))) \
        == ELDERLY_HOME
    assert ELDERLY_HOME in distribution.panel.ui.headerLabel.text()

    window.show_tab("branches")
    branches = window.tab("branches")
    assert branches.table.select_id(point)

    def rename(dialog):
        assert isinstance(dialog, BranchDialog)
        dialog.ui.nameEdit.clear()
        type_text(qtbot, dialog.ui.nameEdit, "太原市老年公寓（东院）")
        click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))

    dialogs = in_modal(rename)
    click(qtbot, branches.ui.editButton)
    assert dialogs and dialogs[0].result() == 1
    assert branches.table.current_id() == point  # the edited point stays selected
    assert "太原市老年公寓（东院）" in branches.ui.detailLabel.text()

    window.show_tab("distribution")
    assert distribution.model.data(distribution.model.index(0, column(distribution, "branch"))) \
        == "太原市老年公寓（东院）"
    assert distribution.table.current_id() == batch_id  # the selection is kept
    assert "太原市老年公寓（东院）" in distribution.panel.ui.headerLabel.text()


def summary(tab) -> dict[str, str]:
    table = tab.ui.summaryTable
    return {table.item(r, 1).text(): table.item(r, 3).text() for r in range(table.rowCount())}


def test_a_donation_and_its_certificate_show_in_the_statistics_tab_without_a_refresh(
        qtbot, window, services, sync_tasks):
    services.donors.save(DonorInput(name="孙英", honorific="先生"))
    window.show_tab("statistics")
    statistics = window.tab("statistics")
    before = summary(statistics)
    assert (before["接收捐赠"], before["接收捐书"]) == ("0", "0")

    window.show_tab("donations")
    donations = window.tab("donations")

    def fill_in(dialog):
        assert isinstance(dialog, DonationDialog)
        type_text(qtbot, dialog.ui.donorEdit, "孙英")
        for _ in range(3):  # three copies scanned
            type_text(qtbot, dialog.ui.isbnEdit, "9787010123455")
            qtbot.keyClick(dialog.ui.isbnEdit, Qt.Key.Key_Return)
        dialog.ui.linesTable.item(0, 1).setText("孙英文集")
        click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))

    dialogs = in_modal(fill_in)
    click(qtbot, donations.ui.newDonationButton)
    assert dialogs[0].result() == 1, dialogs[0].ui.errorLabel.text()
    assert donations.donations.current_id() == dialogs[0].saved_id
    assert donations.pane.donation_id == dialogs[0].saved_id

    dates = in_modal(lambda dialog: dialog.accept())  # the date on the certificate: today
    click(qtbot, donations.ui.issueDonationButton)
    assert dates
    assert sync_tasks.started == 1  # the certificate was rendered for its preview
    certificates = services.certificates.for_donation(dialogs[0].saved_id)
    assert len(certificates) == 1
    assert donations.ui.certificatesView.item(0, 0).text() == certificates[0].number
    donations.pane.last_preview.accept()

    window.show_tab("statistics")
    after = summary(statistics)
    assert (after["接收捐赠"], after["接收捐书"], after["捐赠人"]) == ("1", "3", "1")


def test_closing_the_window_cancels_an_import_and_waits_for_a_backup(qtbot, window):
    started, seen = threading.Event(), []
    changes = []
    window.changes.changed.connect(changes.append)

    def endless_import(progress):
        started.set()
        while True:  # stops only when cancelled; its transaction would roll back
            progress.step(0, 0)
            time.sleep(0.01)

    def short_backup(_progress):
        time.sleep(0.2)
        return "backup.sqlite"

    import_task = run_long_write(window, "import", endless_import, Change.of("branches"))
    assert started.wait(10)
    backup = run_long_write(window, "backup", short_backup, Change.of("keys"),
                            seen.append, cancellable=False)
    window.close()
    assert running_tasks() == []
    assert not import_task.running and not backup.running
    assert seen == ["backup.sqlite"]  # the backup finished and reported before the close
    assert [c.areas for c in changes] == [frozenset({"keys"})]  # the cancelled import: none
