"""QR codes drawn as one vector path from the ``qrcode`` module matrix.

reportlab's own QR widget encodes twice and builds a shape per module (~80 ms a page); one
path per code is a fraction of that. Most of the remaining cost is the encoder trying all
eight mask patterns, so a fixed pattern is used: every pattern decodes equally well.
"""
from __future__ import annotations

from functools import lru_cache

import qrcode
from qrcode.constants import ERROR_CORRECT_Q
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


@lru_cache(maxsize=256)
def qr_matrix(payload: str, error_correction: int = ERROR_CORRECT_Q) -> tuple[tuple[bool, ...], ...]:
    code = qrcode.QRCode(error_correction=error_correction, border=0, mask_pattern=0)
    code.add_data(payload)
    code.make(fit=True)
    return tuple(tuple(row) for row in code.get_matrix())


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw the code with its quiet zone inside the square (x, y, size) in points."""
    matrix = qr_matrix(payload)
    count = len(matrix) + 2 * QUIET_ZONE
    module = size / count
    path = canvas.beginPath()
    for r, row in enumerate(matrix):
        top = y + size - (r + QUIET_ZONE + 1) * module
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                path.rect(x + (start + QUIET_ZONE) * module, top, (c - start) * module, module)
            else:
                c += 1
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
