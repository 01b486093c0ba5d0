"""A box recorded missing in the window: the batch is received and can be completed."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from libdesk.ui.distribution.discrepancy_dialog import DiscrepancyDialog
from libdesk.ui.distribution.history_dialog import HistoryDialog
from tests.services.distribution.helpers import point_id, swap_batch
from tests.ui.typing import type_text


def test_record_a_missing_box_then_complete(qtbot, services):
    batch_id = swap_batch(services, boxes=1)
    services.batch_status.pack(batch_id, send_untitled=True)
    services.batch_status.ship(batch_id)
    dialog = DiscrepancyDialog(services, services.distribution.get(batch_id))
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.error.text() and services.distribution.get(batch_id).status == "shipped"
    type_text(qtbot, dialog.note, "运输途中丢失")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1
    assert services.distribution.get(batch_id).status == "received"
    services.batch_status.complete(batch_id)
    history = HistoryDialog(services, None, point_id(services))
    qtbot.addWidget(history)
    history.show_point()
    view = history.ui.batchesView  # a QTableWidget
    texts = [view.item(0, c).text() for c in range(view.columnCount())]
    assert any("missing" in t or "缺失" in t for t in texts), texts
