"""Where the start-up's instructions go: "first tab's data painted" and its floor, step by step.

    python benchmarks/start_profile.py DB

Runs ``probes/start_phases.py`` (floor, then app) under valgrind's callgrind, which counts
the instructions each step executes (``--dump-before=getppid``: one count per step; every
thread's instructions, the store's reading thread's too). Unlike a wall-clock time an
instruction count does not change with the machine's load: this profile, and its total
ratio, move by well under 1% from run to run, where the wall-clock figure in ``run.py``
moves with the machine's noise. Needs ``valgrind`` (``apt-get install valgrind``); takes about a
minute and a half. Uses a copy of DB and a fresh settings folder (the first tab is the
default one).
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PROBES, probe_env  # noqa: E402


def counts(mode: str, database: Path, work: Path) -> list[tuple[str, int]]:
    """(step, instructions) for each step of ``start_phases.py MODE``."""
    out = work / f"{mode}.callgrind"
    command = ["valgrind", "--tool=callgrind", "--dump-before=getppid",
               f"--callgrind-out-file={out}", sys.executable,
               str(PROBES / "start_phases.py"), mode, str(database)]
    done = subprocess.run(command, capture_output=True, text=True, env=probe_env(work),
                          check=True)
    names = [line for line in done.stdout.splitlines() if line.strip()]
    steps = []
    for number, name in enumerate(names, start=1):
        summary = next(line for line in (work / f"{out.name}.{number}").read_text(
            errors="replace").splitlines() if line.startswith("summary:"))
        steps.append((name, int(summary.split()[1])))
    return steps


def main(argv: list[str]) -> int:
    if not argv or shutil.which("valgrind") is None:
        print(__doc__)
        return 2
    with tempfile.TemporaryDirectory(prefix="libdesk-profile-") as tmp:
        work = Path(tmp)
        database = work / "start.sqlite"
        shutil.copyfile(argv[0], database)
        floor = counts("floor", database, work)
        app = counts("app", database, work)
    floor_total, app_total = (sum(n for _, n in steps) for steps in (floor, app))
    for title, steps, total in (("floor", floor, floor_total), ("LibDesk", app, app_total)):
        print(f"\n{title}: {total / 1e6:,.0f} M instructions")
        for position, (name, number) in enumerate(steps):
            label = f"Python start + {name}" if position == 0 else name
            print(f"  {number / 1e6:8,.1f} M  {label}")
    print(f"\nratio {app_total / floor_total:.2f} (target <= 1.2); LibDesk's own work: "
          f"{(app_total - floor_total) / 1e6:,.0f} M instructions more than the floor")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
