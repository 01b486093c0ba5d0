"""Set up and run LibDesk from a checkout, with nothing but Python 3.11+ installed.

    python3 dev.py run  [libdesk arguments]   # set up, then open the window
    python3 dev.py test [pytest arguments]    # set up, then run the whole test suite twice:
                                              # on SQLite, then on a throwaway PostgreSQL
    python3 dev.py test --backend=sqlite …    # (or =postgresql) only one of the two

Setting up means: on Debian/Ubuntu, install the system libraries Qt needs (and, for the
tests, poppler-utils, zbar-tools and the PostgreSQL server and client the second run starts
on a loopback port) with apt-get when they are missing; create ``.venv``
beside this file; install LibDesk into it (again only when pyproject.toml changed); compile the
Designer forms that changed (``tools/forms.py``).
On Windows use ``py dev.py run`` / ``py dev.py test``. Uses the standard library only.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".libdesk-installed"

QT_DEBS = ["libegl1", "libgl1", "libfontconfig1", "libdbus-1-3", "libxkbcommon0",
           "libxkbcommon-x11-0", "libglib2.0-0", "libxcb-cursor0", "libxcb-icccm4",
           "libxcb-image0", "libxcb-keysyms1", "libxcb-randr0", "libxcb-render-util0",
           "libxcb-shape0", "libxcb-xinerama0", "libxcb-xkb1"]
TEST_DEBS = ["poppler-utils", "zbar-tools", "libzbar0", "xvfb", "postgresql",
             "postgresql-client"]


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_debs(packages: list[str]) -> None:
    if not sys.platform.startswith("linux") or not shutil.which("dpkg-query") \
            or not shutil.which("apt-get"):
        return
    missing = []
    for name in packages:
        probe = subprocess.run(["dpkg-query", "-W", "-f=${Status}", name],
                               capture_output=True, text=True)
        if "install ok installed" not in probe.stdout:
            missing.append(name)
    if not missing:
        return
    prefix = [] if os.geteuid() == 0 else (["sudo"] if shutil.which("sudo") else None)
    if prefix is None:
        sys.exit("LibDesk needs these Debian packages; install them as root: "
                 "apt-get install " + " ".join(missing))
    print("Installing system packages:", " ".join(missing), flush=True)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(prefix + ["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(prefix + ["apt-get", "install", "-y", "-qq", "--no-install-recommends",
                             *missing], check=True, env=env)


def ensure_venv(extras: str) -> Path:
    python = venv_python()
    if not python.exists():
        print("Creating .venv …", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print("Installing LibDesk and its dependencies into .venv …", flush=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "-e",
                        f"{ROOT}[{extras}]" if extras else str(ROOT)], check=True)
        STAMP.write_text(wanted)
    # the Designer forms as Python (only those whose .ui changed; see tools/forms.py)
    subprocess.run([str(python), str(ROOT / "tools" / "forms.py")], check=True,
                   stdout=subprocess.DEVNULL)
    return python


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test"):
        print(__doc__)
        return 2
    action, rest = argv[0], argv[1:]
    if action == "run":
        ensure_debs(QT_DEBS)
        python = ensure_venv("")
        return subprocess.call([str(python), "-m", "libdesk", *rest])
    ensure_debs(QT_DEBS + TEST_DEBS)
    python = ensure_venv("test")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if any(a == "--backend" or a.startswith("--backend=") for a in rest):
        return subprocess.call([str(python), "-m", "pytest", *rest], cwd=str(ROOT), env=env)
    failed = []
    for backend in ("sqlite", "postgresql"):
        started = time.monotonic()
        print(f"== tests on {backend} ==", flush=True)
        code = subprocess.call([str(python), "-m", "pytest", f"--backend={backend}", *rest],
                               cwd=str(ROOT), env=env)
        print(f"== {backend}: exit {code} in {time.monotonic() - started:.0f} s ==", flush=True)
        if code not in (0, 5):  # 5: nothing collected (a path selecting no tests)
            failed.append(backend)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
