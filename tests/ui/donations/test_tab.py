"""The donations tab driven as a user would: a donor, a donation with scanned and typed
lines, a collection certificate issued and previewed, and its QR verified in the dialog."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox

from libdesk.models.donations.certificates import CertificateKind
from libdesk.services.base import ListQuery
from libdesk.ui.verification.verify_dialog import VerifyDialog
from libdesk.ui.donations.donation_dialog import DonationDialog
from libdesk.ui.donations.donor_dialog import DonorDialog
from libdesk.ui.common.preview import is_ready
from tests.ui.typing import type_text


def save(qtbot, dialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_donor_donation_certificate_preview_and_verify(qtbot, window, services, tmp_path):
    tab = window.tab("donations")
    donor = DonorDialog(services, None, tab)
    qtbot.addWidget(donor)
    type_text(qtbot, donor.ui.nameEdit, "孙英")
    donor.ui.honorificCombo.setCurrentText("先生")
    type_text(qtbot, donor.ui.titleEdit, "原中央党史研究室主任")
    type_text(qtbot, donor.ui.phoneEdit, "13912345678")
    save(qtbot, donor)
    assert donor.result() == 1

    dialog = DonationDialog(services, None, None, tab)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.ui.donorEdit, "孙英")
    dialog.ui.receivedEdit.setDate(QDate(2020, 10, 14))
    for _ in range(2):  # the same book scanned twice counts two volumes
        type_text(qtbot, dialog.ui.isbnEdit, "9787010123455")
        qtbot.keyClick(dialog.ui.isbnEdit, Qt.Key.Key_Return)
    table = dialog.ui.linesTable
    assert table.rowCount() == 1 and table.item(0, 4).text() == "2"
    assert table.item(0, 2).text() == "9787010123455"
    type_text(qtbot, dialog.ui.isbnEdit, "9787010123459")  # a misread check digit
    qtbot.keyClick(dialog.ui.isbnEdit, Qt.Key.Key_Return)
    assert table.rowCount() == 1 and dialog.ui.errorLabel.text()
    dialog.ui.isbnEdit.clear()
    table.item(0, 1).setText("孙英文集")
    qtbot.mouseClick(dialog.ui.addLineButton, Qt.MouseButton.LeftButton)
    for column, text in ((1, "山西省各县县志、府志类"), (3, "117"), (4, "322")):
        table.item(1, column).setText(text)
    table.selectAll()
    dialog.ui.evaluationCombo.setCurrentIndex(dialog.ui.evaluationCombo.findData("collected"))
    qtbot.mouseClick(dialog.ui.applyEvaluationButton, Qt.MouseButton.LeftButton)
    assert "118" in dialog.ui.totalsLabel.text() and "324" in dialog.ui.totalsLabel.text()
    save(qtbot, dialog)
    assert dialog.result() == 1, dialog.ui.errorLabel.text()

    assert tab.donations_model.rowCount() == 1
    tab.donations.view.selectRow(0)
    assert tab.pane.donation_id == dialog.saved_id
    tab.pane.issue(CertificateKind.COLLECTION, issued_on=date(2020, 10, 14))
    qtbot.waitUntil(lambda: tab.pane.last_preview is not None, timeout=15000)
    preview = tab.pane.last_preview
    qtbot.addWidget(preview)
    assert is_ready(preview) and preview.document.pageCount() == 1
    cert = services.certificates.for_donation(dialog.saved_id)[0]
    assert cert.number == "TYTS-SC-2020-0001"
    assert tab.ui.certificatesView.item(0, 0).text() == cert.number
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    preview.print_to(printer)
    assert (tmp_path / "printed.pdf").stat().st_size > 20_000
    preview.accept()

    tools = [a.objectName() for a in window.menu("tools").actions()]
    assert "verifyCertificateAction" in tools
    verify = VerifyDialog(services, window)
    qtbot.addWidget(verify)
    type_text(qtbot, verify.ui.scanEdit, cert.payload)
    qtbot.keyClick(verify.ui.scanEdit, Qt.Key.Key_Return)
    assert verify.ui.verdictLabel.text() in ("Genuine", "真实有效")
    assert verify.ui.detailsView.item(0, 1).text() == cert.number
    type_text(qtbot, verify.ui.scanEdit, cert.payload[:-1] + "Z")
    qtbot.keyClick(verify.ui.scanEdit, Qt.Key.Key_Return)
    assert verify.result.verdict == "invalid"


def test_donor_search_filters_as_you_type(qtbot, window, services):
    from libdesk.models.donations.rules import DonorInput

    for name in ("北京画院", "北京大学出版社", "杭州国际城市学研究中心"):
        services.donors.save(DonorInput(name=name, kind="organisation"))
    tab = window.tab("donations")  # built now, over the donors just saved
    tab.ui.listTabs.setCurrentIndex(1)
    type_text(qtbot, tab.donors.filter_edit, "北京")
    assert tab.donors_model.rowCount() == 2
    type_text(qtbot, tab.donors.filter_edit, "画院")
    assert tab.donors_model.rowCount() == 1
    assert services.donors.count(ListQuery(text="北京画院")) == 1


def test_lines_imported_from_a_workbook(qtbot, window, services, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "捐赠明细"
    sheet.append(["文献类型", "题名/说明", "种数", "数量", "单位", "评估"])
    sheet.append(["图书", "党史类", 41, 97, "册", "入藏"])
    sheet.append(["实物", "抗疫资料", 16, 185, "件", "待评估"])
    book.save(tmp_path / "lines.xlsx")
    dialog = DonationDialog(services, None, None, window.tab("donations"))
    qtbot.addWidget(dialog)
    assert dialog.add_lines_from(tmp_path / "lines.xlsx") == 2
    assert [line.title for line in dialog.lines.lines()] == ["党史类", "抗疫资料"]
    assert "185" in dialog.ui.totalsLabel.text()
    sheet.append(["图书", "", 1, "很多"])
    book.save(tmp_path / "bad.xlsx")
    assert dialog.add_lines_from(tmp_path / "bad.xlsx") == 0
    assert dialog.ui.linesTable.rowCount() == 2 and dialog.ui.errorLabel.text()
