"""The shipment sheet and the box labels, read back the way a person or a scanner would."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from sqlalchemy import insert

from libdesk.models.branches.rules import ContactInput
from libdesk.models.distribution.tables import BatchItem
from libdesk.models.distribution.rules import BatchInput
from libdesk.services.signing import InvalidPayload
from libdesk.services.verification import Verdict
from tests.services.distribution.helpers import point_id, swap_batch

needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("pdftoppm"),
                                   reason="poppler-utils not installed")
needs_zbar = pytest.mark.skipif(not shutil.which("zbarimg"), reason="zbar-tools not installed")


def pdf_text(path) -> str:
    """The PDF's text with all white space removed (pdftotext spaces CJK unpredictably)."""
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return re.sub(r"\s+", "", text)


def has(text: str, words: str) -> bool:
    return re.sub(r"\s+", "", words) in text


def decode_pages(path, tmp_path) -> list[str]:
    prefix = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(path), str(prefix)], check=True)
    codes = []
    for png in sorted(tmp_path.glob("page-*.png")):
        out = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True)
        codes += [line for line in out.stdout.splitlines() if line.strip()]
    return codes


def packed_swap(services):
    detail = services.branches.get(point_id(services))
    services.branches.save(detail.point, [ContactInput("李秀英", "护士长", "13903510028",
                                                       is_primary=True)], detail.id)
    batch_id = swap_batch(services)
    services.batch_status.pack(batch_id)
    return batch_id


@needs_poppler
def test_sheet_text_reads_back(services, tmp_path):
    batch_id = packed_swap(services)
    path = services.batch_documents.print_sheet(batch_id, tmp_path / "sheet.pdf")
    text = pdf_text(path)
    for words in ("太原市图书馆图书配送单", "PS-2020-0001", "流通替换", "太原市老年公寓",
                  "李秀英 139****0028", "王丽", "第 1 箱 小计：2 种 4 册", "第 3 箱 小计：2 种 4 册",
                  "合计：4 种 12 册，共 3 箱", "发货人（签字）", "承运人（签字）", "接收人（签字）",
                  "第 1 页 / 共 1 页", "9787536692930", "三体"):
        assert has(text, words), words
    assert "13903510028" not in text  # masked unless the printer asks for full numbers
    full = pdf_text(services.batch_documents.print_sheet(batch_id, tmp_path / "full.pdf",
                                                      unmask=True))
    assert has(full, "李秀英 13903510028")


@needs_poppler
@needs_zbar
def test_every_label_decodes_and_receives_its_box(services, tmp_path):
    batch_id = packed_swap(services)
    services.batch_status.ship(batch_id)
    path = services.batch_documents.print_labels(batch_id, tmp_path / "labels.pdf")
    text = pdf_text(path)
    assert has(text, "第 2 箱 / 共 3 箱") and has(text, "本箱 4 册（2 种）")
    codes = decode_pages(path, tmp_path)
    assert len(codes) == 3
    results = [services.receiving.receive_scan(code, "李秀英") for code in codes]
    assert sorted(r.box_no for r in results) == [1, 2, 3]  # zbar's order on a page varies
    assert [(r.boxes_received, r.batch_received) for r in results] == [
        (1, False), (2, False), (3, True)]
    again = services.receiving.receive_scan(codes[1])
    assert again.already and again.box_no == results[1].box_no
    summary = services.distribution.get(batch_id)
    assert (summary.status, summary.received_by) == ("received", "李秀英")
    shown = services.verification.verify(codes[0])
    assert shown.verdict == Verdict.GENUINE and f"第 {results[0].box_no} 箱" in shown.title
    assert ("接收单位", "太原市老年公寓") in shown.details


@needs_poppler
@needs_zbar
def test_a6_labels_one_per_page(services, tmp_path):
    batch_id = packed_swap(services)
    path = services.batch_documents.print_labels(batch_id, tmp_path / "a6.pdf", "a6")
    assert pdf_text(path).count("配送装箱标签") == 3
    assert len(decode_pages(path, tmp_path)) == 3


def test_forged_and_stale_labels_are_refused(services, tmp_path):
    batch_id = packed_swap(services)
    services.batch_status.ship(batch_id)
    view = services.batch_documents.view(batch_id, with_codes=True)
    genuine = view.box_payloads[1]
    body = genuine.split(".")[2]
    forged_body = body[:-3] + ("A" if body[-3] != "A" else "B") + body[-2:]
    forged = genuine.replace(body, forged_body)
    with pytest.raises(InvalidPayload, match="forged or damaged"):
        services.receiving.receive_scan(forged)
    with pytest.raises(InvalidPayload, match="not a LibDesk code"):
        services.receiving.receive_scan("9787020002207")
    with pytest.raises(InvalidPayload, match="shipment sheet"):
        services.receiving.receive_scan(view.batch_payload)
    made_up = services.signing.sign(["BOX", "PS-2020-0099", "1", "4", "ABCDEF"])
    with pytest.raises(InvalidPayload, match="never made here"):
        services.receiving.receive_scan(made_up)
    assert services.verification.verify(forged).verdict == Verdict.INVALID
    assert services.distribution.get(batch_id).boxes_received == 0


def test_a_label_from_before_repacking_no_longer_counts(services):
    batch_id = packed_swap(services)
    old = services.batch_documents.view(batch_id, with_codes=True).box_payloads[1]
    services.batch_status.reopen(batch_id)
    services.distribution.scan(batch_id, "9787020002207", box_no=1)
    services.batch_status.pack(batch_id)
    services.batch_status.ship(batch_id)
    with pytest.raises(InvalidPayload, match="repacked"):
        services.receiving.receive_scan(old)


@needs_poppler
def test_a_2000_line_batch_renders_a_page_numbered_sheet(services, tmp_path):
    batch_id = services.distribution.create(BatchInput(point_id(services), "new_books"))
    rows = [{"batch_id": batch_id, "direction": "out", "isbn": f"978753669{n:04d}"[:13],
             "title": f"测试图书第{n}种：一本书名相当长的图书，用来检查换行与分页",
             "author": "作者", "publisher": "山西人民出版社", "call_number": f"I247/{n}",
             "issue": "", "copies": 1 + n % 3, "box_no": 1 + n // 50, "source": "collection",
             "position": n} for n in range(2000)]
    with services.store.write() as session:
        session.execute(insert(BatchItem), rows)
    services.batch_status.pack(batch_id)
    steps = []
    from libdesk.services.progress import Progress

    path = services.batch_documents.print_sheet(batch_id, tmp_path / "long.pdf",
                                             Progress(lambda d, t, m: steps.append(d)))
    text = pdf_text(path)
    pages = int(re.search(r"共(\d+)页", text).group(1))
    assert pages > 30
    assert has(text, f"第 {pages} 页 / 共 {pages} 页")
    assert text.count("序号箱号ISBN题名") == pages  # the table header repeats on every page
    assert has(text, "第 40 箱 小计") and has(text, "共 40 箱")
    assert steps and steps[-1] == 2000


@needs_poppler
def test_a_draft_sheet_is_marked_and_has_no_code(services, tmp_path):
    batch_id = swap_batch(services, boxes=1)
    path = services.batch_documents.print_sheet(batch_id, tmp_path / "draft.pdf")
    raw = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    assert has(re.sub(r"\s+", "", raw), "稿 · 未备齐")  # the diagonal watermark
    assert has(pdf_text(path), "草稿 · 无二维码")
    assert services.batch_documents.view(batch_id, with_codes=True).batch_payload == ""
