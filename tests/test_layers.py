"""The one-way import rule: ui, commands → demo → services → printing/spreadsheets/store →
models, and no two modules importing each other.

Walks every module's imports (top-level, inside functions and under TYPE_CHECKING) with
``ast``."""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "libdesk"
BELOW_UI = ["models", "store", "services", "printing", "spreadsheets", "commands", "demo"]
FORBIDDEN_IN_UI = ("sqlmodel", "sqlalchemy", "libdesk.store", "alembic")
LOWER = {  # what each layer may not import from the project
    "models": ("libdesk.store", "libdesk.services", "libdesk.ui", "libdesk.printing",
               "libdesk.spreadsheets", "libdesk.commands"),
    "store": ("libdesk.services", "libdesk.ui", "libdesk.printing", "libdesk.spreadsheets",
              "libdesk.commands"),
    "printing": ("libdesk.services", "libdesk.ui", "libdesk.store", "libdesk.commands"),
    "spreadsheets": ("libdesk.services", "libdesk.ui", "libdesk.store", "libdesk.commands"),
    "services": ("libdesk.ui", "libdesk.commands", "libdesk.demo"),
    "demo": ("libdesk.ui", "libdesk.commands"),
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


def module_name(path: Path, package: Path = PACKAGE) -> str:
    parts = list(path.relative_to(package.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    """Module → the project modules it imports (``from pkg import sub`` counts as ``pkg.sub``)."""
    modules = {module_name(p, package): p for p in package.rglob("*.py")
               if "migrations" not in p.parts}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                deps |= {a.name for a in node.names if a.name in modules}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    sub = f"{node.module}.{alias.name}"
                    if sub in modules:
                        deps.add(sub)
                    elif node.module in modules:
                        deps.add(node.module)
        graph[name] = deps - {name}
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return sorted(found)


# Being opened on their own branches (issue 10); this list must end empty.
OPENING = [["libdesk.spreadsheets.hostile", "libdesk.spreadsheets.safe"]]


def test_no_two_modules_import_each_other():
    assert [c for c in circles(import_graph()) if c not in OPENING] == []


def test_the_circle_finder_sees_a_circle(tmp_path):
    package = tmp_path / "libdesk"
    (package / "services").mkdir(parents=True)
    (package / "services" / "a.py").write_text("from libdesk.services import b\n")
    (package / "services" / "b.py").write_text("def f():\n    from libdesk.services.a import x\n")
    (package / "services" / "c.py").write_text("import libdesk.services.a\n")
    assert circles(import_graph(package)) == [["libdesk.services.a", "libdesk.services.b"]]
