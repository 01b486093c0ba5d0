"""Formal A4 certificate pages (捐赠证书, 收藏证书, 志愿服务证明 …), one PDF for many pages.

Generic: the caller says what is printed; this module decides how it looks. Usage::

    from libdesk.printing.certificate import CertificatePage, chinese_date, render_certificates

    page = CertificatePage(
        title="收藏证书", number="TYTS-SC-2020-0001", library_name="太原市图书馆",
        salutation="孙英先生：",
        paragraphs=["承蒙惠赠《孙英文集》等图书 118 种 324 册……", "特发此证，以资感谢！"],
        fields=[("捐赠日期", "2020年10月14日")],          # optional small table under the text
        issuer="太原市图书馆", date_text=chinese_date(date(2020, 10, 14)),
        signer="", seal_image=None,                        # a PNG path prints over the issuer
        qr_payload="LD1.…", reissue=False)                 # reissue prints a red 补发 mark
    render_certificates([page], "out.pdf", progress=lambda done, total: ...)

Layout: double red border with corner ornaments, library name, large spaced title (and an
optional ``subtitle``), number top-right, body wrapped for Chinese (no line starts with
closing punctuation, numbers and Latin words stay whole, lines justified), date and issuer
bottom-right with the seal over them, QR bottom-left captioned 扫码验证. The CJK font is
embedded (subset), so text is extractable with pdftotext. ``render_certificates`` writes to a
temporary file and renames it: an exception from ``progress`` (e.g. the user cancelled)
leaves no file behind.
"""
from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from libdesk.printing.fonts import register_fonts
from libdesk.printing import qr
from libdesk.printing.qr import draw_qr

RED = HexColor("#9E1B1B")
GOLD = HexColor("#B38B3D")
INK = HexColor("#1F1F1F")
GREY = HexColor("#555555")
PAPER = HexColor("#FFFDF7")

_DIGITS = "〇一二三四五六七八九"
NO_LINE_START = set("，。、；：！？）》」』”’〉】…—·%％,.;:!?)]}")
NO_LINE_END = set("《「『“‘（〈【([{")
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-./:%]*|\s+|.", re.S)


@dataclass
class CertificatePage:
    title: str
    number: str = ""
    paragraphs: list[str] = field(default_factory=list)
    fields: list[tuple[str, str]] = field(default_factory=list)
    issuer: str = ""
    date_text: str = ""
    signer: str = ""
    seal_image: str | Path | None = None
    qr_payload: str = ""
    reissue: bool = False
    library_name: str = ""
    salutation: str = ""
    subtitle: str = ""


def chinese_number(value: int) -> str:
    """1–99 as 一 … 九十九 (months and days)."""
    tens, ones = divmod(value, 10)
    if tens == 0:
        return _DIGITS[ones]
    text = ("" if tens == 1 else _DIGITS[tens]) + "十"
    return text + (_DIGITS[ones] if ones else "")


def chinese_date(day: date, style: str = "chinese") -> str:
    """二〇二〇年十月十四日 (``style="chinese"``) or 2020年10月14日 (``"numeric"``)."""
    if style == "numeric":
        return f"{day.year}年{day.month}月{day.day}日"
    year = "".join(_DIGITS[int(d)] for d in str(day.year))
    return f"{year}年{chinese_number(day.month)}月{chinese_number(day.day)}日"


