"""The outreach tab driven by clicks: outings typed in bulk, an event added through its form,
the point's combined history opened from the branches tab."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from libdesk.app import create_application
from libdesk.models.outreach.rules import VisitInput
from libdesk.services.base import ListQuery
from libdesk.ui.outreach.bulk_dialog import BulkOutingDialog
from libdesk.ui.outreach.history_dialog import PointHistoryDialog
from libdesk.ui.outreach.record_dialog import RecordDialog
from libdesk.ui.outreach import specs
from libdesk.ui.shell.main_window import MainWindow
from tests.ui.typing import type_text

ROOM = "太图城市书房郝庄馆"


def _window(qtbot, services):
    create_application()
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    return window


def test_bulk_entry_saves_every_filled_row_or_names_the_bad_one(qtbot, services):
    window = _window(qtbot, services)
    assert window.show_tab("outreach")
    tab = window.tab("outreach")
    dialog = BulkOutingDialog(services, tab)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.vehicle_edit, "流动服务车1号")
    type_text(qtbot, dialog.staff_edit, "王芳")
    dialog.set_row(0, point=ROOM, readers=120, loans=260, day="2020-10-14")
    dialog.set_row(1, place="迎泽公园", readers="很多", loans=30, day="2020-10-14")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == 0 and "2" in dialog.error_label.text()
    assert services.mobile_log.count(ListQuery()) == 0
    dialog.set_row(1, place="迎泽公园", readers=40, loans=30, day="2020-10-14")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1 and dialog.saved == 2
    tab.mobile.refresh()
    assert tab.mobile.model.rowCount() == 2
    assert services.statistics.year_report(2020).value("流动服务借阅人次") == 160


def test_an_event_through_its_form_and_the_history_from_the_branches_tab(qtbot, services,
                                                                          monkeypatch):
    window = _window(qtbot, services)
    point = services.branches.lookup(ROOM)
    services.point_visits.add(VisitInput(branch_id=point, visited_on=date(2020, 5, 12),
                                         kind="technical", topic="自助借还机调试"))
    tab = window.tab("outreach")
    dialog = RecordDialog(services, specs.EVENT_FORM,
                          tab.events.input_cls, "event", services.point_events.add, parent=tab)
    qtbot.addWidget(dialog)
    fields = dialog.widgets
    fields["branch_id"].setCurrentIndex(fields["branch_id"].findText(ROOM))
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)   # no title yet
    assert dialog.result() == 0 and dialog.error_label.text()
    type_text(qtbot, fields["title"], "世界读书日亲子共读")
    fields["participants"].setValue(45)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1
    tab.events.refresh()
    assert tab.events.model.row(0).title == "世界读书日亲子共读"

    branches = window.tab("branches")
    button = branches.findChild(type(branches.ui.editButton), "pointHistoryButton")
    assert button is not None
    opened = []
    monkeypatch.setattr(PointHistoryDialog, "exec", lambda self: opened.append(self) or 0)
    row = next(r for r in range(branches.model.rowCount())
               if branches.model.row(r).id == point)
    branches.table.view.selectRow(row)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    history = opened[0]
    assert history.ui.historyView.rowCount() == 2
    kinds = {history.ui.historyView.item(r, 1).text() for r in range(2)}
    assert kinds == {"阅读活动", "业务指导/技术服务"}
