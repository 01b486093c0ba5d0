"""The statistics tab's typed figures saved meanwhile at another desk (here by the commands
``libdesk mobile-service`` and ``libdesk volunteer-platform``) while the user is typing: the
change arriving keeps what the user typed, and Save opens the conflict dialog, which keeps
the user's figures and takes the other desk's where the user changed nothing. The notes of
the month, which neither side changed, stay as stored.

On SQLite a command beside an open window is refused (one process owns the file): the
command runs through its entry function in the window's process, as the other desk; on
PostgreSQL also as a separate process."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QDate, Qt

from libdesk.cli import main
from libdesk.ui.common.conflict_dialog import MINE, THEIRS
from libdesk.ui.common.operations import Change, emit_change
from tests.ui.common.test_conflict_wiring_rest import _check, _on_conflict

SHOTS = os.environ.get("LIBDESK_TEST_SHOTS")  # a folder: the conflict dialog saved there


def in_this_process(db_path, *argv) -> None:
    assert main([*argv, "--database", str(db_path)]) == 0


def in_a_process_of_its_own(db_path, *argv) -> None:
    done = subprocess.run([sys.executable, "-m", "libdesk", *argv, "--database", str(db_path)],
                          capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr


RUNS = [pytest.param(in_this_process, id="entry-function"),
        pytest.param(in_a_process_of_its_own, id="subprocess",
                     marks=pytest.mark.postgresql_only)]


def open_tab(window):
    assert window.show_tab("statistics")
    return window.tab("statistics")


def retype(qtbot, spin, text: str) -> None:
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)


@pytest.mark.parametrize("run_command", RUNS)
def test_a_mobile_month_saved_meanwhile_opens_the_conflict_dialog(
        qtbot, window, services, db_path, run_command):
    point = services.branches.lookup("太原市老年公寓")
    services.statistics.record_mobile(point, 2020, 10, 100, 200, "流动车")
    tab = open_tab(window)
    tab.select_year(2020)
    ui = tab.ui
    tab.ui.detailTabs.setCurrentWidget(ui.mobilePage)
    table = ui.mobileTable
    qtbot.waitUntil(table.isVisible)
    assert table.rowCount() == 1
    cell = table.visualItemRect(table.item(0, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # the month opens
    assert ui.mobilePointCombo.currentData() == point
    assert ui.mobileMonthEdit.date() == QDate(2020, 10, 1)
    assert (ui.mobileVisitsSpin.value(), ui.mobileLoansSpin.value()) == (100, 200)
    retype(qtbot, ui.mobileVisitsSpin, "120")
    run_command(db_path, "mobile-service", "太原市老年公寓", "--month", "2020-10",
                "--visits", "100", "--loans", "260")  # the other desk, meanwhile
    assert services.statistics.mobile_version(point, 2020, 10) == 2  # counted up
    emit_change(window, Change.of("mobile"))  # the live refresh reports it
    assert ui.mobileVisitsSpin.value() == 120  # what the user typed is kept
    seen = []

    def merge(conflict):
        assert conflict.picks() == {"visits": MINE, "loans": THEIRS}
        assert conflict.button("visits", MINE).text() == "120"
        assert conflict.button("loans", THEIRS).text() == "260"
        if SHOTS:
            conflict.grab().save(os.path.join(SHOTS, "conflict_mobile.png"))
        qtbot.mouseClick(conflict.ui.saveMergedButton, Qt.MouseButton.LeftButton)

    _on_conflict(qtbot, seen, merge)
    qtbot.mouseClick(ui.mobileSaveButton, Qt.MouseButton.LeftButton)
    _check(seen)  # the conflict dialog opened
    stored = services.statistics.mobile(point, 2020, 10)
    assert (stored.visits, stored.loans, stored.notes) == (120, 260, "流动车")  # both kept
    assert services.statistics.mobile_version(point, 2020, 10) == 3
    assert (ui.mobileVisitsSpin.value(), ui.mobileLoansSpin.value()) == (120, 260)
    assert tab.mobile_editor.version == 3  # the editor is on the saved version now


@pytest.mark.parametrize("run_command", RUNS)
def test_platform_figures_saved_meanwhile_open_the_conflict_dialog(
        qtbot, window, services, db_path, run_command):
    services.statistics.record_platform(2020, 3487, 800, "53876.85")
    tab = open_tab(window)
    tab.select_year(2020)
    page = tab.platform_page
    tab.ui.detailTabs.setCurrentWidget(page)
    qtbot.waitUntil(page.save_button.isVisible)
    assert (page.year_spin.value(), page.registered_spin.value(), page.hours_edit.text()) == \
        (2020, 3487, "53876.85")
    page.hours_edit.selectAll()
    qtbot.keyClicks(page.hours_edit, "53900.50")
    run_command(db_path, "volunteer-platform", "--year", "2020", "--registered", "3500",
                "--hours", "53876.85")  # the other desk, meanwhile (on site not named)
    emit_change(window, Change.of("volunteer_platform"))
    assert page.hours_edit.text() == "53900.50" and page.registered_spin.value() == 3487
    seen = []

    def merge(conflict):
        assert conflict.picks() == {"registered": THEIRS, "hours": MINE}
        assert conflict.button("hours", THEIRS).text() == "53876.85"
        if SHOTS:
            conflict.grab().save(os.path.join(SHOTS, "conflict_platform.png"))
        qtbot.mouseClick(conflict.ui.saveMergedButton, Qt.MouseButton.LeftButton)

    _on_conflict(qtbot, seen, merge)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    _check(seen)
    figures = services.statistics.platform(2020)
    assert (figures.registered, figures.registered_on_site, figures.hundredths) == \
        (3500, 800, 5390050)
    assert services.statistics.platform_version(2020) == 3
    assert (page.registered_spin.value(), page.hours_edit.text()) == (3500, "53900.50")
