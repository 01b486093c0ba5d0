"""Issue 12.1: a few hundred mutations of real exports — inside the zip at the XML level and
on the file's bytes — through all four imports. Each is imported or refused with a clear
domain error; none raises anything else, none prints a Rust panic, and a refused one writes
nothing. (Speed is measured in benchmarks/, not here.)"""
from __future__ import annotations

import random
import re
import zipfile
from datetime import date
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

from libdesk.models.audit_log import AuditLog
from libdesk.models.errors import DomainError
from libdesk.spreadsheets.volunteers import write_hours
from tests.services.donations.fixtures import add_sun_ying
from tests.services.volunteers.helpers import add_activity, add_volunteers
from tests.spreadsheets.workbooks import parts, rebuild

CASES = 220          # XML-level mutations, spread over the four imports
BYTE_CASES = 40      # byte-level ones (test_hostile_files has 300 more on the roster)
NASTY = [b"\x00", b"\xff\xfe", b"&bogus;", b"&#0;", b"<", b">", b'"', b"</row>", b"<row>",
         b"<c r=\"XFD1\"><v>1</v></c>", b"<![CDATA[", b"<?x?>", b"\xe4\xb8", b"&#x110000;"]
ATTRIBUTE_VALUES = [b"", b"0", b"-1", b"XFD1048576", b"A99999999999", b"1e9", b"ZZ", b"\xff",
                    b"A1:XFD1048576", b"s", b"b", b"e", b"n", b"d", b"str", b"inlineStr"]
VALUES = [b"abc", b"1e999", b"-0", b"NaN", b"99999999999999999999", b"", b"2020-13-45",
          b"-99999999", b"0x1F", b"\xe4\xb8\x80"]


@pytest.fixture
def exports(services, tmp_path):
    """One real export per import, with enough rows to be worth damaging."""
    add_sun_ying(services)
    add_volunteers(services, 12)
    activity = add_activity(services)
    assert activity
    rows = [SimpleNamespace(volunteer=f"志愿者{i:04d}", platform_no=f"志TY{i:05d}",
                            served_on=date(2021, 3, 1 + i), hundredths=(8 + i) * 25,
                            activity="太图阅读推广活动志愿服务", team="山大服务队",
                            org="山西大学", status="pending", recorded_by="王", reviewed_by="",
                            note="") for i in range(12)]
    return {
        "roster": (services.branches.export_roster(tmp_path / "roster.xlsx"),
                   services.branches.import_roster),
        "donors": (services.donor_files.export(tmp_path / "donors.xlsx", unmask=True),
                   services.donor_files.import_file),
        "volunteers": (services.volunteers.export_xlsx(tmp_path / "v.xlsx", unmask=True),
                       services.volunteers.import_xlsx),
        "hours": (write_hours(tmp_path / "hours.xlsx", rows), services.hours.import_xlsx),
    }


def mutate_xml(rng: random.Random, data: bytes) -> bytes:
    """One XML-level damage: what a broken disk, a bad tool or an attacker might do."""
    kind = rng.randrange(8)
    at = rng.randrange(len(data) + 1)
    if kind == 0:
        return data[:at]
    if kind == 1:
        return data[:at] + rng.choice(NASTY) + data[at:]
    if kind == 2:
        return data[:at] + data[at + rng.randint(1, 200):]
    if kind == 3:
        span = data[at:at + rng.randint(1, 400)]
        return data[:at] + span * rng.randint(2, 5) + data[at:]
    if kind == 4:  # an attribute value replaced (r=, t=, ref=, s=, Id=, Target= …)
        found = list(re.finditer(rb'(\w+)="([^"]*)"', data))
        if found:
            m = rng.choice(found)
            return data[:m.start(2)] + rng.choice(ATTRIBUTE_VALUES) + data[m.end(2):]
    if kind == 5:  # a value replaced
        found = list(re.finditer(rb"<(v|t)>([^<]*)<", data))
        if found:
            m = rng.choice(found)
            return data[:m.start(2)] + rng.choice(VALUES) + data[m.end(2):]
    if kind == 6:  # a tag renamed or closed wrongly
        found = list(re.finditer(rb"</?(\w+)", data))
        if found:
            m = rng.choice(found)
            return data[:m.start(1)] + rng.choice([b"x", b"row", b"c", b"sheetData", b"v"]) \
                + data[m.end(1):]
    return bytes(b ^ 0xFF if rng.random() < 0.01 else b for b in data)


def damaged_zip(rng: random.Random, source, target):
    members = parts(source)
    names = sorted(members)
    if rng.random() < 0.1:
        del members[rng.choice(names)]
    else:
        sheets = [n for n in names if n.startswith("xl/worksheets/")]
        name = rng.choice(sheets) if rng.random() < 0.6 else rng.choice(
            [n for n in names if n.endswith((".xml", ".rels"))])
        members[name] = mutate_xml(rng, members[name])
    return rebuild(target, members)


def damaged_bytes(rng: random.Random, source, target):
    data = bytearray(source.read_bytes())
    if rng.random() < 0.3:
        data = data[:rng.randrange(len(data))]
    else:
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
    target.write_bytes(bytes(data))
    return target


def audit_mark(services) -> int:
    with services.store.read() as session:
        return session.execute(select(func.max(AuditLog.id))).scalar()


def test_mutated_exports_are_imported_or_refused_cleanly(services, exports, tmp_path, capfd):
    rng = random.Random(1212)
    kinds = sorted(exports)
    outcome = {"refused": 0, "imported": 0}
    for case in range(CASES + BYTE_CASES):
        source, importer = exports[kinds[case % len(kinds)]]
        target = tmp_path / f"case{case}.xlsx"
        if case < CASES:
            damaged_zip(rng, source, target)
        else:
            damaged_bytes(rng, source, target)
        before = audit_mark(services)
        try:
            importer(target)
        except DomainError as exc:
            assert exc.english().strip()
            assert audit_mark(services) == before, f"case {case} wrote before refusing"
            outcome["refused"] += 1
        else:
            outcome["imported"] += 1
        target.unlink()
    assert "panicked" not in capfd.readouterr().err
    assert outcome["refused"] > (CASES + BYTE_CASES) // 2
    assert zipfile.is_zipfile(exports["roster"][0])
