"""The CJK font embedded in every PDF (WenQuanYi Micro Hei, TrueType outlines, subset by
reportlab), so Chinese renders on a machine with no Chinese fonts and stays extractable."""
from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from libdesk.config import resource_path

CJK_FONT = "WQYMicroHei"
FONT_FILE = ("fonts", "wqy-microhei.ttc")


@cache
def register_fonts() -> str:
    """Register the bundled font once; returns its reportlab name."""
    pdfmetrics.registerFont(TTFont(CJK_FONT, str(resource_path(*FONT_FILE)), subfontIndex=0))
    return CJK_FONT
