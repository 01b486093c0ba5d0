"""Issue 12 item 6: the catalogue import parses and checks the whole file without the write
lock (another writer goes on meanwhile), then writes it in one short transaction that a
cancel still rolls back whole."""
from __future__ import annotations

import pytest

from libdesk.models.donations.rules import DonorInput
from libdesk.services.base import ListQuery
from libdesk.services.progress import Cancelled, Progress
from tests.services.catalogue.generate import write_iso
from tests.services.donations.test_donor_import_phases import in_another_thread


def test_another_writer_goes_on_while_the_catalogue_is_read(services, tmp_path):
    path = tmp_path / "c.iso"
    write_iso(path, 5000)
    services.store.wait_seconds = 0  # any wait for the write lock would fail the writer
    other: list = []

    def step(_done, total, _message):
        if total and not other:  # the first progress: the file is being read
            other.append(in_another_thread(
                lambda: services.donors.save(DonorInput(name="另一位写入者"))))

    report = services.catalogue.import_file(path, Progress(step))

    assert len(other) == 1 and isinstance(other[0], int), other  # saved, not refused
    assert report.added == 5000 and services.catalogue.count() == 5000
    assert services.donors.count(ListQuery()) == 1


def test_cancelling_while_writing_leaves_the_catalogue_as_it_was(services, tmp_path):
    path = tmp_path / "c.iso"
    write_iso(path, 5000)  # three chunks of at most 2,000 records
    written: list[int] = []

    def cancelled() -> bool:
        return bool(written)

    def step(done, total, _message):
        if 0 < total <= 3 and done >= 1:  # a chunk is written (the steps count chunks)
            written.append(done)

    with pytest.raises(Cancelled):
        services.catalogue.import_file(path, Progress(step, cancelled))
    assert written == [1]
    assert services.catalogue.count() == 0
