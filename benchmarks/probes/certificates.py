"""1,000 certificates into one PDF, and the floor: the same text with reportlab plus the same
QR matrices from the fastest encoder installed.

    certificates.py app DB OUT.pdf N       services.certificates.render(N certificate ids)
    certificates.py floor DB OUT.pdf N     reportlab text of the same pages + QR matrices
"""
from __future__ import annotations

import json
import sys
import time

from sqlalchemy import select


def pages_and_ids(services, count: int):
    from libdesk.models.donations.certificates import Certificate, CertificateStatus

    with services.store.read() as session:
        ids = list(session.execute(
            select(Certificate.id).where(Certificate.status == CertificateStatus.VALID.value)
            .order_by(Certificate.id).limit(count)).scalars())
        settings = services.certificates._print_settings()
        pages = [services.certificates._page(session, session.get(Certificate, i), settings)
                 for i in ids]
    return ids, pages


def app(services, out: str, count: int) -> dict:
    ids, _ = pages_and_ids(services, count)
    started = time.perf_counter()
    services.certificates.render(ids, out)
    return {"seconds": time.perf_counter() - started, "pages": len(ids)}


def encoders():
    """Every QR encoder installed, as payload → matrix functions (level Q like the app)."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_Q

    def qrcode_mask0(payload: str):
        code = qrcode.QRCode(error_correction=ERROR_CORRECT_Q, border=0, mask_pattern=0)
        code.add_data(payload)
        code.make(fit=True)
        return code.get_matrix()

    found = {"qrcode (fixed mask)": qrcode_mask0}
    try:
        import segno

        found["segno"] = lambda payload: segno.make_qr(payload, error="q", boost_error=False
                                                       ).matrix
        found["segno (fixed mask)"] = lambda payload: segno.make_qr(
            payload, error="q", boost_error=False, mask=0).matrix
    except ImportError:
        pass
    return found


def floor(services, out: str, count: int) -> dict:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from libdesk.printing.fonts import register_fonts

    _, pages = pages_and_ids(services, count)
    payloads = [p.qr_payload for p in pages]
    timings = {}
    for name, encode in encoders().items():
        started = time.perf_counter()
        for payload in payloads:
            encode(payload)
        timings[name] = time.perf_counter() - started
    fastest = min(timings, key=timings.get)
    started = time.perf_counter()
    font = register_fonts()  # the embedded CJK font is part of any Chinese PDF's cost
    canvas = Canvas(out, pagesize=A4, pageCompression=1)
    for page in pages:
        y = 760
        texts = [page.library_name, page.title, page.subtitle, page.number, page.salutation,
                 *page.paragraphs, *(f"{k}{v}" for k, v in page.fields), page.issuer,
                 page.date_text, page.signer]
        for text in texts:
            if text:
                canvas.setFont(font, 14)
                canvas.drawString(60, y, text[:60])
                y -= 24
        canvas.showPage()
    canvas.save()
    text_seconds = time.perf_counter() - started
    return {"seconds": text_seconds + timings[fastest], "text_s": text_seconds,
            "encoder": fastest, "encoders_s": timings, "pages": len(pages)}


if __name__ == "__main__":
    from libdesk.services import open_services

    mode, database, output, number = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    opened = open_services(database)
    outcome = app(opened, output, number) if mode == "app" else floor(opened, output, number)
    opened.close()
    print(json.dumps(outcome), flush=True)
