"""The wording of a gift letter (赠书函) for books the library gives to a body that is not one
of its points, laid out by the shared certificate page (same border, title, number, seal and
signed QR as the 捐赠证书 and 收藏证书). Chinese whatever the UI language."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from libdesk.models.outreach.gifts import OutgoingGift
from libdesk.printing.certificate import CertificatePage, chinese_date, render_certificates

TITLE = "赠书函"
SUBTITLE = "LETTER OF BOOK DONATION"


def gift_page(gift: OutgoingGift, settings: dict) -> CertificatePage:
    """``settings`` holds library.name, certificate.date_style, certificate.signer and
    certificate.seal_image."""
    library = settings.get("library.name") or ""
    style = settings.get("certificate.date_style") or "chinese"
    what = gift.description or "图书"
    amount = f"{gift.titles}种{gift.volumes}册" if gift.titles else f"{gift.volumes}册"
    paragraphs = [
        f"为促进全民阅读、共享公共文化服务成果，{library}谨向贵单位赠送{what}共计{amount}。",
        "上述图书系我馆无偿赠送，敬请查收，并妥为保管、充分利用，使之惠及广大读者。",
        "特此函告。",
    ]
    fields = [("赠送日期", chinese_date(gift.given_on, "numeric")), ("赠送数量", amount)]
    if gift.address:
        fields.append(("受赠单位地址", gift.address))
    if gift.contact:
        fields.append(("受赠单位联系人", gift.contact))
    if gift.notes:
        fields.append(("备注", gift.notes))
    return CertificatePage(
        title=TITLE, subtitle=SUBTITLE, number=gift.number, library_name=library,
        salutation=f"{gift.recipient}：", paragraphs=paragraphs, fields=fields,
        issuer=settings.get("certificate.signer") or library,
        date_text=chinese_date(gift.given_on, style),
        seal_image=settings.get("certificate.seal_image") or None, qr_payload=gift.payload)


def render(pages: list[CertificatePage], path: str | Path,
           progress: Callable[[int, int], None] | None = None) -> Path:
    return render_certificates(pages, path, progress, title=TITLE)
