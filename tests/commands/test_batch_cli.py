"""``libdesk batch …`` headless: sheet, labels, receive from the decoded labels, export."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from libdesk.cli import main
from libdesk.services import open_services
from tests.services.distribution.helpers import swap_batch


@pytest.fixture
def shipped(db_path):
    services = open_services(str(db_path))
    batch_id = swap_batch(services)
    services.batch_status.pack(batch_id)
    services.batch_status.ship(batch_id)
    services.close()
    return db_path


@pytest.mark.skipif(not shutil.which("zbarimg") or not shutil.which("pdftoppm"),
                    reason="zbar-tools / poppler-utils not installed")
def test_sheet_labels_and_receive(shipped, tmp_path, capsys):
    db = ["--database", str(shipped)]
    assert main(["batch", "sheet", "PS-2020-0001", "-o", str(tmp_path / "s.pdf"), *db]) == 0
    assert main(["batch", "labels", "PS-2020-0001", "-o", str(tmp_path / "l.pdf"), "--layout",
                 "a6", *db]) == 0
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(tmp_path / "l.pdf"),
                    str(tmp_path / "p")], check=True)
    codes = [subprocess.run(["zbarimg", "-q", "--raw", str(p)], capture_output=True,
                            text=True).stdout.strip() for p in sorted(tmp_path.glob("p-*.png"))]
    assert len(codes) == 3
    capsys.readouterr()
    assert main(["batch", "receive", codes[0], "--signed-by", "李秀英", *db]) == 0
    assert "box 1 received" in capsys.readouterr().out
    assert main(["batch", "receive", codes[0], *db]) == 2
    assert "already received" in capsys.readouterr().out
    for code in codes[1:]:
        assert main(["batch", "receive", code, *db]) == 0
    assert "the batch is received" in capsys.readouterr().out
    forged = codes[0][:-6] + ("AAAAAA" if not codes[0].endswith("AAAAAA") else "BBBBBB")
    assert main(["batch", "receive", forged, *db]) == 2
    assert "forged or damaged" in capsys.readouterr().err


def test_list_export_and_unknown_batch(shipped, tmp_path, capsys):
    db = ["--database", str(shipped)]
    assert main(["batch", "list", *db]) == 0
    assert "PS-2020-0001  已发出" in capsys.readouterr().out
    assert main(["batch", "export", str(tmp_path / "b.xlsx"), "--year", "2020", *db]) == 0
    assert load_workbook(tmp_path / "b.xlsx").sheetnames == ["配送批次", "配送明细"]
    assert main(["batch", "sheet", "PS-2020-0099", "-o", str(tmp_path / "x.pdf"), *db]) == 2
    assert "no batch numbered PS-2020-0099" in capsys.readouterr().err
    assert main(["batch", "totals", "2020", *db]) == 0
    assert "合计" in capsys.readouterr().out
