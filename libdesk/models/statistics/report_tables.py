"""The annual report's outreach tables with the report's own headings and units, as rows of
cells: one definition for the statistics tab, the workbook and the printed section."""
from __future__ import annotations

from libdesk.models.statistics.records import Comparison, SummaryLine, YearReport


def figure(value: float | int | None) -> float | int | str:
    """A figure as the report prints it: whole numbers without decimals, else two at most."""
    if value is None:
        return ""
    if isinstance(value, float):
        return int(value) if value.is_integer() else round(value, 2)
    return value


def ratio_text(line: SummaryLine) -> str:
    """比上年: “4.26 倍” (a multiple when it grew at least twofold), else “+12.5%” / “-3.0%”;
    empty when the year before had none."""
    ratio = line.ratio
    if ratio is None:
        return ""
    if ratio >= 2:
        return f"{ratio:.2f} 倍"
    return f"{(ratio - 1) * 100:+.1f}%"


SUMMARY_HEADERS = ["类别", "项目", "单位", "指标", "上年", "增减", "比上年"]


def summary_rows(report: YearReport) -> list[list]:
    """Every summary figure beside the year before's, a section named on its first line."""
    rows, section = [], None
    for line in report.summary:
        rows.append([line.section if line.section != section else "", line.item, line.unit,
                     figure(line.value), figure(line.previous), figure(line.change),
                     ratio_text(line)])
        section = line.section
    for index, (name, count) in enumerate(report.categories):
        rows.append(["分馆类别" if index == 0 else "", name, "个", count, "", "", ""])
    return rows


TABLE6_TITLE = "表 6 {year} 年业务统计情况表（延伸服务部分）"
TABLE6_HEADERS = ["项 目", "单 位", "指标"]


def table6_rows(report: YearReport) -> list[list]:
    """Table 6's outreach rows as printed: 十六 teams and members, 十七 mobile service and
    branches (the section headings as their own rows, as the report has them)."""
    lines = {line.item: line for line in report.table6()}
    return [
        ["十六、志愿者服务队伍数", "个", figure(lines["志愿者服务队伍数"].value)],
        ["志愿者服务队伍人数", "人", figure(lines["志愿者服务队伍人数"].value)],
        ["十七、图书馆延伸服务情况", "—", "—"],
        ["流动服务借阅人次", "人次", figure(lines["流动服务借阅人次"].value)],
        ["流动服务借阅册次", "册次", figure(lines["流动服务借阅册次"].value)],
        ["分馆数量", "个", figure(lines["分馆数量"].value)],
    ]


TABLE14_TITLE = "表 14 太原市图书馆分馆一览表"
TABLE14_HEADERS = ["序号", "分馆名称"]


def table14_rows(report: YearReport) -> list[list]:
    return [[index, point.name] for index, point in enumerate(report.points, start=1)]


TABLE15_TITLE = "表 15 {year} 年度社会捐赠图书前十名名单"
TABLE15_HEADERS = ["排名", "捐赠者", "册数"]


def table15_rows(report: YearReport) -> list[list]:
    return [[d.rank, f"{d.name}（{d.title}）" if d.title else d.name, d.volumes]
            for d in report.top_donors]


TABLE16_TITLE = "表 16 主题志愿服务统计表"
TABLE16_HEADERS = ["志愿服务内容", "活动时间", "人数(人)", "累计总时长(小时)"]


def table16_rows(report: YearReport) -> list[list]:
    return [[r.service, r.period_label, r.people, figure(r.hours)]
            for r in report.theme_services]


TABLE17_TITLE = "表 17 日常志愿服务统计表"
TABLE17_HEADERS = ["志愿服务内容", "人数(人/月)", "总时长(小时/月)"]


def table17_rows(report: YearReport) -> list[list]:
    return [[r.service, figure(r.people_per_month), figure(r.hours_per_month)]
            for r in report.daily_services]


