"""The mobile-service log: outings entered one by one, in bulk and from a workbook; table 6's
2020 mobile-service figures (18,670 visits, 27,800 loans) come from logged outings, and the
hand-typed monthly totals count only for months without any."""
from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook, load_workbook

from libdesk.models.errors import ValidationFailed
from libdesk.models.outreach.rules import OutingInput
from libdesk.services.base import ListQuery


def _point(services, name="太图城市书房郝庄馆") -> int:
    return services.branches.lookup(name)


def _write_outings(path, rows) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "流动服务"
    sheet.append(["日期", "车辆/站点", "分馆/服务点", "地点", "工作人员", "服务读者(人次)",
                  "借出(册次)", "还回(册次)", "新办证", "备注"])
    for row in rows:
        sheet.append(row)
    for line in sheet.iter_rows(min_row=2):
        for cell in line:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text that looks like a formula, as a user may type
    book.save(path)


def _year_2020_rows():
    """Three outings a month, 2020; visits add up to 18,670 and loans to 27,800."""
    rows = []
    for month in range(1, 13):
        for n, place in enumerate(("太图城市书房郝庄馆", "", "太原市社会福利精神康宁医院")):
            rows.append([date(2020, month, 3 + n * 9), "流动服务车1号", place,
                         "迎泽公园东门" if not place else "", "王芳、李强", 518, 772, 400, 3, ""])
    # 36 × 518 = 18,648 and 36 × 772 = 27,792: the December outing at the park adds the rest
    rows[-2][5] += 18_670 - 36 * 518
    rows[-2][6] += 27_800 - 36 * 772
    return rows


def test_table_6_mobile_figures_of_2020_come_from_the_logged_outings(services, tmp_path):
    # a hand-typed monthly total for March, before the log: March counts the log instead
    services.statistics.record_mobile(_point(services), 2020, 3, 9999, 9999, "旧台账")
    path = tmp_path / "流动服务2020.xlsx"
    _write_outings(path, _year_2020_rows())
    assert services.mobile_log.import_xlsx(path) == 36

    report = services.statistics.year_report(2020)
    assert report.value("流动服务借阅人次") == 18_670
    assert report.value("流动服务借阅册次") == 27_800
    assert report.value("其中：流动服务记录场次") == 36
    typed = [m for m in report.mobile if m.month == 3]
    assert typed and typed[0].notes.startswith("手填（本月按流动服务记录统计")

    rows = services.mobile_log.page(ListQuery(filters={"year": 2020, "month": 12}), 0, 10)
    assert len(rows) == 3 and sum(r.readers for r in rows) == 518 * 3 + 22
    assert {r.source for r in rows} == {"import"}
    at_park = [r for r in rows if r.branch_id is None]
    assert at_park[0].where == "迎泽公园东门"


def test_a_month_without_outings_still_counts_its_typed_total(services):
    point = _point(services)
    services.statistics.record_mobile(point, 2019, 5, 300, 450)
    services.mobile_log.add(OutingInput(served_on=date(2019, 6, 1), branch_id=point,
                                        readers=20, loans=35))
    report = services.statistics.year_report(2019)
    assert report.value("流动服务借阅人次") == 320
    assert report.value("流动服务借阅册次") == 485
    assert report.mobile[0].notes == "手填"


def test_import_names_every_bad_row_and_writes_nothing(services, tmp_path):
    path = tmp_path / "bad.xlsx"
    _write_outings(path, [
        ["2020-10-14", "车", "太图城市书房郝庄馆", "", "王芳", 10, 20, 0, 0, ""],
        ["2020-13-01", "车", "", "广场", "王芳", 10, 20, 0, 0, ""],
        ["2020-10-15", "车", "没有这个馆", "", "王芳", "十", 20, 0, 0, ""],
        ["2020-10-16", "车", "", "", "王芳", 5, 5, 0, 0, ""],
    ])
    with pytest.raises(ValidationFailed) as caught:
        services.mobile_log.import_xlsx(path)
    where = {(p.row, p.field) for p in caught.value.problems}
    assert (3, "日期") in where
    assert (4, "分馆/服务点") in where and (4, "服务读者(人次)") in where
    assert services.mobile_log.count(ListQuery()) == 0
    # a cell that looks like a formula is stored and exported as text
    _write_outings(path, [["2020-10-14", "=1+1", "", "广场", "王芳", 1, 1, 0, 0, "+86"]])
    services.mobile_log.import_xlsx(path)
    out = services.mobile_log.export_xlsx(tmp_path / "out.xlsx")
    sheet = load_workbook(out)["流动服务"]
    assert sheet["B2"].value == "=1+1" and sheet["B2"].data_type == "s"


def test_bulk_entry_is_all_or_nothing_and_the_export_imports_back(services, tmp_path):
    point = _point(services)
    good = OutingInput(served_on=date(2020, 9, 1), branch_id=point, readers=30, loans=40)
    with pytest.raises(ValidationFailed) as caught:
        services.mobile_log.bulk_add([good, OutingInput(served_on=date(2020, 9, 2))])
    assert [(p.row, p.field) for p in caught.value.problems] == [(2, "place")]
    assert services.mobile_log.count(ListQuery()) == 0
    assert services.mobile_log.bulk_add([good, OutingInput(served_on=date(2020, 9, 2),
                                                           place="学府公园", readers=8)]) == 2
    path = services.mobile_log.export_xlsx(tmp_path / "log.xlsx")
    assert services.mobile_log.import_xlsx(path) == 2
    assert services.mobile_log.month_totals(2020)[9] == (4, 76, 80, 0, 0)
    by_readers = services.mobile_log.page(ListQuery(sort="readers", descending=True), 0, 10)
    assert [r.readers for r in by_readers] == [30, 30, 8, 8]
    found = services.mobile_log.page(ListQuery(text="学府"), 0, 10)
    assert len(found) == 2
