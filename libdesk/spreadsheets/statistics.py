"""The year's statistics as one workbook: 年度概况 (every figure beside the year before's),
table 6's outreach rows, then tables 14–17 with the report's headings, distribution per point
and mobile service; and the comparison of a range of years."""
from __future__ import annotations

from pathlib import Path

from libdesk.models.statistics import report_tables as t
from libdesk.spreadsheets.safe import atomic_save
from libdesk.spreadsheets.tables import Column, new_workbook, write_table

_WIDTHS = {"类别": 24, "项目": 28, "项 目": 28, "单位": 8, "单 位": 8, "分馆名称": 40,
           "捐赠者": 40, "志愿服务内容": 30, "活动时间": 24, "分馆/服务点": 34, "备注": 30}


def _columns(headers: list[str]) -> list[Column]:
    return [Column(h, _WIDTHS.get(h, max(10, len(h) * 2 + 2))) for h in headers]


def write_year(path: Path, report) -> Path:
    book = new_workbook()
    write_table(book, "年度概况", _columns(t.SUMMARY_HEADERS), t.summary_rows(report))
    write_table(book, "表6 业务统计", _columns(t.TABLE6_HEADERS), t.table6_rows(report))
    write_table(book, "表14 分馆一览", _columns(t.TABLE14_HEADERS), t.table14_rows(report))
    write_table(book, "表15 捐赠前十", _columns(t.TABLE15_HEADERS), t.table15_rows(report))
    write_table(book, "表16 主题志愿服务", _columns(t.TABLE16_HEADERS), t.table16_rows(report))
    write_table(book, "表17 日常志愿服务", _columns(t.TABLE17_HEADERS), t.table17_rows(report))
    write_table(book, "分馆配送", _columns(t.DISTRIBUTION_HEADERS), t.distribution_rows(report))
    write_table(book, "流动服务", _columns(t.MOBILE_HEADERS), t.mobile_rows(report))
    return atomic_save(book, path)


def write_comparison(path: Path, comparison) -> Path:
    book = new_workbook()
    first, last = comparison.years[0], comparison.years[-1]
    title = f"{first}年" if first == last else f"{first}—{last}年"
    write_table(book, title, _columns(t.comparison_headers(comparison)),
                t.comparison_rows(comparison))
    return atomic_save(book, path)
