"""A point's facts edited on the command line while the window has them open: the command's
edit applies at once and counts the version up, so the window's save opens the conflict
dialog (nothing is overwritten). The command changes only the facts it names.

On SQLite a command beside an open window is refused (one process owns the file, see
store/ownership.py): the command runs through its entry function in the window's process,
as the second desk of the other tests; on PostgreSQL also as a separate process."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from libdesk.cli import main
from libdesk.models.outreach.rules import FactsInput
from libdesk.ui.common.conflict_dialog import MINE, THEIRS
from libdesk.ui.outreach.record_dialog import RecordDialog
from tests.ui.common.test_conflict_wiring_rest import _check, _on_conflict
from tests.ui.typing import type_text


def in_this_process(db_path, *argv) -> None:
    assert main(["outreach", "facts", "--database", str(db_path), *argv]) == 0


def in_a_process_of_its_own(db_path, *argv) -> None:
    done = subprocess.run([sys.executable, "-m", "libdesk", "outreach", "facts", "--database",
                           str(db_path), *argv], capture_output=True, text=True,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), timeout=120)
    assert done.returncode == 0, done.stderr


RUNS = [pytest.param(in_this_process, id="entry-function"),
        pytest.param(in_a_process_of_its_own, id="subprocess",
                     marks=pytest.mark.postgresql_only)]


def open_facts_of(qtbot, window, point: int):
    window.show_tab("outreach")
    tab = window.tab("outreach")
    tab.pages_widget.setCurrentWidget(tab.facts)
    tab.facts.refresh()
    assert tab.facts.table.select_id(point)
    return tab


@pytest.mark.parametrize("run_command", RUNS)
def test_a_command_line_edit_meanwhile_opens_the_conflict_dialog(
        qtbot, window, services, db_path, monkeypatch, run_command):
    point = services.branches.lookup("32")
    services.point_facts.save(point, FactsInput(opening_hours="9:00-17:00", seats=40,
                                                area_m2=120))
    before = services.point_facts.version(point)
    tab = open_facts_of(qtbot, window, point)
    seen, stored_while_open = [], []

    def fill(dialog) -> int:
        seats = dialog.widgets["seats"]
        seats.selectAll()
        type_text(qtbot, seats, "48")
        run_command(db_path, "32", "--hours", "8:00-20:00")  # the other desk, meanwhile
        stored_while_open.append((services.point_facts.version(point),
                                  services.point_facts.get(point)))
        _on_conflict(qtbot, seen, lambda conflict: (
            assert_picks(conflict),
            qtbot.mouseClick(conflict.ui.saveMergedButton, Qt.MouseButton.LeftButton)))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
        return dialog.result()

    def assert_picks(conflict):
        assert conflict.picks() == {"opening_hours": THEIRS, "seats": MINE}

    monkeypatch.setattr(RecordDialog, "exec", fill)
    qtbot.mouseClick(tab.facts.edit_button, Qt.MouseButton.LeftButton)
    _check(seen)                              # the conflict dialog opened
    version, by_command = stored_while_open[0]
    assert version == before + 1              # the command's edit counted the version up …
    assert (by_command.opening_hours, by_command.seats, by_command.area_m2) == \
        ("8:00-20:00", 40, 120)                # … and changed only the hours
    stored = services.point_facts.get(point)  # both edits kept
    assert (stored.opening_hours, stored.seats, stored.area_m2) == ("8:00-20:00", 48, 120)
