"""The shipment sheet (配送单), A4 portrait, Chinese, with the CJK font embedded.

Page 1 opens with the title, the batch header (number, kind, destination with its primary
contact and phone, date, staff) and the batch's signed QR code. The item table repeats its
header on every page, has a subtotal row after each box and the totals in 种 / 册; a swap
lists the books coming back in a second table. Signature lines (发货人 / 承运人 / 接收人)
close the sheet. Every page carries the batch number and 第 x 页 / 共 N 页.
"""
from __future__ import annotations

import os
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from libdesk.models.distribution.tables import (
    BATCH_KIND_ZH,
    BATCH_STATUS_ZH,
    BatchKind,
    BatchStatus,
    Direction,
    shipping_direction,
)
from libdesk.models.distribution.records import BatchView, ItemLine
from libdesk.printing.fonts import register_fonts
from libdesk.printing.qr import draw_qr

MARGIN = 14 * mm
WIDTH = A4[0] - 2 * MARGIN
QR_SIZE = 30 * mm
HEADERS = ["序号", "箱号", "ISBN", "题名", "责任者", "出版社", "索书号", "册数"]
COL_WIDTHS = [10 * mm, 10 * mm, 27 * mm, 58 * mm, 22 * mm, 25 * mm, 18 * mm, 12 * mm]
INK = colors.HexColor("#1F2D3D")
RULE = colors.HexColor("#8795A1")
BAND = colors.HexColor("#E4ECF4")
SUBTOTAL = colors.HexColor("#F3F6F9")


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=font, fontSize=8.5, leading=11, wordWrap="CJK",
                          textColor=INK)
    return {
        "cell": base,
        "title": ParagraphStyle("title", base, fontSize=18, leading=24, alignment=TA_CENTER),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=10, leading=14,
                                   alignment=TA_CENTER, textColor=RULE),
        "section": ParagraphStyle("section", base, fontSize=11, leading=16, spaceBefore=4,
                                  spaceAfter=3),
        "field": ParagraphStyle("field", base, fontSize=9.5, leading=14),
        "note": ParagraphStyle("note", base, fontSize=8, leading=11, textColor=RULE),
    }


class _QrBlock(Flowable):
    """The batch QR with its number underneath, or a 草稿 notice for an unpacked batch."""

    def __init__(self, payload: str, number: str, font: str) -> None:
        super().__init__()
        self.payload, self.number, self.font = payload, number, font
        self.width, self.height = QR_SIZE, QR_SIZE + 5 * mm

    def draw(self) -> None:
        c = self.canv
        if self.payload:
            draw_qr(c, self.payload, 0, 5 * mm, QR_SIZE)
            c.setFont(self.font, 7)
            c.drawCentredString(QR_SIZE / 2, 2 * mm, "扫码核验配送单")
        else:
            c.setStrokeColor(RULE)
            c.setDash(2, 2)
            c.rect(0, 5 * mm, QR_SIZE, QR_SIZE)
            c.setFont(self.font, 9)
            c.drawCentredString(QR_SIZE / 2, 5 * mm + QR_SIZE / 2, "草稿 · 无二维码")


def _numbered_canvas(font: str, number: str, library: str, draft: bool):
    class NumberedCanvas(Canvas):
        """Keeps every page until the end, then writes 第 x 页 / 共 N 页 on each."""

        def __init__(self, *args, **kwargs):
            kwargs["initialFontName"] = kwargs.get("initialFontName") or font
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for page in self._pages:
                self.__dict__.update(page)
                self._frame(total)
                super().showPage()
            super().save()

        def _frame(self, total: int) -> None:
            self.saveState()
            self.setFont(font, 8)
            self.setFillColor(RULE)
            self.drawString(MARGIN, A4[1] - 9 * mm, f"{library} · 图书配送单")
            self.drawRightString(A4[0] - MARGIN, A4[1] - 9 * mm, f"批次号 {number}")
            self.setStrokeColor(RULE)
            self.setLineWidth(0.4)
            self.line(MARGIN, A4[1] - 10.5 * mm, A4[0] - MARGIN, A4[1] - 10.5 * mm)
            self.line(MARGIN, 11 * mm, A4[0] - MARGIN, 11 * mm)
            self.drawCentredString(A4[0] / 2, 7 * mm, f"第 {self._pageNumber} 页 / 共 {total} 页")
            if draft:  # a draft is no shipping document
                self.setFillColor(colors.Color(0.75, 0.2, 0.2, alpha=0.12))
                self.setFont(font, 64)
                self.translate(A4[0] / 2, A4[1] / 2)
                self.rotate(35)
                self.drawCentredString(0, 0, "草稿 · 未备齐")
            self.restoreState()

    return NumberedCanvas


