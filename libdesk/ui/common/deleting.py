"""Deleting one record as the user saw it (two desks on one record).

The handler reads the record fresh through its service, the version first and then the
values (``read() → Shown``), and the confirmation describes it as it is stored now. The
delete passes the version shown (``delete(shown)`` calls ``service.delete(id,
expected_version=shown.version)``), so a record another desk changed after the user
confirmed is not deleted: the message says who changed it and when, what is different now,
and offers to look at it again (a new confirmation with the values stored now). A record
deleted meanwhile is said so. Either way the window's change signal then refreshes the
lists, as after a write.

    delete_confirmed(self, self.tr("Delete point"), read, question, delete,
                     Change.of(branches=[row.id]))

Several rows selected in a list are deleted with the versions the list showed (``{row.id:
row.version}``); ``selected_refused`` is the write's ``on_error``: rows changed or deleted
meanwhile refuse the whole delete, the message says how many, and the lists reload.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from libdesk.models.errors import DeleteConflict, ListedRowsChanged, NotFound
from libdesk.ui.common.errors import error_text
from libdesk.ui.common.operations import Change, emit_change, report_error, run_write

MAX_SHOWN = 80  # characters of one value a message shows


@dataclass
class Shown:
    """A record as the confirmation shows it: its id and version (read first), its name,
    its fields as (label, text) in the order shown, and what else the question names (the
    number of a point's contacts …)."""

    record_id: int
    version: int
    name: str
    fields: list[tuple[str, str]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


def _short(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN - 1] + "…"


def field_lines(shown: Shown) -> str:
    """The fields that have a value, one a line."""
    line = QCoreApplication.translate("Deleting", "{label}: {value}")
    return "\n".join(line.format(label=label, value=_short(value))
                     for label, value in shown.fields if str(value).strip())


def differences(before: Shown, now: Shown) -> list[str]:
    """What differs between the confirmed values and the stored ones, one line a field."""
    old = dict(before.fields)
    line = QCoreApplication.translate("Deleting", "{label}: {before} → {now}")
    empty = QCoreApplication.translate("Deleting", "(empty)")
    return [line.format(label=label, before=_short(old.get(label, "")) or empty,
                        now=_short(value) or empty)
            for label, value in now.fields if old.get(label, "") != value]


def confirm(parent: QWidget, title: str, question: str, shown: Shown) -> bool:
    """Yes / No on the question, with the record's fields as stored now below it."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName("deleteConfirmation")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("Deleting", "&Delete"))
    box.button(QMessageBox.StandardButton.No).setText(
        QCoreApplication.translate("Deleting", "&Keep"))
    box.setInformativeText(field_lines(shown))
    return box.exec() == QMessageBox.StandardButton.Yes


def delete_confirmed(parent: QWidget, title: str, read: Callable[[], Shown],
                     question: Callable[[Shown], str], delete: Callable[[Shown], Any],
                     change: Change, *, on_done: Callable[[Any], None] | None = None,
                     ) -> bool:
    """Read, confirm, delete with the version shown (``operations.run_write``); True when
    deleted. A record changed meanwhile: the message, and on "Look again" a new
    confirmation with what is stored now."""
    while True:
        shown = _read(parent, read, change)
        if shown is None:
            return False
        if not confirm(parent, title, question(shown), shown):
            return False
        outcome = run_write(parent, lambda: delete(shown), change, on_done=on_done,
                            on_error=lambda _error: None)  # shown below, one way
        if outcome.ok:
            return True
        if not isinstance(outcome.error, DeleteConflict):
            _failed(parent, outcome.error, change)
            return False
        emit_change(parent, change)  # the lists show what is stored now
        if not _changed_meanwhile(parent, title, outcome.error, shown, read, change):
            return False


def rows_confirmed(parent: QWidget, title: str, question: str) -> bool:
    """Yes / No before deleting rows selected in a list; No is the default (Enter keeps)."""
    return QMessageBox.question(
        parent, title, question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes


def selected_refused(parent: QWidget, change: Change) -> Callable[[BaseException], None]:
    """``run_write``'s ``on_error`` for deleting rows selected in a list with the versions
    the list showed: rows changed or deleted at another desk since (ListedRowsChanged)
    refresh the lists, so the user sees them as stored now, and the message says so."""
    def refused(error: BaseException) -> None:
        if isinstance(error, ListedRowsChanged):
            emit_change(parent, change)
        _failed(parent, error, change)
    return refused


def _failed(parent: QWidget, error: BaseException, change: Change) -> None:
    """The error shown; a record gone meanwhile also leaves the lists that showed it."""
    if isinstance(error, NotFound):
        emit_change(parent, change)
    report_error(parent, error)


def _read(parent: QWidget, read: Callable[[], Shown], change: Change) -> Shown | None:
    try:
        return read()
    except Exception as error:  # noqa: BLE001 - every failure is shown to the user one way
        _failed(parent, error, change)
        return None


def _changed_meanwhile(parent: QWidget, title: str, conflict: DeleteConflict, shown: Shown,
                       read: Callable[[], Shown], change: Change) -> bool:
    """The record was not deleted: who changed it, when, and what is different; True when
    the user asks to look at it again."""
    now = _read(parent, read, change)
    if now is None:  # and deleted since
        return False
    lines = differences(shown, now)
    if lines:
        details = [QCoreApplication.translate(
            "Deleting", "What is different from what you confirmed:"), *lines]
    else:
        details = [QCoreApplication.translate(
            "Deleting", "The fields shown are the same; something else about it was changed.")]
    box = QMessageBox(QMessageBox.Icon.Warning, title, error_text(conflict),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("deleteConflict")
    again = box.addButton(QCoreApplication.translate("Deleting", "&Look again…"),
                          QMessageBox.ButtonRole.AcceptRole)
    close = box.addButton(QCoreApplication.translate("Deleting", "&Close"),
                          QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(again)
    box.setEscapeButton(close)
    box.setInformativeText("\n".join(details))
    box.exec()
    return box.clickedButton() is again
