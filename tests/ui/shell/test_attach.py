"""Attached to a window already on screen (the start-up: the shell first, then the store), the
window builds the first tab and paints its rows before it adds the menus' actions; a window
built with its services has them at once."""
from __future__ import annotations

from PySide6.QtCore import QSettings

from libdesk.app import create_application
from libdesk.ui.shell.main_window import MainWindow


def test_a_window_on_screen_adds_the_menus_actions_after_the_first_tabs_rows(qtbot, services):
    create_application()
    QSettings().remove("main/tab")
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.show()
    window.attach(services)
    assert window.tab("branches").model.rowCount() > 0  # the seeded points
    assert not window.actions_installed and getattr(window, "safety", None) is None
    qtbot.waitUntil(lambda: window.actions_installed)
    assert window.safety.backup_action in window.menu("file").actions()


def test_a_window_built_with_its_services_has_the_actions_at_once(window):
    assert window.actions_installed
    assert window.safety.backup_action in window.menu("file").actions()
