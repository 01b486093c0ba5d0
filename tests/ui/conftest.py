"""Shared fixtures of the GUI tests (offscreen, one QApplication for the session):

- ``open_window(services)`` builds the main window over those services, as ``libdesk`` does,
  starting on the branches tab (the remembered tab of an earlier test is forgotten), so every
  other tab is built when a test first asks for it and reads the data as it is then;
- ``window``: that window over the test's ``services``;
- table rows are read synchronously in every GUI test (``synchronous_rows``, autouse), so a
  test sees the rows as soon as it has clicked; tests/ui/common/test_row_loading.py checks the
  threaded reads;
- ``sync_tasks``: background tasks run synchronously, in the calling thread, as soon as they
  are started (a fake thread pool), so a test needs no waiting for an import or an export.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from libdesk.ui.common import row_loader


class SynchronousPool:
    """Stands in for QThreadPool: ``start`` runs the task at once; nothing is ever pending."""

    def __init__(self) -> None:
        self.started = 0

    def start(self, runnable) -> None:
        self.started += 1
        runnable.run()

    def waitForDone(self, _msecs: int = -1) -> bool:  # noqa: N802 - QThreadPool's name
        return True


@pytest.fixture
def open_window(qtbot):
    from libdesk.app import create_application
    from libdesk.ui.shell.main_window import MainWindow

    def open_(services) -> MainWindow:
        create_application()
        QSettings().remove("main/tab")
        window = MainWindow(services)
        qtbot.addWidget(window)
        window.show()
        return window

    return open_


@pytest.fixture
def window(open_window, services):
    return open_window(services)


@pytest.fixture
def sync_tasks(monkeypatch) -> SynchronousPool:
    from libdesk.ui.common import tasks

    pool = SynchronousPool()
    monkeypatch.setattr(tasks, "POOL", pool)
    return pool


@pytest.fixture(autouse=True)
def synchronous_rows():
    row_loader.set_default_loader(row_loader.SyncLoader())
    yield
    row_loader.set_default_loader(None)
