"""Donations and their lines: entering them, evaluating each line, and the locks certificates
put on them.

Locks: a valid 捐赠证书 certifies the donation as received, so while it stands the donor,
the date and every line's content (material, title, counts, unit, ISBN) cannot change and no
line can be added or removed. A valid 收藏证书 certifies its collected lines, so those lines
cannot change at all (content or evaluation). Void the certificate first; a new one gets a
new number.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import case, delete, extract, func, select

from libdesk.models.base import utcnow
from libdesk.models.donations.certificates import (
    Certificate, CertificateKind, CertificateStatus)
from libdesk.models.donations.rules import (
    DonationInput, LineInput, normalized_line, validate_donation)
from libdesk.models.donations.tables import Donation, DonationLine, Donor, Evaluation, Unit
from libdesk.models.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationFailed
from libdesk.models.roles import Perm
from libdesk.models.donations.records import DonationDetail, DonationRow
from libdesk.services.catalogue.lookup import known_book
from libdesk.services.base import ListQuery, ServiceBase
from libdesk.services.conflicts import check_delete, check_version, values_of, version_of
from libdesk.services.privacy import masked_search
from libdesk.store.search import DONOR_INDEX, text_condition



def _sum(expr):
    return func.coalesce(func.sum(expr), 0)


_agg = (select(
    DonationLine.donation_id.label("donation_id"),
    func.count(DonationLine.id).label("lines"),
    _sum(DonationLine.titles).label("titles"),
    _sum(case((DonationLine.unit != Unit.ITEM.value, DonationLine.quantity), else_=0))
    .label("volumes"),
    _sum(case((DonationLine.unit == Unit.ITEM.value, DonationLine.quantity), else_=0))
    .label("item_count"),
    _sum(case((DonationLine.evaluation == Evaluation.PENDING.value, 1), else_=0))
    .label("pending"),
).group_by(DonationLine.donation_id).subquery("line_totals"))


_TOTALS_SORTS = {"lines", "titles", "volumes", "items", "pending"}


def _row_total(expr):
    return (select(expr).where(DonationLine.donation_id == Donation.id)
            .correlate(Donation).scalar_subquery())


# the same totals as _agg, for one donation row at a time
_ROW_TOTALS = [_row_total(func.count(DonationLine.id)), *(
    _row_total(_sum(e)) for e in (
        DonationLine.titles,
        case((DonationLine.unit != Unit.ITEM.value, DonationLine.quantity), else_=0),
        case((DonationLine.unit == Unit.ITEM.value, DonationLine.quantity), else_=0),
        case((DonationLine.evaluation == Evaluation.PENDING.value, 1), else_=0)))]


def _valid_certificate(kind: CertificateKind):
    return (select(func.max(Certificate.number))
            .where(Certificate.donation_id == Donation.id, Certificate.kind == kind.value,
                   Certificate.status == CertificateStatus.VALID.value)
            .correlate(Donation).scalar_subquery())


_jz = _valid_certificate(CertificateKind.DONATION)
_sc = _valid_certificate(CertificateKind.COLLECTION)

_SORT = {
    "id": Donation.id, "received_on": Donation.received_on, "donor_name": Donor.name_key,
    "channel": Donation.channel, "received_by": Donation.received_by, "lines": _agg.c.lines,
    "titles": _agg.c.titles, "volumes": _agg.c.volumes, "items": _agg.c.item_count,
    "pending": _agg.c.pending, "certificates": func.coalesce(_sc, _jz),
}


class DonationService(ServiceBase):
    # -- listing ---------------------------------------------------------------------------
    def _filtered(self, session, columns, query: ListQuery, *, donor: bool = True,
                  totals: bool = True):
        # The joins are needed only when something uses them: donation.donor_id is a
        # required foreign key and the line totals have one row per donation. (Joining the
        # totals builds them for every donation: 0.2 s over 250,000 lines, benchmarks/.)
        stmt = select(*columns).select_from(Donation)
        if donor or query.text.strip():
            stmt = stmt.join(Donor, Donor.id == Donation.donor_id)
        if totals or query.filters.get("pending"):
            stmt = stmt.outerjoin(_agg, _agg.c.donation_id == Donation.id)
        condition = masked_search(self, query.text, safe=[Donor.name, Donor.contact_person],
                                  numbers=[Donor.phone, Donor.phone2, Donor.id_number])
        if condition is None:
            condition = text_condition(session, DONOR_INDEX, Donor.id, query.text, [
                Donor.name, Donor.title, Donor.contact_person, Donor.phone, Donor.notes],
                short_columns=[Donor.name])
        if condition is not None:
            stmt = stmt.where(condition)
        filters = query.filters
        if filters.get("donor_id"):
            stmt = stmt.where(Donation.donor_id == filters["donor_id"])
        if filters.get("year"):
            stmt = stmt.where(extract("year", Donation.received_on) == int(filters["year"]))
        if filters.get("date_from"):
            stmt = stmt.where(Donation.received_on >= filters["date_from"])
        if filters.get("date_to"):
            stmt = stmt.where(Donation.received_on <= filters["date_to"])
        if filters.get("pending"):
            stmt = stmt.where(_agg.c.pending > 0)
        if filters.get("channel"):
            stmt = stmt.where(Donation.channel == filters["channel"])
        return stmt

    def count(self, query: ListQuery) -> int:
        with self.store.read() as session:
            stmt = self._filtered(session, [func.count()], query, donor=False, totals=False)
            return session.execute(stmt).scalar_one()

    def page(self, query: ListQuery, offset: int, limit: int) -> list[DonationRow]:
        key = _SORT.get(query.sort or "received_on", Donation.received_on)
        if query.text.strip():
            # Filtered by donor, SQLite would walk the donations in date order testing each
            # one's donor (0.4 s for a rare name over 120,000); as an expression the sort
            # key cannot use that index, so the matches are found first and then sorted.
            key = func.coalesce(key, key)
        default_desc = query.sort is None
        descending = query.descending or default_desc
        order = [key.desc() if descending else key.asc(), Donation.id.desc()]
        # Sorted or filtered by the line totals, they are joined; otherwise each row of the
        # page computes its own (200 index lookups instead of totals for every donation).
        totals = query.sort in _TOTALS_SORTS or bool(query.filters.get("pending"))
        line_columns = [_agg.c.lines, _agg.c.titles, _agg.c.volumes, _agg.c.item_count,
                        _agg.c.pending] if totals else _ROW_TOTALS
        columns = [Donation.id, Donation.received_on, Donor.id, Donor.name, Donation.channel,
                   Donation.received_by, *line_columns, _jz, _sc]
        with self.store.read() as session:
            stmt = self._filtered(session, columns, query, totals=totals).order_by(*order)
            return [DonationRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or 0, r[7] or 0,
                                r[8] or 0, r[9] or 0, r[10] or 0,
                                " ".join(n for n in (r[11], r[12]) if n))
                    for r in session.execute(stmt.offset(offset).limit(limit))]

    def years(self) -> list[int]:
        """The years with donations, newest first: one index look-up a year (the earliest
        donation on or after 1 January of the year after the last one found), not a pass
        over every donation."""
        years: list[int] = []
        with self.store.read() as session:
            first = session.execute(select(func.min(Donation.received_on))).scalar()
            while first is not None:
                years.append(first.year)
                first = session.execute(select(func.min(Donation.received_on)).where(
                    Donation.received_on >= date(first.year + 1, 1, 1))).scalar()
        return years[::-1]

    def known_title(self, isbn: str) -> str:
        """The title of ``isbn``: the local catalogue first, then earlier lines, so a scanned
        book arrives with its title filled in."""
        with self.store.read() as session:
            return known_book(session, isbn).get("title", "")

    def get(self, donation_id: int) -> DonationDetail:
        with self.store.read() as session:
            return load_detail(session, donation_id)

    # -- changing --------------------------------------------------------------------------
    def save(self, donation: DonationInput, lines: list[LineInput],
             donation_id: int | None = None, *, expected_version: int | None = None) -> int:
        """Create or update a donation with its lines (``lines`` replaces the list; lines
        keep their ids). Refused where a valid certificate locks what would change. With
        ``expected_version`` (from ``version``), a donation saved meanwhile elsewhere (its
        lines too) raises EditConflict and nothing is written."""
        self.require(Perm.DONATIONS_EDIT)
        lines = [normalized_line(line) for line in lines]
        problems = validate_donation(donation, lines)
        if problems:
            raise ValidationFailed(problems)
        with self.store.write() as session:
            if donation_id is not None:
                check_version(session, Donation, donation_id, expected_version,
                              _record_name(session, donation_id),
                              mine={**values_of(donation), "lines": lines},
                              saved=lambda row: _stored_form(session, row.id))
            return save_donation(session, donation, lines, donation_id)

    def version(self, donation_id: int) -> int:
        with self.store.read() as session:
            return version_of(session, Donation, donation_id)

    def evaluate(self, line_ids: list[int], evaluation: str, note: str = "") -> int:
        """Set the evaluation of several lines at once; returns how many changed."""
        self.require(Perm.DONATIONS_EDIT)
        if evaluation not in {e.value for e in Evaluation}:
            raise ValidationFailed([])
        changed, touched = 0, set()
        with self.store.write() as session:
            for line in session.execute(select(DonationLine).where(
                    DonationLine.id.in_(line_ids))).scalars():
                if line.evaluation == evaluation and line.evaluation_note == note:
                    continue
                _, locked = lock_state(session, line.donation_id)
                if line.id in locked:
                    raise _locked_line(session, line)
                line.evaluation, line.evaluation_note = evaluation, note
                line.evaluated_at = utcnow()
                session.add(line)
                changed += 1
                touched.add(line.donation_id)
            for donation in session.execute(select(Donation).where(
                    Donation.id.in_(touched))).scalars():
                donation.updated_at = utcnow()  # a new version: an open dialog's save is stale
                session.add(donation)
        return changed

    def delete(self, donation_id: int, expected_version: int | None = None) -> None:
        """Delete a donation that never had a certificate (certificates are permanent). With
        ``expected_version``, one changed or deleted meanwhile is not deleted (DeleteConflict
        / NotFound)."""
        self.require(Perm.DONATIONS_EDIT)
        with self.store.write() as session:
            donation = check_delete(session, Donation, donation_id, expected_version,
                                    lambda row: _record_name(session, row.id),
                                    QT_TRANSLATE_NOOP("Errors", "Donation"))
            if donation is None:
                return
            numbers = [r[0] for r in session.execute(select(Certificate.number).where(
                Certificate.donation_id == donation_id))]
            if numbers:
                raise Conflict(QT_TRANSLATE_NOOP(
                    "Errors", "This donation has certificate(s) {numbers} and cannot be "
                    "deleted; certificates are kept for good. Correct it instead."),
                    numbers=", ".join(numbers))
            refuse_lines_in_batches(session, [i for (i,) in session.execute(
                select(DonationLine.id).where(DonationLine.donation_id == donation_id))])
            session.execute(delete(DonationLine).where(DonationLine.donation_id == donation_id))
            session.delete(donation)


def lock_state(session, donation_id: int) -> tuple[str | None, set[int]]:
    """(number of the valid 捐赠证书 or None, ids of lines a valid 收藏证书 certifies)."""
    content_lock, lines = None, set()
    for cert in session.execute(select(Certificate).where(
            Certificate.donation_id == donation_id,
            Certificate.status == CertificateStatus.VALID.value)).scalars():
        if cert.kind == CertificateKind.DONATION:
            content_lock = cert.number
        else:
            lines |= {int(i) for i in cert.line_ids.split(",") if i}
    return content_lock, lines


def load_detail(session, donation_id: int) -> DonationDetail:
    donation = session.get(Donation, donation_id)
    if donation is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Donation #{id} no longer exists."),
                       id=donation_id)
    donor = session.get(Donor, donation.donor_id)
    lines = [_line_input(line) for line in session.execute(
        select(DonationLine).where(DonationLine.donation_id == donation_id)
        .order_by(DonationLine.position, DonationLine.id)).scalars()]
    content_lock, locked = lock_state(session, donation_id)
    return DonationDetail(donation_id, DonationInput(
        donation.donor_id, donation.received_on, donation.received_by, donation.channel,
        donation.notes), donor.name if donor else "", lines, content_lock is not None, locked)


def _record_name(session, donation_id: int) -> str:
    """A donation as the conflict message names it: donor and day."""
    found = session.execute(select(Donor.name, Donation.received_on).join(
        Donor, Donor.id == Donation.donor_id).where(Donation.id == donation_id)).first()
    return f"{found[0]} {found[1].isoformat()}" if found else f"#{donation_id}"


def _stored_form(session, donation_id: int) -> dict:
    stored = load_detail(session, donation_id)
    return {**values_of(stored.donation), "lines": stored.lines}


def save_donation(session, donation: DonationInput, lines: list[LineInput],
                  donation_id: int | None) -> int:
    """Write one validated donation inside the caller's transaction (the import uses it)."""
    if session.get(Donor, donation.donor_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "Donor #{id} no longer exists."),
                       id=donation.donor_id)
    existing: dict[int, DonationLine] = {}
    if donation_id is None:
        row = Donation(donor_id=donation.donor_id, received_on=donation.received_on)
    else:
        row = session.get(Donation, donation_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Donation #{id} no longer exists."),
                           id=donation_id)
        existing = {line.id: line for line in session.execute(select(DonationLine).where(
            DonationLine.donation_id == donation_id)).scalars()}
        _check_locks(session, row, donation, lines, existing)
    row.donor_id, row.received_on = donation.donor_id, donation.received_on
    row.received_by, row.channel = donation.received_by.strip(), donation.channel
    row.notes, row.updated_at = donation.notes, utcnow()
    session.add(row)
    session.flush()
    keep = set()
    for position, data in enumerate(lines, start=1):
        line = existing.get(data.id) if data.id else None
        if line is None:
            line = DonationLine(donation_id=row.id, title="")
        if line.evaluation != data.evaluation:
            line.evaluated_at = utcnow()
        line.position, line.material, line.title = position, data.material, data.title.strip()
        line.isbn, line.titles, line.quantity = data.isbn.strip(), data.titles, data.quantity
        line.unit, line.evaluation = data.unit, data.evaluation
        line.evaluation_note = data.evaluation_note.strip()
        session.add(line)
        session.flush()
        keep.add(line.id)
    removed = [line_id for line_id in existing if line_id not in keep]
    refuse_lines_in_batches(session, removed)
    for line_id in removed:
        session.delete(existing[line_id])
    return row.id


