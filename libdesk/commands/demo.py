"""``libdesk demo``: fill a new database with realistic Chinese demo data, with progress.

    libdesk --database demo.sqlite demo --donors 100000 --volunteers 5000 --hours 500000 \
        --batches 2000
"""
from __future__ import annotations

import sys
import time
from datetime import date

from libdesk.commands.common import EXIT_OK, add, command, open_services
from libdesk.services.progress import Progress


def register(subparsers, common) -> None:
    demo = add(subparsers, common, "demo", fill_demo,
               "fill a NEW database with realistic demo data (donors, donations, volunteers, "
               "hours, distribution batches)")
    demo.add_argument("--donors", type=int, default=1000, help="donors (default 1000)")
    demo.add_argument("--donations", type=int, default=None,
                      help="donations, each with 1–6 lines (default 1.2 per donor)")
    demo.add_argument("--volunteers", type=int, default=200, help="volunteers (default 200)")
    demo.add_argument("--hours", type=int, default=5000,
                      help="service-hour entries (default 5000)")
    demo.add_argument("--batches", type=int, default=50,
                      help="distribution batches with their items and boxes (default 50)")
    demo.add_argument("--certificates", type=int, default=50,
                      help="collection certificates issued for the oldest donations (50)")
    demo.add_argument("--seed", type=int, default=2020,
                      help="random seed: the same seed makes the same data")
    demo.add_argument("--today", type=date.fromisoformat, default=None,
                      help="the day the data ends (YYYY-MM-DD, default today)")


class _Printer:
    """One status line on stderr, rewritten at most ten times a second."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.shown = 0.0
        self.phase = ""

    def __call__(self, done: int, total: int, message: str) -> None:
        now = time.perf_counter()
        if message == self.phase and now - self.shown < 0.1 and done < total:
            return
        if self.phase and message != self.phase:
            print(file=sys.stderr)
        self.phase, self.shown = message, now
        print(f"\r{message:<12} {done:>9,}/{total:,}  {100 * done // max(total, 1):3d}%  "
              f"{now - self.started:6.1f} s", end="", file=sys.stderr, flush=True)


@command
def fill_demo(args) -> int:
    from libdesk.demo.generator import DemoService, DemoSizes

    services = open_services(args)
    sizes = DemoSizes(donors=args.donors, donations=args.donations, volunteers=args.volunteers,
                      hours=args.hours, batches=args.batches, certificates=args.certificates,
                      seed=args.seed, today=args.today or date.today())
    printer = _Printer()
    try:
        result = DemoService.for_services(services).fill(sizes, Progress(printer))
    finally:
        print(file=sys.stderr)
        services.close()
    for table, count in result.counts.items():
        print(f"{table:<20} {count:>9,}")
    print(f"demo data written in {result.seconds:.1f} s")
    return EXIT_OK
