"""Long work off the GUI thread: the result reaches ``on_done`` on the GUI thread, progress
reaches the dialog, a failure is shown once, Cancel stops the work without an error box, and
before the store closes every task is cancelled or waited for."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QMessageBox, QWidget

from libdesk.models.errors import DomainError
from libdesk.ui.common import tasks
from libdesk.ui.common.tasks import finish_running_tasks, run_task, running_tasks


@pytest.fixture
def parent(qtbot):
    from libdesk.app import create_application

    create_application()
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def shown(monkeypatch):
    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box.text()))
    return boxes


def test_work_runs_in_the_pool_and_the_result_comes_back_on_the_gui_thread(qtbot, parent):
    threads, results = [], []

    def work(progress):
        threads.append(QThread.currentThread())
        progress.step(1, 2, "half")
        return 42

    def done(value):
        results.append((value, QThread.currentThread()))

    task = run_task(parent, "work", work, done)
    with qtbot.waitSignal(task.done, timeout=10_000):
        pass
    gui = parent.thread()
    assert threads and threads[0] is not gui
    assert results == [(42, gui)] and not task.running


def test_a_failure_is_shown_once_and_reported(qtbot, parent, shown):
    def work(_progress):
        raise DomainError("The file is missing.")

    task = run_task(parent, "work", work)
    with qtbot.waitSignal(task.failed, timeout=10_000) as failed:
        pass
    assert isinstance(failed.args[0], DomainError)
    assert shown == ["The file is missing."]


def test_cancel_stops_the_work_without_an_error_box(qtbot, parent, shown):
    started = threading.Event()

    def work(progress):
        started.set()
        while True:
            progress.step(0, 0)

    task = run_task(parent, "work", work)
    assert started.wait(10)
    with qtbot.waitSignal(task.failed, timeout=10_000):
        task.cancel()
    assert shown == [] and running_tasks() == []


def test_finishing_cancels_the_cancellable_and_waits_for_the_rest(qtbot, parent, shown):
    started, release = threading.Event(), threading.Event()
    results = []

    def endless(progress):
        started.set()
        while True:
            progress.step(0, 0)

    def backup(_progress):
        release.wait(10)
        return "done"

    cancellable = run_task(parent, "import", endless)
    assert started.wait(10)
    kept = run_task(parent, "backup", backup, results.append, cancellable=False)
    assert set(running_tasks()) == {cancellable, kept}
    release.set()
    assert finish_running_tasks()
    assert results == ["done"] and running_tasks() == [] and shown == []


def test_the_synchronous_pool_runs_a_task_before_start_returns(parent, sync_tasks):
    results = []
    run_task(parent, "work", lambda _p: "now", results.append)
    assert results == ["now"] and sync_tasks.started == 1
    assert tasks.POOL is sync_tasks
