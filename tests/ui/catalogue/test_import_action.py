"""Tools → Import the library catalogue…: in the background, then a scan fills the title;
a batch with untitled lines is packed only after "send anyway"."""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from libdesk.app import create_application
from libdesk.models.distribution.rules import BatchInput
from libdesk.ui.shell.main_window import MainWindow
from tests.services.catalogue.generate import cnmarc, isbn
from tests.services.distribution.helpers import point_id


def test_import_from_the_tools_menu_fills_a_scanned_title(qtbot, services, tmp_path,
                                                           monkeypatch):
    path = tmp_path / "c.iso"
    path.write_bytes(b"".join(cnmarc(n) for n in range(200)))
    create_application()
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    actions = window._catalogue_actions
    actions.action.trigger()
    qtbot.waitUntil(lambda: actions.last_report is not None, timeout=20_000)
    assert actions.last_report.added == 200
    actions._box.close()

    window.show_tab("distribution")
    tab = window.tab("distribution")
    batch_id = services.distribution.create(BatchInput(point_id(services), "new_books"))

    panel = tab.panel
    panel.show_batch(batch_id)
    panel.ui.scanEdit.setText(isbn(42))
    panel.scan()
    assert panel.model.lines[0].title == "测试书目42"
    panel.ui.scanEdit.setText("9787544253994")  # not in the catalogue: no title
    panel.scan()

    shown = []

    def refuse(box):
        shown.append(box.text())
        return 0  # Cancel

    monkeypatch.setattr(QMessageBox, "exec", refuse)
    panel.ui.packButton.click()
    assert shown and "1" in shown[0]
    assert services.distribution.get(batch_id).status == "draft"

    def send_anyway(box):
        anyway = [b for b in box.buttons() if "仍" in b.text() or "anyway" in b.text()]
        anyway[0].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", send_anyway)
    panel.ui.packButton.click()
    assert services.distribution.get(batch_id).status == "packed"
