"""Donors and donations to and from Excel: export (masked by default), the import template,
and the import — all of it or nothing, with every bad row reported."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

from sqlalchemy import insert, select

from libdesk.models.base import utcnow
from libdesk.models.donations.rules import DonationInput, DonorInput, LineInput
from libdesk.models.donations.tables import Donation, DonationLine, Donor
from libdesk.models.errors import QT_TRANSLATE_NOOP, Problem, ValidationFailed
from libdesk.models.roles import Perm
from libdesk.models.validation import mask_id_number, mask_phone, normalize_phone
from libdesk.models.donations.records import ImportReport
from libdesk.services.base import ServiceBase
from libdesk.services.donations.donors import donor_values, save_donor
from libdesk.services.privacy import Masker, masker
from libdesk.services.progress import Progress
from libdesk.spreadsheets import donations as sheets
from libdesk.store.search import DONOR_INDEX, bulk_insert



class DonorFileService(ServiceBase):
    def export(self, path: Path, *, unmask: bool = False, year: int | None = None,
               progress: Progress | None = None) -> Path:
        """Write every donor and every donation line (of ``year``, if given)."""
        self.require(Perm.EXPORT)
        shown = masker(self, unmask, "donors.export")
        with self.store.read() as session:
            if progress is not None:
                progress.step(0, 2, "")
            donors = ((i, shown.apply(d, phones=["phone", "phone2"], ids=["id_number"],
                                      texts=["title", "address", "notes"]))
                      for i, d in self._donors(session))
            return sheets.write_donors(path, donors, self._lines(session, year, shown))

    def template(self, path: Path) -> Path:
        return sheets.write_template(path)

    @staticmethod
    def _donors(session) -> Iterator[tuple[int, DonorInput]]:
        names = [f.name for f in fields(DonorInput)]
        for donor in session.execute(select(Donor).order_by(Donor.name_key, Donor.id)).scalars():
            yield donor.id, DonorInput(**{n: getattr(donor, n) for n in names})

    @staticmethod
    def _lines(session, year: int | None, shown: Masker) -> Iterator[sheets.LineRecord]:
        stmt = (select(Donation, DonationLine, Donor.name)
                .join(DonationLine, DonationLine.donation_id == Donation.id)
                .join(Donor, Donor.id == Donation.donor_id)
                .order_by(Donation.received_on, Donation.id, DonationLine.position,
                          DonationLine.id))
        if year:
            from sqlalchemy import extract

            stmt = stmt.where(extract("year", Donation.received_on) == year)
        for donation, line, name in session.execute(stmt):
            yield sheets.LineRecord(
                donation.id, donation.donor_id, name,
                DonationInput(donation.donor_id, donation.received_on, donation.received_by,
                              donation.channel, shown.text(donation.notes)),
                LineInput(shown.text(line.title), line.material, line.titles, line.quantity,
                          line.unit, line.isbn, line.evaluation,
                          shown.text(line.evaluation_note), line.id))

    def read_lines(self, path: Path) -> list[LineInput]:
        """Lines for one donation from a workbook (the donation dialog adds them), or
        ValidationFailed naming every bad row."""
        lines, problems = sheets.read_lines(path)
        if problems:
            raise ValidationFailed(problems)
        return lines

    def import_file(self, path: Path, progress: Progress | None = None) -> ImportReport:
        """Apply the workbook in one transaction, or raise ValidationFailed listing every
        bad row and write nothing. Reading, matching and checking run in a read transaction
        (other writers go on meanwhile); the write lock is held only to insert."""
        self.require(Perm.DONATIONS_EDIT)
        book, problems = sheets.read_donors(path)
        with self.store.read() as session:
            plan = self._plan(session, book, progress, problems)
        if problems:
            raise ValidationFailed(problems)
        waiting = (lambda message: progress.step(0, 0, message)) if progress else None
        with self.store.reporting_waits(waiting), self.store.write() as session:
            return self._apply(session, book, plan, problems)  # a problem rolls it all back

    def _plan(self, session, book: sheets.ImportedBook, progress,
              problems: list[Problem]) -> list[int | None]:
        """Each sheet donor's existing id (None: a new donor); problems are appended."""
        matched: list[int | None] = []
        total = len(book.donors) + len(book.donations)
        for n, item in enumerate(book.donors, start=1):
            donor_id = item.id
            if donor_id is not None and session.get(Donor, donor_id) is None:
                problems.append(Problem("编号", QT_TRANSLATE_NOOP(
                    "Errors", "There is no donor #{id}; clear the 编号 cell to add a new "
                    "donor."), {"id": donor_id}, item.row, sheets.DONORS))
            matched.append(donor_id if donor_id is not None else _match(session, item.donor))
            if progress is not None and n % 500 == 0:
                progress.step(n, total, "")
        missing = book.existing_ids - {r[0] for r in session.execute(
            select(Donation.id).where(Donation.id.in_(book.existing_ids)))}
        for donation_id in sorted(missing):
            problems.append(Problem("捐赠编号", QT_TRANSLATE_NOOP(
                "Errors", "There is no donation #{id}; clear the 捐赠编号 cell to add the "
                "rows as a new donation."), {"id": donation_id}, None, sheets.LINES))
        names = {item.donor.name.strip() for item in book.donors}
        for group in book.donations:  # donors named only on the lines sheet must exist
            if group.donor_id is not None or group.donor_name not in names:
                self._donor_for(session, group, {}, problems)
        return matched

    def _apply(self, session, book: sheets.ImportedBook, plan: list[int | None],
               problems: list[Problem]) -> ImportReport:
        updated = 0
        by_name: dict[str, int] = {}
        new_rows: list[dict] = []
        for item, donor_id in zip(book.donors, plan):
            if donor_id is None:
                now = utcnow()
                new_rows.append({"phone": "", "phone2": "", "id_number": "",
                                 **donor_values(item.donor), "created_at": now,
                                 "updated_at": now})
            else:
                updated += 1
                by_name[item.donor.name.strip()] = save_donor(session, item.donor, donor_id)
        for donor_id, name in bulk_insert(session, DONOR_INDEX, Donor, new_rows,
                                          returning=(Donor.id, Donor.name)):
            by_name.setdefault(name, donor_id)
        rows = []
        donations = 0
        for group in book.donations:
            donor_id = self._donor_for(session, group, by_name, problems)
            if donor_id is None:
                continue
            donation = Donation(donor_id=donor_id, received_on=group.received_on,
                                received_by=group.received_by, channel=group.channel)
            session.add(donation)
            session.flush()
            donations += 1
            now = utcnow()
            rows += [dict(donation_id=donation.id, position=i, material=line.material,
                          title=line.title.strip(), isbn=line.isbn, titles=line.titles,
                          quantity=line.quantity, unit=line.unit, evaluation=line.evaluation,
                          evaluation_note=line.evaluation_note, evaluated_at=now)
                     for i, line in enumerate(group.lines, start=1)]
        if problems:  # something changed between checking and writing
            raise ValidationFailed(problems)
        if rows:
            session.execute(insert(DonationLine), rows)
        return ImportReport(len(new_rows), updated, donations, len(rows), book.existing_lines)

    @staticmethod
    def _donor_for(session, group: sheets.ImportedDonation, by_name: dict[str, int],
                   problems: list[Problem]) -> int | None:
        if group.donor_id is not None:
            if session.get(Donor, group.donor_id) is None:
                problems.append(Problem("捐赠者编号", QT_TRANSLATE_NOOP(
                    "Errors", "There is no donor #{id}."), {"id": group.donor_id},
                    group.rows[0], sheets.LINES))
                return None
            return group.donor_id
        if group.donor_name in by_name:
            return by_name[group.donor_name]
        ids = [r[0] for r in session.execute(select(Donor.id).where(
            Donor.name == group.donor_name).limit(2))]
        if len(ids) == 1:
            return ids[0]
        template = (QT_TRANSLATE_NOOP("Errors", "No donor is named “{name}”; add the donor "
                                      "on the 捐赠者 sheet.") if not ids else
                    QT_TRANSLATE_NOOP("Errors", "Several donors are named “{name}”; give "
                                      "the 捐赠者编号 to say which."))
        problems += [Problem("捐赠者", template, {"name": group.donor_name}, row, sheets.LINES)
                     for row in group.rows]
        return None


def _match(session, donor: DonorInput) -> int | None:
    """An existing donor with the same name and phone, or the same ID number."""
    phone = normalize_phone(donor.phone)
    stmt = select(Donor.id).where(Donor.name == donor.name.strip())
    candidates = [r[0] for r in session.execute(stmt.limit(5))]
    if not candidates:
        return None
    for donor_id in candidates:
        row = session.get(Donor, donor_id)
        phones = {row.phone, row.phone2, mask_phone(row.phone), mask_phone(row.phone2)} - {""}
        ids = {row.id_number, mask_id_number(row.id_number)} - {""}
        if (phone and phone in phones) or (donor.id_number and donor.id_number.upper() in ids):
            return donor_id
    return None
