"""``libdesk statistics --year 2020 [-o FILE.xlsx]`` and ``libdesk mobile record …``."""
from __future__ import annotations

import sys
from pathlib import Path

from libdesk.commands.common import EXIT_INVALID, EXIT_OK, add, command, open_services


def register(subparsers, common) -> None:
    stats = add(subparsers, common, "statistics", show_year,
                "the year's outreach statistics as the annual report prints them")
    stats.add_argument("--year", type=int, required=True)
    stats.add_argument("-o", "--output", type=Path, help="also write them to an .xlsx file")
    mobile = add(subparsers, common, "mobile-service", record_mobile,
                 "record one point's mobile-service visits and loans for a month")
    mobile.add_argument("point", help="point number or exact name")
    mobile.add_argument("--month", required=True, help="YYYY-MM")
    mobile.add_argument("--visits", type=int, required=True)
    mobile.add_argument("--loans", type=int, required=True)
    mobile.add_argument("--notes", default="")


@command
def show_year(args) -> int:
    services = open_services(args)
    report = services.statistics.year_report(args.year)
    section = None
    for line in report.summary:
        if line.section != section:
            section = line.section
            print(section)
        print(f"  {line.item}\t{line.value} {line.unit}")
    if args.output:
        print(f"wrote {services.statistics.export_year(args.year, args.output)}")
    return EXIT_OK


@command
def record_mobile(args) -> int:
    services = open_services(args)
    branch_id = services.branches.lookup(args.point)
    if branch_id is None:
        print(f"no point numbered or named {args.point!r}", file=sys.stderr)
        return EXIT_INVALID
    try:
        year, month = (int(part) for part in args.month.split("-"))
    except ValueError:
        print(f"--month {args.month!r}: write it as YYYY-MM, e.g. 2020-10", file=sys.stderr)
        return EXIT_INVALID
    services.statistics.record_mobile(branch_id, year, month, args.visits, args.loans, args.notes)
    print("recorded")
    return EXIT_OK
