"""A new donor leads straight on to recording their donation: one key, Ctrl+Enter."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from libdesk.app import create_application
from libdesk.ui.donations.donation_dialog import DonationDialog
from libdesk.ui.donations.donor_dialog import DonorDialog
from libdesk.ui.shell.main_window import MainWindow
from tests.ui.typing import type_text


def test_ctrl_enter_saves_the_donor_and_opens_the_donation(qtbot, services, monkeypatch):
    create_application()
    window = MainWindow(services)
    qtbot.addWidget(window)
    tab = window.tab("donations")
    opened = []

    def donor_exec(dialog):
        dialog.show()
        dialog.activateWindow()
        qtbot.waitActive(dialog)
        type_text(qtbot, dialog.ui.nameEdit, "孙英")
        assert dialog.donation_button is not None
        qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        return dialog.result()

    def donation_exec(dialog):
        opened.append(dialog)
        return 0

    monkeypatch.setattr(DonorDialog, "exec", donor_exec)
    monkeypatch.setattr(DonationDialog, "exec", donation_exec)
    tab.add_donor()
    assert len(opened) == 1
    assert opened[0].donor_id is not None
    assert services.donors.name(opened[0].donor_id) == "孙英"
