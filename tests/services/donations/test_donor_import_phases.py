"""Issue 12 item 6: the donor import matches in a read phase, so another writer goes on
meanwhile; the short write transaction checks again what changed since (a donor deleted,
changed or added meanwhile) and loses no row; a busy database is waited for with progress or
refused in plain words, the file kept for another try."""
from __future__ import annotations

import threading
from datetime import date

import pytest
from openpyxl import load_workbook

from libdesk.models.donations.rules import DonationInput, DonorInput, LineInput
from libdesk.models.errors import StoreFailure
from libdesk.services.base import ListQuery
from libdesk.services.donations import donor_files
from libdesk.services.progress import Progress
from tests.services.donations.fixtures import SUN_YING, add_sun_ying
from tests.services.phases import in_another_thread

DONORS = 500  # the import reports progress every 500 donors while it matches


def many_donors(services, tmp_path, count: int = DONORS):
    path = services.donor_files.template(tmp_path / "many.xlsx")
    book = load_workbook(path)
    sheet = book["捐赠者"]
    for n in range(1, count):
        sheet.append([None, "个人", f"捐赠者{n:04d}", None, None, None, f"139{n:08d}"])
    book.save(path)
    return path


def test_another_writer_goes_on_while_the_import_matches(services, tmp_path):
    path = many_donors(services, tmp_path)
    services.store.wait_seconds = 0  # any wait for the write lock would fail the writer
    other: list = []

    def step(done, total, _message):
        if total and not other:  # the first progress: the import is matching its rows
            other.append(in_another_thread(
                lambda: services.donors.save(DonorInput(name="另一位写入者"))))

    report = services.donor_files.import_file(path, Progress(step))

    assert len(other) == 1 and isinstance(other[0], int), other  # saved, not refused
    assert report.donors_added == DONORS
    imported = services.donors.page(ListQuery(text="捐赠者0001"), 0, 5)
    assert imported and imported[0].id > other[0]  # the other writer committed first
    assert services.donors.count(ListQuery()) == DONORS + 1


def between_phases(monkeypatch, change):
    """Run ``change()`` once, after the read phase planned the import and before its write."""
    real = donor_files.plan
    done: list[int] = []

    def planned(*args, **kwargs):
        chosen = real(*args, **kwargs)
        if not done:
            done.append(1)
            change()
        return chosen

    monkeypatch.setattr(donor_files, "plan", planned)
    return done


def test_a_donor_deleted_meanwhile_is_added_again_with_its_donation(services, tmp_path,
                                                                  monkeypatch):
    donor_id, donation_id = add_sun_ying(services)
    path = services.donor_files.export(tmp_path / "donors.xlsx", unmask=True)

    def delete():
        services.donations.delete(donation_id)
        services.donors.delete(donor_id)

    done = between_phases(monkeypatch, delete)
    report = services.donor_files.import_file(path)  # planned as "update #1, keep its rows"

    assert done == [1]
    assert (report.donors_added, report.donors_updated) == (1, 0)
    assert (report.donations_added, report.lines_added, report.rows_kept) == (1, 4, 0)
    found = services.donors.page(ListQuery(text="孙英"), 0, 5, unmask=True)
    assert [(d.name, d.phone) for d in found] == [("孙英", SUN_YING.phone)]
    donation = services.donations.page(ListQuery(text="孙英"), 0, 5)[0]
    assert (donation.titles, donation.volumes) == (118, 324)


def test_a_donor_changed_meanwhile_is_updated_at_its_new_version(services, tmp_path,
                                                                monkeypatch):
    donor_id, _ = add_sun_ying(services)
    path = services.donor_files.export(tmp_path / "donors.xlsx", unmask=True)
    book = load_workbook(path)
    book["捐赠者"]["J2"] = "山西省太原市迎泽区"  # the file changes the address
    book.save(path)
    before = services.donors.version(donor_id)

    def edit():
        services.donors.save(DonorInput(**{**SUN_YING.__dict__, "notes": "另一处的修改"}),
                             donor_id)

    between_phases(monkeypatch, edit)
    report = services.donor_files.import_file(path)

    assert (report.donors_added, report.donors_updated, report.rows_kept) == (0, 1, 4)
    stored = services.donors.get(donor_id, unmask=True)
    assert stored.address == "山西省太原市迎泽区" and stored.notes == ""  # the file's row
    assert services.donors.version(donor_id) == before + 2  # the edit, then the import
    assert services.donors.count(ListQuery()) == 1


