"""Issue 12.10: data moves between desks through exports. A full-numbers export imports into
another desk's database as new records (the file's ids are not that database's), and a masked
export is refused (there, and on its own desk: it would lose or overwrite what it hides),
saying to export with full numbers, instead of silently dropping numbers."""
from __future__ import annotations

import shutil
import uuid
from datetime import date

import pytest

from libdesk.models.donations.rules import DonationInput, DonorInput, LineInput
from libdesk.models.errors import DomainError
from libdesk.models.keys import DATABASE_ID_SETTING
from libdesk.models.system import AppSetting
from libdesk.models.volunteers.rules import VolunteerInput
from libdesk.services import open_services
from libdesk.services.base import ListQuery
from tests.services.donations.fixtures import SUN_YING, add_sun_ying


# The SQLite file itself (its lock, -wal, copies): the shared server has no such file.
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def other_desk(template_db, tmp_path):
    """A second desk: its own database, with its own donor #1 (so the ids collide)."""
    path = tmp_path / "other.sqlite"
    shutil.copyfile(template_db, path)
    services = open_services(str(path))
    with services.store.write() as session:  # installed on its own: not a copy's identity
        session.get(AppSetting, DATABASE_ID_SETTING).value = uuid.uuid4().hex
    services.donors.save(DonorInput(name="王建国", phone="13600000001"))
    yield services
    services.close()


def test_a_full_numbers_donors_export_imports_into_another_desk_as_new_records(
        services, other_desk, tmp_path):
    add_sun_ying(services)
    second = services.donors.save(DonorInput(name="北京画院", kind="organisation", phone="010-66012345"))
    services.donations.save(DonationInput(second, date(2021, 3, 2), "李"),
                            [LineInput("画集", titles=2, quantity=5)])
    path = services.donor_files.export(tmp_path / "donors.xlsx", unmask=True)

    report = other_desk.donor_files.import_file(path)

    assert (report.donors_added, report.donors_updated) == (2, 0)
    assert (report.donations_added, report.lines_added, report.rows_kept) == (2, 5, 0)
    assert other_desk.donors.get(1, unmask=True).name == "王建国"  # its own #1 untouched
    found = other_desk.donors.page(ListQuery(text="孙英"), 0, 5, unmask=True)
    assert [(d.name, d.phone, d.id_number) for d in found] == [
        ("孙英", SUN_YING.phone, SUN_YING.id_number)]
    donation = other_desk.donations.page(ListQuery(text="孙英"), 0, 5)[0]
    assert (donation.titles, donation.volumes) == (118, 324)
    painted = other_desk.donations.page(ListQuery(text="北京画院"), 0, 5)[0]
    assert (painted.titles, painted.volumes) == (2, 5)


def test_importing_the_same_export_twice_matches_the_donors_already_moved(
        services, other_desk, tmp_path):
    add_sun_ying(services)
    path = services.donor_files.export(tmp_path / "donors.xlsx", unmask=True)
    other_desk.donor_files.import_file(path)
    again = other_desk.donor_files.import_file(path)
    assert (again.donors_added, again.donors_updated) == (0, 1)
    assert (again.donations_added, again.rows_kept) == (0, 4)
    assert other_desk.donors.count(ListQuery()) == 2
    assert len(other_desk.donations.page(ListQuery(text="孙英"), 0, 5)) == 1


def test_a_masked_donors_export_is_refused_on_another_desk(services, other_desk, tmp_path):
    add_sun_ying(services)
    path = services.donor_files.export(tmp_path / "donors.xlsx")  # masked by default
    with pytest.raises(DomainError) as caught:
        other_desk.donor_files.import_file(path)
    message = caught.value.english()
    assert "masked" in message and "full numbers" in message and "Nothing was imported" in message
    assert other_desk.donors.count(ListQuery()) == 1


def test_a_masked_file_without_its_properties_is_still_recognised(services, other_desk,
                                                                   tmp_path):
    from openpyxl import load_workbook

    add_sun_ying(services)
    path = services.donor_files.export(tmp_path / "donors.xlsx")
    book = load_workbook(path)  # saved again by other software: the properties are gone
    resaved = tmp_path / "resaved.xlsx"
    book.save(resaved)
    with pytest.raises(DomainError, match="full numbers"):
        other_desk.donor_files.import_file(resaved)


def test_a_masked_export_is_refused_on_its_own_desk_too(services, tmp_path):
    """Masked free text (notes with a mobile in them) would overwrite what is stored."""
    add_sun_ying(services)
    path = services.donor_files.export(tmp_path / "donors.xlsx")
    with pytest.raises(DomainError, match="full numbers"):
        services.donor_files.import_file(path)
    assert services.donors.get(1, unmask=True).phone == SUN_YING.phone


def volunteer(name: str, phone: str, platform_no: str) -> VolunteerInput:
    return VolunteerInput(name=name, gender="女", org="山西大学", phone=phone,
                          id_number="140105200001011229", platform_no=platform_no)


def test_a_full_numbers_volunteer_ledger_imports_into_another_desk(services, other_desk,
                                                                    tmp_path):
    services.volunteers.save(volunteer("李晓", "13812345678", "P-001"))
    other_desk.volunteers.save(volunteer("赵敏", "13900000002", "P-900"))
    path = services.volunteers.export_xlsx(tmp_path / "ledger.xlsx", unmask=True)
    assert other_desk.volunteers.import_xlsx(path) == {"added": 1, "updated": 0}
    rows = other_desk.volunteers.page(ListQuery(text="李晓"), 0, 5, unmask=True)
    assert [(r.name, r.phone) for r in rows] == [("李晓", "13812345678")]


def test_a_masked_volunteer_ledger_is_refused_on_another_desk(services, other_desk, tmp_path):
    services.volunteers.save(volunteer("李晓", "13812345678", "P-001"))
    path = services.volunteers.export_xlsx(tmp_path / "ledger.xlsx")
    with pytest.raises(DomainError) as caught:
        other_desk.volunteers.import_xlsx(path)
    assert "full numbers" in caught.value.english()
    assert other_desk.volunteers.count(ListQuery()) == 0
    with pytest.raises(DomainError, match="full numbers"):  # on its own desk too
        services.volunteers.import_xlsx(path)