def wrap_cjk(text: str, font: str, size: float, width: float,
             first_indent: float = 0) -> list[str]:
    """Lines of ``text`` no wider than ``width`` (the first ``first_indent`` narrower).

    Breaks between any two Chinese characters, keeps Latin words and numbers whole, lets
    closing punctuation hang at the end of a line rather than start the next one, and never
    ends a line with an opening bracket."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        tokens = _TOKEN.findall(paragraph)
        line, line_width, limit = "", 0.0, width - (first_indent if not lines else 0)
        for token in tokens:
            token_width = stringWidth(token, font, size)
            fits = line_width + token_width <= limit + 0.01
            if fits or not line or token[0] in NO_LINE_START:
                line += token
                line_width += token_width
                continue
            carry = ""
            while line and line[-1] in NO_LINE_END:
                carry, line = line[-1] + carry, line[:-1]
            lines.append(line.rstrip())
            line = (carry + token).lstrip()
            line_width = stringWidth(line, font, size)
            limit = width
        lines.append(line.rstrip())
    return lines


def _draw_justified(canvas: Canvas, text: str, x: float, y: float, width: float, font: str,
                    size: float, justify: bool) -> None:
    natural = stringWidth(text, font, size)
    obj = canvas.beginText(x, y)
    obj.setFont(font, size)
    spaced = justify and len(text) > 1 and 0 < width - natural < size * 0.6 * len(text)
    if spaced:
        obj.setCharSpace((width - natural) / (len(text) - 1))
    obj.textOut(text)
    if spaced:
        obj.setCharSpace(0)  # PDF keeps Tc after the text block ends: reset it
    canvas.drawText(obj)


def _spaced(text: str) -> str:
    """Short titles are printed with a space between characters: 收 藏 证 书."""
    return " ".join(text) if len(text) <= 6 and " " not in text else text


FRAME = "libdesk-certificate-frame"  # the border, drawn once a document as a form XObject


class _Page:
    """Draws one certificate on the canvas's current page."""

    def __init__(self, canvas: Canvas, page: CertificatePage | None, font: str,
                 frame: str | None = None) -> None:
        self.c, self.p, self.font, self.frame = canvas, page, font, frame
        self.w, self.h = A4
        self.margin = 34
        self.left, self.right = 92, self.w - 92
        self._wrapped: list[list[str]] = []

    BODY_SIZE, BODY_LEADING = 18, 38
    FIELD_SIZE, FIELD_LEADING = 12.5, 23

    def draw(self) -> None:
        if self.frame:
            self.c.doForm(self.frame)
        else:
            self._border()
        width, indent = self.right - self.left, self.BODY_SIZE * 2
        self._wrapped = [wrap_cjk(t, self.font, self.BODY_SIZE, width, first_indent=indent)
                         for t in self.p.paragraphs]
        self._header()
        # The text block sits in the space between the title rule and the signature,
        # a little above its middle, so short and long texts both look composed.
        top, bottom = self.h - 262, self.margin + 200
        height = self._body_height() + self._fields_height()
        y = top - max(0.0, (top - bottom - height) * 0.45)
        y = self._body(y - self.BODY_SIZE)
        self._fields(y - 10)
        self._footer()
        if self.p.reissue:
            self._reissue_mark()

    def _border(self) -> None:
        c, m, w, h = self.c, self.margin, self.w, self.h
        c.saveState()
        c.setFillColor(PAPER)
        c.rect(m + 7, m + 7, w - 2 * m - 14, h - 2 * m - 14, stroke=0, fill=1)
        c.setStrokeColor(RED)
        c.setLineWidth(3.2)
        c.rect(m, m, w - 2 * m, h - 2 * m)
        c.setLineWidth(0.8)
        c.rect(m + 7, m + 7, w - 2 * m - 14, h - 2 * m - 14)
        c.setStrokeColor(GOLD)
        c.setLineWidth(0.5)
        c.rect(m + 11, m + 11, w - 2 * m - 22, h - 2 * m - 22)
        inset, arm = m + 17, 30
        for sx, sy in ((1, 1), (-1, 1), (1, -1), (-1, -1)):
            x0 = inset if sx > 0 else w - inset
            y0 = inset if sy > 0 else h - inset
            self._corner(x0, y0, sx, sy, arm)
        c.restoreState()

    def _corner(self, x: float, y: float, sx: int, sy: int, arm: float) -> None:
        """A double L-shaped bracket with a small square, pointing into the page."""
        c = self.c
        c.setStrokeColor(RED)
        c.setLineWidth(1.2)
        c.line(x, y, x + sx * arm, y)
        c.line(x, y, x, y + sy * arm)
        c.setLineWidth(0.6)
        c.line(x + sx * 5, y + sy * 5, x + sx * (arm - 8), y + sy * 5)
        c.line(x + sx * 5, y + sy * 5, x + sx * 5, y + sy * (arm - 8))
        c.setFillColor(RED)
        c.rect(x + sx * 9 - 2.2, y + sy * 9 - 2.2, 4.4, 4.4, stroke=0, fill=1)

    def _diamond(self, cx: float, cy: float, r: float) -> None:
        path = self.c.beginPath()
        path.moveTo(cx, cy + r)
        path.lineTo(cx + r, cy)
        path.lineTo(cx, cy - r)
        path.lineTo(cx - r, cy)
        path.close()
        self.c.drawPath(path, stroke=0, fill=1)

    def _header(self) -> None:
        c, p, mid = self.c, self.p, self.w / 2
        if p.number:
            c.setFont(self.font, 10)
            c.setFillColor(GREY)
            c.drawRightString(self.w - self.margin - 54, self.h - self.margin - 36,
                              f"编号：{p.number}")
        if p.library_name:
            c.setFillColor(INK)
            c.setFont(self.font, 17)
            c.drawCentredString(mid, self.h - 128, " ".join(p.library_name)
                                if len(p.library_name) <= 8 else p.library_name)
        c.setFillColor(RED)
        c.setFont(self.font, 46)
        c.drawCentredString(mid, self.h - 196, _spaced(p.title))
        rule_y = self.h - 222
        if p.subtitle:
            c.setFont(self.font, 10)
            c.setFillColor(GOLD)
            c.drawCentredString(mid, self.h - 222, p.subtitle)
            rule_y = self.h - 236
        c.saveState()
        c.setStrokeColor(GOLD)
        c.setLineWidth(0.8)
        c.line(mid - 150, rule_y, mid - 12, rule_y)
        c.line(mid + 12, rule_y, mid + 150, rule_y)
        c.setFillColor(RED)
        self._diamond(mid, rule_y, 4.5)
        c.restoreState()

    def _body_height(self) -> float:
        leading = self.BODY_LEADING
        lines = sum(len(wrapped) for wrapped in self._wrapped)
        return (leading * 1.15 if self.p.salutation else 0) + lines * leading + \
            len(self.p.paragraphs) * leading * 0.2

    def _fields_height(self) -> float:
        return 10 + len(self.p.fields) * self.FIELD_LEADING if self.p.fields else 0

    def _body(self, top: float) -> float:
        c, p, size, leading = self.c, self.p, self.BODY_SIZE, self.BODY_LEADING
        y = top
        c.setFillColor(INK)
        if p.salutation:
            c.setFont(self.font, size)
            c.drawString(self.left, y, p.salutation)
            y -= leading * 1.15
        indent = size * 2
        for lines in self._wrapped:
            for i, line in enumerate(lines):
                x = self.left + (indent if i == 0 else 0)
                last = i == len(lines) - 1
                _draw_justified(c, line, x, y, self.right - x, self.font, size, not last)
                y -= leading
            y -= leading * 0.2
        return y

    def _fields(self, top: float) -> None:
        if not self.p.fields:
            return
        c, size, leading = self.c, self.FIELD_SIZE, self.FIELD_LEADING
        label_width = max(stringWidth(label + "：", self.font, size) for label, _ in self.p.fields)
        x = self.left + size * 2
        y = top
        for label, value in self.p.fields:
            c.setFillColor(GREY)
            c.setFont(self.font, size)
            c.drawString(x, y, label + "：")
            c.setFillColor(INK)
            lines = wrap_cjk(value, self.font, size, self.right - x - label_width)
            for line in lines:
                c.drawString(x + label_width, y, line)
                y -= leading

    def _footer(self) -> None:
        c, p = self.c, self.p
        base = self.margin + 110
        centre = self.right - 95
        lines = [t for t in (p.issuer, p.signer) if t]
        size = 15
        y = base + 26 * len(lines)
        seal_y = y - 13 * len(lines)
        c.setFillColor(INK)
        for text in lines:
            c.setFont(self.font, size)
            c.drawCentredString(centre, y, text)
            y -= 26
        if p.date_text:
            c.setFont(self.font, size)
            c.drawCentredString(centre, y, p.date_text)
        if p.seal_image and Path(p.seal_image).is_file():
            # Stamped over issuer and date, as a seal is; its PNG transparency shows the text.
            seal = 118
            c.drawImage(ImageReader(str(p.seal_image)), centre - seal / 2, seal_y - seal / 2,
                        seal, seal, mask="auto", preserveAspectRatio=True)
        if p.qr_payload:
            qr = 96
            qx, qy = self.margin + 34, self.margin + 46
            draw_qr(c, p.qr_payload, qx, qy, qr)
            c.setFillColor(GREY)
            c.setFont(self.font, 9)
            c.drawCentredString(qx + qr / 2, qy - 11, "扫码验证")

    def _reissue_mark(self) -> None:
        c = self.c
        c.saveState()
        c.translate(self.margin + 92, self.h - self.margin - 86)
        c.rotate(12)
        c.setStrokeColor(Color(0.78, 0.08, 0.08, alpha=0.85))
        c.setFillColor(Color(0.78, 0.08, 0.08, alpha=0.85))
        c.setLineWidth(2.2)
        c.roundRect(-44, -19, 88, 38, 6, stroke=1, fill=0)
        c.setLineWidth(0.7)
        c.roundRect(-40, -15, 80, 30, 4, stroke=1, fill=0)
        c.setFont(self.font, 20)
        c.drawCentredString(0, -7, "补  发")
        c.restoreState()


def render_certificates(pages: Iterable[CertificatePage], path: str | Path,
                        progress: Callable[[int, int], None] | None = None,
                        title: str = "证书") -> Path:
    """Write every page into one PDF at ``path``; ``progress(done, total)`` after each page."""
    font = register_fonts()
    pages = list(pages)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".pdf.tmp",
                                         dir=str(target.parent))
    os.close(handle)
    try:
        qr.prepare([page.qr_payload for page in pages])  # a long run: codes on two cores
        canvas = Canvas(temp_name, pagesize=A4, pageCompression=1, initialFontName=font)
        canvas.setTitle(title)
        canvas.setAuthor(pages[0].library_name if pages else "")
        canvas.setCreator("LibDesk")
        canvas.beginForm(FRAME)
        _Page(canvas, None, font)._border()
        canvas.endForm()
        for index, page in enumerate(pages, start=1):
            _Page(canvas, page, font, FRAME).draw()
            canvas.showPage()
            if progress is not None:
                progress(index, len(pages))
        canvas.save()
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    finally:
        qr.forget()
    return target
