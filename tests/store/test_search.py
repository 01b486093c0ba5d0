"""The donor search index: kept in step by triggers, rebuilt after a large bulk insert, and
short text answered by LIKE (the trigram index cannot match fewer than three characters)."""
from __future__ import annotations

from libdesk.models.donations.rules import DonorInput
from libdesk.models.donations.tables import Donor
from libdesk.services.base import ListQuery
from libdesk.store.search import DONOR_INDEX, bulk_insert, include_name


def _row(name: str) -> dict:
    return dict(kind="person", name=name, name_key="", honorific="", title="", notes="",
                contact_person="", phone="", phone2="", email="", address="", id_number="")


def test_bulk_insert_rebuilds_the_index_and_restores_the_trigger(services):
    with services.store.write() as session:
        ids = bulk_insert(session, DONOR_INDEX, Donor, [_row(f"捐赠人{i:03d}") for i in range(5)],
                          returning=(Donor.id, Donor.name), threshold=2)
    assert [name for _id, name in ids] == [f"捐赠人{i:03d}" for i in range(5)]
    assert services.donors.count(ListQuery(text="捐赠人003")) == 1   # rebuilt index
    services.donors.save(DonorInput(name="捐赠人999"))
    assert services.donors.count(ListQuery(text="捐赠人999")) == 1   # trigger back
    assert services.donors.count(ListQuery(text="捐赠")) == 6       # LIKE for 2 characters
    with services.store.read() as session:
        from sqlalchemy import text
        triggers = {r[0] for r in session.execute(text(
            "SELECT name FROM sqlite_master WHERE type='trigger' AND name LIKE 'donor_fts%'"))}
    assert triggers == {"donor_fts_ai", "donor_fts_ad", "donor_fts_au"}


def test_alembic_ignores_the_index_tables():
    assert not include_name("donor_fts", "table", {})
    assert not include_name("donor_fts_data", "table", {})
    assert include_name("donor", "table", {})
    assert include_name("donation_line", "table", {})
