"""One way to change data from the UI: run the write, show its error one way, then say what
changed on the window's change signal so every tab that shows it refreshes.

    run_write(widget, lambda: services.branches.delete(point_id),
              Change.of("branches", branches=[point_id]))

A short write runs inline (a save, a status step: milliseconds); a long one (imports, batch
certificates) goes through ``run_long_write`` and the thread pool with progress and Cancel
(``tasks.run_task``). Either way the change is emitted only after the write succeeded.

The change signal belongs to the main window (``window.changes``); ``change_signal(widget)``
finds it from any widget, dialog or model inside the window by walking up the parents. The
window forwards every change to each tab it has built (``tab.on_change(change)``), and a tab
reloads only the tables that show one of ``change.areas``, keeping its selection.

Areas (strings, so a tab names what it shows without importing other areas): "branches",
"categories", "donors", "donations", "certificates", "distribution", "volunteers", "hours",
"activities", "volunteer_lists", "volunteer_certificates", "mobile", "staff", "keys",
"audit" (a read that is recorded, e.g. full phone numbers shown; the audit tab reloads on
every change anyway).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

from libdesk.models.errors import DomainError, ValidationFailed
from libdesk.models.errors import EditConflict
from libdesk.ui.common.errors import error_text, problem_text, show_error
from libdesk.ui.common.tasks import Task, run_task

if TYPE_CHECKING:  # the dialog is imported when a save first meets a conflict
    from libdesk.ui.common.conflict_dialog import ConflictView

MAX_PROBLEM_LINES = 8


@dataclass(frozen=True)
class Change:
    """What a write changed: the areas, and where known the ids of the records per area."""

    areas: frozenset[str]
    ids: dict[str, frozenset] = field(default_factory=dict, compare=False, hash=False)
    origin: Any = field(default=None, compare=False, hash=False)  # the widget that wrote

    @classmethod
    def of(cls, *areas: str, **ids: Iterable) -> "Change":
        """``Change.of("donations", "certificates", donations=[7])``; an area named only as a
        keyword counts as changed too."""
        return cls(frozenset(areas) | frozenset(ids),
                   {area: frozenset(values) for area, values in ids.items()})

    def touches(self, *areas: str) -> bool:
        return not self.areas.isdisjoint(areas)

    def ids_of(self, area: str) -> frozenset:
        return self.ids.get(area, frozenset())


class ChangeSignal(QObject):
    """The window's one change signal; ``changed(Change)`` after every successful write."""

    changed = Signal(object)


def change_signal(widget: QObject | None) -> ChangeSignal | None:
    """The change signal of the window ``widget`` lives in (None outside a window)."""
    while widget is not None:
        signal = getattr(widget, "changes", None)
        if isinstance(signal, ChangeSignal):
            return signal
        widget = widget.parent()
    return None


def emit_change(widget: QObject | None, change: Change | None) -> None:
    if change is None or not change.areas:
        return
    signal = change_signal(widget)
    if signal is not None:
        if change.origin is None:
            change = Change(change.areas, change.ids, widget)
        signal.changed.emit(change)


@dataclass
class Outcome:
    ok: bool
    value: Any = None
    error: BaseException | None = None


ChangeSpec = Change | Callable[[Any], Change | None] | None


def _resolve(change: ChangeSpec, value: Any) -> Change | None:
    return change(value) if callable(change) else change


def problem_lines(error: BaseException,
                  problem_line: Callable[[Any], str] = problem_text) -> str:
    """The text an error label shows: a validation failure's problems, one a line (the first
    eight), or the domain error's message."""
    problems = getattr(error, "problems", None) or []
    if isinstance(error, ValidationFailed) and problems:
        lines = [problem_line(p) for p in problems]
        return "\n".join(lines[:MAX_PROBLEM_LINES] +
                         (["…"] if len(lines) > MAX_PROBLEM_LINES else []))
    lines = [error_text(error)] + [problem_line(p) for p in problems]
    return "\n".join(lines)


def report_error(parent: QWidget | None, error: BaseException, error_label: QLabel | None = None,
                 problem_line: Callable[[Any], str] = problem_text) -> None:
    """The one way a failed write is shown: an expected (domain) error in the dialog's error
    label when it has one, so the dialog stays open with the input; anything else in the
    error message box."""
    if error_label is not None and isinstance(error, DomainError):
        error_label.setText(problem_lines(error, problem_line))
        error_label.show()
    else:
        show_error(parent, error)


# resave(values, version): save the values the user kept on top of the newer version
Resave = Callable[[dict[str, Any], int], Any]


def run_write(parent: QWidget, work: Callable[[], Any], change: ChangeSpec, *,
              on_done: Callable[[Any], None] | None = None, error_label: QLabel | None = None,
              problem_line: Callable[[Any], str] = problem_text,
              on_error: Callable[[BaseException], None] | None = None,
              resave: Resave | None = None,
              conflict_view: ConflictView | None = None) -> Outcome:
    """Run a short write now. On success: emit ``change`` (or ``change(result)``) on the
    window's change signal, then ``on_done(result)``. On failure: ``on_error(error)`` if
    given, else ``report_error``; nothing is emitted.

    A stale save (``EditConflict``: saved by someone else after the user opened it) with
    ``resave`` opens the conflict dialog; the values the user keeps are saved again by
    ``resave(values, newer_version)`` the same way (another conflict opens the dialog
    again). Back to editing: nothing saved, the input stays, the message says why."""
    try:
        value = work()
    except Exception as exc:  # noqa: BLE001 - every failure is shown to the user one way
        if isinstance(exc, EditConflict) and resave is not None:
            from libdesk.ui.common.conflict_dialog import ask_resolution

            values = ask_resolution(parent, exc, conflict_view)
            if values is not None:
                return run_write(
                    parent, lambda: resave(values, exc.stored), change, on_done=on_done,
                    error_label=error_label, problem_line=problem_line, on_error=on_error,
                    resave=resave, conflict_view=conflict_view)
            if exc.mine and error_label is not None and on_error is None:
                error_label.setText(QCoreApplication.translate(
                    "Operations", "“{name}” was saved by {who} at {when} while you were "
                    "editing it. Nothing of yours was saved: save again to choose between the "
                    "two versions, or cancel.").format(
                    name=exc.record, who=exc.who or "?", when=exc.when or "?"))
                error_label.show()
                return Outcome(False, error=exc)
        if on_error is not None:
            on_error(exc)
        else:
            report_error(parent, exc, error_label, problem_line)
        return Outcome(False, error=exc)
    emit_change(parent, _resolve(change, value))
    if on_done is not None:
        on_done(value)
    return Outcome(True, value)


def run_long_write(parent: QWidget, title: str, work: Callable[[Any], Any], change: ChangeSpec,
                   on_done: Callable[[Any], None] | None = None,
                   cancellable: bool = True) -> Task:
    """Run ``work(progress)`` in the thread pool with a progress dialog (tasks.run_task); when
    it succeeds, emit the change and call ``on_done(result)`` on the GUI thread. A failed or
    cancelled write rolled back: its error is shown by the task and nothing is emitted."""

    def finished(value: Any) -> None:
        emit_change(parent, _resolve(change, value))
        if on_done is not None:
            on_done(value)

    return run_task(parent, title, work, finished, cancellable)
