"""``libdesk outreach …``: the mobile-service log, events and visits at points, collection
transfers, outgoing gifts with their letters, points' facts and a point's history.

    libdesk outreach outing --date 2020-10-14 --point 太图城市书房郝庄馆 --readers 120 --loans 260
    libdesk outreach import outings 流动服务.xlsx     (outings|events|visits|gifts|transfers|facts)
    libdesk outreach export outings out.xlsx [--year 2020]
    libdesk outreach event|visit|gift|transfer …      libdesk outreach letter TYTS-ZS-2020-0001 -o f.pdf
    libdesk outreach pack TRANSFER_ID BATCH_NO [--box 1]   libdesk outreach history POINT
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import fields, replace
from datetime import date
from pathlib import Path

from libdesk.commands.common import EXIT_INVALID, EXIT_OK, add, command, open_services
from libdesk.models.errors import EditConflict
from libdesk.models.outreach.rules import (EventInput, FactsInput, GiftInput, OutingInput,
                                           TransferInput, TransferLineInput, VisitInput)
from libdesk.services.base import ListQuery

FACTS_ATTEMPTS = 3  # saves tried while other desks keep changing the same point's facts
KINDS = {"outings": "mobile_log", "events": "point_events", "visits": "point_visits",
         "gifts": "gifts", "transfers": "transfers", "facts": "point_facts"}


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2020-10-14")


def register(subparsers, common) -> None:
    outreach = subparsers.add_parser("outreach", help="mobile service, events, visits, "
                                     "transfers, gifts and points' facts")
    sub = outreach.add_subparsers(dest="outreach_command", metavar="ACTION", required=True)
    outing = add(sub, common, "outing", add_outing, "log one mobile-service outing")
    outing.add_argument("--date", type=_date, required=True)
    outing.add_argument("--point", help="point number or exact name")
    outing.add_argument("--place", default="", help="where, when not one of the points")
    outing.add_argument("--vehicle", default="")
    outing.add_argument("--staff", default="")
    for name in ("readers", "loans", "returns", "new-cards"):
        outing.add_argument(f"--{name}", type=int, default=0)
    outing.add_argument("--notes", default="")
    event = add(sub, common, "event", add_event, "record a reading event held at a point")
    event.add_argument("--date", type=_date, required=True)
    event.add_argument("--point", required=True)
    event.add_argument("--title", required=True)
    event.add_argument("--participants", type=int, default=0)
    visit = add(sub, common, "visit", add_visit, "record a guidance or technical-service visit")
    visit.add_argument("--date", type=_date, required=True)
    visit.add_argument("--point", required=True)
    visit.add_argument("--kind", choices=["guidance", "technical"], default="guidance")
    visit.add_argument("--staff", default="")
    visit.add_argument("--topic", default="")
    gift = add(sub, common, "gift", add_gift, "record a gift of books and number its letter")
    gift.add_argument("--date", type=_date, required=True)
    gift.add_argument("--recipient", required=True)
    gift.add_argument("--kind", choices=["hospital", "school", "library", "other"],
                      default="other")
    gift.add_argument("--description", default="")
    gift.add_argument("--titles", type=int, default=0)
    gift.add_argument("--volumes", type=int, required=True)
    letter = add(sub, common, "letter", print_letter, "print a gift letter (赠书函) to PDF")
    letter.add_argument("number")
    letter.add_argument("-o", "--output", type=Path, required=True)
    transfer = add(sub, common, "transfer", add_transfer,
                   "record books pulled from a department to the outreach department")
    transfer.add_argument("--date", type=_date, required=True)
    transfer.add_argument("--from", dest="source", required=True, help="e.g. 少儿部")
    transfer.add_argument("--point", help="the point the books are for")
    transfer.add_argument("--project", default="", help="e.g. 太图约书")
    transfer.add_argument("--purpose", default="")
    transfer.add_argument("--copies", type=int, required=True)
    transfer.add_argument("--title", default="图书", help="what the books are, e.g. 少儿图书")
    pack = add(sub, common, "pack", pack_transfer, "pack a transfer's books into a draft batch")
    pack.add_argument("transfer", type=int, help="transfer id (see `outreach list transfers`)")
    pack.add_argument("batch", help="batch number, e.g. PS-2020-0042")
    pack.add_argument("--box", type=int, default=1)
    facts = add(sub, common, "facts", set_facts, "set a point's opening hours, area, seats …; "
                "the facts not named keep their values")
    facts.add_argument("point")
    facts.add_argument("--hours", default=None)
    facts.add_argument("--24h", dest="open_24h", action=argparse.BooleanOptionalAction,
                       default=None, help="open around the clock (--no-24h: not)")
    facts.add_argument("--area", type=float, default=None)
    facts.add_argument("--seats", type=int, default=None)
    facts.add_argument("--machines", type=int, default=None)
    facts.add_argument("--correction", type=int, default=None)
    facts.add_argument("--reason", default=None)
    history = add(sub, common, "history", show_history, "a point's history in one list")
    history.add_argument("point")
    listing = add(sub, common, "list", list_records, "list one kind of record")
    listing.add_argument("kind", choices=sorted(KINDS))
    listing.add_argument("--year", type=int)
    imported = add(sub, common, "import", import_records,
                   "import a workbook; nothing is written unless every row is valid")
    imported.add_argument("kind", choices=sorted(KINDS))
    imported.add_argument("file", type=Path)
    exported = add(sub, common, "export", export_records, "write one kind of record to .xlsx")
    exported.add_argument("kind", choices=sorted(KINDS))
    exported.add_argument("file", type=Path)
    exported.add_argument("--year", type=int)


def _point(services, text: str | None) -> int | None:
    if not text:
        return None
    point = services.branches.lookup(text)
    if point is None:
        raise LookupError(text)
    return point


def _with_point(handler):
    @command
    def run(args) -> int:
        services = open_services(args)
        try:
            return handler(services, args)
        except LookupError as exc:
            print(f"no point numbered or named {exc.args[0]!r}", file=sys.stderr)
            return EXIT_INVALID
        finally:
            services.close()
    run.__name__ = handler.__name__
    return run


@_with_point
def add_outing(services, args) -> int:
    services.mobile_log.add(OutingInput(
        served_on=args.date, vehicle=args.vehicle, branch_id=_point(services, args.point),
        place=args.place, staff=args.staff, readers=args.readers, loans=args.loans,
        returns=args.returns, new_cards=args.new_cards, notes=args.notes))
    print("recorded")
    return EXIT_OK


@_with_point
def add_event(services, args) -> int:
    services.point_events.add(EventInput(branch_id=_point(services, args.point),
                                         held_on=args.date, title=args.title,
                                         participants=args.participants))
    print("recorded")
    return EXIT_OK


@_with_point
def add_visit(services, args) -> int:
    services.point_visits.add(VisitInput(branch_id=_point(services, args.point),
                                         visited_on=args.date, kind=args.kind,
                                         staff=args.staff, topic=args.topic))
    print("recorded")
    return EXIT_OK


@_with_point
def add_gift(services, args) -> int:
    gift_id = services.gifts.add(GiftInput(
        given_on=args.date, recipient=args.recipient, recipient_kind=args.kind,
        description=args.description, titles=args.titles, volumes=args.volumes))
    print(services.gifts.get(gift_id).number)
    return EXIT_OK


@_with_point
def print_letter(services, args) -> int:
    rows = services.gifts.page(ListQuery(text=args.number), 0, 5)
    found = [r for r in rows if r.number == args.number]
    if not found:
        print(f"no gift letter numbered {args.number!r}", file=sys.stderr)
        return EXIT_INVALID
    print(f"wrote {services.gifts.render_letters([found[0].id], args.output)}")
    return EXIT_OK


@_with_point
def add_transfer(services, args) -> int:
    transfer_id = services.transfers.add_with_lines(
        TransferInput(transferred_on=args.date, source_dept=args.source,
                      branch_id=_point(services, args.point), project=args.project,
                      purpose=args.purpose),
        [TransferLineInput(title=args.title, copies=args.copies)])
    print(f"transfer {transfer_id}")
    return EXIT_OK


@_with_point
def pack_transfer(services, args) -> int:
    batch_id = services.distribution.find(args.batch)
    lines = [line.id for line in services.transfers.lines(args.transfer) if line.remaining]
    copies = services.transfers.pack(lines, batch_id, args.box)
    print(f"packed {copies} copies into {args.batch}")
    return EXIT_OK


@_with_point
def set_facts(services, args) -> int:
    """The facts named on the command line change; the others keep what is stored. The save
    is checked against the version read with those values (a change saved meanwhile is read
    again and kept), and counts the version up: a window with the facts open then gets the
    conflict dialog when it saves."""
    point = _point(services, args.point)
    given = {name: value for name, value in (
        ("opening_hours", args.hours), ("open_24h", args.open_24h), ("area_m2", args.area),
        ("seats", args.seats), ("machines", args.machines),
        ("books_correction", args.correction), ("correction_note", args.reason))
        if value is not None}
    for attempt in range(1, FACTS_ATTEMPTS + 1):
        version = services.point_facts.version(point)  # the version first, then the values
        stored = services.point_facts.get(point)
        if not given:
            break
        facts = replace(FactsInput(**{f.name: getattr(stored, f.name)
                                      for f in fields(FactsInput)}), **given)
        try:
            services.point_facts.save(point, facts, expected_version=version)
            break
        except EditConflict:
            if attempt == FACTS_ATTEMPTS:
                raise
    facts = services.point_facts.get(point)
    print(f"books on site: {facts.books_on_site} ({facts.books_from_batches} from batches, "
          f"{facts.books_correction:+d} corrected)")
    return EXIT_OK


@_with_point
def show_history(services, args) -> int:
    for e in services.point_history.history(_point(services, args.point)):
        day = e.day.isoformat() if e.day else "-"
        print(f"{day}\t{e.kind}\t{e.title}\t{e.detail}\t{e.count}\t{e.loans}")
    return EXIT_OK


def _query(args) -> ListQuery:
    return ListQuery(filters={"year": args.year} if getattr(args, "year", None) else {})


@_with_point
def list_records(services, args) -> int:
    service = getattr(services, KINDS[args.kind])
    query = _query(args)
    for row in service.page(query, 0, service.count(query)):
        values = {k: v for k, v in vars(row).items() if v not in ("", None, 0)}
        print("\t".join(f"{k}={v}" for k, v in values.items()))
    return EXIT_OK


@_with_point
def import_records(services, args) -> int:
    count = getattr(services, KINDS[args.kind]).import_xlsx(args.file)
    print(f"imported {count}")
    return EXIT_OK


@_with_point
def export_records(services, args) -> int:
    written = getattr(services, KINDS[args.kind]).export_xlsx(args.file, _query(args))
    print(f"wrote {written}")
    return EXIT_OK
