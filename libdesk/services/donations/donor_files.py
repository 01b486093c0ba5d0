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
from libdesk.services.settings import database_id
from libdesk.spreadsheets import donations as sheets
from libdesk.spreadsheets.provenance import masked_refusal
from libdesk.store.search import DONOR_INDEX, bulk_insert



class DonorFileService(ServiceBase):
    def export(self, path: Path, *, unmask: bool = False, year: int | None = None,
               progress: Progress | None = None) -> Path:
        """Write every donor and every donation line (of ``year``, if given)."""
        self.require(Perm.EXPORT)
        shown = masker(self, unmask, "donors.export")
        origin = database_id(self.store)
        with self.store.read() as session:
            if progress is not None:
                progress.step(0, 2, "")
            donors = ((i, shown.apply(d, phones=["phone", "phone2"], ids=["id_number"],
                                      texts=["title", "address", "notes"]))
                      for i, d in self._donors(session))
            return sheets.write_donors(path, donors, self._lines(session, year, shown),
                                       masked=not shown.full, source=origin)

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
        bad row and write nothing."""
        self.require(Perm.DONATIONS_EDIT)
        book, problems = sheets.read_donors(path)
        if book.masked:  # importing it would lose (or overwrite with stars) what it hides
            raise masked_refusal(path)
        ours = book.origin == database_id(self.store)
        waiting = (lambda message: progress.step(0, 0, message)) if progress else None
        with self.store.reporting_waits(waiting), self.store.write() as session:
            return self._apply(session, book, progress, problems, ours)  # a problem: rollback

    def _apply(self, session, book: sheets.ImportedBook, progress,
               problems: list[Problem], ours: bool) -> ImportReport:
        """Donors by 编号 when the file is this database's own and the donor still exists;
        other donors (another desk's ids, or none) are matched by name and phone or ID
        number, else added. Lines follow their donor through the file's ids."""
        trusted = ours or book.origin == ""  # the file's ids are this database's
        updated = 0
        by_name: dict[str, int] = {}
        file_names: dict[int, str] = {}  # 编号 in the file → the donor's name
        new_rows: list[dict] = []
        for n, item in enumerate(book.donors, start=1):
            donor_id = item.id if trusted else None
            if donor_id is not None and session.get(Donor, donor_id) is None:
                donor_id = None  # deleted since the export: added again
            if item.id is not None and donor_id is None:
                file_names[item.id] = item.donor.name.strip()
            if donor_id is None:
                donor_id = _match(session, item.donor)
            if donor_id is None:
                now = utcnow()
                new_rows.append({"phone": "", "phone2": "", "id_number": "",
                                 **donor_values(item.donor), "created_at": now,
                                 "updated_at": now})
            else:
                updated += 1
                by_name[item.donor.name.strip()] = save_donor(session, item.donor, donor_id)
            if progress is not None and n % 500 == 0:
                progress.step(n, len(book.donors) + len(book.donations), "")
        for donor_id, name in bulk_insert(session, DONOR_INDEX, Donor, new_rows,
                                          returning=(Donor.id, Donor.name)):
            by_name.setdefault(name, donor_id)
        added = len(new_rows)
        file_ids = {g.file_id for g in book.donations if g.file_id is not None}
        kept_ids = set() if not (trusted and file_ids) else {r[0] for r in session.execute(
            select(Donation.id).where(Donation.id.in_(file_ids)))}
        rows = []
        donations = kept = 0
        for group in book.donations:
            if group.file_id is not None and group.file_id in kept_ids:
                kept += len(group.rows)
                continue
            problems += group.problems
            if group.received_on is None:  # reported in group.problems
                continue
            if group.donor_id is not None and (not trusted or group.donor_id in file_names):
                group.donor_name = file_names.get(group.donor_id, group.donor_name)
                group.donor_id = None  # another desk's id, or a donor added just now
            donor_id = self._donor_for(session, group, by_name, problems)
            if donor_id is None:
                continue
            if group.file_id is not None and not trusted and _already_moved(session, donor_id,
                                                                            group):
                kept += len(group.rows)  # the same file imported here before
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
        if problems:
            raise ValidationFailed(problems)
        if rows:
            session.execute(insert(DonationLine), rows)
        return ImportReport(added, updated, donations, len(rows), kept)

    @staticmethod
    def _donor_for(session, group: sheets.ImportedDonation, by_name: dict[str, int],
                   problems: list[Problem]) -> int | None:
        if group.donor_id is not None and session.get(Donor, group.donor_id) is not None:
            return group.donor_id  # else: an id this database does not have; go by name
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


def _already_moved(session, donor_id: int, group: sheets.ImportedDonation) -> bool:
    """Another desk's donation already imported: the donor has one on that day, received by
    the same person (another desk's ids cannot say so)."""
    return session.execute(select(Donation.id).where(
        Donation.donor_id == donor_id, Donation.received_on == group.received_on,
        Donation.received_by == group.received_by).limit(1)).first() is not None


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
