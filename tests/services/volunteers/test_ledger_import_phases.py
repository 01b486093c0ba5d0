"""Issue 12 item 6: the volunteer ledger import matches in a read phase, so another writer
goes on meanwhile; the short write transaction checks again what changed since and writes
with a few bulk statements, not a lookup per row."""
from __future__ import annotations

from libdesk.models.volunteers.rules import VolunteerInput
from libdesk.services.base import ListQuery
from libdesk.services.volunteers import ledger_import
from tests.services.phases import in_another_thread, once_before, write_statements
from tests.services.volunteers.helpers import add_volunteers


def ledger_file(services, tmp_path, stored: int = 50, new: int = 150):
    """A full-number ledger: ``stored`` volunteers already in the database (their notes
    changed in the file) and ``new`` ones, of a school and a team the database lacks."""
    add_volunteers(services, stored)
    people = [VolunteerInput(name=f"志愿者{i:04d}", org="山西大学", team="山大服务队",
                             phone="13812345678", id_number="14010519990101123X",
                             platform_no=f"志TY{i:05d}", notes="台账更新")
              for i in range(stored)]
    people += [VolunteerInput(name=f"新人{i:04d}", org="新的学校", team="新的服务队",
                              platform_no=f"XR{i:05d}") for i in range(new)]
    from libdesk.spreadsheets import volunteers as sheets

    return sheets.write_volunteers(tmp_path / "ledger.xlsx", people, masked=False)


def test_another_writer_goes_on_while_the_import_matches(services, tmp_path, monkeypatch):
    path = ledger_file(services, tmp_path)
    services.store.wait_seconds = 0  # any wait for the write lock would fail the writer
    other: list = []
    once_before(monkeypatch, ledger_import, "plan", lambda: other.append(in_another_thread(
        lambda: services.volunteers.save(VolunteerInput(name="另一位写入者")))))

    counts = services.volunteers.import_xlsx(path)

    assert len(other) == 1 and isinstance(other[0], int), other  # saved, not refused
    assert counts == {"added": 150, "updated": 50}
    assert services.volunteers.count(ListQuery()) == 201
    first = services.volunteers.get(services.volunteers.ids(ListQuery(text="志愿者0001"))[0])
    assert (first.notes, first.org, first.team) == ("台账更新", "山西大学", "山大服务队")
    new = services.volunteers.get(services.volunteers.ids(ListQuery(text="新人0001"))[0])
    assert (new.org, new.team) == ("新的学校", "新的服务队")


def test_the_write_phase_is_a_few_bulk_statements(services, tmp_path, monkeypatch):
    path = ledger_file(services, tmp_path)
    sent = write_statements(services, monkeypatch)

    assert services.volunteers.import_xlsx(path) == {"added": 150, "updated": 50}

    # on today's code: lookups of the school, the team and the volunteer for each row
    lookups = [s for s in sent if s.lstrip().upper().startswith("SELECT")]
    assert 0 < len(lookups) < 15, " | ".join(s[:60].replace("\n", " ") for s in lookups)
    assert sum(1 for s in sent if s.lstrip().upper().startswith(
        ("INSERT INTO VOLUNTEER ", "COPY VOLUNTEER "))) == 1  # COPY: on PostgreSQL
    # the 50 updates: one statement, sent row by row only where the driver cannot count
    # the rows of an executemany (each checks its version)
    assert sum(1 for s in sent if s.lstrip().upper().startswith("UPDATE")) <= 50


def test_changes_made_meanwhile_are_seen_by_the_write(services, tmp_path, monkeypatch):
    path = ledger_file(services, tmp_path, stored=3, new=2)
    first = services.volunteers.ids(ListQuery(text="志愿者0000"))[0]

    def change():  # another desk, after the plan was read: edits one, adds a 'new' one
        in_another_thread(lambda: services.volunteers.save(VolunteerInput(
            name="志愿者0000", org="山西大学", phone="13812345678", notes="另一处的修改"),
            first, expected_version=services.volunteers.version(first)))
        in_another_thread(lambda: services.volunteers.save(VolunteerInput(
            name="新人0000", org="新的学校", platform_no="XR00000")))

    done = once_before(monkeypatch, ledger_import, "plan", change)  # after the read
    counts = services.volunteers.import_xlsx(path)

    assert done == [1]
    assert counts == {"added": 1, "updated": 4}  # 新人0000 matched by its platform number
    assert services.volunteers.count(ListQuery()) == 5
    edited = services.volunteers.get(first)
    assert (edited.notes, edited.team) == ("台账更新", "山大服务队")  # the file's, no conflict
    assert services.volunteers.version(first) == 3