def test_a_donor_added_meanwhile_is_matched_not_added_twice(services, tmp_path, monkeypatch):
    path = services.donor_files.template(tmp_path / "t.xlsx")
    book = load_workbook(path)
    book["捐赠者"].append([None, "单位", "北京画院", None, "美术机构", "王老师", "010-66012345"])
    book["捐赠明细"].append([None, None, "北京画院", "2020-09-01", "李", "邮寄", "图书",
                          "画集", None, 39, 139, "册", "转配分馆"])
    book.save(path)
    added: list[int] = []
    between_phases(monkeypatch, lambda: added.append(services.donors.save(DonorInput(
        name="北京画院", kind="organisation", phone="010-66012345"))))

    report = services.donor_files.import_file(path)

    assert (report.donors_added, report.donors_updated) == (1, 1)  # 孙英 new, 画院 matched
    assert [d.id for d in services.donors.page(ListQuery(text="北京画院"), 0, 5)] == added
    painted = services.donations.page(ListQuery(text="北京画院"), 0, 5)
    assert [(d.donor_id, d.volumes) for d in painted] == [(added[0], 139)]


def test_a_donation_line_naming_a_donor_removed_meanwhile_is_reported(services, tmp_path,
                                                                    monkeypatch):
    donor_id = services.donors.save(DonorInput(name="北京画院", kind="organisation"))
    path = services.donor_files.template(tmp_path / "t.xlsx")
    book = load_workbook(path)
    book["捐赠明细"].append([None, None, "北京画院", "2020-09-01", "李", "邮寄", "图书",
                          "画集", None, 39, 139, "册", "转配分馆"])
    book.save(path)
    between_phases(monkeypatch, lambda: services.donors.delete(donor_id))
    from libdesk.models.errors import ValidationFailed

    with pytest.raises(ValidationFailed) as refused:
        services.donor_files.import_file(path)
    assert [(p.sheet, p.row, p.field) for p in refused.value.problems] == [
        ("捐赠明细", 3, "捐赠者")]
    assert "北京画院" in refused.value.english()
    assert services.donors.count(ListQuery()) == 0  # nothing of the file was written


@pytest.mark.sqlite_only  # the write lock of the database file
def test_a_busy_database_is_waited_for_with_progress_then_refused_plainly(
        db_path, tmp_path, monkeypatch):
    from libdesk.services import open_services
    from libdesk.store import engine
    from libdesk.store.database import WAITING_FOR_DATABASE

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 100)  # SQLite's own wait, kept short
    services = open_services(str(db_path))
    try:
        path = services.donor_files.template(tmp_path / "donors.xlsx")
        services.store.wait_seconds = 1
        holding, release = threading.Event(), threading.Event()

        def hold():
            with services.store.write():
                holding.set()
                release.wait()

        holder = threading.Thread(target=hold)
        holder.start()
        holding.wait()
        messages: list[str] = []
        try:
            with pytest.raises(StoreFailure) as refused:
                services.donor_files.import_file(path, Progress(
                    lambda _d, _t, message: messages.append(message)))
        finally:
            release.set()
            holder.join()
        assert WAITING_FOR_DATABASE in messages  # it waited, and said so
        text = refused.value.english()
        assert "stayed busy" in text and "your input is kept" in text
        assert services.donors.count(ListQuery()) == 0
        assert services.donor_files.import_file(path).donors_added == 1  # the file, again
    finally:
        services.close()


def test_reimporting_a_moved_file_with_many_donors_keeps_its_donations(services, tmp_path):
    """Planning in memory keeps main's rule: another desk's donation already imported here
    (same donor, day and receiver) is left as it is."""
    first = services.donors.save(DonorInput(name="甲", phone="13900000001"))
    services.donations.save(DonationInput(first, date(2021, 3, 2), "李"),
                            [LineInput("画集", titles=2, quantity=5)])
    path = services.donor_files.export(tmp_path / "donors.xlsx", unmask=True)
    with services.store.write() as session:  # the file now looks like another desk's
        from libdesk.models.keys import DATABASE_ID_SETTING
        from libdesk.models.system import AppSetting

        session.get(AppSetting, DATABASE_ID_SETTING).value = "another-desk"
    report = services.donor_files.import_file(path)
    assert (report.donors_added, report.donors_updated) == (0, 1)
    assert (report.donations_added, report.rows_kept) == (0, 1)
