"""The statistics charts as vector drawings (reportlab graphics): grouped bars, the year
before in grey beside the chosen year in blue, every label in the embedded CJK font."""
from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from libdesk.models.statistics.records import Chart

YEAR_COLOURS = (colors.HexColor("#B8C2CC"), colors.HexColor("#2F6DB5"))
INK = colors.HexColor("#1F2D3D")


def _short(label: str, limit: int) -> str:
    return label if len(label) <= limit else label[:limit - 1] + "…"


def chart_drawing(chart: Chart, font: str, width: float) -> Drawing:
    """One chart: its title, both years' bars, a legend and the unit. Months stand upright;
    ranked charts (points, teams, categories) lie on their side so long names stay legible."""
    monthly = chart.key.endswith("_by_month")
    height = 58 * mm if monthly else 30 * mm + 5.2 * mm * max(len(chart.labels), 2)
    drawing = Drawing(width, height)
    drawing.initialFontName = font  # the renderer would otherwise start in Helvetica
    drawing.add(String(0, height - 11, chart.title, fontName=font, fontSize=10, fillColor=INK))
    drawing.add(String(width, height - 11, f"单位：{chart.unit}", fontName=font, fontSize=7.5,
                       fillColor=INK, textAnchor="end"))
    series = chart.series if monthly else [(y, bars[::-1]) for y, bars in chart.series]
    labels = [bar.label for bar in series[0][1]] if series else []
    if monthly:
        bars = VerticalBarChart()
        bars.x, bars.y = 30, 16
        bars.width, bars.height = width - 38, height - 46
    else:
        bars = HorizontalBarChart()
        bars.x, bars.y = 130, 16
        bars.width, bars.height = width - 140, height - 46
    bars.data = [[bar.value for bar in bs] or [0] for _year, bs in series]
    bars.categoryAxis.categoryNames = [_short(x, 16) for x in labels] or [""]
    for axis in (bars.categoryAxis, bars.valueAxis):
        axis.labels.fontName = font
        axis.labels.fontSize = 7
        axis.labels.fillColor = INK
        axis.strokeColor = INK
    bars.valueAxis.valueMin = 0
    if max((max(values) for values in bars.data), default=0) <= 0:
        bars.valueAxis.valueMax = 1
    bars.valueAxis.rangeRound = "ceiling"  # the longest bar ends on a tick, not the frame
    bars.valueAxis.visibleGrid = True
    bars.valueAxis.gridStrokeColor = colors.HexColor("#E4ECF4")
    bars.barSpacing = 0.5
    bars.groupSpacing = 4
    for index in range(len(series)):
        bars.bars[index].fillColor = YEAR_COLOURS[index % 2]
        bars.bars[index].strokeColor = None
    drawing.add(bars)
    if max((max(values) for values in bars.data), default=0) <= 0:
        drawing.add(String(bars.x + bars.width / 2, bars.y + bars.height / 2,
                           f"{chart.series[-1][0] - 1}、{chart.series[-1][0]} 年均无记录"
                           if chart.series else "无记录", fontName=font, fontSize=9,
                           fillColor=INK, textAnchor="middle"))
    legend = Legend()
    legend.fontName, legend.fontSize = font, 7
    legend.alignment = "right"
    legend.x, legend.y = width - 110, height - 18
    legend.columnMaximum, legend.dx, legend.dy, legend.deltax = 1, 7, 7, 48
    legend.colorNamePairs = [(YEAR_COLOURS[i % 2], f"{year} 年")
                             for i, (year, _bars) in enumerate(chart.series)]
    legend.strokeColor = None
    drawing.add(legend)
    return drawing
