"""``libdesk statistics --year 2020 [-o FILE.xlsx] [--pdf FILE.pdf]``, ``libdesk statistics
--years 2019-2020 [-o FILE.xlsx]``, ``libdesk mobile-service …`` and ``libdesk
volunteer-platform …``."""
from __future__ import annotations

import sys
from pathlib import Path

from libdesk.commands.common import EXIT_INVALID, EXIT_OK, add, command, open_services
from libdesk.models.errors import EditConflict
from libdesk.models.statistics import report_tables

ATTEMPTS = 3  # saves tried while other desks keep changing the same figures


def register(subparsers, common) -> None:
    stats = add(subparsers, common, "statistics", show_year,
                "the year's outreach statistics as the annual report prints them")
    which = stats.add_mutually_exclusive_group(required=True)
    which.add_argument("--year", type=int, help="one year, each figure beside the year before")
    which.add_argument("--years", help="a range of years side by side, e.g. 2019-2020")
    stats.add_argument("-o", "--output", type=Path, help="also write them to an .xlsx file")
    stats.add_argument("--pdf", type=Path,
                       help="also print the annual report's outreach section to a PDF file")
    platform = add(subparsers, common, "volunteer-platform", record_platform,
                   "record the city volunteer platform's figures at the end of a year")
    platform.add_argument("--year", type=int, required=True)
    platform.add_argument("--registered", type=int, required=True,
                          help="volunteers registered on the platform")
    platform.add_argument("--on-site", type=int, default=None,
                          help="registered on site (not given: kept as stored, 0 for a new year)")
    platform.add_argument("--hours", required=True, help="hours accumulated, e.g. 53876.85")
    mobile = add(subparsers, common, "mobile-service", record_mobile,
                 "record one point's mobile-service visits and loans for a month")
    mobile.add_argument("point", help="point number or exact name")
    mobile.add_argument("--month", required=True, help="YYYY-MM")
    mobile.add_argument("--visits", type=int, required=True)
    mobile.add_argument("--loans", type=int, required=True)
    mobile.add_argument("--notes", default=None,
                        help="notes of the month (not given: kept as stored)")


@command
def show_year(args) -> int:
    services = open_services(args)
    if args.years:
        return _show_years(services, args)
    report = services.statistics.year_report(args.year)
    section = None
    print(f"{report.year}\t(上年 {report.year - 1}\t增减\t比上年)")
    for line, row in zip(report.summary, report_tables.summary_rows(report)):
        if line.section != section:
            section = line.section
            print(section)
        print(f"  {line.item}\t{row[3]} {line.unit}\t({row[4]}\t{row[5]}\t{row[6]})")
    if args.output:
        print(f"wrote {services.statistics.export_year(args.year, args.output)}")
    if args.pdf:
        print(f"wrote {services.statistics.print_report(args.year, args.pdf, services.charts)}")
    return EXIT_OK


def _show_years(services, args) -> int:
    try:
        first, _, last = args.years.partition("-")
        first, last = int(first), int(last or first)
    except ValueError:
        print(f"--years {args.years!r}: write it as FIRST-LAST, e.g. 2019-2020", file=sys.stderr)
        return EXIT_INVALID
    if args.pdf:
        print("--pdf prints one year: use --year", file=sys.stderr)
        return EXIT_INVALID
    comparison = services.statistics.compare(first, last)
    print("\t".join(report_tables.comparison_headers(comparison)[1:]))
    for row in report_tables.comparison_rows(comparison):
        print("\t".join(str(cell) for cell in row[1:]))
    if args.output:
        print(f"wrote {services.statistics.export_comparison(first, last, args.output)}")
    return EXIT_OK


@command
def record_platform(args) -> int:
    """Checked against the version read before the save (figures saved meanwhile elsewhere
    are read again and kept where not named), and counts the version up: a window with the
    figures open then gets the conflict dialog when it saves."""
    services = open_services(args)
    statistics = services.statistics
    for attempt in range(1, ATTEMPTS + 1):
        version = statistics.platform_version(args.year)
        try:
            statistics.record_platform(args.year, args.registered, args.on_site, args.hours,
                                       expected_version=version)
            break
        except EditConflict:
            if attempt == ATTEMPTS:
                raise
    print("recorded")
    return EXIT_OK


@command
def record_mobile(args) -> int:
    """Visits and loans as given; the notes only with ``--notes`` (else kept as stored).
    Checked against the version read before the save, and counts it up."""
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
    statistics = services.statistics
    for attempt in range(1, ATTEMPTS + 1):  # the version first, then the save beside it
        version = statistics.mobile_version(branch_id, year, month)
        try:
            statistics.record_mobile(branch_id, year, month, args.visits, args.loans,
                                     args.notes, expected_version=version)
            break
        except EditConflict:
            if attempt == ATTEMPTS:
                raise
    print("recorded")
    return EXIT_OK
