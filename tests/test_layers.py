"""The one-way import rule: ui → services → printing/spreadsheets/store → models.

Walks every module's imports (top-level and inside functions) with ``ast``."""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "libdesk"
BELOW_UI = ["models", "store", "services", "printing", "spreadsheets", "commands"]
FORBIDDEN_IN_UI = ("sqlmodel", "sqlalchemy", "libdesk.store", "alembic")
LOWER = {  # what each layer may not import from the project
    "models": ("libdesk.store", "libdesk.services", "libdesk.ui", "libdesk.printing",
               "libdesk.spreadsheets", "libdesk.commands"),
    "store": ("libdesk.services", "libdesk.ui", "libdesk.printing", "libdesk.spreadsheets",
              "libdesk.commands"),
    "printing": ("libdesk.services", "libdesk.ui", "libdesk.store", "libdesk.commands"),
    "spreadsheets": ("libdesk.services", "libdesk.ui", "libdesk.store", "libdesk.commands"),
    "services": ("libdesk.ui", "libdesk.commands"),
}


def imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def offenders(folder: str, banned: tuple[str, ...], allow: tuple[str, ...] = (),
              package: Path = PACKAGE) -> list[str]:
    found = []
    for path in sorted((package / folder).rglob("*.py")):
        if path.name in allow:
            continue
        for name in imports(path):
            if any(name == b or name.startswith(b + ".") for b in banned):
                found.append(f"{path.relative_to(package.parent).as_posix()} imports {name}")
    return found


def test_ui_does_not_touch_the_store_or_orm():
    assert offenders("ui", FORBIDDEN_IN_UI) == []


def test_nothing_below_ui_imports_qt():
    # commands/gui.py is the CLI's door to the window and may import Qt.
    found = []
    for folder in BELOW_UI:
        found += offenders(folder, ("PySide6", "libdesk.ui"), allow=("gui.py",))
    assert found == []


def test_layers_point_one_way():
    found = []
    for folder, banned in LOWER.items():
        found += offenders(folder, banned)
    assert found == []


def test_the_checker_sees_a_violation(tmp_path):
    bad = tmp_path / "libdesk" / "ui"
    bad.mkdir(parents=True)
    (bad / "tab.py").write_text("def f():\n    from sqlalchemy import select\n")
    assert offenders("ui", FORBIDDEN_IN_UI, package=tmp_path / "libdesk") == [
        "libdesk/ui/tab.py imports sqlalchemy"]