def _header(view: BatchView, st: dict, font: str) -> list:
    s = view.summary
    planned = s.planned_on.isoformat() if s.planned_on else "—"
    contact = " ".join(x for x in (view.contact_name, view.contact_phone) if x) or "—"
    fields = [
        ("批次号", s.number, "配送类型", BATCH_KIND_ZH[BatchKind(s.kind)]),
        ("接收单位", s.branch_name, "状态", BATCH_STATUS_ZH[BatchStatus(s.status)]),
        ("联系人", contact, "计划日期", planned),
        ("地址", view.branch_address or "—", "经办人", s.staff or "—"),
    ]
    rows = [[Paragraph(f"<font color='#8795A1'>{a}</font>", st["field"]),
             Paragraph(_esc(b), st["field"]),
             Paragraph(f"<font color='#8795A1'>{c}</font>", st["field"]),
             Paragraph(_esc(d), st["field"])] for a, b, c, d in fields]
    info = Table(rows, colWidths=[19 * mm, 64 * mm, 19 * mm, 39 * mm])
    info.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                              ("TOPPADDING", (0, 0), (-1, -1), 2),
                              ("LINEBELOW", (1, 0), (1, -1), 0.3, BAND),
                              ("LINEBELOW", (3, 0), (3, -1), 0.3, BAND)]))
    block = Table([[info, _QrBlock(view.batch_payload, s.number, font)]],
                  colWidths=[WIDTH - QR_SIZE - 4 * mm, QR_SIZE + 4 * mm])
    block.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    title = f"{view.library_name}图书配送单"
    return [Paragraph(_esc(title), st["title"]),
            Paragraph(f"{BATCH_KIND_ZH[BatchKind(s.kind)]} · {s.number}", st["subtitle"]),
            Spacer(1, 4 * mm), block, Spacer(1, 3 * mm)]


def _esc(text: str) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _titles(items: list[ItemLine]) -> int:
    return len({i.isbn or "~" + i.title for i in items})


