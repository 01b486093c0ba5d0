"""Removing selected lines from a batch, two desks on one database: a line another desk
corrected after the batch was shown keeps every selected line, the message says so, and
the batch shows its lines as stored now."""
from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QItemSelectionModel, Qt

from libdesk.models.distribution.rules import ItemInput
from tests.services.distribution.helpers import swap_batch
from tests.ui.answers import answer_boxes, check, closing, yes


def test_a_line_corrected_at_the_other_desk_keeps_all_selected(qtbot, window, services,
                                                               other_desk):
    batch_id = swap_batch(services)
    number = services.distribution.get(batch_id).number
    window.show_tab("distribution")
    tab = window.tab("distribution")
    tab.table.reload()
    qtbot.waitUntil(lambda: tab.table.select_id(batch_id))
    panel = tab.panel
    qtbot.waitUntil(lambda: panel.batch is not None and panel.batch.id == batch_id)
    panel.ui.itemsView.selectAll()
    listed = list(panel.model.lines)
    assert len(listed) == 6

    line = listed[2]  # the other desk corrects its copies after the batch was shown
    other_desk.store.session_info["actor"] = "wang"
    other_desk.distribution.update_item(line.id, ItemInput(
        **{f.name: getattr(line, f.name) for f in fields(ItemInput) if f.name != "copies"},
        copies=7), expected_version=line.version)

    seen = answer_boxes(qtbot, lambda box: yes(qtbot, box),

                        closing(qtbot, "batch_lines_remove_refused"))
    qtbot.mouseClick(panel.ui.removeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 2)
    check(seen, ["", ""])
    assert seen[0].text == f"从 {number} 中删除 6 行？"
    refused = seen[1].text
    assert "所选的 6 条批次明细中有 1 条在列表显示之后" in refused
    assert "已在其他工作台上被修改或删除" in refused
    assert "修改 1 条、删除 0 条" in refused and "wang" in refused, refused
    assert "没有删除任何记录" in refused
    assert {i.id for i in services.distribution.items(batch_id)} == {i.id for i in listed}
    qtbot.waitUntil(lambda: next(i for i in panel.model.lines if i.id == line.id).copies == 7)


def test_lines_as_shown_are_removed_after_the_confirmation(qtbot, window, services):
    batch_id = swap_batch(services)
    window.show_tab("distribution")
    tab = window.tab("distribution")
    tab.table.reload()
    qtbot.waitUntil(lambda: tab.table.select_id(batch_id))
    panel = tab.panel
    qtbot.waitUntil(lambda: panel.batch is not None and panel.batch.id == batch_id)
    view = panel.ui.itemsView
    view.selectRow(0)
    flags = QItemSelectionModel.SelectionFlag
    view.selectionModel().select(panel.model.index(1, 0), flags.Select | flags.Rows)
    removed = {panel.model.lines[0].id, panel.model.lines[1].id}
    seen = answer_boxes(qtbot, lambda box: yes(qtbot, box))
    qtbot.mouseClick(panel.ui.removeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 1)
    check(seen, [""])
    stored = {i.id for i in services.distribution.items(batch_id)}
    assert len(stored) == 4 and not stored & removed
    qtbot.waitUntil(lambda: {i.id for i in panel.model.lines} == stored)
