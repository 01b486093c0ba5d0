"""Every window and dialog fits a 1280×720 screen (and so 1366×768) with no button cut off.

Each is built as staff open it (Chinese), resized to at most 1280×720 and shown; then its
size must not exceed the screen (a layout whose minimum is wider cannot shrink), and every
visible button must lie wholly inside the window and be at least as wide as its text needs."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QApplication

from libdesk.app import create_application

WIDTH, HEIGHT = 1280, 720


def _dialogs(services, window):
    from libdesk.ui.branches.branch_dialog import BranchDialog
    from libdesk.ui.branches.categories_dialog import CategoriesDialog
    from libdesk.ui.verification.verify_dialog import VerifyDialog
    from libdesk.ui.distribution.batch_edit_dialog import BatchEditDialog as BatchDialog
    from libdesk.ui.distribution.history_dialog import HistoryDialog
    from libdesk.ui.distribution.receive_dialog import ReceiveDialog
    from libdesk.ui.donations.donation_dialog import DonationDialog
    from libdesk.ui.donations.donor_dialog import DonorDialog
    from libdesk.ui.donations.top_dialog import TopDonorsDialog
    from libdesk.ui.options.dialog import OptionsDialog
    from libdesk.ui.admin.staff_dialog import StaffDialog
    from libdesk.ui.volunteers.activity_dialog import ActivityDialog
    from libdesk.ui.volunteers.certificate_batch_dialog import CertificateBatchDialog
    from libdesk.ui.volunteers.bulk_entry_dialog import BulkEntryDialog
    from libdesk.ui.volunteers.names_dialog import NamesDialog as ListsDialog
    from libdesk.ui.volunteers.volunteer_dialog import VolunteerDialog

    yield BranchDialog(services, None, window)
    yield CategoriesDialog(services, window)
    yield VerifyDialog(services, window)
    yield BatchDialog(services, None, window)
    yield HistoryDialog(services, window)
    yield ReceiveDialog(services, window)
    yield DonationDialog(services, None, None, window)
    yield DonorDialog(services, None, window, offer_donation=True)
    yield TopDonorsDialog(services, window)
    yield OptionsDialog(services, window)
    yield StaffDialog(services, window)
    yield ActivityDialog(services, None, window)
    yield CertificateBatchDialog(services, window)
    yield BulkEntryDialog(services, window)
    yield ListsDialog(services, "teams", window)
    yield VolunteerDialog(services, None, window)


def _problems(widget) -> list[str]:
    name = type(widget).__name__
    problems = []
    if widget.width() > WIDTH or widget.height() > HEIGHT:
        problems.append(f"{name} is {widget.width()}×{widget.height()}")
    inside = QRect(QPoint(0, 0), widget.size())
    for button in widget.findChildren(QAbstractButton):
        if not button.isVisibleTo(widget) or not button.text():
            continue
        box = QRect(button.mapTo(widget, QPoint(0, 0)), button.size())
        label = button.text().replace("&", "")
        if not inside.contains(box):
            problems.append(f"{name}: “{label}” lies outside the window")
        elif button.width() < button.minimumSizeHint().width():
            problems.append(f"{name}: “{label}” is cut ({button.width()} < "
                            f"{button.minimumSizeHint().width()})")
    return problems


def _fit(widget) -> list[str]:
    widget.resize(min(widget.width(), WIDTH), min(widget.height(), HEIGHT))
    widget.show()
    for _ in range(3):
        QApplication.processEvents()
    return _problems(widget)


def test_every_dialog_fits_1280_by_720(qtbot, services):
    from libdesk.ui.shell.main_window import MainWindow

    create_application()
    window = MainWindow(services)
    qtbot.addWidget(window)
    problems = []
    for dialog in _dialogs(services, window):
        qtbot.addWidget(dialog)
        problems += _fit(dialog)
        dialog.close()
    assert problems == []


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_every_tab_fits(qtbot, services, size):
    from libdesk.ui.shell.main_window import MainWindow

    global WIDTH, HEIGHT
    WIDTH, HEIGHT = size
    create_application()
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    problems = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        for _ in range(3):
            QApplication.processEvents()
        problems += [f"tab {window.tabs.tabText(index)}: {p}" for p in _problems(window)]
    WIDTH, HEIGHT = 1280, 720
    assert problems == []
