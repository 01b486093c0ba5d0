"""Donors and donations to and from Excel: export (masked by default), the import template,
and the import — all of it or nothing, with every bad row reported."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

from sqlalchemy import select

from libdesk.models.donations.rules import DonationInput, DonorInput, LineInput
from libdesk.models.donations.tables import Donation, DonationLine, Donor
from libdesk.models.errors import ValidationFailed
from libdesk.models.roles import Perm
from libdesk.models.donations.records import ImportReport
from libdesk.services.base import ServiceBase
from libdesk.services.donations.donor_import import Known, plan, write
from libdesk.services.privacy import Masker, masker
from libdesk.services.progress import Progress
from libdesk.services.settings import database_id
from libdesk.spreadsheets import donations as sheets
from libdesk.spreadsheets.provenance import masked_refusal


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
        """Apply the workbook in one short transaction, or raise ValidationFailed listing
        every bad row and write nothing. The file is read, checked and matched without the
        write lock (``donor_import``); the write lock is held only to check again what could
        have changed meanwhile and to insert."""
        self.require(Perm.DONATIONS_EDIT)
        progress = progress or Progress()
        book, problems = sheets.read_donors(path)
        if book.masked:  # importing it would lose (or overwrite with stars) what it hides
            raise masked_refusal(path)
        trusted = book.origin in ("", database_id(self.store))  # the file's ids are ours
        with self.store.read() as session:
            known = Known.load(session, book, trusted)
        chosen = plan(book, trusted, known, progress)
        problems += chosen.problems
        if problems:
            raise ValidationFailed(problems)
        waiting = lambda message: progress.step(0, 0, message)  # noqa: E731
        with self.store.reporting_waits(waiting), self.store.write() as session:
            fresh = Known.load(session, book, trusted, lock=True)
            if fresh != known:  # another writer changed what the plan stands on
                chosen = plan(book, trusted, fresh, progress)
                if chosen.problems:
                    raise ValidationFailed(chosen.problems)
            report = write(session, chosen, {i: fresh.donors[i].version
                                             for i in chosen.updates})
            total = len(book.donors) + len(book.donations)
            progress.step(total, total, "")  # the last chance to cancel: before the commit
        return report
