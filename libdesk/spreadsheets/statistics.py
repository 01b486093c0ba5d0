"""The year's statistics as one workbook: 年度概况 in the report's 项目 / 单位 / 指标 layout,
then the detail tables (distribution per point, table 15, tables 16 and 17, mobile service)."""
from __future__ import annotations

from pathlib import Path

from libdesk.spreadsheets.writing import Column, export_book, write_table


def write_year(path: Path, report) -> Path:
    with export_book(path) as book:
        write_table(book, "年度概况", [Column("类别", 24), Column("项目", 28), Column("单位", 8),
                                       Column("指标", 14)],
                    [[line.section, line.item, line.unit, line.value] for line in report.summary]
                    + [["分馆类别", name, "个", count] for name, count in report.categories])
        write_table(book, "分馆配送", [Column("分馆/服务点", 34), Column("批次", 8),
                                       Column("配送图书（册）", 14), Column("图书（种）", 12),
                                       Column("赠送期刊（册）", 14), Column("收回（册）", 12)],
                    [[t.branch_name, t.batches, t.books_out, t.book_titles_out, t.periodicals_out,
                      t.books_back] for t in report.distribution])
        write_table(book, "捐赠前十", [Column("排名", 6), Column("捐赠人", 30), Column("职务/单位", 30),
                                       Column("册数", 10), Column("种数", 10)],
                    [[d.rank, d.name, d.title, d.volumes, d.titles] for d in report.top_donors])
        write_table(book, "主题志愿服务", [Column("服务项目", 30), Column("时间", 22),
                                           Column("人数", 8), Column("总时长（小时）", 14)],
                    [[r.service, r.period_label, r.people, r.hours] for r in report.theme_services])
        write_table(book, "日常志愿服务", [Column("服务项目", 30), Column("服务月数", 10),
                                           Column("人数/月", 10), Column("时长/月（小时）", 16)],
                    [[r.service, r.months, r.people_per_month, r.hours_per_month]
                     for r in report.daily_services])
        write_table(book, "流动服务", [Column("月份", 8), Column("分馆/服务点", 34),
                                       Column("借阅人次", 10), Column("借阅册次", 10), Column("备注", 30)],
                    [[f"{m.year}-{m.month:02d}", m.branch_name, m.visits, m.loans, m.notes]
                     for m in report.mobile])
    return path
