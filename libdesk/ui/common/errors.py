"""One way to show an error: what happened, what was kept, what to do next."""
from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from libdesk.models.errors import ERRORS_CONTEXT, DomainError, Phrase, Problem, ValidationFailed

log = logging.getLogger(__name__)


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
    if problem.field:
        where.append(QCoreApplication.translate("ErrorDialog", "column {column}").format(
            column=problem.field))
    text = translate_template(problem.template, problem.params)
    return f"{'，'.join(where)}：{text}" if where else text


def error_text(error: BaseException) -> str:
    if isinstance(error, DomainError):
        return translate_template(error.template, error.params)
    return str(error) or type(error).__name__


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """A message box for ``error``; row problems are listed in the details."""
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
        box.setInformativeText(QCoreApplication.translate(
            "ErrorDialog", "This is a fault in LibDesk. Nothing was saved by the failed action. "
            "The details below help the maintainers."))
        box.setDetailedText("".join(traceback.format_exception(error)))
    box.exec()
