"""Deleting selected reading events from the outreach tab, two desks on one database: an
event another desk corrected after the list was read keeps every selected event, the
message says so, and the list shows the events as stored now."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from libdesk.models.outreach.rules import EventInput
from libdesk.services.base import ListQuery
from tests.ui.answers import answer_boxes, check, closing, yes

ROOM = "太图城市书房郝庄馆"



def test_an_event_corrected_at_the_other_desk_keeps_all_selected(qtbot, window, services,
                                                                 other_desk):
    point = services.branches.lookup(ROOM)
    for day in (3, 4):
        services.point_events.add(EventInput(branch_id=point, held_on=date(2020, 4, day),
                                             title=f"亲子共读{day}", participants=20))
    window.show_tab("outreach")
    tab = window.tab("outreach")
    tab.pages_widget.setCurrentWidget(tab.events)
    page = tab.events
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and page.model.row(1) is not None)
    page.table.view.selectAll()
    selected = [row.id for row in page.table.selected_rows()]
    assert len(selected) == 2

    other_desk.store.session_info["actor"] = "wang"  # corrects one after the list was read
    record = other_desk.point_events.get(selected[0])
    other_desk.point_events.update(selected[0], EventInput(
        branch_id=point, held_on=record.held_on, title=record.title, participants=35))

    seen = answer_boxes(qtbot, lambda box: yes(qtbot, box),

                        closing(qtbot, "outreach_delete_refused"))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 2)
    check(seen, ["", ""])
    assert seen[0].text == "删除 2 条记录？", seen[0].text
    refused = seen[1].text
    assert "所选的 2 条记录中有 1 条在列表显示之后" in refused, refused
    assert "已在其他工作台上被修改或删除" in refused
    assert "wang" in refused and "没有删除任何记录" in refused
    assert {r.id for r in services.point_events.page(ListQuery(), 0, 10)} == set(selected)
    qtbot.waitUntil(lambda: any(page.model.row(r) is not None
                                and page.model.row(r).participants == 35 for r in range(2)))
