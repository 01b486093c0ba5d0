"""Issue 12 item 6: a refused donors workbook writes nothing, a good one takes the write lock
once; an import waiting for another command says so and can be cancelled."""
from __future__ import annotations

from contextlib import contextmanager

import pytest
from openpyxl import load_workbook

from libdesk.models.errors import ValidationFailed
from libdesk.services.base import ListQuery
from tests.services.phases import HOLDER


def counting_writes(services, monkeypatch) -> list[int]:
    writes: list[int] = []
    real = services.store.write

    @contextmanager
    def write():
        writes.append(1)
        with real() as session:
            yield session

    monkeypatch.setattr(services.store, "write", write)
    return writes


def test_refused_then_accepted_import(services, tmp_path, monkeypatch):
    path = services.donor_files.template(tmp_path / "donors.xlsx")
    before = services.donors.count(ListQuery())
    book = load_workbook(path)
    book["捐赠者"]["G2"] = "12345"  # not a phone number: the row is refused
    book.save(tmp_path / "bad.xlsx")
    writes = counting_writes(services, monkeypatch)
    with pytest.raises(ValidationFailed) as refused:
        services.donor_files.import_file(tmp_path / "bad.xlsx")
    assert "12345" in refused.value.english()
    assert services.donors.count(ListQuery()) == before  # every row reported, none written
    writes.clear()
    report = services.donor_files.import_file(path)
    assert report.donors_added == 1 and writes == [1]
    assert services.donors.count(ListQuery()) == before + 1


@pytest.mark.sqlite_only  # works on the database file itself
def test_an_import_waiting_for_another_command_says_so_and_can_be_cancelled(db_path, tmp_path):
    import subprocess
    import sys
    import time
    from pathlib import Path

    from libdesk.services import COMMAND, open_services
    from libdesk.services.progress import Cancelled, Progress
    from libdesk.store.database import WAITING_FOR_COMMAND

    root = Path(__file__).resolve().parents[3]
    reader = open_services(str(db_path), claim=COMMAND)  # this process does not own the file
    path = reader.donor_files.template(tmp_path / "donors.xlsx")
    before = reader.donors.count(ListQuery())
    try:
        for cancel in (True, False):
            ready, go = tmp_path / f"ready{cancel}", tmp_path / f"go{cancel}"
            holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path), str(ready),
                                       str(go)], cwd=str(root))
            while not ready.exists():
                assert holder.poll() is None
                time.sleep(0.05)
            messages: list[str] = []

            def step(_done, _total, message, go=go):
                messages.append(message)
                if message == WAITING_FOR_COMMAND and not cancel:
                    go.touch()  # the other command finishes while we wait

            progress = Progress(step, lambda: cancel and bool(messages))
            if cancel:
                with pytest.raises(Cancelled):
                    reader.donor_files.import_file(path, progress)
                go.touch()
            else:
                assert reader.donor_files.import_file(path, progress).donors_added == 1
            holder.wait(timeout=60)
            assert WAITING_FOR_COMMAND in messages
        assert reader.donors.count(ListQuery()) == before + 1  # the cancelled one wrote nothing
    finally:
        reader.close()
