"""The donors workbook: a 捐赠者 sheet (one row a donor) and a 捐赠明细 sheet (one row a
donation line). The same layout is exported, offered as an import template (headers and an
example row) and read back, every bad cell reported by sheet, row and column."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from libdesk.models.donations.rules import (
    DonationInput, DonorInput, LineInput, normalized_line, validate_donor, validate_line)
from libdesk.models.donations.tables import (
    CHANNEL_ZH, DONOR_KIND_ZH, EVALUATION_ZH, MATERIAL_ZH, Channel, DonorKind, Evaluation,
    Material, Unit)
from libdesk.models.errors import QT_TRANSLATE_NOOP, Problem
from libdesk.spreadsheets.safe import atomic_save, load_xlsx
from libdesk.spreadsheets.tables import Column, SheetRow, new_workbook, read_table, write_table

DONORS = "捐赠者"
LINES = "捐赠明细"
DONOR_COLUMNS = [
    Column("编号", 8), Column("类型", 6), Column("姓名/名称", 24), Column("称谓", 6),
    Column("职务/单位", 34), Column("联系人", 10), Column("电话", 15), Column("电话2", 15),
    Column("电子邮箱", 22), Column("地址", 30), Column("身份证号", 20), Column("备注", 24),
]
LINE_COLUMNS = [
    Column("捐赠编号", 9), Column("捐赠者编号", 9), Column("捐赠者", 22), Column("接收日期", 12),
    Column("接收人", 10), Column("方式", 10), Column("文献类型", 10), Column("题名/说明", 34),
    Column("ISBN", 16), Column("种数", 7), Column("数量", 7), Column("单位", 6),
    Column("评估", 9), Column("评估说明", 20),
]
KIND_FROM_ZH = {zh: k.value for k, zh in DONOR_KIND_ZH.items()}
CHANNEL_FROM_ZH = {zh: c.value for c, zh in CHANNEL_ZH.items()}
MATERIAL_FROM_ZH = {zh: m.value for m, zh in MATERIAL_ZH.items()}
EVALUATION_FROM_ZH = {zh: e.value for e, zh in EVALUATION_ZH.items()}


@dataclass(frozen=True)
class LineRecord:
    """One exported line with its donation and donor."""
    donation_id: int
    donor_id: int
    donor_name: str
    donation: DonationInput
    line: LineInput


@dataclass
class ImportedDonor:
    row: int
    id: int | None
    donor: DonorInput


@dataclass
class ImportedDonation:
    rows: list[int]
    donor_id: int | None       # 捐赠者编号 when given
    donor_name: str
    received_on: date
    received_by: str
    channel: str
    lines: list[LineInput] = field(default_factory=list)


@dataclass
class ImportedBook:
    donors: list[ImportedDonor]
    donations: list[ImportedDonation]
    existing_lines: int      # rows of donations already in the database (left as they are)
    existing_ids: set[int] = field(default_factory=set)


def write_donors(path: Path, donors: Iterable[tuple[int, DonorInput]],
                 lines: Iterable[LineRecord]) -> Path:
    """Donors and lines as they come: already masked (services.privacy) unless full numbers
    were asked for."""
    workbook = new_workbook()
    write_table(workbook, DONORS, DONOR_COLUMNS, (
        [i, DONOR_KIND_ZH.get(DonorKind(d.kind), d.kind), d.name, d.honorific, d.title,
         d.contact_person, d.phone, d.phone2, d.email, d.address, d.id_number, d.notes]
        for i, d in donors))
    write_table(workbook, LINES, LINE_COLUMNS, (_line_row(r) for r in lines))
    return atomic_save(workbook, path)


def _line_row(r: LineRecord) -> list:
    d, line = r.donation, r.line
    return [r.donation_id, r.donor_id, r.donor_name, d.received_on, d.received_by,
            CHANNEL_ZH.get(Channel(d.channel), d.channel),
            MATERIAL_ZH.get(Material(line.material), line.material), line.title, line.isbn,
            line.titles, line.quantity, line.unit,
            EVALUATION_ZH.get(Evaluation(line.evaluation), line.evaluation), line.evaluation_note]


def write_template(path: Path) -> Path:
    """Headers and one example row on each sheet, ready to fill in."""
    example = DonorInput(name="孙英", honorific="先生", title="原中央党史研究室主任",
                         phone="13800000000", address="山西省太原市")
    line = LineRecord(0, 0, "孙英", DonationInput(0, date(2020, 10, 14), "赵晋明"),
                      LineInput("孙英文集", titles=1, quantity=2, isbn="",
                                evaluation=Evaluation.COLLECTED.value))
    workbook = new_workbook()
    row = [None, *(_donor_cells(example))]
    write_table(workbook, DONORS, DONOR_COLUMNS, [row])
    write_table(workbook, LINES, LINE_COLUMNS, [[None, None, *_line_row(line)[2:]]])
    return atomic_save(workbook, path)


def _donor_cells(d: DonorInput) -> list:
    return [DONOR_KIND_ZH[DonorKind(d.kind)], d.name, d.honorific, d.title, d.contact_person,
            d.phone, d.phone2, d.email, d.address, d.id_number, d.notes]


def read_donors(path: Path) -> tuple[ImportedBook, list[Problem]]:
    workbook = load_xlsx(path)
    try:
        problems: list[Problem] = []
        donors = [d for row in read_table(workbook, DONORS, ["姓名/名称"])
                  if (d := _donor(row, problems)) is not None]
        book = ImportedBook(donors, [], 0)
        if LINES in workbook.sheetnames:
            groups: dict[tuple, ImportedDonation] = {}
            for row in read_table(workbook, LINES, ["捐赠者", "接收日期", "题名/说明"]):
                _line(row, problems, groups, book)
            book.donations = list(groups.values())
        return book, problems
    finally:
        workbook.close()


def read_lines(path: Path) -> tuple[list[LineInput], list[Problem]]:
    """Lines for one donation from a workbook: the 捐赠明细 sheet (or the first sheet) with at
    least a 题名/说明 column; donor and date columns, if present, are ignored."""
    workbook = load_xlsx(path)
    try:
        sheet = LINES if LINES in workbook.sheetnames else workbook.sheetnames[0]
        problems: list[Problem] = []
        lines: list[LineInput] = []
        for row in read_table(workbook, sheet, ["题名/说明"]):
            line = _line_input(row, problems)
            for p in validate_line(line):
                problems.append(Problem(_LINE_HEADERS.get(p.field, p.field), p.template,
                                        {**p.params, "n": row.number}, row.number, sheet))
            lines.append(line)
        return lines, problems
    finally:
        workbook.close()


def _line_input(row: SheetRow, problems: list[Problem]) -> LineInput:
    material = _choice(row, "文献类型", MATERIAL_FROM_ZH, Material.BOOK.value, problems)
    evaluation = _choice(row, "评估", EVALUATION_FROM_ZH, Evaluation.PENDING.value, problems)
    quantity = row.whole("数量", problems, LINES)
    titles = row.whole("种数", problems, LINES)
    return normalized_line(LineInput(
        title=row.text("题名/说明"), material=material,
        titles=1 if titles is None else titles,
        quantity=quantity if quantity is not None else (1 if row.text("数量") else 0),
        unit=row.text("单位") or Unit.VOLUME.value, isbn=row.text("ISBN"),
        evaluation=evaluation, evaluation_note=row.text("评估说明")))


def _donor(row: SheetRow, problems: list[Problem]) -> ImportedDonor | None:
    name = row.text("姓名/名称")
    if not name:
        problems.append(row.problem(DONORS, "姓名/名称", QT_TRANSLATE_NOOP(
            "Errors", "The name is empty; fill it in or delete the row.")))
        return None
    kind_text = row.text("类型") or DONOR_KIND_ZH[DonorKind.PERSON]
    kind = KIND_FROM_ZH.get(kind_text)
    if kind is None:
        problems.append(row.problem(DONORS, "类型", QT_TRANSLATE_NOOP(
            "Errors", "Unknown donor type “{value}”; use 个人 or 单位."), value=kind_text))
        kind = DonorKind.PERSON.value
    donor = DonorInput(name=name, kind=kind, honorific=row.text("称谓"),
                       title=row.text("职务/单位"), contact_person=row.text("联系人"),
                       phone=row.text("电话"), phone2=row.text("电话2"),
                       email=row.text("电子邮箱"), address=row.text("地址"),
                       id_number=row.text("身份证号"), notes=row.text("备注"))
    for p in validate_donor(donor):
        problems.append(Problem(_DONOR_HEADERS.get(p.field, p.field), p.template, p.params,
                                row.number, DONORS))
    return ImportedDonor(row.number, row.whole("编号", problems, DONORS), donor)


_DONOR_HEADERS = {"name": "姓名/名称", "kind": "类型", "phone": "电话", "phone2": "电话2",
                  "email": "电子邮箱", "id_number": "身份证号"}
_LINE_HEADERS = {"line.title": "题名/说明", "line.material": "文献类型", "line.unit": "单位",
                 "line.quantity": "数量", "line.titles": "种数", "line.evaluation": "评估"}


def _line(row: SheetRow, problems: list[Problem], groups: dict, book: ImportedBook) -> None:
    donation_id = row.whole("捐赠编号", problems, LINES)
    if donation_id:
        book.existing_lines += 1
        book.existing_ids.add(donation_id)
        return
    received = row.day("接收日期", problems, LINES)
    channel = _choice(row, "方式", CHANNEL_FROM_ZH, Channel.HANDED_IN.value, problems)
    line = _line_input(row, problems)
    for p in validate_line(line):
        problems.append(Problem(_LINE_HEADERS.get(p.field, p.field), p.template,
                                {**p.params, "n": row.number}, row.number, LINES))
    donor_name = row.text("捐赠者")
    if not donor_name:
        problems.append(row.problem(LINES, "捐赠者", QT_TRANSLATE_NOOP(
            "Errors", "The donor is empty; give the donor's name as on the 捐赠者 sheet.")))
    if received is None:
        return
    donor_id = row.whole("捐赠者编号", problems, LINES)
    key = (donor_id, donor_name, received, row.text("接收人"), channel)
    group = groups.get(key)
    if group is None:
        group = groups[key] = ImportedDonation([], donor_id, donor_name, received,
                                               row.text("接收人"), channel)
    group.rows.append(row.number)
    group.lines.append(line)


def _choice(row: SheetRow, header: str, mapping: dict[str, str], default: str,
            problems: list[Problem]) -> str:
    text = row.text(header)
    if not text:
        return default
    if text in mapping:
        return mapping[text]
    problems.append(row.problem(LINES, header, QT_TRANSLATE_NOOP(
        "Errors", "“{value}” is not one of {choices}."), value=text,
        choices="、".join(mapping)))
    return default
