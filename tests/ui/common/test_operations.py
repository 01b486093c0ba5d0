"""The one way to change data from the UI: run the write, show its error one way, and emit
what changed on the window's change signal only when the write succeeded."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from libdesk.models.errors import Conflict, Problem, ValidationFailed
from libdesk.ui.common.operations import (
    Change, ChangeSignal, change_signal, problem_lines, run_long_write, run_write)


class Window(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.changes = ChangeSignal(self)


@pytest.fixture
def window(qtbot):
    from libdesk.app import create_application

    create_application()
    window = Window()
    qtbot.addWidget(window)
    return window


@pytest.fixture
def inner(window):
    """A widget deep inside the window, as a dialog's button is."""
    return QWidget(QWidget(window))


@pytest.fixture
def emitted(window):
    changes = []
    window.changes.changed.connect(changes.append)
    return changes


@pytest.fixture
def boxes(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    return shown


def test_a_change_names_areas_and_ids():
    change = Change.of("statistics", branches=[5, 6])
    assert change.areas == {"statistics", "branches"}
    assert change.touches("branches") and not change.touches("donors")
    assert change.ids_of("branches") == {5, 6} and change.ids_of("statistics") == frozenset()


def test_the_signal_is_found_from_any_widget_inside_the_window(window, inner):
    assert change_signal(inner) is window.changes
    assert change_signal(QWidget()) is None


def test_a_write_emits_its_change_after_it_succeeded(window, inner, emitted):
    done = []
    outcome = run_write(inner, lambda: 7, lambda saved: Change.of(branches=[saved]),
                        on_done=lambda value: done.append((value, len(emitted))))
    assert outcome.ok and outcome.value == 7
    assert [c.ids_of("branches") for c in emitted] == [{7}]
    assert emitted[0].origin is inner
    assert done == [(7, 1)]  # on_done runs after the tabs were told


def test_a_failed_write_emits_nothing_and_shows_the_error_once(window, inner, emitted, boxes):
    def fail():
        raise Conflict("The name is required.")

    outcome = run_write(inner, fail, Change.of("branches"))
    assert not outcome.ok and isinstance(outcome.error, Conflict)
    assert emitted == [] and boxes == ["名称为必填项。"]


def test_a_domain_error_goes_to_the_error_label_when_there_is_one(inner, emitted, boxes):
    label = QLabel(inner)
    label.hide()
    problems = [Problem("name", "The name is required.")] * 10

    def fail():
        raise ValidationFailed(problems)

    run_write(inner, fail, Change.of("branches"), error_label=label,
              problem_line=lambda p: f"名称：{p.template}")
    assert boxes == [] and emitted == [] and not label.isHidden()
    assert label.text().splitlines() == ["名称：The name is required."] * 8 + ["…"]


def test_a_fault_always_gets_the_message_box(inner, boxes):
    label = QLabel(inner)
    run_write(inner, lambda: 1 / 0, None, error_label=label)
    assert label.text() == "" and len(boxes) == 1


def test_on_error_replaces_the_display(inner, boxes):
    seen = []
    run_write(inner, lambda: 1 / 0, None, on_error=seen.append)
    assert boxes == [] and isinstance(seen[0], ZeroDivisionError)


def test_an_error_label_shows_the_message_and_any_problems():
    error = Conflict("The name is required.")
    error.problems = [Problem("", "The name is required.")]
    assert problem_lines(error) == "名称为必填项。\n名称为必填项。"


def test_no_change_no_signal(inner, emitted):
    assert run_write(inner, lambda: None, None).ok
    assert run_write(inner, lambda: None, Change.of()).ok
    assert emitted == []


def test_a_long_write_emits_when_the_task_is_done(inner, emitted, sync_tasks):
    done = []
    run_long_write(inner, "import", lambda progress: 3, Change.of("donors", "donations"),
                   done.append)
    assert done == [3] and [c.areas for c in emitted] == [{"donors", "donations"}]


def test_a_cancelled_long_write_emits_nothing(inner, emitted, sync_tasks):
    from libdesk.services.progress import Cancelled

    def work(_progress):
        raise Cancelled()

    task = run_long_write(inner, "import", work, Change.of("donors"))
    assert not task.running and emitted == []
