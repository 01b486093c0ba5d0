"""The distribution tab driven as a user would: a 流通替换 to 太原市老年公寓 built by scanning
ISBNs (digits + Enter) into three boxes, packed, printed, shipped, and received box by box by
scanning the labels decoded off the printed PDF; the point's history then shows it."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox

from libdesk.models.distribution.rules import BatchInput
from libdesk.ui.common.preview import is_ready
from libdesk.ui.distribution.batch_edit_dialog import BatchEditDialog
from libdesk.ui.distribution.history_dialog import HistoryDialog
from libdesk.ui.distribution.receive_dialog import ReceiveDialog
from tests.services.distribution.helpers import BOOKS, catalogue, point_id
from tests.ui.typing import type_text

needs_tools = pytest.mark.skipif(not all(shutil.which(t) for t in ("pdftoppm", "zbarimg")),
                                 reason="poppler-utils / zbar-tools not installed")


@pytest.fixture
def window(window):
    window.show_tab("distribution")
    return window


def know_titles(services):
    """Earlier batches taught LibDesk these titles (a draft that is then cancelled)."""
    earlier = services.distribution.create(BatchInput(point_id(services), "new_books"))
    services.distribution.add_items(earlier, catalogue()[1:])
    services.batch_status.cancel(earlier, "示例")


def scan(qtbot, panel, isbn: str) -> None:
    panel.ui.scanEdit.setFocus()
    qtbot.keyClicks(panel.ui.scanEdit, isbn)
    qtbot.keyClick(panel.ui.scanEdit, Qt.Key.Key_Return)


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def decode(pdf, tmp_path) -> list[str]:
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "lab")], check=True)
    codes = []
    for png in sorted(tmp_path.glob("lab-*.png")):
        out = subprocess.run(["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable",
                              str(png)], capture_output=True, text=True)  # QR codes only
        codes += out.stdout.split()
    return codes


@needs_tools
def test_swap_built_by_scanning_printed_and_received_box_by_box(
        qtbot, window, services, tmp_path, monkeypatch):
    know_titles(services)
    tab = window.tab("distribution")
    dialogs = []

    def fill_in():  # the New batch dialog, opened by the tab's button
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BatchEditDialog)
        dialogs.append(dialog)
        type_text(qtbot, dialog.ui.pointCombo.lineEdit(), "太原市老年公寓")
        dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("swap"))
        dialog.ui.plannedEdit.setDate(QDate(2020, 5, 10))
        dialog.ui.staffEdit.clear()
        type_text(qtbot, dialog.ui.staffEdit, "王丽")
        click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))

    QTimer.singleShot(0, fill_in)
    click(qtbot, tab.ui.newButton)
    dialog = dialogs[0]
    assert dialog.result() == 1
    assert tab.table.current_id() == dialog.saved_id  # the new batch is listed and selected
    panel = tab.panel
    assert panel.batch.number == "PS-2020-0001" and panel.batch.branch_name == "太原市老年公寓"

    # box 1: 红楼梦 (new to LibDesk) twice and 三体; box 2: 百年孤独 ×2; box 3: 万历十五年, 活着
    scan(qtbot, panel, BOOKS[0][0])
    assert panel.model.lines[-1].title == ""  # unknown: its title is typed into the table
    scan(qtbot, panel, "978-7-02-000220-7")
    scan(qtbot, panel, BOOKS[1][0])
    panel.ui.boxSpin.setValue(2)
    for _ in range(2):
        scan(qtbot, panel, BOOKS[2][0])
    panel.ui.boxSpin.setValue(3)
    scan(qtbot, panel, BOOKS[3][0])
    scan(qtbot, panel, "750636543x")  # 活着 as ISBN-10
    scan(qtbot, panel, "9787506365438")  # a misread: refused, nothing added
    assert "check digit" in panel.ui.scanStatus.text() or "校验位" in panel.ui.scanStatus.text()
    panel.ui.directionCombo.setCurrentIndex(panel.ui.directionCombo.findData("back"))
    scan(qtbot, panel, "9787544253994")  # one 百年孤独 comes back from the home
    view = panel.ui.itemsView
    view.setCurrentIndex(panel.model.index(0, 3))
    view.edit(panel.model.index(0, 3))
    editor = view.viewport().findChild(QLineEdit)
    type_text(qtbot, editor, "红楼梦")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.lines[0].title == "红楼梦")  # the delegate commits queued
    lines = services.distribution.items(panel.batch.id)
    assert [(i.direction, i.box_no, i.title, i.copies) for i in lines] == [
        ("out", 1, "红楼梦", 2), ("out", 1, "三体", 1), ("out", 2, "百年孤独", 2),
        ("out", 3, "万历十五年", 1), ("out", 3, "活着", 1), ("back", 3, "百年孤独", 1)]

    click(qtbot, panel.ui.packButton)
    assert panel.batch.status == "packed" and panel.batch.boxes == 3
    sheet, labels = tmp_path / "sheet.pdf", tmp_path / "labels.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(sheet), ""))
    # "Phone numbers are masked…": the user presses OK without ticking "full numbers".
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Ok)
    click(qtbot, panel.ui.sheetButton)  # opens in LibDesk's preview, saved from there
    qtbot.waitUntil(lambda: panel.last_preview is not None, timeout=20_000)
    assert is_ready(panel.last_preview) and "配送单" in panel.last_preview.suggested_name
    click(qtbot, panel.last_preview.save_button)
    assert sheet.exists()
    panel.last_preview.accept()
    panel.last_preview = None
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(labels), ""))
    click(qtbot, panel.ui.labelsButton)
    qtbot.waitUntil(lambda: panel.last_preview is not None, timeout=20_000)
    click(qtbot, panel.last_preview.save_button)
    assert labels.exists()
    panel.last_preview.accept()
    click(qtbot, panel.ui.shipButton)
    assert panel.batch.status == "shipped"

    codes = decode(labels, tmp_path)
    assert len(codes) == 3
    receive = ReceiveDialog(services, tab)
    qtbot.addWidget(receive)
    type_text(qtbot, receive.ui.signedByEdit, "李秀英")
    for n, code in enumerate(codes, start=1):
        receive.ui.scanEdit.setFocus()
        qtbot.keyClicks(receive.ui.scanEdit, code)
        qtbot.keyClick(receive.ui.scanEdit, Qt.Key.Key_Return)
        assert services.distribution.get(panel.batch.id).boxes_received == n
    assert receive.ui.logView.count() == 4  # the greeting and three boxes
    receive.ui.scanEdit.setFocus()
    qtbot.keyClicks(receive.ui.scanEdit, codes[0])
    qtbot.keyClick(receive.ui.scanEdit, Qt.Key.Key_Return)
    assert "PS-2020-0001" in receive.ui.resultLabel.text()
    assert receive.ui.logView.count() == 5
    summary = services.distribution.get(panel.batch.id)
    assert (summary.status, summary.received_by, summary.boxes_received) == ("received", "李秀英", 3)

    history = HistoryDialog(services, tab, point_id(services))
    qtbot.addWidget(history)
    batches = history.ui.batchesView
    numbers = [batches.item(r, 0).text() for r in range(batches.rowCount())]
    row = numbers.index("PS-2020-0001")
    assert batches.item(row, 4).text() == "7" and batches.item(row, 6).text() == "3/3"
    assert batches.item(row, 9).text() == "李秀英"
    on_site = history.ui.onSiteView
    copies = {on_site.item(r, 1).text(): on_site.item(r, 2).text()
              for r in range(on_site.rowCount())}
    assert copies == {"红楼梦": "2", "三体": "1", "百年孤独": "1", "万历十五年": "1", "活着": "1"}


def test_overdue_batches_are_highlighted(qtbot, open_window, services):
    batch_id = services.distribution.create(BatchInput(point_id(services), "new_books"))
    services.distribution.add_items(batch_id, catalogue()[:1])
    services.batch_status.pack(batch_id)
    services.batch_status.ship(batch_id)
    services.settings.set("distribution.overdue_days", 0)  # every shipped batch
    window = open_window(services)  # the tab is built over the overdue batch
    window.show_tab("distribution")
    tab = window.tab("distribution")
    index = tab.model.index(0, 0)
    assert tab.model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    tab.ui.overdueCheck.setChecked(True)
    assert tab.model.rowCount() == 1
