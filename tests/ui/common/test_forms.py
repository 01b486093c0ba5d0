"""Compiled forms (tools/forms.py) build the same widgets as the .ui loaded by QUiLoader, with
the same names and the same (translated) strings; a form edited after it was compiled is
loaded from its .ui."""
from __future__ import annotations

import importlib.util
import re
import sys
import types
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractSpinBox, QWidget

from libdesk.ui.common import forms
from libdesk.ui.common.i18n import install_translations

ROOT = Path(__file__).resolve().parents[3]
spec = importlib.util.spec_from_file_location("forms_tool", ROOT / "tools" / "forms.py")
tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tool)

UI_FILES = sorted(p.relative_to(tool.FORMS).as_posix() for p in tool.FORMS.glob("*/*.ui"))
TEXTS = ("text", "title", "windowTitle", "placeholderText", "toolTip", "suffix", "prefix",
         "specialValueText", "displayFormat")
VALUES = ("isChecked", "minimum", "maximum", "value", "isReadOnly", "wordWrap",
          "minimumContentsLength", "count", "columnCount", "orientation", "isEnabled")


def compiled(relative: str) -> types.ModuleType:
    module = types.ModuleType("compiled_" + relative.replace("/", "_").removesuffix(".ui"))
    exec(compile(tool.compile_form(tool.FORMS / relative), relative, "exec"), module.__dict__)
    return module


def tree(form: QWidget, relative: str) -> list[tuple]:
    """Every descendant the .ui names: its class, its strings and the settings it gives it."""
    names = set(re.findall(r' name="(\w+)"', (tool.FORMS / relative).read_text("utf-8")))
    found = []
    for child in [form, *form.findChildren(QObject)]:
        if child.objectName() not in names:  # Qt's own parts (a tab bar's scroll buttons)
            continue
        facts = [child.objectName(), type(child).__name__]
        for name in TEXTS + VALUES:
            if name == "text" and isinstance(child, QAbstractSpinBox):
                continue  # its value is compared; its text is filled in when first shown
            getter = getattr(child, name, None)
            if callable(getter):
                try:
                    facts.append((name, str(getter())))
                except TypeError:  # an overload that needs arguments
                    pass
        header = getattr(child, "horizontalHeaderItem", None)
        if callable(header):
            facts.append(tuple(child.horizontalHeaderItem(c).text() if child.horizontalHeaderItem(c)
                               else "" for c in range(child.columnCount())))
        found.append(tuple(facts))
    return sorted(found)


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp):
    install_translations(request.param)
    yield request.param
    install_translations()


@pytest.mark.parametrize("relative", UI_FILES)
def test_a_compiled_form_is_the_form_its_ui_describes(relative, language, qtbot):
    loaded, built = QWidget(), QWidget()
    qtbot.addWidget(loaded)
    qtbot.addWidget(built)
    source = (tool.FORMS / relative).read_bytes()
    expected = tree(forms._parse(relative, source, loaded), relative)
    got = tree(compiled(relative).create(built), relative)
    assert got == expected
    if language == "zh_CN" and relative == "branches/branches_tab.ui":
        assert ("addButton", "QPushButton", ("text", "新增服务点(&N)")) in [
            f[:3] for f in got]  # the translation reached the compiled form


def test_load_form_uses_the_compiled_form_only_while_it_matches_its_ui(monkeypatch, qtbot,
                                                                       tmp_path):
    relative = "branches/branches_tab.ui"
    module = compiled(relative)
    used = []
    real_create = module.create
    module.create = lambda parent: used.append("compiled") or real_create(parent)
    monkeypatch.setattr(forms, "compiled_module", lambda _relative: module)
    host = QWidget()
    qtbot.addWidget(host)
    form = forms.load_form(relative, host)
    assert used == ["compiled"] and form.addButton is not None
    assert form.parent() is host and host.layout().indexOf(form) == 0

    edited = tmp_path / "forms" / "branches"  # the .ui changed after it was compiled
    edited.mkdir(parents=True)
    (edited / "branches_tab.ui").write_bytes((tool.FORMS / relative).read_bytes().replace(
        b"<string>&amp;New point</string>", b"<string>&amp;New outreach point</string>"))
    monkeypatch.setattr(forms, "form_path", lambda *parts: tmp_path.joinpath("forms", *parts))
    install_translations("en")
    try:
        other = QWidget()
        qtbot.addWidget(other)
        form = forms.load_form(relative, other)
    finally:
        install_translations()
    assert used == ["compiled"]  # not used again
    assert form.addButton.text() == "&New outreach point"


def test_the_compiled_forms_of_this_checkout_are_current_or_absent():
    """dev.py and run.py compile them; a stale one would only be slower (QUiLoader)."""
    present = [ui for ui in tool.FORMS.glob("*/*.ui") if tool.target_of(ui).exists()]
    assert [ui.name for ui in present if tool.stale(ui)] == []
    if present:
        relative = present[0].relative_to(tool.FORMS).as_posix()
        module = forms.compiled_module(relative)
        assert module is not None and module.SOURCE_SHA1 == tool.source_sha1(present[0])
    assert "libdesk.ui.compiled_forms" not in sys.modules or present
