"""``libdesk branches list|export|import``."""
from __future__ import annotations

from pathlib import Path

from libdesk.commands.common import EXIT_OK, add, command, open_services
from libdesk.models.branches.status import BRANCH_STATUS_ZH, BranchStatus
from libdesk.services.base import ListQuery


def register(subparsers, common) -> None:
    branches = subparsers.add_parser("branches", help="branches and outreach points")
    sub = branches.add_subparsers(dest="branches_command", metavar="ACTION", required=True)
    listing = add(sub, common, "list", list_points, "list the points")
    listing.add_argument("--filter", default="", help="show points matching this text")
    export = add(sub, common, "export", export_roster, "write the roster to an .xlsx file")
    export.add_argument("file", type=Path)
    export.add_argument("--unmask", action="store_true", help="write full phone numbers")
    imported = add(sub, common, "import", import_roster,
                   "read a roster .xlsx; nothing is written unless every row is valid")
    imported.add_argument("file", type=Path)


@command
def list_points(args) -> int:
    services = open_services(args)
    query = ListQuery(text=args.filter)
    for row in services.branches.page(query, 0, services.branches.count(query)):
        status = BRANCH_STATUS_ZH[BranchStatus(row.status)]
        print(f"{row.number:>4}  {row.name}\t{row.category}\t{status}\t{row.primary_contact}")
    return EXIT_OK


@command
def export_roster(args) -> int:
    services = open_services(args)
    path = services.branches.export_roster(args.file, unmask=args.unmask)
    print(f"wrote {path}")
    return EXIT_OK


@command
def import_roster(args) -> int:
    services = open_services(args)
    counts = services.branches.import_roster(args.file)
    print("added {added}, updated {updated}, unchanged {unchanged}".format(**counts))
    return EXIT_OK
