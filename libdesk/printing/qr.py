"""QR codes on PDF pages, from the ``qrcode`` module's matrix.

reportlab's own QR widget encodes twice and builds a shape per module (~80 ms a page). Here a
code is one 1-bit image mask: one module is one sample, scaled up without interpolation, so
every module is a sharp square at any zoom or print resolution, in about 0.2 ms a code instead
of the ~2.5 ms that formatting a rectangle per run of modules cost. Most of what is left is
the encoder itself, so a fixed mask pattern is used (every pattern decodes equally well), and
a long run encodes its codes on two cores first (``prepare``).
"""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache

import qrcode
from qrcode.constants import ERROR_CORRECT_Q
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4  # modules of white around the code, as the standard asks
PARALLEL_FROM = 200  # codes: below this, starting a second process costs more than it saves
_BITS = bytes.maketrans(b"\x00\x01", b"01")

Matrix = tuple[tuple[bool, ...], ...]
_prepared: dict[str, Matrix] = {}


def encode(payload: str, error_correction: int = ERROR_CORRECT_Q) -> Matrix:
    code = qrcode.QRCode(error_correction=error_correction, border=0, mask_pattern=0)
    code.add_data(payload)
    code.make(fit=True)
    return tuple(tuple(row) for row in code.get_matrix())


@lru_cache(maxsize=256)
def qr_matrix(payload: str, error_correction: int = ERROR_CORRECT_Q) -> Matrix:
    if error_correction == ERROR_CORRECT_Q and payload in _prepared:
        return _prepared[payload]
    return encode(payload, error_correction)


def _encode_all(payloads: list[str]) -> list[Matrix]:
    return [encode(p) for p in payloads]


def prepare(payloads: list[str]) -> None:
    """Encode many codes ahead of drawing them: half in a second process, half here.

    A no-op for short runs or on one core; ``forget()`` drops them after the document."""
    todo = [p for p in dict.fromkeys(payloads) if p and p not in _prepared]
    if len(todo) < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        return
    half = len(todo) // 2
    context = multiprocessing.get_context("spawn")  # never fork a process that runs Qt
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        theirs = pool.submit(_encode_all, todo[:half])
        mine = _encode_all(todo[half:])
        _prepared.update(zip(todo[half:], mine))
        _prepared.update(zip(todo[:half], theirs.result()))


def forget() -> None:
    _prepared.clear()


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw the code with its quiet zone inside the square (x, y, size) in points."""
    matrix = qr_matrix(payload)
    modules = len(matrix)
    count = modules + 2 * QUIET_ZONE
    module = size / count
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    inner = modules * module
    canvas.addLiteral(f"q {inner:.4f} 0 0 {inner:.4f} {x + QUIET_ZONE * module:.4f} "
                      f"{y + QUIET_ZONE * module:.4f} cm\n{_image_mask(matrix)}\nQ")
    canvas.restoreState()


def _image_mask(matrix: Matrix) -> str:
    """An inline 1-bit image mask, one sample a module; dark samples (1) take the fill colour."""
    modules = len(matrix)
    width = (modules + 7) // 8 * 8
    rows = []
    for row in matrix:
        bits = bytes(row).translate(_BITS).decode("ascii").ljust(width, "0")
        rows.append(int(bits, 2).to_bytes(width // 8, "big").hex())
    return (f"BI /W {modules} /H {modules} /BPC 1 /IM true /D [1 0] /F /AHx ID\n"
            f"{''.join(rows)}>\nEI")
