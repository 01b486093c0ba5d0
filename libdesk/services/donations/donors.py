"""Donors: the register (search over 100k names per keystroke), likely duplicates, merging,
and the top-N donors by volumes for a year (the shape of the annual report's table 15)."""
from __future__ import annotations

from dataclasses import fields, replace

from sqlalchemy import and_, delete, extract, func, or_, select, update

from libdesk.models.base import utcnow
from libdesk.models.collation import pinyin_key
from libdesk.models.donations.rules import DonorInput, validate_donor
from libdesk.models.donations.tables import Donation, DonationLine, Donor, Unit
from libdesk.models.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationFailed
from libdesk.models.roles import Perm
from libdesk.models.validation import normalize_phone
from libdesk.models.donations.records import DonorRow, TopDonor
from libdesk.services.base import ListQuery, ServiceBase
from libdesk.services.conflicts import check_delete, check_version, version_of
from libdesk.services.privacy import MASKED, masked_search, masker
from libdesk.store.search import DONOR_INDEX, planner_orders, text_condition, text_count

# a page this far down is read from whichever end is nearer (its count is read first)
REVERSE_FROM = 2000
# text found in at least one donor in this many: walk the name order instead of sorting matches
MANY_SHARE = 50

_volumes = (select(func.coalesce(func.sum(DonationLine.quantity), 0))
            .join(Donation, Donation.id == DonationLine.donation_id)
            .where(Donation.donor_id == Donor.id, DonationLine.unit != Unit.ITEM.value)
            .correlate(Donor).scalar_subquery())
_donations = (select(func.count(Donation.id)).where(Donation.donor_id == Donor.id)
              .correlate(Donor).scalar_subquery())
_last = (select(func.max(Donation.received_on)).where(Donation.donor_id == Donor.id)
         .correlate(Donor).scalar_subquery())

_SORT = {
    "id": Donor.id, "kind": Donor.kind, "name": Donor.name_key, "title": Donor.title,
    "contact_person": Donor.contact_person, "phone": Donor.phone, "email": Donor.email,
    "address": Donor.address, "donations": _donations, "volumes": _volumes,
    "last_received": _last, "notes": Donor.notes,
}


