"""The local catalogue: ISO 2709 (CNMARC, MARC21, GB18030), MARCXML and workbooks import in
bulk; a scan fills title, author, publisher from it; hostile files are refused."""
from __future__ import annotations

import pytest
from openpyxl import Workbook

from libdesk.models.distribution.rules import BatchInput
from libdesk.services.catalogue.catalogue import CatalogueFileRefused
from libdesk.services.progress import Cancelled, Progress
from tests.services.catalogue.generate import cnmarc, isbn, marc21, write_iso
from tests.services.distribution.helpers import point_id


def test_a_100000_record_catalogue_imports_and_fills_a_scan(services, tmp_path):
    path = tmp_path / "catalogue.iso"
    write_iso(path, 100_000)
    steps = []
    report = services.catalogue.import_file(path, Progress(callback=lambda d, t, m: steps.append(d)))
    assert (report.format, report.records, report.added, report.damaged) == (
        "ISO 2709", 100_000, 100_000, 0)
    assert services.catalogue.count() == 100_000 and steps
    batch = services.distribution.create(BatchInput(point_id(services), "new_books"))
    result = services.distribution.scan(batch, isbn(54_321), 1, "out", "collection")
    item = result.item
    assert (item.title, item.author, item.publisher) == ("测试书目54321", "作者483",
                                                         "北岳文艺出版社")
    assert item.call_number == "I247.5/21"


def test_marc21_gb18030_and_a_donation_scan(services, tmp_path):
    path = tmp_path / "mixed.mrc"
    path.write_bytes(marc21(1) + cnmarc(2, "gb18030") + b"garbage-not-a-record\x1d")
    report = services.catalogue.import_file(path)
    assert (report.records, report.added, report.damaged) == (2, 2, 1)
    first = services.catalogue.lookup(isbn(1))
    assert first.title == "One hundred years of solitude 1"
    assert first.author == "Márquez, Gabriel García" and first.publisher == "Harper"
    assert first.price == "CNY45.00" and first.call_number == "I775.45/M1"
    assert services.catalogue.lookup(isbn(2)).title == "测试书目2"  # GB18030 decoded
    assert services.donations.known_title(isbn(2)) == "测试书目2"
    again = services.catalogue.import_file(path)  # the same export again: updates only
    assert (again.added, again.updated) == (0, 2)


def test_marcxml_and_workbook(services, tmp_path):
    xml = tmp_path / "c.xml"
    xml.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<collection xmlns="http://www.loc.gov/MARC21/slim"><record>
<datafield tag="010" ind1=" " ind2=" "><subfield code="a">{isbn(7)}</subfield></datafield>
<datafield tag="200" ind1="1" ind2=" "><subfield code="a">平凡的世界</subfield>
<subfield code="f">路遥</subfield></datafield>
<datafield tag="210" ind1=" " ind2=" "><subfield code="c">北京十月文艺出版社</subfield></datafield>
</record></collection>""", encoding="utf-8")
    assert services.catalogue.import_file(xml).added == 1
    assert services.catalogue.lookup(isbn(7)).author == "路遥"
    book = Workbook()
    book.active.append(["ISBN", "题名", "责任者", "出版社", "定价", "索书号"])
    book.active.append([isbn(8), "白鹿原", "陈忠实", "人民文学出版社", 39.8, "I247.5/3"])
    book.active.append(["not an isbn", "无号书", "", "", "", ""])
    book.save(tmp_path / "c.xlsx")
    report = services.catalogue.import_file(tmp_path / "c.xlsx")
    assert (report.added, report.without_isbn) == (1, 1)
    assert services.catalogue.lookup(isbn(8)).price == "39.8"


def test_hostile_and_wrong_files_are_refused_and_change_nothing(services, tmp_path):
    bomb = tmp_path / "laughs.xml"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
                    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><collection>&b;</collection>')
    with pytest.raises(CatalogueFileRefused):
        services.catalogue.import_file(bomb)
    (tmp_path / "notes.txt").write_text("just some notes")
    with pytest.raises(CatalogueFileRefused):
        services.catalogue.import_file(tmp_path / "notes.txt")
    junk = tmp_path / "junk.iso"
    junk.write_bytes(b"".join(b"00099nam  22" + bytes([n % 200 + 30]) * 80 + b"\x1d"
                              for n in range(200)))
    with pytest.raises(CatalogueFileRefused):
        services.catalogue.import_file(junk)
    assert services.catalogue.count() == 0


def test_cancelling_leaves_the_catalogue_as_it_was(services, tmp_path):
    path = tmp_path / "c.iso"
    write_iso(path, 30_000)
    calls = []
    with pytest.raises(Cancelled):
        services.catalogue.import_file(path, Progress(is_cancelled=lambda: len(calls) > 0
                                                      or calls.append(1) or False))
    assert services.catalogue.count() == 0
