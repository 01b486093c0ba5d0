"""Translations: extract strings into the .ts files, report what is missing, compile .qm.

    python tools/i18n.py update [AREA …]   # pyside6-lupdate the areas (all by default), compile
    python tools/i18n.py missing    # list untranslated strings (exit 1 if any)
    python tools/i18n.py compile    # pyside6-lrelease every .ts into .qm

Each area has its own ``resources/i18n/<area>_zh_CN.ts`` so people working on different
areas do not edit the same file. An area is a list of source globs below the project root.
Strings are English in the code; zh_CN is shown by default.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGE = "zh_CN"

AREAS: dict[str, list[str]] = {
    "options": ["libdesk/ui/options/*.py", "libdesk/ui/common/preview/*.py",
                "libdesk/ui/catalogue/*.py", "libdesk/services/catalogue/*.py",
                "libdesk/spreadsheets/catalogue.py"],
    "demo": ["libdesk/demo/*.py"],
    "statistics": ["libdesk/ui/statistics/*.py", "libdesk/services/statistics/*.py",
                   "libdesk/models/statistics/*.py", "forms/statistics/*.ui"],
    "donations": ["libdesk/ui/donations/*.py", "libdesk/ui/verification/*.py",
                  "libdesk/models/donations/*.py", "libdesk/services/donations/*.py",
                  "libdesk/spreadsheets/donations.py", "libdesk/commands/certificate.py",
                  "forms/donations/*.ui", "forms/verification/*.ui"],
    "volunteers": ["libdesk/ui/volunteers/*.py", "libdesk/models/volunteers/*.py",
                   "libdesk/services/volunteers/*.py", "libdesk/spreadsheets/volunteers.py",
                   "forms/volunteers/*.ui"],
    "core": ["libdesk/app.py", "libdesk/ui/*.py", "libdesk/ui/shell/*.py",
             "libdesk/ui/common/*.py", "forms/common/*.ui", "libdesk/models/errors.py", "libdesk/models/roles.py",
             "libdesk/models/validation.py", "libdesk/store/errors.py", "libdesk/services/base.py",
             "libdesk/services/settings.py", "libdesk/services/signing.py",
             "libdesk/services/retry.py", "libdesk/services/conflicts.py",
             "libdesk/store/postgres_errors.py",
             "libdesk/services/verification.py", "libdesk/services/keys/*.py",
             "libdesk/services/privacy.py",
             "libdesk/spreadsheets/errors.py", "libdesk/spreadsheets/opening.py",
             "libdesk/spreadsheets/provenance.py", "libdesk/spreadsheets/writing.py",
             "libdesk/spreadsheets/tables.py"],
    "safety": ["libdesk/ui/admin/*.py", "forms/admin/*.ui", "libdesk/models/staff.py",
               "libdesk/models/audit.py", "libdesk/store/backup.py", "libdesk/store/checks.py",
               "libdesk/services/staff.py", "libdesk/services/audit.py",
               "libdesk/services/maintenance.py",
               "libdesk/commands/safety.py", "libdesk/commands/common.py"],
    "store": ["libdesk/store/failures.py", "libdesk/store/database.py",
              "libdesk/services/explain.py"],
    "distribution": ["libdesk/ui/distribution/*.py", "libdesk/models/distribution/*.py",
                     "libdesk/models/isbn.py", "libdesk/services/distribution/*.py",
                     "libdesk/spreadsheets/distribution.py", "forms/distribution/*.ui"],
    "outreach": ["libdesk/ui/outreach/*.py", "libdesk/models/outreach/*.py",
                 "libdesk/services/outreach/*.py", "libdesk/spreadsheets/outreach.py",
                 "forms/outreach/*.ui"],
    "branches": ["libdesk/ui/branches/*.py", "libdesk/models/branches/*.py",
                 "libdesk/services/branches/*.py", "libdesk/spreadsheets/roster.py",
                 "forms/branches/*.ui"],
}


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def sources(area: str) -> list[Path]:
    return sorted({p for pattern in AREAS[area] for p in ROOT.glob(pattern)})


def ts_path(area: str) -> Path:
    return I18N / f"{area}_{LANGUAGE}.ts"


def update(areas: list[str] | None = None) -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for area in areas or AREAS:
        files = [str(p) for p in sources(area)]
        if files:
            subprocess.run([_tool("pyside6-lupdate"), *files, "-ts", str(ts_path(area)),
                            "-no-obsolete", "-locations", "none", "-silent"], check=True)
    compile_all()


def compile_all() -> None:
    for ts in sorted(I18N.glob(f"*_{LANGUAGE}.ts")):
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True)


def missing(paths: list[Path] | None = None) -> list[tuple[str, str, str]]:
    """(file, context, source) of every message without a finished translation."""
    result = []
    for ts in paths or sorted(I18N.glob(f"*_{LANGUAGE}.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") \
                        or not (translation.text or "").strip():
                    result.append((ts.name, name, message.findtext("source")))
    return result


def main(argv: list[str]) -> int:
    action = argv[0] if argv else "update"
    if action == "update":
        update(argv[1:] or None)
    elif action == "compile":
        compile_all()
    if action in ("update", "missing"):
        gaps = missing()
        for file, context, source in gaps:
            print(f"{file}: [{context}] {source}")
        return 1 if gaps and action == "missing" else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
