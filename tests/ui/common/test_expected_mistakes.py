"""Issue 11 item 5: expected user mistakes are explained in Chinese and stay in the dialog
that caused them — a PDF saved into a folder that does not exist, an export over a path that
cannot be written, a void without a reason (no English field name, the reason asked again)."""
from __future__ import annotations

import errno
import re
import subprocess
import sys
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from reportlab.pdfgen.canvas import Canvas

from libdesk.app import create_application
from libdesk.models.donations.certificates import CertificateKind
from libdesk.services.base import ListQuery
from libdesk.services.explain import FileProblem, explain
from libdesk.ui.common.errors import error_text
from libdesk.ui.common.preview.dialog import PreviewDialog
from libdesk.ui.shell.main_window import MainWindow
from tests.services.donations.fixtures import add_sun_ying

CHINESE = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def shown(monkeypatch):
    texts: list[str] = []

    def record(box):
        texts.append("\n".join([box.text(), box.informativeText(), box.detailedText()]))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    return texts


def test_pdf_saved_into_a_missing_folder_stays_in_the_preview(qtbot, tmp_path, shown,
                                                              monkeypatch):
    create_application()
    pdf = tmp_path / "cert.pdf"
    canvas = Canvas(str(pdf))
    canvas.drawString(100, 700, "LibDesk")
    canvas.save()
    preview = PreviewDialog(pdf, "证书")
    qtbot.addWidget(preview)
    preview.show()
    target = tmp_path / "no such folder" / "证书.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert preview.isVisible()
    assert len(shown) == 1 and "Errno" not in shown[0] and "程序故障" not in shown[0]
    assert str(target) in shown[0] and CHINESE.search(shown[0])
    assert "不存在" in shown[0]


@pytest.mark.parametrize("code", [errno.ENOENT, errno.EACCES, errno.ENOSPC, errno.EROFS,
                                  errno.EISDIR, errno.EIO])
def test_every_file_error_names_the_path_and_the_fix(code):
    create_application()
    error = OSError(code, "raw system text", "/data/out/报表.xlsx.part")
    explained = explain(error)
    assert isinstance(explained, FileProblem)
    text = error_text(error)
    assert "/data/out/报表.xlsx" in text and ".part" not in text
    assert "raw system text" not in text and CHINESE.search(text)


def test_export_over_an_unwritable_path_is_a_plain_message_on_the_cli(db_path, tmp_path):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    done = subprocess.run([sys.executable, "-m", "libdesk.cli", "branches", "export",
                           str(blocker / "roster.xlsx"), "--database", str(db_path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and str(blocker) in done.stderr
    assert "Nothing was written" in done.stderr


def test_void_without_a_reason_asks_again_with_a_chinese_message(qtbot, services, shown,
                                                                 monkeypatch):
    create_application()
    _, donation_id = add_sun_ying(services)
    cert = services.certificates.issue(donation_id, CertificateKind.COLLECTION.value,
                                       date(2020, 10, 14))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    tab = window.tab("donations")
    tab.donations.view.selectRow(0)
    tab.ui.certificatesView.selectRow(0)
    answers = iter([("  ", True), ("登记错误", True)])
    asked: list[str] = []

    def get_text(*args, **kwargs):
        asked.append(kwargs.get("text", ""))
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    qtbot.mouseClick(tab.pane.ui.voidButton, Qt.MouseButton.LeftButton)
    assert len(asked) == 2 and asked[1] == "  "  # asked again, what was typed kept
    assert len(shown) == 1 and "reason" not in shown[0] and CHINESE.search(shown[0])
    voided = services.certificates.for_donation(donation_id)[0]
    assert voided.number == cert.number and voided.status == "void"


@pytest.mark.sqlite_only  # works on the database file itself
def test_the_open_database_is_never_a_chosen_output(services, db_path, tmp_path):
    from libdesk.services.explain import check_chosen_file

    create_application()
    for suffix in ("", "-wal", "-shm", ".lock"):
        with pytest.raises(FileProblem) as refused:
            check_chosen_file(db_path.with_name(db_path.name + suffix))
        assert "数据库" in error_text(refused.value)
    check_chosen_file(tmp_path / "roster.xlsx")  # any other file is fine
    assert services.branches.count(ListQuery()) == 37
