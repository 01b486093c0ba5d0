"""Every user-visible string has a zh_CN translation, and the shipped .qm files are current.

Re-extracts each area's strings from the sources with pyside6-lupdate into a scratch copy of
its .ts file, so a string added to the code but not to the .ts fails here."""
from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
i18n = importlib.util.module_from_spec(spec)
spec.loader.exec_module(i18n)


@pytest.mark.parametrize("area", sorted(i18n.AREAS))
def test_every_string_is_translated(area, tmp_path):
    scratch = tmp_path / i18n.ts_path(area).name
    if i18n.ts_path(area).exists():
        shutil.copyfile(i18n.ts_path(area), scratch)
    files = [str(p) for p in i18n.sources(area)]
    subprocess.run([i18n._tool("pyside6-lupdate"), *files, "-ts", str(scratch), "-no-obsolete",
                    "-locations", "none", "-silent"], check=True)
    gaps = i18n.missing([scratch])
    assert gaps == [], f"untranslated in {area}: run tools/i18n.py update {area} and translate"


@pytest.mark.parametrize("area", sorted(i18n.AREAS))
def test_compiled_translations_are_current(area, tmp_path):
    ts = i18n.ts_path(area)
    qm = tmp_path / "fresh.qm"
    subprocess.run([i18n._tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True)
    assert ts.with_suffix(".qm").read_bytes() == qm.read_bytes(), \
        f"run tools/i18n.py compile: {ts.with_suffix('.qm').name} is stale"


def test_the_window_speaks_chinese_by_default(qtbot, services):
    from libdesk.app import create_application
    from libdesk.ui.shell.main_window import MainWindow

    create_application()
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    assert window.tabs.tabText(0) == "分馆与服务点"


def test_a_string_shared_by_areas_has_one_translation():
    """Every area's .qm is loaded at once; the same source in the same context must not
    read differently depending on which translator Qt asks first."""
    import xml.etree.ElementTree as ET

    seen: dict[tuple[str, str], tuple[str, str]] = {}
    clashes = []
    for ts in sorted(i18n.I18N.glob(f"*_{i18n.LANGUAGE}.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                key = (name, message.findtext("source"))
                value = (ts.name, message.findtext("translation"))
                if key in seen and seen[key][1] != value[1]:
                    clashes.append((key, seen[key], value))
                seen.setdefault(key, value)
    assert clashes == []


def test_every_area_pattern_names_files():
    empty = [(area, pattern) for area, patterns in i18n.AREAS.items() for pattern in patterns
             if not list(ROOT.glob(pattern))]
    assert empty == [], "tools/i18n.py names sources that do not exist (moved?)"


MARKERS = ("QT_TRANSLATE_NOOP(", "self.tr(", "QCoreApplication.translate(")


def test_every_translatable_module_belongs_to_an_area():
    covered = {p for area in i18n.AREAS for p in i18n.sources(area)}
    compiled = ROOT / "libdesk" / "ui" / "compiled_forms"  # tools/forms.py: the .ui's strings
    strays = [p.relative_to(ROOT).as_posix() for p in sorted((ROOT / "libdesk").rglob("*.py"))
              if p not in covered and compiled not in p.parents
              and any(m in p.read_text(encoding="utf-8") for m in MARKERS)]
    assert strays == [], "add these modules to an area in tools/i18n.py"
