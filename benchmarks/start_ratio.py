"""The start-up figure alone: "first tab's data painted" beside its floor, in one run.

    python benchmarks/start_ratio.py DB [RUNS]     # default 5 runs of each

Runs ``probes/start.py orm DB`` (the floor: a bare window after importing the ORM stack and
one query) and ``probes/start.py app-data DB`` (LibDesk until the first tab's rows are
painted) alternately in fresh processes, timed from outside (spawn → the MARK line), and
prints each one's times, their medians and the ratio, as ``run.py`` measures them. The
machine is shared: only figures from the same run compare, and the median of the ratios of
each round (a floor and an app started one after the other) moves less than the ratio of
the medians when the machine's speed changes during the run. Uses a copy of DB (a probe's
window owns its database file).
"""
from __future__ import annotations

import compileall
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, run_probe  # noqa: E402


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    runs = int(argv[1]) if len(argv) > 1 else 5
    subprocess.run([sys.executable, str(ROOT / "tools" / "forms.py")], check=True,
                   stdout=subprocess.DEVNULL)
    compileall.compile_dir(ROOT / "libdesk", quiet=1)  # as run.py: an installed copy's bytecode
    with tempfile.TemporaryDirectory(prefix="libdesk-start-") as tmp:
        db = Path(tmp) / "start.sqlite"
        shutil.copyfile(argv[0], db)
        walls: dict[str, list[float]] = {"orm": [], "app-data": []}
        for _ in range(runs):
            for mode in walls:
                walls[mode].append(run_probe("start", mode, str(db))["wall_s"])
    for mode, values in walls.items():
        print(f"{mode:9s} " + " ".join(f"{v:.3f}" for v in values)
              + f"   median {statistics.median(values):.3f} s")
    floor, app = (statistics.median(walls[m]) for m in ("orm", "app-data"))
    rounds = statistics.median(a / f for a, f in zip(walls["app-data"], walls["orm"]))
    print(f"ratio {app / floor:.2f} (medians), {rounds:.2f} (median of the rounds' ratios); "
          "target <= 1.2")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
