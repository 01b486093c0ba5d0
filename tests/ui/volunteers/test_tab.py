"""The done-when story of the volunteers tab, driven by typing and clicking: a coordinator
logs 120 volunteers × 2 h for 太图阅读推广活动志愿服务 in bulk, and a second person approves
them on the hours page."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from libdesk.app import create_application
from libdesk.services.base import ListQuery
from libdesk.ui.volunteers.bulk_entry_dialog import BulkEntryDialog
from tests.services.volunteers.helpers import (APPROVER, RECORDER, add_activity, add_volunteers,
                                              as_actor)
from tests.ui.typing import type_text


@pytest.fixture
def people(services):
    as_actor(services, RECORDER)
    add_volunteers(services, 120, org="山西财经大学", team="财大阅读推广队")
    add_volunteers(services, 30, org="太原理工大学", team="理工服务队", prefix="理工")
    add_activity(services, "书架整理（日常）", "daily", "书架整理")
    return add_activity(services)


def test_bulk_entry_by_team_then_a_second_person_approves(qtbot, window, services, people,
                                                          monkeypatch):
    dialog = BulkEntryDialog(services, window)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.activityCombo.lineEdit().clear()
    type_text(qtbot, ui.activityCombo.lineEdit(), "太图阅读推广活动志愿服务")
    ui.dateEdit.setDate(ui.dateEdit.date().fromString("2020-11-14", "yyyy-MM-dd"))
    ui.hoursSpin.lineEdit().selectAll()
    qtbot.keyClicks(ui.hoursSpin, "2")
    assert dialog.model.rowCount() == 150
    ui.teamFilter.setCurrentIndex(ui.teamFilter.findText("财大阅读推广队"))
    assert dialog.model.rowCount() == 120
    qtbot.mouseClick(ui.selectAllButton, Qt.MouseButton.LeftButton)
    assert len(dialog.model.ticked) == 120 and "120" in ui.countLabel.text()
    # untick one by its tick box, then tick it again
    first = dialog.model.index(0, 0)
    dialog.model.setData(first, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert "119" in ui.countLabel.text()
    dialog.model.setData(first, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.mouseClick(ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() == 1 and dialog.saved == 120
    rows = services.hours.page(ListQuery(), 0, 200)
    assert len(rows) == 120 and {r.team for r in rows} == {"财大阅读推广队"}
    assert {r.hundredths for r in rows} == {200} and {str(r.served_on) for r in rows} == {
        "2020-11-14"}

    # the same entries again are refused as duplicates and nothing is written
    again = BulkEntryDialog(services, window)
    qtbot.addWidget(again)
    again.ui.activityCombo.setCurrentText("太图阅读推广活动志愿服务")
    again.ui.dateEdit.setDate(ui.dateEdit.date())
    qtbot.mouseClick(again.ui.selectAllButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(again.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert again.result() == 0 and again.ui.errorLabel.text()
    assert services.hours.count(ListQuery()) == 120

    tab = window.tab("volunteers")
    tab.ui.pages.setCurrentWidget(tab.ui.hoursPage)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.ui.confirmAllButton, Qt.MouseButton.LeftButton)
    assert services.hours.count(ListQuery(filters={"status": "confirmed"})) == 0  # own entries

    as_actor(services, APPROVER)
    qtbot.mouseClick(tab.ui.confirmAllButton, Qt.MouseButton.LeftButton)
    assert services.hours.count(ListQuery(filters={"status": "confirmed"})) == 120
    tab.ui.pages.setCurrentWidget(tab.ui.peoplePage)  # the confirmed hours, no reload
    people_model = tab.people.model
    hours_column = [c.key for c in people_model.columns].index("confirmed_hundredths")
    values = {people_model.data(people_model.index(r, hours_column))
              for r in range(people_model.rowCount())}
    assert values == {"2", "0"}


def test_a_printed_certificate_verifies_in_the_common_dialog(qtbot, services, people,
                                                             tmp_path):
    import shutil
    import subprocess
    from datetime import date

    from libdesk.ui.verification.verify_dialog import VerifyDialog

    if not (shutil.which("pdftoppm") and shutil.which("zbarimg")):
        pytest.skip("poppler-utils / zbar-tools not installed")
    create_application()
    ids = services.volunteers.ids(ListQuery(text="志愿者0001"))
    services.hours.bulk_add(people, ids, date(2020, 11, 14), 200)
    as_actor(services, APPROVER)
    services.hours.confirm(services.hours.ids(ListQuery()))
    result = services.volunteer_certificates.issue_batch(
        date(2020, 1, 1), date(2020, 12, 31), 2, tmp_path / "c.pdf")
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(result.path), str(tmp_path / "p")],
                   check=True)
    png = next(tmp_path.glob("p*.png"))
    payload = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True,
                             text=True, check=True).stdout.strip()
    dialog = VerifyDialog(services)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.ui.scanEdit, payload)
    qtbot.keyClick(dialog.ui.scanEdit, Qt.Key.Key_Return)
    assert dialog.result.verdict.value == "genuine"
    assert result.numbers[0] in dialog.ui.titleLabel.text()
    dialog.grab().save(str(tmp_path / "verify.png"))