class DonorService(ServiceBase):
    # -- listing ---------------------------------------------------------------------------
    def _filtered(self, session, columns, query: ListQuery, in_sort_order: bool = False):
        stmt = select(*columns).select_from(Donor)
        condition = self._masked(query)
        if condition is None:
            condition = text_condition(session, DONOR_INDEX, Donor.id, query.text, [
                Donor.name, Donor.title, Donor.contact_person, Donor.phone, Donor.phone2,
                Donor.email, Donor.address, Donor.notes], short_columns=[Donor.name],
                in_sort_order=in_sort_order)
        if condition is not None:
            stmt = stmt.where(condition)
        if query.filters.get("kind"):
            stmt = stmt.where(Donor.kind == query.filters["kind"])
        if query.filters.get("year"):
            year = int(query.filters["year"])
            stmt = stmt.where(Donor.id.in_(select(Donation.donor_id).where(
                extract("year", Donation.received_on) == year)))
        return stmt

    def count(self, query: ListQuery) -> int:
        with self.store.read() as session:
            return self._count(session, query)

    def _masked(self, query: ListQuery):
        """The search for digits typed by staff who see masked numbers (None otherwise)."""
        return masked_search(self, query.text, safe=[Donor.name, Donor.contact_person,
                                                     Donor.email],
                             numbers=[Donor.phone, Donor.phone2, Donor.id_number])

    def _count(self, session, query: ListQuery) -> int:
        if not any(query.filters.values()) and self._masked(query) is None:
            # the text alone: count the trigram index's matches, not the donors they name
            # (0.7 ms instead of 36 ms for 小店区 over 100k donors, benchmarks/)
            matches = text_count(session, DONOR_INDEX, query.text)
            if matches is not None:
                return matches
        return session.execute(self._filtered(session, [func.count()], query)).scalar_one()

    def page(self, query: ListQuery, offset: int, limit: int, *,
             unmask: bool = False) -> list[DonorRow]:
        shown = masker(self, unmask, "donors.page")
        key = _SORT.get(query.sort or "name", Donor.name_key)
        columns = [Donor.id, Donor.kind, Donor.name, Donor.title, Donor.contact_person,
                   Donor.phone, Donor.email, Donor.address, Donor.id_number, _donations,
                   _volumes, _last, Donor.notes]
        with self.store.read() as session:
            walk = False
            if query.text.strip() and key is Donor.name_key:
                # Filtered, SQLite would walk the name_key index in order testing every donor
                # until 200 match (300 ms for 王 over 100k donors, benchmarks/); ``|| ''``
                # keeps it off that index, so it finds the matches first and sorts only them
                # — unless the trigram index says they are many (小店区: 18% of donors), then
                # the walk is the shorter way (7 ms instead of 40 over 100k donors).
                walk = self._many_match(session, query)
                if not (walk or planner_orders(session, query.text)):
                    key = Donor.name_key.concat("")
            stmt = self._page_statement(session, query, key, columns, offset, limit, walk)
            if stmt is None:
                return []
            return [shown.apply(DonorRow(*r), phones=["phone"], ids=["id_number"],
                                texts=["title", "address", "notes"])
                    for r in session.execute(stmt)]

    def _many_match(self, session, query: ListQuery) -> bool:
        """True when the trigram index finds the text in at least 1 donor of MANY_SHARE."""
        if any(query.filters.values()) or self._masked(query) is not None:
            return False
        matches = text_count(session, DONOR_INDEX, query.text)
        if not matches:
            return False
        donors = session.execute(select(func.count()).select_from(Donor)).scalar_one()
        return matches * MANY_SHARE >= donors

    def _page_statement(self, session, query: ListQuery, key, columns, offset: int,
                        limit: int, walk: bool = False):
        """The page in two steps: the ids of the page (sorted and skipped over the sort key
        and id alone, an index when the key is a column), then the columns and the per-donor
        sums for those rows only. Past ``REVERSE_FROM`` rows a page in the back half of an
        index's order is read from the end in reverse order, so the last page costs what the
        first does (other orders sort every match anyway: a count would only add to them)."""
        backwards = False
        if offset >= REVERSE_FROM and (key is Donor.name_key or key is Donor.id):
            total = self._count(session, query)
            if offset >= total:
                return None
            if total - offset - limit < offset:
                backwards = True
                offset, limit = max(total - offset - limit, 0), min(limit, total - offset)
        down = query.descending != backwards
        pick = (self._filtered(session, [Donor.id.label("pick_id"), key.label("pick_key")],
                               query, in_sort_order=walk)
                .order_by(key.desc() if down else key.asc(),
                          Donor.id.desc() if backwards else Donor.id.asc())
                .offset(offset).limit(limit).subquery("pick"))
        pick_key = pick.c.pick_key.desc() if query.descending else pick.c.pick_key.asc()
        return (select(*columns).select_from(Donor).join(pick, Donor.id == pick.c.pick_id)
                .order_by(pick_key, pick.c.pick_id.asc()))

    def get(self, donor_id: int, *, unmask: bool = False) -> DonorInput:
        """The donor as the dialog edits it (phones and ID masked unless ``unmask``; numbers
        in the free text too for staff who cannot edit it)."""
        shown = masker(self, unmask, "donors.get")
        with self.store.read() as session:
            donor = session.get(Donor, donor_id)
            if donor is None:
                raise _missing(donor_id)
        values = DonorInput(**{f.name: getattr(donor, f.name) for f in fields(DonorInput)})
        texts = [] if self.can(Perm.DONATIONS_EDIT) else ["title", "address", "notes"]
        return shown.apply(values, phones=["phone", "phone2"], ids=["id_number"], texts=texts)

    def name(self, donor_id: int) -> str:
        with self.store.read() as session:
            donor = session.get(Donor, donor_id)
            return donor.name if donor else ""

    def likely_duplicates(self, donor: DonorInput, exclude_id: int | None = None) -> list[DonorRow]:
        """Donors with the same name and phone, or the same ID number, as ``donor``."""
        conditions = []
        phone = normalize_phone(donor.phone)
        if donor.name.strip() and phone and "*" not in phone:
            conditions.append(and_(Donor.name == donor.name.strip(),
                                   or_(Donor.phone == phone, Donor.phone2 == phone)))
        if donor.id_number.strip() and "*" not in donor.id_number:
            conditions.append(Donor.id_number == donor.id_number.strip().upper())
        if not conditions:
            return []
        with self.store.read() as session:
            ids = [r[0] for r in session.execute(select(Donor.id).where(
                or_(*conditions), Donor.id != (exclude_id or -1)))]
        return self._rows(ids)

    def _rows(self, ids: list[int]) -> list[DonorRow]:
        if not ids:
            return []
        rows = []
        with self.store.read() as session:
            for donor in session.execute(select(Donor).where(Donor.id.in_(ids))).scalars():
                rows.append(MASKED.apply(DonorRow(
                    donor.id, donor.kind, donor.name, donor.title, donor.contact_person,
                    donor.phone, donor.email, donor.address, donor.id_number, 0, 0, None,
                    donor.notes), phones=["phone"], ids=["id_number"],
                    texts=["title", "address", "notes"]))
        return rows

    # -- changing --------------------------------------------------------------------------
    def save(self, donor: DonorInput, donor_id: int | None = None, *,
             expected_version: int | None = None) -> int:
        """Create or update a donor. Masked phone / ID values (with *) keep what is stored.
        With ``expected_version`` (from ``version``), a donor saved meanwhile elsewhere
        raises EditConflict and nothing is written."""
        self.require(Perm.DONATIONS_EDIT)
        problems = validate_donor(donor)
        if problems:
            raise ValidationFailed(problems)
        with self.store.write() as session:
            if donor_id is not None:
                check_version(session, Donor, donor_id, expected_version, donor.name,
                              mine=donor, saved=lambda row: _saved(row, donor))
            return save_donor(session, donor, donor_id)

    def version(self, donor_id: int) -> int:
        with self.store.read() as session:
            return version_of(session, Donor, donor_id)

    def delete(self, donor_id: int, expected_version: int | None = None) -> None:
        """Delete a donor without donations. With ``expected_version`` (the version the
        confirmation showed), a donor changed or deleted meanwhile raises DeleteConflict /
        NotFound and nothing is deleted."""
        self.require(Perm.DONATIONS_EDIT)
        with self.store.write() as session:
            donor = check_delete(session, Donor, donor_id, expected_version,
                                 lambda row: row.name, QT_TRANSLATE_NOOP("Errors", "Donor"))
            if donor is None:
                return
            count = session.execute(select(func.count(Donation.id)).where(
                Donation.donor_id == donor_id)).scalar_one()
            if count:
                raise Conflict(QT_TRANSLATE_NOOP(
                    "Errors", "“{name}” has {count} donation(s) and cannot be deleted. Merge "
                    "the donor into another one instead."), name=donor.name, count=count)
            session.delete(donor)

    def merge(self, keep_id: int, other_id: int) -> int:
        """Move every donation of ``other_id`` to ``keep_id``, fill the kept donor's empty
        fields from the other, and delete the other. Returns the donations moved."""
        self.require(Perm.DONATIONS_EDIT)
        if keep_id == other_id:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "Choose two different donors to merge."))
        with self.store.write() as session:
            keep, other = session.get(Donor, keep_id), session.get(Donor, other_id)
            if keep is None or other is None:
                raise _missing(other_id if keep else keep_id)
            moved = session.execute(update(Donation).where(Donation.donor_id == other_id)
                                    .values(donor_id=keep_id,
                                            version=Donation.version + 1)).rowcount
            for name in ("honorific", "title", "contact_person", "phone", "phone2", "email",
                         "address", "id_number"):
                if not getattr(keep, name) and getattr(other, name):
                    setattr(keep, name, getattr(other, name))
            if other.notes and other.notes not in keep.notes:
                keep.notes = "\n".join(t for t in (keep.notes, other.notes) if t)
            keep.updated_at = utcnow()
            session.add(keep)
            session.flush()
            session.execute(delete(Donor).where(Donor.id == other_id))
            return moved

    # -- reports ---------------------------------------------------------------------------
    def top(self, year: int, n: int = 10) -> list[TopDonor]:
        """Donors ranked by volumes (册) received in ``year``; ties share the order of name."""
        volumes = func.sum(DonationLine.quantity).label("volumes")
        stmt = (select(Donor.id, Donor.name, Donor.title, volumes,
                       func.sum(DonationLine.titles))
                .join(Donation, Donation.donor_id == Donor.id)
                .join(DonationLine, DonationLine.donation_id == Donation.id)
                .where(extract("year", Donation.received_on) == year,
                       DonationLine.unit != Unit.ITEM.value)
                .group_by(Donor.id, Donor.name, Donor.title, Donor.name_key)
                .order_by(volumes.desc(), Donor.name_key).limit(n))
        with self.store.read() as session:
            return [TopDonor(i, r[0], r[1], r[2], int(r[3] or 0), int(r[4] or 0))
                    for i, r in enumerate(session.execute(stmt), start=1)]