def _item_table(items: list[ItemLine], st: dict, progress, per_box: bool) -> tuple[LongTable, int]:
    data = [HEADERS]
    style = [("FONTNAME", (0, 0), (-1, -1), st["cell"].fontName),
             ("FONTSIZE", (0, 0), (-1, -1), 8.5), ("TEXTCOLOR", (0, 0), (-1, -1), INK),
             ("BACKGROUND", (0, 0), (-1, 0), BAND), ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
             ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (0, 0), (1, -1), "CENTER"),
             ("ALIGN", (-1, 0), (-1, -1), "RIGHT"), ("TOPPADDING", (0, 0), (-1, -1), 2.2),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2)]
    boxes: dict[int, list[ItemLine]] = {}
    for item in items:
        boxes.setdefault(item.box_no if per_box else 0, []).append(item)
    n = 0
    for box_no, lines in boxes.items():
        for item in lines:
            n += 1
            title = item.title + (f"（{item.issue}）" if item.issue else "")
            data.append([str(n), str(item.box_no) if per_box else "", item.isbn or "—",
                         Paragraph(_esc(title) or "<font color='#8795A1'>（题名待补）</font>",
                                   st["cell"]),
                         _fit(item.author, COL_WIDTHS[4], st), _fit(item.publisher, COL_WIDTHS[5], st),
                         _fit(item.call_number, COL_WIDTHS[6], st), str(item.copies)])
            style.append(("LINEBELOW", (0, len(data) - 1), (-1, len(data) - 1), 0.25, BAND))
            if n % 200 == 0:
                progress(n)
        if per_box:
            data.append(["", "", "", f"第 {box_no} 箱 小计：{_titles(lines)} 种 "
                         f"{sum(i.copies for i in lines)} 册", "", "", "",
                         str(sum(i.copies for i in lines))])
            row = len(data) - 1
            style += [("SPAN", (3, row), (6, row)), ("BACKGROUND", (0, row), (-1, row), SUBTOTAL),
                      ("LINEBELOW", (0, row), (-1, row), 0.5, RULE)]
    data.append(["", "", "", f"合计：{_titles(items)} 种 {sum(i.copies for i in items)} 册"
                 + (f"，共 {len(boxes)} 箱" if per_box else ""), "", "", "",
                 str(sum(i.copies for i in items))])
    row = len(data) - 1
    style += [("SPAN", (3, row), (6, row)), ("LINEABOVE", (0, row), (-1, row), 0.8, INK),
              ("LINEBELOW", (0, row), (-1, row), 0.8, INK), ("FONTSIZE", (0, row), (-1, row), 9.5)]
    table = LongTable(data, colWidths=COL_WIDTHS, repeatRows=1)
    table.setStyle(TableStyle(style))
    return table, n


def _fit(text: str, width: float, st: dict) -> str:
    """One line per cell: long authors and publishers are cut with an ellipsis."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    font = st["cell"].fontName
    limit = width - 5
    if stringWidth(text, font, 8.5) <= limit:
        return text
    while text and stringWidth(text + "…", font, 8.5) > limit:
        text = text[:-1]
    return text + "…"


def _signatures(st: dict) -> KeepTogether:
    row = []
    for role in ("发货人", "承运人", "接收人"):
        row.append(Paragraph(f"{role}（签字）：<br/><br/>________________<br/><br/>"
                             f"日期：______年____月____日", st["field"]))
    table = Table([row], colWidths=[WIDTH / 3] * 3)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), st["field"].fontName),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
    note = Paragraph("接收单位请逐箱清点、扫描箱标签二维码签收；如有短缺或破损，请在本单注明并于三日内"
                     "联系馆外流通服务部。本单一式两联：发货方、接收方各执一联。", st["note"])
    return KeepTogether([Spacer(1, 6 * mm), table, Spacer(1, 3 * mm), note])


def write_sheet(view: BatchView, path: Path, progress) -> Path:
    font = register_fonts()
    st = _styles(font)
    s = view.summary
    ship = shipping_direction(s.kind)
    going = [i for i in view.items if i.direction == ship]
    back = [i for i in view.items if i.direction != ship]
    total = len(view.items)
    story = _header(view, st, font)
    section = "回收图书" if s.kind == BatchKind.RECALL else (
        "赠送期刊" if s.kind == BatchKind.PERIODICALS else "发出图书")
    story.append(Paragraph(f"{section}（按箱）", st["section"]))
    if going:
        table, done = _item_table(going, st, lambda n: progress.step(n, total, s.number), True)
        story.append(table)
    else:
        story.append(Paragraph("（尚无明细）", st["note"]))
    if back and ship == Direction.OUT:
        story += [Spacer(1, 5 * mm), Paragraph("换回图书", st["section"])]
        table, _ = _item_table(back, st, lambda n: progress.step(n, total, s.number), False)
        story.append(table)
    story.append(_signatures(st))
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    doc = SimpleDocTemplate(str(partial), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=15 * mm, bottomMargin=15 * mm,
                            title=f"图书配送单 {s.number}", author=view.library_name,
                            subject=s.branch_name, creator="LibDesk",
                            initialFontName=font)  # no reportlab Helvetica in the file
    try:
        doc.build(story, canvasmaker=_numbered_canvas(
            font, s.number, view.library_name, s.status == BatchStatus.DRAFT))
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    progress.step(total, total, s.number)
    return path

