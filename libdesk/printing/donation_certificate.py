"""The wording of 捐赠证书 and 收藏证书 pages (Chinese whatever the UI language), laid out by
the generic ``printing.certificate`` renderer.

Wording follows the library's practice (annual report 2020): donated material that is
evaluated and kept "将被作为正式馆藏永久保存，并向捐赠者颁发收藏证书"; donors at ceremonies
receive a 捐赠证书.
"""
from __future__ import annotations

from libdesk.models.donations.certificates import KIND_TITLES_ZH, Certificate, CertificateKind
from libdesk.models.donations.tables import Donation
from libdesk.printing.certificate import CertificatePage, chinese_date

SUBTITLES = {CertificateKind.DONATION: "CERTIFICATE OF DONATION",
             CertificateKind.COLLECTION: "CERTIFICATE OF COLLECTION"}


def certificate_page(cert: Certificate, donation: Donation, honorific: str,
                     settings: dict) -> CertificatePage:
    """The page for one certificate; ``settings`` holds library.name, certificate.date_style,
    certificate.signer, certificate.signer_title and certificate.seal_image. The staff member
    who issued it (``cert.issued_by``, their display name) is printed as 出具人."""
    kind = CertificateKind(cert.kind)
    library = settings.get("library.name") or ""
    style = settings.get("certificate.date_style") or "chinese"
    if kind == CertificateKind.COLLECTION:
        paragraphs = [
            f"承蒙惠赠{cert.description}。经我馆评估，上述文献具有收藏价值，已正式入藏，"
            "作为馆藏永久保存。",
            "您的慷慨捐赠丰富了馆藏，嘉惠广大读者。特发此证，以资感谢！",
        ]
    else:
        paragraphs = [
            f"承蒙惠赠{cert.description}予{library}。您热心公益、慷慨捐赠，"
            "为丰富馆藏、服务读者作出了贡献。",
            "特发此证，谨致诚挚谢意！",
        ]
    received = chinese_date(donation.received_on, "numeric")
    fields = [("捐赠日期", received)]
    if cert.issued_by:
        fields.append(("出具人", cert.issued_by))
    signer = " ".join(t for t in (str(settings.get("certificate.signer_title") or "").strip(),
                                  str(settings.get("certificate.signer") or "").strip()) if t)
    return CertificatePage(
        title=KIND_TITLES_ZH[kind], subtitle=SUBTITLES[kind], number=cert.number,
        library_name=library, salutation=f"{cert.donor_name}{honorific}：",
        paragraphs=paragraphs, fields=fields, issuer=library, signer=signer,
        date_text=chinese_date(cert.issued_on, style),
        seal_image=settings.get("certificate.seal_image") or None,
        qr_payload=cert.payload, reissue=cert.reissues > 0)
