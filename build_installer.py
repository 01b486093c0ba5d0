"""Build a self-contained LibDesk that runs without Python.

    .venv/bin/python build_installer.py            # Linux / macOS
    .venv\\Scripts\\python build_installer.py        # Windows

Needs the ``build`` extra in the venv (``pip install -e .[build]``: PyInstaller). Produces,
in ``dist/``:

* ``LibDesk-<version>/`` — the one-folder bundle (``LibDesk`` / ``LibDesk.exe`` opens the
  window and takes every ``libdesk`` command; on Windows ``libdesk-cli.exe`` is the same with a
  console, for the command line);
* Linux / macOS: ``LibDesk-<version>-<platform>.tar.gz`` of that folder;
* Windows: ``LibDesk-<version>-setup.exe`` when Inno Setup's ``iscc`` is found (on PATH, in
  ``$INNO_SETUP`` or the default install folders), otherwise ``LibDesk-<version>-windows.zip``
  holding the folder and ``create-shortcut.cmd`` (desktop and Start-menu shortcuts).

Finally the bundle is started once with an empty environment (``LibDesk --version``) to show
that it needs nothing from the build machine's Python.
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SPEC = ROOT / "packaging" / "libdesk.spec"
ISS = ROOT / "packaging" / "windows" / "libdesk.iss"
SHORTCUT_SCRIPT = ROOT / "packaging" / "windows" / "create-shortcut.cmd"
WINDOWS = sys.platform == "win32"


def version() -> str:
    namespace: dict = {}
    exec((ROOT / "libdesk" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


def build_bundle(dist: Path, work: Path) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit("PyInstaller is missing: install the build extra first, "
                 "e.g. .venv/bin/pip install -e .[build]")
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--clean",
               "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work)]
    subprocess.run(command, check=True, cwd=ROOT)
    bundle = dist / f"LibDesk-{version()}"
    if not (bundle / executable_name()).is_file():
        sys.exit(f"PyInstaller finished but {bundle / executable_name()} is missing")
    return bundle


def executable_name(console: bool = False) -> str:
    if WINDOWS:
        return "libdesk-cli.exe" if console else "LibDesk.exe"
    return "LibDesk"


def smoke_check(bundle: Path) -> str:
    """Start the bundle with nothing but a minimal PATH (no Python, no venv)."""
    env = {"PATH": os.pathsep.join(p for p in ("/usr/bin", "/bin") if Path(p).is_dir())
           or os.environ.get("SystemRoot", ""), "QT_QPA_PLATFORM": "offscreen"}
    if WINDOWS:
        env["SystemRoot"] = os.environ.get("SystemRoot", r"C:\Windows")
    result = subprocess.run([str(bundle / executable_name(console=True)), "--version"],
                            env=env, capture_output=True, text=True, timeout=120)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0 or version() not in output:
        sys.exit(f"the bundle did not start (exit {result.returncode}):\n{output}")
    return output


def make_tarball(bundle: Path) -> Path:
    system = platform.system().lower()
    target = bundle.parent / f"{bundle.name}-{system}-{platform.machine().lower()}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=bundle.name)
    return target


def find_iscc() -> str | None:
    candidates = [os.environ.get("INNO_SETUP", ""), shutil.which("iscc") or "",
                  shutil.which("ISCC") or ""]
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles"),
                 os.environ.get("LOCALAPPDATA") and str(Path(os.environ["LOCALAPPDATA"],
                                                             "Programs"))):
        if base:
            candidates.append(str(Path(base) / "Inno Setup 6" / "ISCC.exe"))
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def make_inno_installer(iscc: str, bundle: Path) -> Path:
    subprocess.run([iscc, "/Q", f"/DAppVersion={version()}", f"/DSourceDir={bundle}",
                    f"/DOutputDir={bundle.parent}", str(ISS)], check=True)
    return bundle.parent / f"LibDesk-{version()}-setup.exe"


def make_zip(bundle: Path) -> Path:
    target = bundle.parent / f"{bundle.name}-windows.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(bundle.rglob("*")):
            archive.write(path, Path(bundle.name) / path.relative_to(bundle))
        archive.write(SHORTCUT_SCRIPT, Path(bundle.name) / SHORTCUT_SCRIPT.name)
    return target


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder")
    parser.add_argument("--no-archive", action="store_true",
                        help="only the folder: no .tar.gz / installer / zip")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    # the Designer forms as Python, collected with the other libdesk modules (tools/forms.py)
    subprocess.run([sys.executable, str(ROOT / "tools" / "forms.py")], check=True)
    bundle = build_bundle(args.dist.resolve(), args.work.resolve())
    built = time.perf_counter() - started
    print(f"bundle: {bundle} ({folder_size(bundle) / 2**20:.0f} MiB, built in {built:.0f} s)")
    print(f"starts without Python: {smoke_check(bundle)}")
    if not args.no_archive:
        if WINDOWS:
            iscc = find_iscc()
            if iscc:
                print(f"installer (Inno Setup): {make_inno_installer(iscc, bundle)}")
            else:
                print("Inno Setup (iscc) not found: making a zip with create-shortcut.cmd")
                print(f"zip: {make_zip(bundle)}")
        else:
            print(f"archive: {make_tarball(bundle)}")
    print(f"done in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
