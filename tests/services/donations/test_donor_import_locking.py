"""Issue 12 item 6: the donors import matches and checks in a read transaction; a refused
workbook never takes the write lock, a good one takes it once, to insert."""
from __future__ import annotations

from contextlib import contextmanager

import pytest
from openpyxl import load_workbook

from libdesk.models.errors import ValidationFailed
from libdesk.services.base import ListQuery


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
    book["捐赠者"]["A2"] = 99999  # a donor number this database never had
    book.save(tmp_path / "bad.xlsx")
    writes = counting_writes(services, monkeypatch)
    with pytest.raises(ValidationFailed) as refused:
        services.donor_files.import_file(tmp_path / "bad.xlsx")
    assert "99999" in refused.value.english()
    assert writes == []
    report = services.donor_files.import_file(path)
    assert report.donors_added == 1 and writes == [1]
    assert services.donors.count(ListQuery()) == before + 1
