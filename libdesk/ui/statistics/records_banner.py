"""The strip a tab shows above its list while it lists the records behind a statistics chart
bar (see the tabs' ``show_records``): what is shown, and a button back to every record."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

# The keys of a chart bar's filter that are not list filters.
NOT_FILTERS = ("tab", "label")


def list_filters(filters: dict) -> dict:
    return {k: v for k, v in filters.items() if k not in NOT_FILTERS}


class RecordsBanner(QFrame):
    cleared = Signal()

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("recordsBanner")
        self.setStyleSheet("#recordsBanner { background: #FFF6D5; border: 1px solid #E0C96B; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        self.label = QLabel(self)
        self.button = QPushButton(self.tr("Show &all records"), self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self._clear)
        host.layout().insertWidget(0, self)
        self.hide()

    def show_filter(self, filters: dict) -> None:
        label = filters.get("label", "")
        self.label.setText(self.tr("Showing the records behind “{bar}” in the statistics "
                                   "charts.").format(bar=label) if label else
                           self.tr("Showing the records behind a bar of the statistics charts."))
        self.show()

    def _clear(self) -> None:
        self.hide()
        self.cleared.emit()
