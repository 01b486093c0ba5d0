"""The donors workbook import in two phases, so other writers never wait on its matching.

1. Read phase (no write lock): ``Known.load`` reads, in a few indexed queries, every stored
   fact the import depends on — the donors the file names by 编号 or by name, the donations
   it names by 捐赠编号, and the donations of the donors it may match (to recognise a file
   moved here before) — and ``plan`` decides, in memory, which donors are updated, which are
   added, and which donor each donation goes to; every bad row is reported here.
2. Write phase (the short write transaction): the same facts are read again, the rows to be
   updated locked (``FOR UPDATE`` on PostgreSQL; SQLite's write lock covers all). If nothing
   changed meanwhile the plan stands; else it is made again from what is stored now (a donor
   deleted meanwhile is added again, one changed meanwhile is updated at its new version, a
   donor added meanwhile is matched), so no row is lost and nothing fails on a stale id.
   Then donors, donations and lines go in with bulk statements.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import insert, select, update

from libdesk.models.base import utcnow
from libdesk.models.donations.rules import DonorInput
from libdesk.models.donations.tables import Donation, DonationLine, Donor
from libdesk.models.donations.records import ImportReport
from libdesk.models.errors import QT_TRANSLATE_NOOP, Problem
from libdesk.models.validation import mask_id_number, mask_phone, normalize_phone
from libdesk.services.base import chunks
from libdesk.services.donations.donors import donor_values
from libdesk.services.progress import Progress
from libdesk.spreadsheets import donations as sheets
from libdesk.store.search import DONOR_INDEX, bulk_insert

STORED = ("kind", "name", "name_key", "honorific", "title", "contact_person", "email",
          "address", "notes", "phone", "phone2", "id_number")  # what ``donor_values`` sets


@dataclass(frozen=True)
class Facts:
    """One stored donor: its version and the columns an import sets."""
    id: int
    version: int
    stored: dict

    @property
    def name(self) -> str:
        return self.stored["name"]

    def matches(self, donor: DonorInput) -> bool:
        """The same phone, or the same ID number (stored numbers or their masked forms)."""
        phone = normalize_phone(donor.phone)
        own = self.stored
        phones = {own["phone"], own["phone2"], mask_phone(own["phone"]),
                  mask_phone(own["phone2"])}
        ids = {own["id_number"], mask_id_number(own["id_number"])}
        return bool((phone and phone in phones - {""})
                    or (donor.id_number and donor.id_number.upper() in ids - {""}))


@dataclass
class Known:
    """The stored facts one import depends on (see the module's docstring)."""
    donors: dict[int, Facts] = field(default_factory=dict)
    by_name: dict[str, list[int]] = field(default_factory=dict)
    donation_ids: set[int] = field(default_factory=set)
    received: set[tuple[int, date, str]] = field(default_factory=set)  # donor, day, by

    @classmethod
    def load(cls, session, book: sheets.ImportedBook, trusted: bool,
             lock: bool = False) -> "Known":
        known = cls()
        ids = {d.id for d in book.donors if d.id is not None} if trusted else set()
        if trusted:
            ids |= {g.donor_id for g in book.donations if g.donor_id is not None}
        names = ({d.donor.name.strip() for d in book.donors}
                 | {g.donor_name for g in book.donations if g.donor_name})
        columns = (Donor.id, Donor.version, *(getattr(Donor, c) for c in STORED))
        for key, values in ((Donor.id, sorted(ids)), (Donor.name, sorted(names))):
            for chunk in chunks(values):
                stmt = select(*columns).where(key.in_(chunk))
                if lock:
                    stmt = stmt.with_for_update()
                for row in session.execute(stmt):
                    known.donors[row[0]] = Facts(row[0], row[1], dict(zip(STORED, row[2:])))
        for facts in sorted(known.donors.values(), key=lambda f: f.id):
            known.by_name.setdefault(facts.name, []).append(facts.id)
        file_ids = sorted({g.file_id for g in book.donations if g.file_id is not None})
        if trusted:
            for chunk in chunks(file_ids):
                known.donation_ids.update(session.execute(
                    select(Donation.id).where(Donation.id.in_(chunk))).scalars())
        elif file_ids:  # another desk's donations: already moved here before?
            for chunk in chunks(sorted(known.donors)):
                known.received.update(tuple(r) for r in session.execute(select(
                    Donation.donor_id, Donation.received_on, Donation.received_by).where(
                    Donation.donor_id.in_(chunk))))
        return known

    def copy(self) -> "Known":
        return Known(dict(self.donors), {k: list(v) for k, v in self.by_name.items()},
                     set(self.donation_ids), set(self.received))

    def match(self, donor: DonorInput) -> int | None:
        for donor_id in self.by_name.get(donor.name.strip(), []):
            if self.donors[donor_id].matches(donor):
                return donor_id
        return None

    def updated(self, donor_id: int, values: dict) -> dict | None:
        """The donor as the import is about to store it (later rows match what it wrote);
        returns the row to write, or None when the donor already is so."""
        old = self.donors[donor_id]
        new = Facts(donor_id, old.version, {**old.stored, **values})
        if new.stored == old.stored:
            return None
        self.donors[donor_id] = new
        if new.name != old.name:
            self.by_name[old.name] = [i for i in self.by_name.get(old.name, []) if i != donor_id]
            self.by_name.setdefault(new.name, []).append(donor_id)
        return new.stored


@dataclass
class Plan:
    """What the import will write. A donor reference is an id, or ``-1 - n`` for the n-th
    donor added by this import."""
    matched: int = 0  # donors of the file found stored (updated, or already the same)
    updates: dict[int, dict] = field(default_factory=dict)  # donor id → its columns
    new: list[dict] = field(default_factory=list)  # the columns of each donor to add
    donations: list[tuple[int, sheets.ImportedDonation]] = field(default_factory=list)
    kept: int = 0
    problems: list[Problem] = field(default_factory=list)


def plan(book: sheets.ImportedBook, trusted: bool, known: Known,
         progress: Progress | None = None) -> Plan:
    """Donors by 编号 when the file's ids are this database's and the donor still exists;
    other donors (another desk's ids, or none) are matched by name and phone or ID number,
    else added. Lines follow their donor through the file's ids."""
    out = Plan()
    known = known.copy()  # as the import goes on it sees its own updates, not the caller
    by_name: dict[str, int] = {}
    added: dict[str, int] = {}
    file_names: dict[int, str] = {}  # 编号 in the file → the donor's name
    total = len(book.donors) + len(book.donations)
    for n, item in enumerate(book.donors, start=1):
        if progress is not None and n % 500 == 0:
            progress.step(n, total, "")
        name = item.donor.name.strip()
        donor_id = item.id if trusted and item.id in known.donors else None
        if item.id is not None and donor_id is None:
            file_names[item.id] = name  # another desk's id, or deleted since the export
        if donor_id is None:
            donor_id = known.match(item.donor)
        values = donor_values(item.donor)
        if donor_id is None:
            added.setdefault(name, -1 - len(out.new))
            out.new.append({"phone": "", "phone2": "", "id_number": "", **values})
        else:
            out.matched += 1
            row = known.updated(donor_id, values)
            if row is not None:  # a donor named twice: the last row wins
                out.updates[donor_id] = row
            by_name[name] = donor_id
    for name, ref in added.items():
        by_name.setdefault(name, ref)
    received = set(known.received)
    for group in book.donations:
        if group.file_id is not None and group.file_id in known.donation_ids:
            out.kept += len(group.rows)
            continue
        out.problems += group.problems
        if group.received_on is None:  # reported in group.problems
            continue
        donor_id, donor_name = group.donor_id, group.donor_name
        if donor_id is not None and (not trusted or donor_id in file_names):
            donor_name = file_names.get(donor_id, donor_name)
            donor_id = None  # another desk's id, or a donor added just now
        ref = _donor_for(donor_id, donor_name, group.rows, by_name, known, out.problems)
        if ref is None:
            continue
        key = (ref, group.received_on, group.received_by)
        if group.file_id is not None and not trusted and key in received:
            out.kept += len(group.rows)  # the same file imported here before
            continue
        received.add(key)
        out.donations.append((ref, group))
    return out


def _donor_for(donor_id: int | None, name: str, rows: list[int], by_name: dict[str, int],
               known: Known, problems: list[Problem]) -> int | None:
    if donor_id is not None and donor_id in known.donors:
        return donor_id  # else: an id this database does not have; go by name
    if name in by_name:
        return by_name[name]
    ids = known.by_name.get(name, [])
    if len(ids) == 1:
        return ids[0]
    template = (QT_TRANSLATE_NOOP("Errors", "No donor is named “{name}”; add the donor "
                                  "on the 捐赠者 sheet.") if not ids else
                QT_TRANSLATE_NOOP("Errors", "Several donors are named “{name}”; give "
                                  "the 捐赠者编号 to say which."))
    problems += [Problem("捐赠者", template, {"name": name}, row, sheets.LINES) for row in rows]
    return None


def write(session, chosen: Plan, versions: dict[int, int]) -> ImportReport:
    """Store the plan with bulk statements; ``versions``: each updated donor's version as
    read (and locked) in this transaction."""
    now = utcnow()
    updates = [{"id": donor_id, **row, "updated_at": now, "version": versions[donor_id]}
               for donor_id, row in chosen.updates.items()]
    if updates:
        session.execute(update(Donor), updates)
    new_rows = [{**row, "created_at": now, "updated_at": now} for row in chosen.new]
    new_ids = [r[0] for r in bulk_insert(session, DONOR_INDEX, Donor, new_rows,
                                         returning=(Donor.id,))]
    donations = [{"donor_id": ref if ref > 0 else new_ids[-1 - ref],
                  "received_on": group.received_on, "received_by": group.received_by,
                  "channel": group.channel} for ref, group in chosen.donations]
    donation_ids = [r[0] for r in session.execute(insert(Donation).returning(
        Donation.id, sort_by_parameter_order=True), donations)] if donations else []
    lines = [dict(donation_id=donation_id, position=i, material=line.material,
                  title=line.title.strip(), isbn=line.isbn, titles=line.titles,
                  quantity=line.quantity, unit=line.unit, evaluation=line.evaluation,
                  evaluation_note=line.evaluation_note, evaluated_at=now)
             for donation_id, (_ref, group) in zip(donation_ids, chosen.donations)
             for i, line in enumerate(group.lines, start=1)]
    if lines:
        session.execute(insert(DonationLine), lines)
    return ImportReport(len(new_rows), chosen.matched, len(donation_ids), len(lines),
                        chosen.kept)
