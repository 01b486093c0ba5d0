"""Box labels (装箱标签): one A6 label per box, printed one per A6 page or four to an A4 page
with cut lines. Each label carries a large signed QR code (batch, box number, copies) and the
same facts in readable text, so a box can be received by scanning or checked by eye."""
from __future__ import annotations

import os
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A6
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from libdesk.models.distribution.tables import BATCH_KIND_ZH, BatchKind
from libdesk.models.distribution.records import BatchView, BoxInfo
from libdesk.printing.fonts import register_fonts
from libdesk.printing.qr import draw_qr

LABEL_W, LABEL_H = A6  # 105 × 148 mm
INK = colors.HexColor("#1F2D3D")
MUTED = colors.HexColor("#6B7B8C")
BAND = colors.HexColor("#E4ECF4")
QR_SIZE = 64 * mm
INSET = 4 * mm  # printers cannot print to the paper's edge
PAD = INSET + 5 * mm


def _fit_size(text: str, font: str, width: float, largest: float, smallest: float) -> float:
    size = largest
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def _lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Break Chinese text into lines that fit (character by character)."""
    lines, current = [], ""
    for ch in text:
        if stringWidth(current + ch, font, size) > width and current:
            lines.append(current)
            current = ch
        else:
            current += ch
    return lines + ([current] if current else [])


def draw_label(c: Canvas, view: BatchView, box: BoxInfo, x: float, y: float, font: str) -> None:
    """One label with its lower-left corner at (x, y)."""
    s = view.summary
    w, h = LABEL_W, LABEL_H
    inner = w - 2 * PAD
    c.saveState()
    c.translate(x, y)
    # frame and band: who sends it and what it is
    c.setStrokeColor(INK)
    c.setLineWidth(0.8)
    c.roundRect(INSET, INSET, w - 2 * INSET, h - 2 * INSET, 2.5 * mm, stroke=1, fill=0)
    band = h - INSET - 11 * mm
    path = c.beginPath()
    path.moveTo(INSET, band)
    path.lineTo(INSET, h - INSET - 2.5 * mm)
    path.arcTo(INSET, h - INSET - 5 * mm, INSET + 5 * mm, h - INSET, 180, -90)
    path.lineTo(w - INSET - 2.5 * mm, h - INSET)
    path.arcTo(w - INSET - 5 * mm, h - INSET - 5 * mm, w - INSET, h - INSET, 90, -90)
    path.lineTo(w - INSET, band)
    path.close()
    c.setFillColor(INK)
    c.drawPath(path, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(font, 10.5)
    c.drawString(PAD, band + 3.8 * mm, f"{view.library_name} · 配送装箱标签")
    c.setFont(font, 9)
    c.drawRightString(w - PAD, band + 3.8 * mm, BATCH_KIND_ZH[BatchKind(s.kind)])
    # destination, large
    c.setFillColor(MUTED)
    c.setFont(font, 8)
    c.drawString(PAD, band - 5.5 * mm, "接收单位")
    c.setFillColor(INK)
    size = _fit_size(s.branch_name, font, inner, 17, 12)
    lines = _lines(s.branch_name, font, size, inner)[:2]
    top = band - 12 * mm
    for n, line in enumerate(lines):
        c.setFont(font, size)
        c.drawString(PAD, top - n * size * 1.15, line)
    below = top - (len(lines) - 1) * size * 1.15 - 7 * mm
    c.setFont(font, 11)
    c.drawString(PAD, below, f"批次号  {s.number}")
    # the code
    qr_y = below - 2 * mm - QR_SIZE
    payload = view.box_payloads.get(box.box_no, "")
    if payload:
        draw_qr(c, payload, (w - QR_SIZE) / 2, qr_y, QR_SIZE)
    # box number and count, readable
    total = len(view.boxes)
    c.setFont(font, 20)
    c.drawCentredString(w / 2, qr_y - 8 * mm, f"第 {box.box_no} 箱 / 共 {total} 箱")
    c.setFont(font, 12)
    c.drawCentredString(w / 2, qr_y - 14.5 * mm,
                        f"本箱 {box.item_count} 册（{box.title_count} 种）")
    # footer
    c.setStrokeColor(BAND)
    c.setLineWidth(0.8)
    c.line(PAD, 15.5 * mm, w - PAD, 15.5 * mm)
    c.setFillColor(MUTED)
    c.setFont(font, 7.5)
    planned = s.planned_on.isoformat() if s.planned_on else ""
    c.drawString(PAD, 11.5 * mm, "  ".join(x for x in (f"计划日期 {planned}" if planned else "",
                                                     f"经办人 {s.staff}" if s.staff else "") if x))
    c.drawString(PAD, 8 * mm, "到货请逐箱扫描二维码签收，箱数不符请联系馆外流通服务部")
    c.restoreState()


def _cut_lines(c: Canvas) -> None:
    c.saveState()
    c.setStrokeColor(colors.HexColor("#B8C2CC"))
    c.setLineWidth(0.4)
    c.setDash(3, 3)
    c.line(LABEL_W, 0, LABEL_W, A4[1])
    c.line(0, A4[1] / 2, A4[0], A4[1] / 2)
    c.restoreState()


def write_labels(view: BatchView, path: Path, layout: str, progress) -> Path:
    font = register_fonts()
    s = view.summary
    page = A4 if layout == "a4" else A6
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    c = Canvas(str(partial), pagesize=page, initialFontName=font)  # no Helvetica
    c.setTitle(f"装箱标签 {s.number}")
    c.setAuthor(view.library_name)
    c.setSubject(s.branch_name)
    c.setCreator("LibDesk")
    total = len(view.boxes)
    # four A6 cells on A4: top-left, top-right, bottom-left, bottom-right
    cells = [(0, A4[1] / 2), (LABEL_W, A4[1] / 2), (0, 0), (LABEL_W, 0)]
    try:
        for n, box in enumerate(view.boxes):
            if layout == "a4":
                slot = n % 4
                if slot == 0 and n:
                    c.showPage()
                if slot == 0:
                    _cut_lines(c)
                x, y = cells[slot]
                draw_label(c, view, box, x, y + (A4[1] / 2 - LABEL_H) / 2, font)
            else:
                if n:
                    c.showPage()
                draw_label(c, view, box, 0, 0, font)
            progress.step(n + 1, total, s.number)
        c.showPage()
        c.save()
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path