DISTRIBUTION_HEADERS = ["分馆/服务点", "批次", "配送图书（册）", "图书（种）", "赠送期刊（册）",
                        "收回（册）"]


def distribution_rows(report: YearReport) -> list[list]:
    return [[t.branch_name, t.batches, t.books_out, t.book_titles_out, t.periodicals_out,
             t.books_back] for t in report.distribution]


MOBILE_HEADERS = ["月份", "分馆/服务点", "借阅人次", "借阅册次", "备注"]


def mobile_rows(report: YearReport) -> list[list]:
    return [[f"{m.year}-{m.month:02d}", m.branch_name, m.visits, m.loans, m.notes]
            for m in report.mobile]


def comparison_headers(comparison: Comparison) -> list[str]:
    headers = ["类别", "项目", "单位"] + [f"{year} 年" for year in comparison.years]
    if len(comparison.years) > 1:
        headers.append(f"{comparison.years[-1]} 年比 {comparison.years[0]} 年")
    return headers


def comparison_rows(comparison: Comparison) -> list[list]:
    rows, section = [], None
    for sect, item, unit, values in comparison.rows:
        row = [sect if sect != section else "", item, unit] + [figure(v) for v in values]
        if len(values) > 1:
            row.append(ratio_text(SummaryLine(sect, item, unit, values[-1], values[0])))
        rows.append(row)
        section = sect
    return rows


def number(value: float | int) -> str:
    """26,025 / 53,876.85 — figures in the summary's sentences."""
    value = figure(value)
    return f"{value:,}" if isinstance(value, int) else f"{value:,.2f}"


def _against(line: SummaryLine, year: int) -> str:
    """“，是 2019 年的 4.26 倍” / “，比 2019 年增长 12.5%” / “，与 2019 年持平”."""
    ratio = line.ratio
    if ratio is None:
        return ""
    if ratio >= 2:
        return f"，是 {year - 1} 年的 {ratio:.2f} 倍"
    if abs(ratio - 1) < 0.0005:
        return f"，与 {year - 1} 年持平"
    change = (ratio - 1) * 100
    return f"，比 {year - 1} 年{'增长' if change > 0 else '减少'} {abs(change):.1f}%"


def summary_sentences(report: YearReport) -> list[str]:
    """The section's opening paragraph in the annual report's words, each figure set against
    the year before (e.g. 全年接收社会捐赠图书 26,025 册，是 2019 年的 4.26 倍)."""
    year, line = report.year, report.line
    points, books = line("分馆数量"), line("配送图书")
    periodicals, volumes = line("赠送期刊"), line("接收捐书")
    teams, members = line("志愿者服务队伍数"), line("志愿者服务队伍人数")
    visits, loans = line("流动服务借阅人次"), line("流动服务借阅册次")
    hours, platform = line("志愿服务时长（已确认）"), line("服务时长累计（平台）")
    registered = line("“太原志愿者”平台注册人数")
    text = [
        f"{year} 年，太原市图书馆深入到 {number(points.value)} 个分馆或者延伸服务点，"
        f"配送图书 {number(books.value)} 册{_against(books, year)}；"
        f"赠送期刊 {number(periodicals.value)} 册{_against(periodicals, year)}。",
        f"全年接收社会捐赠图书 {number(volumes.value)} 册{_against(volumes, year)}，"
        f"捐赠者 {number(line('捐赠人').value)} 位。",
        f"流动服务借阅 {number(visits.value)} 人次{_against(visits, year)}，"
        f"借阅 {number(loans.value)} 册次{_against(loans, year)}。",
        f"志愿者服务队伍 {number(teams.value)} 个，队伍人数 {number(members.value)} 人"
        f"{_against(members, year)}；全年确认志愿服务时长 {number(hours.value)} 小时"
        f"{_against(hours, year)}。",
    ]
    if platform.value:
        text.append(f"截至 {year} 年年底，“太原志愿者”平台注册人数已达 "
                    f"{number(registered.value)} 人，服务时长累计 {number(platform.value)} 小时。")
    return text
