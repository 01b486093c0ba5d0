"""``libdesk batch list|sheet|labels|receive|export|totals``: distribution batches headless."""
from __future__ import annotations

from pathlib import Path

from libdesk.commands.common import EXIT_ERROR, EXIT_OK, add, command, open_services, print_progress
from libdesk.models.distribution.tables import (
    BATCH_KIND_ZH,
    BATCH_STATUS_ZH,
    BatchKind,
    BatchStatus,
)
from libdesk.services.base import ListQuery
from libdesk.services.progress import Progress


def register(subparsers, common) -> None:
    batch = subparsers.add_parser("batch", help="distribution batches to the points")
    sub = batch.add_subparsers(dest="batch_command", metavar="ACTION", required=True)
    listing = add(sub, common, "list", list_batches, "list batches (newest first)")
    listing.add_argument("--filter", default="", help="batches matching this text")
    listing.add_argument("--status", choices=[s.value for s in BatchStatus])
    listing.add_argument("--overdue", action="store_true",
                         help="only shipped batches not received in time")
    sheet = add(sub, common, "sheet", print_sheet, "write a batch's A4 shipment sheet")
    sheet.add_argument("number", metavar="BATCH_NO", help="e.g. PS-2020-0042")
    sheet.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    sheet.add_argument("--unmask", action="store_true", help="print the contact's full phone")
    labels = add(sub, common, "labels", print_labels, "write a packed batch's box labels")
    labels.add_argument("number", metavar="BATCH_NO")
    labels.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    labels.add_argument("--layout", choices=["a4", "a6"], default="a4",
                        help="four labels to an A4 page (default) or one per A6 page")
    receive = add(sub, common, "receive", receive_box,
                  "receive the box whose label code is PAYLOAD (as a scanner types it)")
    receive.add_argument("payload", metavar="PAYLOAD")
    receive.add_argument("--signed-by", default="", help="who signed at the point")
    export = add(sub, common, "export", export_batches, "write batches and items to .xlsx")
    export.add_argument("file", type=Path, metavar="FILE.xlsx")
    export.add_argument("--year", type=int, help="only batches of this year")
    totals = add(sub, common, "totals", year_totals, "books and periodicals per point in a year")
    totals.add_argument("year", type=int)


def _progress() -> Progress:
    return Progress(callback=print_progress)


@command
def list_batches(args) -> int:
    services = open_services(args)
    filters = {k: v for k, v in (("status", args.status), ("overdue", args.overdue)) if v}
    query = ListQuery(text=args.filter, filters=filters, sort="number", descending=True)
    for b in services.distribution.page(query, 0, services.distribution.count(query)):
        late = "  超期未签收" if b.overdue else ""
        print(f"{b.number}  {BATCH_STATUS_ZH[BatchStatus(b.status)]}\t"
              f"{BATCH_KIND_ZH[BatchKind(b.kind)]}\t{b.branch_name}\t{b.titles_out} 种 "
              f"{b.copies_out} 册\t{b.boxes_received}/{b.boxes} 箱{late}")
    return EXIT_OK


@command
def print_sheet(args) -> int:
    services = open_services(args)
    batch_id = services.distribution.find(args.number)
    path = services.batch_documents.print_sheet(batch_id, args.output, _progress(),
                                             unmask=args.unmask)
    print(f"wrote {path}")
    return EXIT_OK


@command
def print_labels(args) -> int:
    services = open_services(args)
    batch_id = services.distribution.find(args.number)
    path = services.batch_documents.print_labels(batch_id, args.output, args.layout, _progress())
    print(f"wrote {path}")
    return EXIT_OK


@command
def receive_box(args) -> int:
    services = open_services(args)
    r = services.receiving.receive_scan(args.payload, args.signed_by)
    if r.already:
        print(f"{r.batch_no} box {r.box_no} was already received "
              f"({r.boxes_received}/{r.boxes_total} boxes in); nothing changed")
        return EXIT_ERROR
    print(f"{r.batch_no} box {r.box_no} received: {r.item_count} copies for {r.branch_name} "
          f"({r.boxes_received}/{r.boxes_total} boxes in)")
    if r.batch_received:
        print(f"{r.batch_no}: every box is in; the batch is received")
    return EXIT_OK


@command
def export_batches(args) -> int:
    services = open_services(args)
    query = ListQuery(filters={"year": args.year} if args.year else {}, sort="number")
    path = services.batch_documents.export(args.file, query, _progress())
    print(f"wrote {path}")
    return EXIT_OK


@command
def year_totals(args) -> int:
    services = open_services(args)
    for t in services.distribution_reports.year_totals(args.year):
        print(f"{t.branch_name}\t批次 {t.batches}\t图书 {t.books_out} 册（{t.book_titles_out} 种）"
              f"\t期刊 {t.periodicals_out} 册\t换回 {t.books_back} 册")
    return EXIT_OK
