"""Removing selected lines of a collection transfer from its lines dialog, two desks on one
database: a line another desk corrected after the dialog read the lines keeps every selected
line, the message says so, and the dialog shows the lines as stored now; removing them
again as shown then removes them."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from libdesk.models.outreach.rules import TransferInput, TransferLineInput
from libdesk.models.outreach.transfers import TransferLine
from libdesk.ui.outreach.transfer_dialog import TransferDialog
from tests.ui.answers import answer_boxes, check, closing, yes


def test_a_line_corrected_at_the_other_desk_keeps_all_selected(qtbot, window, services,
                                                               other_desk):
    transfer = services.transfers.add_with_lines(
        TransferInput(transferred_on=date(2020, 11, 2), source_dept="少儿借阅区",
                      project="太原城市书房"),
        [TransferLineInput(title="亲子绘本", copies=150), TransferLineInput(title="少儿图书"),
         TransferLineInput(isbn="9787020002207", title="红楼梦", copies=20)])
    window.show_tab("outreach")
    tab = window.tab("outreach")
    tab.pages_widget.setCurrentWidget(tab.transfers)
    tab.transfers.refresh()
    qtbot.waitUntil(lambda: tab.transfers.model.row(0) is not None)
    dialog = TransferDialog(services, tab.transfers.model.row(0), tab)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.view.rowCount() == 3
    dialog.view.selectAll()
    selected = [line.id for line in dialog.lines]

    other_desk.store.session_info["actor"] = "wang"  # corrects one after the dialog read them
    with other_desk.store.write() as session:
        session.get(TransferLine, selected[0]).copies = 160

    seen = answer_boxes(qtbot, lambda box: yes(qtbot, box),

                        closing(qtbot, "transfer_lines_remove_refused"))
    qtbot.mouseClick(dialog.findChild(type(dialog.remove_button), "removeLinesButton"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 2)
    check(seen, ["", ""])
    assert seen[0].text == "从本次调拨中移除 3 条明细？", seen[0].text
    refused = seen[1].text
    assert "所选的 3 条调拨明细中有 1 条在列表显示之后" in refused, refused
    assert "已在其他工作台上被修改或删除" in refused
    assert "wang" in refused and "没有删除任何记录" in refused
    assert [line.id for line in services.transfers.lines(transfer)] == selected
    assert dialog.view.rowCount() == 3
    assert dialog.view.item(0, 2).text() == "160"  # the lines as stored now
    assert not dialog.changed

    dialog.view.selectAll()  # again, as stored now: removed
    seen = answer_boxes(qtbot, lambda box: yes(qtbot, box))
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 1)
    check(seen, [""])
    assert services.transfers.lines(transfer) == [] and dialog.view.rowCount() == 0
    assert dialog.message.text() == "已移除 3 条明细。" and dialog.changed
