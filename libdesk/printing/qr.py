"""QR codes drawn as one vector path from the ``qrcode`` module matrix.

reportlab's own QR widget encodes twice and builds a shape per module (~80 ms a page); one
path per code is a fraction of that. Most of the remaining cost is the encoder trying all
eight mask patterns, so a fixed pattern is used: every pattern decodes equally well.
"""
from __future__ import annotations

import re
from functools import lru_cache

import qrcode
from qrcode.constants import ERROR_CORRECT_Q
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4  # modules of white around the code, as the standard asks
_BITS = {True: "1", False: "0"}
_DARK_RUNS = re.compile("1+")


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
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    # One module is one unit, origin at the top-left corner: the rectangles have integer
    # coordinates and go into the page as PDF operators. (Through a reportlab path object
    # every coordinate is formatted by a pure-Python float formatter: ~7 ms a code.)
    canvas.transform(module, 0, 0, module, x, y + size)
    canvas.addLiteral(_fill_ops(matrix))
    canvas.restoreState()


def _fill_ops(matrix: tuple[tuple[bool, ...], ...]) -> str:
    """``x y w 1 re`` for every horizontal run of dark modules, then one fill."""
    ops = []
    for r, row in enumerate(matrix):
        top = -(r + QUIET_ZONE + 1)
        for run in _DARK_RUNS.finditer("".join(map(_BITS.__getitem__, row))):
            start, end = run.span()
            ops.append(f"{start + QUIET_ZONE} {top} {end - start} 1 re")
    ops.append("f")
    return "\n".join(ops)