def refuse_lines_in_batches(session, line_ids: list[int]) -> None:
    """Lines whose copies went into distribution batches stay: they are those books'
    provenance. Refused with the batch numbers, before the foreign key would refuse it."""
    from libdesk.services.distribution.donation_links import batches_using

    used = batches_using(session, line_ids)
    if used:
        numbers = sorted({n for found in used.values() for n in found})
        raise Conflict(QT_TRANSLATE_NOOP(
            "Errors", "{count} line(s) cannot be removed: their books are in distribution "
            "batch(es) {batches}. Take them out of those batches first."),
            count=len(used), batches=", ".join(numbers))


def _check_locks(session, row: Donation, donation: DonationInput, lines: list[LineInput],
                 existing: dict[int, DonationLine]) -> None:
    content_lock, locked = lock_state(session, row.id)
    incoming = {line.id: line for line in lines if line.id}
    if content_lock:
        same = (row.donor_id == donation.donor_id and row.received_on == donation.received_on
                and set(incoming) == set(existing) and len(incoming) == len(lines)
                and all(_line_input(existing[i]).content() == incoming[i].content()
                        for i in incoming))
        if not same:
            raise Conflict(QT_TRANSLATE_NOOP(
                "Errors", "Donation certificate {number} certifies this donation as "
                "received: its donor, date and lines cannot change. Void the certificate "
                "first (a new one gets a new number)."), number=content_lock)
    for line_id in locked:
        old = existing.get(line_id)
        new = incoming.get(line_id)
        if old is not None and (new is None or _line_input(old) != new):
            raise _locked_line(session, old)


def _locked_line(session, line: DonationLine) -> Conflict:
    number = next((c.number for c in session.execute(select(Certificate).where(
        Certificate.donation_id == line.donation_id,
        Certificate.kind == CertificateKind.COLLECTION.value,
        Certificate.status == CertificateStatus.VALID.value)).scalars()), "")
    return Conflict(QT_TRANSLATE_NOOP(
        "Errors", "“{title}” is certified by collection certificate {number} and cannot "
        "change. Void the certificate first (a new one gets a new number)."),
        title=line.title, number=number)


def _line_input(line: DonationLine) -> LineInput:
    return LineInput(title=line.title, material=line.material, titles=line.titles,
                     quantity=line.quantity, unit=line.unit, isbn=line.isbn,
                     evaluation=line.evaluation, evaluation_note=line.evaluation_note,
                     id=line.id)
