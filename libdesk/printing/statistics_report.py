"""The annual report's outreach section (社会参与及公共交流服务) as the library prints it:
A4 portrait, Chinese, the embedded CJK font only. A generated summary in the report's words,
table 6's outreach rows, tables 14–17 with the report's headings and units, then the charts
(vector drawings, the year before beside the year) and 第 x 页 / 共 N 页 on every page."""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

from reportlab.lib import colors, textsplit
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, LongTable, Paragraph, SimpleDocTemplate
from reportlab.platypus import TableStyle

from libdesk.models.statistics import report_tables as t
from libdesk.models.statistics.records import YearReport
from libdesk.printing.fonts import register_fonts
from libdesk.printing.statistics_charts import chart_drawing

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
INK = colors.HexColor("#1F2D3D")
RULE = colors.HexColor("#8795A1")
BAND = colors.HexColor("#E4ECF4")


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=font, fontSize=9, leading=13, wordWrap="CJK",
                          textColor=INK)
    return {
        "cell": base,
        "title": ParagraphStyle("title", base, fontSize=16, leading=22, alignment=TA_CENTER,
                                spaceAfter=4 * mm),
        "heading": ParagraphStyle("heading", base, fontSize=12, leading=17, spaceBefore=4 * mm,
                                  spaceAfter=2 * mm),
        "body": ParagraphStyle("body", base, fontSize=10.5, leading=17, firstLineIndent=21),
        "caption": ParagraphStyle("caption", base, fontSize=9, leading=13, alignment=TA_CENTER,
                                  spaceBefore=1.5 * mm, spaceAfter=3 * mm),
    }


def _escape(value) -> str:
    return str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(headers: list[str], rows: list[list], widths: list[float], st, caption: str):
    """A ruled table as the report sets it, its caption (表 n …) below."""
    cell = st["cell"]
    data = [[Paragraph(_escape(h), cell) for h in headers]]
    data += [[Paragraph(_escape(f"{v:,}" if isinstance(v, int) and i > 0 and v >= 10000 else v),
                        cell) for i, v in enumerate(row)] for row in rows]
    if not rows:
        data.append([Paragraph("（本年无记录）", cell)] + [""] * (len(headers) - 1))
    table = LongTable(data, colWidths=widths, repeatRows=1)
    style = [("FONTNAME", (0, 0), (-1, -1), cell.fontName), ("GRID", (0, 0), (-1, -1), 0.4, RULE), ("BACKGROUND", (0, 0), (-1, 0), BAND),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 2),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if not rows:
        style.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(style))
    return [table, Paragraph(_escape(caption), st["caption"])]


def _numbered_canvas(font: str, running_title: str):
    class NumberedCanvas(Canvas):
        """Defers each page to write 第 x 页 / 共 N 页 once the page count is known."""

        def __init__(self, *args, **kwargs):
            kwargs["initialFontName"] = font  # no Helvetica anywhere in the file
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self.setFont(font, 8)
                self.setFillColor(RULE)
                self.drawString(MARGIN, 10 * mm, running_title)
                self.drawRightString(A4[0] - MARGIN, 10 * mm, f"第 {number} 页 / 共 {total} 页")
                super().showPage()
            super().save()

    return NumberedCanvas


def build_story(report: YearReport, charts, font: str) -> list:
    st = _styles(font)
    year = report.year

    def section(heading: str | None, headers, rows, widths, caption) -> list:
        """A table (and the heading above it) kept on one page when it fits on one."""
        parts = ([Paragraph(heading, st["heading"])] if heading else []) + _table(
            headers, rows, [WIDTH * w for w in widths], st, caption)
        return [KeepTogether(parts)] if len(rows) <= 20 else parts

    story = [Paragraph(f"{year} 年社会参与及公共交流服务报告", st["title"])]
    # no-break spaces keep a figure with its unit (26,025 册) when a line wraps
    story += [Paragraph(_escape(text).replace(" ", "\u00a0"), st["body"])
              for text in t.summary_sentences(report)]
    story += section("业务统计（延伸服务部分）", t.TABLE6_HEADERS, t.table6_rows(report),
                     (0.6, 0.2, 0.2), t.TABLE6_TITLE.format(year=year))
    story += section(f"{year} 年分馆建设情况", t.TABLE14_HEADERS, t.table14_rows(report),
                     (0.15, 0.85), t.TABLE14_TITLE)
    story += section("社会捐赠情况", t.TABLE15_HEADERS, t.table15_rows(report),
                     (0.12, 0.70, 0.18), t.TABLE15_TITLE.format(year=year))
    story += section("志愿服务情况", t.TABLE16_HEADERS, t.table16_rows(report),
                     (0.36, 0.30, 0.14, 0.20), t.TABLE16_TITLE)
    story += section(None, t.TABLE17_HEADERS, t.table17_rows(report), (0.5, 0.25, 0.25),
                     t.TABLE17_TITLE)
    for number, chart in enumerate(charts, start=1):
        heading = [Paragraph(f"{year} 年与 {year - 1} 年对比图", st["heading"])] \
            if number == 1 else []
        story.append(KeepTogether(heading + [
            chart_drawing(chart, font, WIDTH),
            Paragraph(f"图 {number} {year} 年{chart.title}", st["caption"])]))
    return story


# reportlab's line breaker knows the ideographic comma and full stop but not the full-width
# comma, semicolon, colon and percent sign, and would start a line with them; while this
# document is built it is told they cannot start a line either.
_CANNOT_START = "，；：！？％）》」"


@contextmanager
def _chinese_line_starts():
    saved = textsplit.ALL_CANNOT_START
    textsplit.ALL_CANNOT_START = saved + "".join(c for c in _CANNOT_START if c not in saved)
    try:
        yield
    finally:
        textsplit.ALL_CANNOT_START = saved


def write_report(path: Path, report: YearReport, charts) -> Path:
    font = register_fonts()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    title = f"太原市图书馆 {report.year} 年社会参与及公共交流服务报告"
    doc = SimpleDocTemplate(str(partial), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=title,
                            author="太原市图书馆", creator="LibDesk")
    try:
        with _chinese_line_starts():
            doc.build(build_story(report, charts, font),
                      canvasmaker=_numbered_canvas(font, title))
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path