def donor_values(donor: DonorInput) -> dict:
    """The columns of a validated donor as stored (masked phones / ID left out)."""
    values = dict(kind=donor.kind, name=donor.name.strip(), honorific=donor.honorific.strip(),
                  title=donor.title.strip(), contact_person=donor.contact_person.strip(),
                  email=donor.email.strip(), address=donor.address.strip(), notes=donor.notes)
    values["name_key"] = pinyin_key(values["name"])
    for name in ("phone", "phone2"):
        value = normalize_phone(getattr(donor, name))
        if "*" not in value:
            values[name] = value
    id_number = donor.id_number.strip().upper()
    if "*" not in id_number:
        values["id_number"] = id_number
    return values


def save_donor(session, donor: DonorInput, donor_id: int | None) -> int:
    """Write one validated donor inside the caller's transaction (used by the import too)."""
    if donor_id is None:
        row = Donor(name="")
    else:
        row = session.get(Donor, donor_id)
        if row is None:
            raise _missing(donor_id)
    for key, value in donor_values(donor).items():
        setattr(row, key, value)
    row.updated_at = utcnow()
    session.add(row)
    session.flush()
    return row.id


def _saved(row: Donor, mine: DonorInput) -> DonorInput:
    """The stored donor as the conflict dialog shows it: numbers masked, except where the
    user typed in full the number that is stored (the two do not differ)."""
    stored = DonorInput(**{f.name: getattr(row, f.name) for f in fields(DonorInput)})
    typed = donor_values(mine)
    same = {name: getattr(mine, name) for name in ("phone", "phone2", "id_number")
            if name in typed and typed[name] == getattr(row, name)}
    return replace(MASKED.apply(stored, phones=["phone", "phone2"], ids=["id_number"]), **same)


def _missing(donor_id: int) -> NotFound:
    return NotFound(QT_TRANSLATE_NOOP("Errors", "Donor #{id} no longer exists."), id=donor_id)
