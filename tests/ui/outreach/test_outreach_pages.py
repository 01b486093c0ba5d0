"""The transfers, gifts and facts pages driven by clicks: a transfer's books packed into a
draft batch, a gift letter printed to PDF, a point's facts edited from the branches tab, and
the mobile-service months counting the log or the typed total."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from libdesk.app import create_application
from libdesk.models.distribution.rules import BatchInput
from libdesk.models.outreach.rules import GiftInput, OutingInput, TransferInput, TransferLineInput
from libdesk.ui.outreach import tab as tab_module
from libdesk.ui.outreach.record_dialog import RecordDialog
from libdesk.ui.outreach.transfer_dialog import TransferDialog
from libdesk.ui.shell.main_window import MainWindow
from tests.ui.typing import type_text

ROOM = "太图城市书房郝庄馆"


def _tab(qtbot, services):
    create_application()
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    return window, window.tab("outreach")


def test_a_transfer_is_packed_into_a_draft_batch(qtbot, services):
    point = services.branches.lookup(ROOM)
    transfer_id = services.transfers.add_with_lines(
        TransferInput(transferred_on=date(2020, 11, 2), source_dept="少儿借阅区",
                      branch_id=point, project="太原城市书房"),
        [TransferLineInput(title="少儿图书", copies=500)])
    batch = services.distribution.create(BatchInput(branch_id=point))
    _window, tab = _tab(qtbot, services)
    tab.transfers.refresh()
    dialog = TransferDialog(services, tab.transfers.model.row(0), tab)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.title_edit, "亲子绘本")
    dialog.copies_spin.setValue(150)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.view.rowCount() == 2
    assert dialog.batch_combo.currentData() == batch
    qtbot.mouseClick(dialog.pack_button, Qt.MouseButton.LeftButton)
    assert "650" in dialog.message.text()
    assert sum(i.copies for i in services.distribution.items(batch)) == 650
    assert [line.remaining for line in services.transfers.lines(transfer_id)] == [0, 0]
    qtbot.mouseClick(dialog.pack_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "这些明细的图书已全部装入配送批次。"


def test_a_gift_letter_is_printed_from_the_gifts_page(qtbot, services, tmp_path, monkeypatch):
    services.gifts.add(GiftInput(given_on=date(2020, 2, 27), recipient="太原市中心医院",
                                 recipient_kind="hospital", volumes=150))
    _window, tab = _tab(qtbot, services)
    tab.pages_widget.setCurrentWidget(tab.gifts)
    tab.gifts.refresh()
    tab.gifts.table.view.selectRow(0)
    target = tmp_path / "letter.pdf"
    monkeypatch.setattr(tab_module, "ask_file", lambda *args, **kwargs: target)
    button = tab.gifts.findChild(type(tab.gifts.edit_button), "printButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists(), timeout=20_000)
    assert target.read_bytes().startswith(b"%PDF")


def test_facts_from_the_branches_tab_and_the_months_panel(qtbot, services, monkeypatch):
    point = services.branches.lookup(ROOM)
    services.statistics.record_mobile(point, 2020, 1, 300, 450)
    services.mobile_log.add(OutingInput(served_on=date(2020, 2, 3), branch_id=point,
                                        readers=20, loans=35))
    window, tab = _tab(qtbot, services)
    panel = tab.months
    panel.year_spin.setValue(2020)
    assert panel.view.rowCount() == 2
    assert [panel.view.item(r, 1).text() for r in range(2)] == ["手填月合计", "流动服务记录"]
    assert "320" in panel.total_label.text()

    branches = window.tab("branches")
    row = next(r for r in range(branches.model.rowCount()) if branches.model.row(r).id == point)
    branches.table.view.selectRow(row)

    def fill(dialog) -> int:
        dialog.widgets["open_24h"].setChecked(True)
        dialog.widgets["seats"].setValue(60)
        dialog.widgets["books_correction"].setValue(-2)
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # no reason for the correction
        assert dialog.error_label.text()
        type_text(qtbot, dialog.widgets["correction_note"], "盘点丢失")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", fill)
    button = branches.findChild(type(branches.ui.editButton), "pointFactsButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    facts = services.point_facts.get(point)
    assert facts.open_24h and facts.seats == 60 and facts.books_correction == -2
