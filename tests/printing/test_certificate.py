"""The generic certificate page: Chinese dates, Chinese line breaking, text and QR read back."""
from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from libdesk.printing.certificate import (
    NO_LINE_START, CertificatePage, chinese_date, render_certificates, wrap_cjk)
from libdesk.printing.fonts import register_fonts


def test_chinese_dates():
    assert chinese_date(date(2020, 10, 14)) == "二〇二〇年十月十四日"
    assert chinese_date(date(2021, 1, 30)) == "二〇二一年一月三十日"
    assert chinese_date(date(2019, 12, 21)) == "二〇一九年十二月二十一日"
    assert chinese_date(date(2020, 10, 14), "numeric") == "2020年10月14日"


def test_wrapping_keeps_numbers_whole_and_punctuation_off_line_starts():
    font = register_fonts()
    text = "承蒙惠赠《孙英文集》等图书 118 种 324 册，经评估已正式入藏，永久保存。" * 3
    lines = wrap_cjk(text, font, 17, 200, first_indent=34)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(line[0] not in NO_LINE_START for line in lines[1:])
    assert all(not line.endswith("《") for line in lines)
    assert not any(line.endswith("11") or line.startswith("8 ") for line in lines)


def test_pages_render_with_text_and_a_decodable_qr(tmp_path):
    pages = [CertificatePage(title="志愿服务证明", number=f"TYTS-ZY-2020-000{i}",
                             library_name="太原市图书馆", salutation="张伟同志：",
                             paragraphs=["累计志愿服务 36.5 小时。特发此证。"],
                             issuer="太原市图书馆", date_text=chinese_date(date(2020, 12, 1)),
                             qr_payload=f"LD1.TEST{i}", reissue=i == 2) for i in (1, 2)]
    seen = []
    path = render_certificates(pages, tmp_path / "c.pdf", progress=lambda d, t: seen.append(d))
    assert seen == [1, 2]
    if not (shutil.which("pdftotext") and shutil.which("pdftoppm") and shutil.which("zbarimg")):
        pytest.skip("poppler-utils / zbar-tools not installed")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    assert "张伟同志" in text and "TYTS-ZY-2020-0002" in text and text.count("补") == 1
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "2", "-l", "2", str(path),
                    str(tmp_path / "p")], check=True)
    png = next(tmp_path.glob("p*.png"))
    decoded = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True,
                             text=True).stdout.strip()
    assert decoded == "LD1.TEST2"


def test_a_failing_progress_leaves_no_file(tmp_path):
    def stop(done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        render_certificates([CertificatePage(title="收藏证书")], tmp_path / "x.pdf", progress=stop)
    assert list(tmp_path.iterdir()) == []


def test_a_seal_image_is_stamped_over_the_issuer(tmp_path):
    from PIL import Image, ImageDraw

    seal = tmp_path / "seal.png"
    image = Image.new("RGBA", (200, 200), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((5, 5, 195, 195), outline=(200, 20, 20, 200), width=10)
    image.save(seal)
    page = CertificatePage(title="捐赠证书", issuer="太原市图书馆", date_text="二〇二〇年十月十四日",
                           seal_image=seal)
    path = render_certificates([page], tmp_path / "s.pdf")
    assert b"/Subtype /Image" in path.read_bytes()
    missing = CertificatePage(title="捐赠证书", seal_image=tmp_path / "gone.png")
    assert render_certificates([missing], tmp_path / "m.pdf").exists()  # no seal, no failure
