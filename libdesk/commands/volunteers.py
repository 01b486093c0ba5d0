"""``libdesk volunteers import|export|report|certificates``, ``libdesk hours import|export``
and ``libdesk volunteer-certificate``."""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from libdesk.commands.common import (EXIT_INVALID, EXIT_OK, add, command, open_services,
                                     print_progress)
from libdesk.services.base import ListQuery
from libdesk.services.progress import Progress


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2020-10-14")


def register(subparsers, common) -> None:
    volunteers = subparsers.add_parser("volunteers", help="the volunteer ledger and reports")
    sub = volunteers.add_subparsers(dest="volunteers_command", metavar="ACTION", required=True)
    export = add(sub, common, "export", export_volunteers, "write the ledger to an .xlsx file")
    export.add_argument("file", type=Path)
    export.add_argument("--unmask", action="store_true", help="write full phone and ID numbers")
    imported = add(sub, common, "import", import_volunteers,
                   "read a ledger .xlsx; nothing is written unless every row is valid")
    imported.add_argument("file", type=Path)
    report = add(sub, common, "report", annual_report,
                 "write the annual report's tables 16 and 17 for a year")
    report.add_argument("--year", type=int, required=True)
    report.add_argument("-o", "--output", type=Path, required=True)
    batch = add(sub, common, "certificates", batch_certificates,
                "issue and print certificates for everyone above N confirmed hours")
    batch.add_argument("--from", dest="date_from", type=_date, required=True)
    batch.add_argument("--to", dest="date_to", type=_date, required=True)
    batch.add_argument("--min-hours", type=float, required=True)
    batch.add_argument("-o", "--output", type=Path, required=True)

    hours = subparsers.add_parser("hours", help="volunteer service hours")
    hsub = hours.add_subparsers(dest="hours_command", metavar="ACTION", required=True)
    hexport = add(hsub, common, "export", export_hours, "write hour entries to an .xlsx file")
    hexport.add_argument("file", type=Path)
    hexport.add_argument("--from", dest="date_from", type=_date)
    hexport.add_argument("--to", dest="date_to", type=_date)
    hexport.add_argument("--status", choices=["pending", "confirmed", "rejected"])
    himport = add(hsub, common, "import", import_hours,
                  "import the city platform's hours export; all rows or none")
    himport.add_argument("file", type=Path)
    himport.add_argument("--create-activities", action="store_true",
                         help="add activities the file names but the database lacks")
    confirm = add(hsub, common, "confirm", confirm_hours,
                  "confirm the pending entries that other staff recorded (use --user)")
    confirm.add_argument("--activity", help="only entries of this activity (its full name)")
    confirm.add_argument("--from", dest="date_from", type=_date)
    confirm.add_argument("--to", dest="date_to", type=_date)

    cert = add(subparsers, common, "volunteer-certificate", one_certificate,
               "issue and print a 志愿服务证明 for one volunteer")
    cert.add_argument("volunteer_id", type=int, metavar="VOLUNTEER_ID")
    cert.add_argument("--from", dest="date_from", type=_date, required=True)
    cert.add_argument("--to", dest="date_to", type=_date, required=True)
    cert.add_argument("--remarks", default="")
    cert.add_argument("-o", "--output", type=Path, required=True)


@command
def export_volunteers(args) -> int:
    services = open_services(args)
    print(f"wrote {services.volunteers.export_xlsx(args.file, unmask=args.unmask)}")
    return EXIT_OK


@command
def import_volunteers(args) -> int:
    services = open_services(args)
    counts = services.volunteers.import_xlsx(args.file)
    print("added {added}, updated {updated}".format(**counts))
    return EXIT_OK


@command
def annual_report(args) -> int:
    services = open_services(args)
    path = services.volunteer_reports.export_annual_report(args.year, args.output)
    for row in services.volunteer_reports.theme_table(args.year):
        print(f"{row.service}\t{row.period_label}\t{row.people}\t{row.hours:g}")
    for row in services.volunteer_reports.daily_table(args.year):
        print(f"{row.service}\t{row.people_per_month:g}/月\t{row.hours_per_month:g}/月")
    print(f"wrote {path}")
    return EXIT_OK


@command
def export_hours(args) -> int:
    services = open_services(args)
    filters = {k: v for k, v in (("date_from", args.date_from), ("date_to", args.date_to),
                                 ("status", args.status)) if v}
    path = services.hours.export_xlsx(args.file, ListQuery(filters=filters),
                                      Progress(print_progress))
    print(f"wrote {path}")
    return EXIT_OK


@command
def import_hours(args) -> int:
    services = open_services(args)
    report = services.hours.import_xlsx(args.file, create_activities=args.create_activities)
    if report.created_activities:
        print("created activities: " + "、".join(report.created_activities))
    by_platform = sum(1 for r in report.rows if r.matched_by == "platform_no")
    print(f"added {report.added} entries (pending approval); matched {by_platform} by "
          f"platform number, {len(report.rows) - by_platform} by name")
    return EXIT_OK


@command
def confirm_hours(args) -> int:
    services = open_services(args)
    filters = {k: v for k, v in (("date_from", args.date_from), ("date_to", args.date_to))
               if v}
    filters["reviewable"] = True
    if args.activity:
        activity_id = services.activities.find(args.activity)
        if activity_id is None:
            print(f"no activity is named {args.activity!r}", file=sys.stderr)
            return EXIT_INVALID
        filters["activity_id"] = activity_id
    ids = services.hours.ids(ListQuery(filters=filters))
    own = services.hours.count(ListQuery(filters={**filters, "reviewable": False,
                                                  "status": "pending",
                                                  "recorded_by": services.actor.username}))
    confirmed = services.hours.confirm(ids) if ids else 0
    print(f"confirmed {confirmed} entries" + (
        f"; {own} pending entries are yours and need another staff member" if own else ""))
    return EXIT_OK


@command
def one_certificate(args) -> int:
    services = open_services(args)
    certs = services.volunteer_certificates
    cert_id = certs.issue(args.volunteer_id, args.date_from, args.date_to, args.remarks)
    path = certs.render([cert_id], args.output)
    number = certs.page(ListQuery(filters={"volunteer_id": args.volunteer_id},
                                  sort="number", descending=True), 0, 1)[0].number
    print(f"issued {number}; wrote {path}")
    return EXIT_OK


@command
def batch_certificates(args) -> int:
    services = open_services(args)
    result = services.volunteer_certificates.issue_batch(
        args.date_from, args.date_to, args.min_hours, args.output, Progress(print_progress))
    print(f"issued {result.issued} certificates ({result.numbers[0]} … {result.numbers[-1]}); "
          f"wrote {result.path}")
    return EXIT_OK
