"""A pending hour entry is corrected in place; the platform's 0.85 h can be typed."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from libdesk.services.base import ListQuery
from libdesk.services.volunteers.hours import NewEntry
from libdesk.ui.volunteers.hour_edit_dialog import HourEditDialog
from tests.services.volunteers.helpers import (APPROVER, RECORDER, add_activity, add_volunteers,
                                              as_actor)


def test_edit_a_pending_entry_with_two_decimals(qtbot, services, monkeypatch):
    as_actor(services, RECORDER)
    vid = add_volunteers(services, 1)[0]
    activity = add_activity(services)
    services.hours.add(NewEntry(vid, activity, date(2020, 11, 14), 200))
    row = services.hours.page(ListQuery(), 0, 1)[0]
    dialog = HourEditDialog(services, row)
    qtbot.addWidget(dialog)
    assert row.volunteer in dialog.windowTitle()
    dialog.hours.lineEdit().selectAll()
    qtbot.keyClicks(dialog.hours, "0.85")
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert asked and dialog.result() == 1  # warned once: not a quarter-hour step
    edited = services.hours.page(ListQuery(), 0, 1)[0]
    assert edited.id == row.id and edited.hours == "0.85" and edited.status == "pending"


def test_a_reviewed_entry_cannot_be_edited(services):
    import pytest

    from libdesk.models.errors import InvalidTransition

    as_actor(services, RECORDER)
    vid = add_volunteers(services, 1)[0]
    activity = add_activity(services)
    services.hours.add(NewEntry(vid, activity, date(2020, 11, 14), 200))
    entry_id = services.hours.ids(ListQuery())[0]
    as_actor(services, APPROVER)
    services.hours.confirm([entry_id])
    as_actor(services, RECORDER)
    with pytest.raises(InvalidTransition):
        services.hours.edit(entry_id, activity, date(2020, 11, 14), 300)
