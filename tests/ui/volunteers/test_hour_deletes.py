"""Deleting selected hour entries from the hours page, two desks on one database: an entry
another desk corrected after the list was read keeps every selected entry, the message
says so, and the list shows the entries as stored now."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from libdesk.services.base import ListQuery
from tests.services.volunteers.helpers import (
    RECORDER,
    add_activity,
    add_volunteers,
    as_actor,
)
from tests.ui.answers import answer_boxes, check, closing, yes

DAY = date(2020, 11, 14)



def test_an_entry_corrected_at_the_other_desk_keeps_all_selected(qtbot, window, services,
                                                                 other_desk):
    as_actor(services, RECORDER)
    services.hours.bulk_add(add_activity(services), add_volunteers(services, 3), DAY, 200)
    tab = window.tab("volunteers")
    tab.ui.pages.setCurrentWidget(tab.ui.hoursPage)
    page = tab.hours
    page.table.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and page.model.row(2) is not None)
    page.table.view.selectAll()
    selected = [row.id for row in page.table.selected_rows()]
    assert len(selected) == 3

    other_desk.store.session_info["actor"] = "wang"  # corrects one after the list was read
    other_desk.hours.edit(selected[1], add_activity(other_desk, "图书整理"), DAY, 350)

    seen = answer_boxes(qtbot, lambda box: yes(qtbot, box),

                        closing(qtbot, "hours_delete_refused"))
    qtbot.mouseClick(tab.ui.deleteHoursButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 2)
    check(seen, ["", ""])
    assert seen[0].text == "删除 3 条记录？"
    refused = seen[1].text
    assert "所选的 3 条服务时长记录中有 1 条在列表显示之后" in refused
    assert "已在其他工作台上被修改或删除" in refused
    assert "修改 1 条、删除 0 条" in refused, refused
    assert "wang" in refused and "没有删除任何记录" in refused
    assert set(services.hours.ids(ListQuery())) == set(selected)
    qtbot.waitUntil(lambda: any(page.model.row(r) is not None
                                and page.model.row(r).hundredths == 350 for r in range(3)))
