"""``libdesk donors list|export|template|import|top``."""
from __future__ import annotations

from pathlib import Path

from libdesk.commands.common import EXIT_OK, add, command, open_services, print_progress
from libdesk.services.base import ListQuery
from libdesk.services.progress import Progress


def register(subparsers, common) -> None:
    donors = subparsers.add_parser("donors", help="donors and their donations")
    sub = donors.add_subparsers(dest="donors_command", metavar="ACTION", required=True)
    listing = add(sub, common, "list", list_donors, "list donors (phones masked)")
    listing.add_argument("--filter", default="", help="show donors matching this text")
    export = add(sub, common, "export", export_donors,
                 "write donors and donation lines to an .xlsx file (masked by default)")
    export.add_argument("file", type=Path)
    export.add_argument("--unmask", action="store_true",
                        help="write full phone and ID numbers (needs the unmask permission)")
    export.add_argument("--year", type=int, default=None, help="only donations of this year")
    template = add(sub, common, "template", write_template,
                   "write an import template with headers and one example row")
    template.add_argument("file", type=Path)
    imported = add(sub, common, "import", import_donors,
                   "read donors with their donations and lines; nothing is written unless "
                   "every row is valid")
    imported.add_argument("file", type=Path)
    top = add(sub, common, "top", top_donors, "top donors by volumes for a year")
    top.add_argument("--year", type=int, required=True)
    top.add_argument("-n", type=int, default=10, help="how many (default 10)")


@command
def list_donors(args) -> int:
    services = open_services(args)
    query = ListQuery(text=args.filter)
    for row in services.donors.page(query, 0, services.donors.count(query)):
        print(f"{row.id:>6}  {row.name}\t{row.title}\t{row.phone}\t{row.donations}\t"
              f"{row.volumes}")
    return EXIT_OK


@command
def export_donors(args) -> int:
    services = open_services(args)
    path = services.donor_files.export(args.file, unmask=args.unmask, year=args.year,
                                       progress=Progress(print_progress))
    print(f"wrote {path}")
    return EXIT_OK


@command
def write_template(args) -> int:
    services = open_services(args)
    print(f"wrote {services.donor_files.template(args.file)}")
    return EXIT_OK


@command
def import_donors(args) -> int:
    services = open_services(args)
    report = services.donor_files.import_file(args.file, Progress(print_progress))
    print(f"donors added {report.donors_added}, updated {report.donors_updated}; "
          f"donations added {report.donations_added} with {report.lines_added} line(s); "
          f"{report.rows_kept} row(s) of existing donations left as they are")
    return EXIT_OK


@command
def top_donors(args) -> int:
    services = open_services(args)
    print("排名\t捐赠者\t册数")
    for row in services.donors.top(args.year, args.n):
        print(f"{row.rank}\t{row.name}\t{row.volumes}")
    return EXIT_OK
