"""``libdesk catalogue import|lookup|count``: the local catalogue scans fill lines from."""
from __future__ import annotations

from pathlib import Path

from libdesk.commands.common import EXIT_ERROR, EXIT_OK, add, command, open_services, print_progress
from libdesk.services.progress import Progress


def register(subparsers, common) -> None:
    catalogue = subparsers.add_parser("catalogue", help="the library catalogue (ISBN lookup)")
    sub = catalogue.add_subparsers(dest="catalogue_command", metavar="ACTION", required=True)
    imported = add(sub, common, "import", import_catalogue,
                   "import a catalogue export: ISO 2709 (CNMARC/MARC21), MARCXML or .xlsx")
    imported.add_argument("file", type=Path)
    lookup = add(sub, common, "lookup", lookup_isbn, "what the catalogue says about an ISBN")
    lookup.add_argument("isbn")
    add(sub, common, "count", count_records, "how many imported records the catalogue holds")


@command
def import_catalogue(args) -> int:
    services = open_services(args)
    report = services.catalogue.import_file(args.file, Progress(callback=print_progress))
    print(f"{report.format}: {report.records} records, added {report.added}, updated "
          f"{report.updated}, without ISBN {report.without_isbn}, damaged {report.damaged}")
    return EXIT_OK


@command
def lookup_isbn(args) -> int:
    entry = open_services(args).catalogue.lookup(args.isbn)
    if entry is None:
        print(f"{args.isbn}: not in the catalogue")
        return EXIT_ERROR
    print("\t".join([entry.isbn, entry.title, entry.author, entry.publisher, entry.price,
                     entry.call_number]))
    return EXIT_OK


@command
def count_records(args) -> int:
    print(open_services(args).catalogue.count())
    return EXIT_OK
