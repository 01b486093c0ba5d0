"""What a 志愿服务证明 says, laid out by the shared certificate page.

The fields follow 民发〔2015〕149号 practice for volunteer-service record certificates:
volunteer, ID type and (masked) number, volunteer number, service period, content and total
hours, the issuing organisation with its person in charge, handler and contact, certificate
number, issue date and remarks."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from libdesk.models.volunteers.rules import hours_text
from libdesk.models.volunteers.tables import VolunteerCertificate
from libdesk.printing.certificate import CertificatePage, chinese_date, render_certificates

TITLE = "志愿服务证明"


def _day(d) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def page(cert: VolunteerCertificate, *, date_style: str = "chinese",
         seal_image: str | None = None, signer: str = "") -> CertificatePage:
    """``signer``: the signer's title and name from the settings, printed under the
    organisation; ``cert.issued_by`` (the staff member's display name) is printed as 出具人."""
    hours = hours_text(cert.hundredths)
    body = (f"兹证明{cert.volunteer_name}同志于{_day(cert.period_from)}至{_day(cert.period_to)}"
            f"期间在{cert.organisation}参加志愿服务，经本单位审核确认，累计志愿服务时长"
            f"{hours}小时。")
    fields = []
    if cert.id_number_masked:
        fields.append(("证件类型及号码", f"{cert.id_type} {cert.id_number_masked}"))
    if cert.volunteer_no:
        fields.append(("志愿者编号", cert.volunteer_no))
    fields += [("服务内容", cert.service_content), ("累计服务时长", f"{hours} 小时（已确认）")]
    people = "　".join(f"{label}：{value}" for label, value in (
        ("负责人", cert.person_in_charge), ("经办人", cert.handler)) if value)
    if people:
        fields.append(("出具单位", f"{cert.organisation}　{people}"))
    if cert.contact:
        fields.append(("联系电话", cert.contact))
    if cert.issued_by:
        fields.append(("出具人", cert.issued_by))
    if cert.remarks:
        fields.append(("备注", cert.remarks))
    return CertificatePage(
        title=TITLE, number=cert.number, library_name=cert.organisation,
        paragraphs=[body, "特此证明。"], fields=fields, issuer=cert.organisation,
        signer=signer,
        date_text=chinese_date(cert.issued_on, date_style), seal_image=seal_image,
        qr_payload=cert.payload)


def render(pages: list[CertificatePage], path: str | Path,
           progress: Callable[[int, int], None] | None = None) -> Path:
    return render_certificates(pages, path, progress, title=TITLE)
