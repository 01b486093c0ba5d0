"""One way to show an error: a domain error's template translated and filled, a row problem
placed by sheet, row and column, and a program fault marked as one with its details."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from libdesk.models.errors import DomainError, Problem, ValidationFailed
from libdesk.ui.common.errors import error_text, problem_text, show_error, translate_template


@pytest.fixture(autouse=True)
def app():
    from libdesk.app import create_application

    return create_application()  # Chinese, as the desk starts


@pytest.fixture
def boxes(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box))
    return shown


def test_a_domain_error_is_translated_and_filled():
    assert error_text(ValidationFailed([Problem("name", "The name is required.")] * 2)) == \
        translate_template("{count} problem(s) found; nothing was saved.", {"count": 2})
    assert "2" in error_text(ValidationFailed([Problem("name", "x")] * 2))
    assert translate_template("The name is required.", {}) == "名称为必填项。"


def test_a_template_the_translation_cannot_fill_falls_back_to_english():
    assert translate_template("Box {box} is missing.", {"box": 3}) == "Box 3 is missing."


def test_a_problem_names_its_sheet_row_and_column():
    text = problem_text(Problem("电话", "The name is required.", row=7, sheet="联系人"))
    assert text.endswith("：名称为必填项。")
    assert "联系人" in text and "7" in text and "电话" in text
    assert problem_text(Problem("", "The name is required.")) == "名称为必填项。"


def test_a_validation_failure_lists_its_problems(boxes):
    problems = [Problem("name", "The name is required.", row=r) for r in range(1, 16)]
    show_error(None, ValidationFailed(problems))
    box = boxes[0]
    assert box.informativeText().count("\n") == 12  # twelve lines and "…"
    assert box.informativeText().endswith("…")
    assert box.detailedText().count("\n") == 14  # all fifteen


def test_a_program_fault_is_marked_and_keeps_its_details(boxes):
    try:
        raise KeyError("boom")
    except KeyError as exc:
        show_error(None, exc)
    box = boxes[0]
    assert box.icon() == QMessageBox.Icon.Warning
    assert "KeyError" in box.detailedText()
    assert box.informativeText()  # says it is a fault and that nothing was saved


def test_a_plain_domain_error_has_no_fault_details(boxes):
    show_error(None, DomainError("The name is required."))
    assert boxes[0].text() == "名称为必填项。" and boxes[0].detailedText() == ""
