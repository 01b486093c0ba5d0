"""One way to show an error: what happened, what was kept, what to do next.

Expected failures that arrive as plain exceptions (a file the user chose cannot be written,
the database failed) are explained first (``services.explain``); only what is left is a
program fault, logged to the rotating fault log whose path the message names. A store failure
that stops the window from saving goes to the handler the application registered (it offers
a backup copy saved elsewhere)."""
from __future__ import annotations

import logging
import traceback
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from libdesk.config import fault_log_path
from libdesk.models.errors import (ERRORS_CONTEXT, DomainError, Phrase, Problem, StoreFailure,
                                   ValidationFailed)

log = logging.getLogger(__name__)
_store_failure_handler: Callable[[QWidget | None, StoreFailure, str], None] | None = None


def explain(error: BaseException) -> DomainError | None:
    """``services.explain`` imported on first use (it loads the store; the window's shell is
    on screen before that)."""
    if isinstance(error, DomainError):
        return error
    from libdesk.services.explain import explain as explain_error

    return explain_error(error)


def set_store_failure_handler(
        handler: Callable[[QWidget | None, StoreFailure, str], None] | None) -> None:
    """Who shows a store failure that stopped saving (the window offers a backup copy)."""
    global _store_failure_handler
    _store_failure_handler = handler


def translate_template(template: str, params: dict) -> str:
    text = QCoreApplication.translate(ERRORS_CONTEXT, template)
    params = {k: QCoreApplication.translate(ERRORS_CONTEXT, v) if isinstance(v, Phrase) else v
              for k, v in params.items()}
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)


def problem_text(problem: Problem) -> str:
    where = []
    if problem.sheet:
        where.append(QCoreApplication.translate("ErrorDialog", "sheet {sheet}").format(
            sheet=problem.sheet))
    if problem.row is not None:
        where.append(QCoreApplication.translate("ErrorDialog", "row {row}").format(
            row=problem.row))
    if problem.field and not problem.field.isascii():  # a sheet's column, not a code name
        where.append(QCoreApplication.translate("ErrorDialog", "column {column}").format(
            column=problem.field))
    text = translate_template(problem.template, problem.params)
    return f"{'，'.join(where)}：{text}" if where else text


def error_text(error: BaseException) -> str:
    explained = explain(error)
    if explained is not None:
        return translate_template(explained.template, explained.params)
    return QCoreApplication.translate(
        "ErrorDialog", "LibDesk hit a fault ({kind}); the details are in {log}.").format(
        kind=type(error).__name__, log=fault_log_path())


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """A message box for ``error``; row problems are listed in the details."""
    error = explain(error) or error
    if isinstance(error, StoreFailure) and error.stops_writing \
            and _store_failure_handler is not None:
        _store_failure_handler(parent, error, error_text(error))
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("ErrorDialog", "LibDesk"))
    box.setText(error_text(error))
    if isinstance(error, ValidationFailed):
        lines = [problem_text(p) for p in error.problems]
        box.setInformativeText("\n".join(lines[:12]) + ("\n…" if len(lines) > 12 else ""))
        box.setDetailedText("\n".join(lines))
    elif not isinstance(error, DomainError):
        log.error("unexpected error", exc_info=error)
        box.setText(QCoreApplication.translate(
            "ErrorDialog", "LibDesk hit a fault of its own ({kind}).").format(
            kind=type(error).__name__))
        box.setInformativeText(QCoreApplication.translate(
            "ErrorDialog", "This is a fault in LibDesk. Nothing was saved by the failed action. "
            "The details were written to {log}; send that file to the maintainers.").format(
            log=fault_log_path()))
        box.setDetailedText("".join(traceback.format_exception(error)))
    box.exec()
