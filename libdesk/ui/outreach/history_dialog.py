"""A point's history in one list: batches, collection transfers, reading events, guidance
and technical-service visits and mobile-service outings, newest first (reachable from the
branches tab and the outreach tab)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCompleter, QDialog, QHeaderView, QTableWidget, QTableWidgetItem

from libdesk.ui.common.forms import load_form
from libdesk.ui.common import desk_state

KINDS = {"batch": QT_TRANSLATE_NOOP("PointHistory", "Batch"),
         "transfer": QT_TRANSLATE_NOOP("PointHistory", "Collection transfer"),
         "event": QT_TRANSLATE_NOOP("PointHistory", "Reading event"),
         "visit": QT_TRANSLATE_NOOP("PointHistory", "Visit"),
         "outing": QT_TRANSLATE_NOOP("PointHistory", "Mobile service")}


class PointHistoryDialog(QDialog):
    def __init__(self, services, parent=None, point_id: int | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.ui = load_form("outreach/point_history_dialog.ui", self)
        self.setWindowTitle(self.tr("Point history"))
        ui = self.ui
        ui.historyView.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        ui.historyView.verticalHeader().hide()
        for branch_id, name in services.branches.names():
            ui.pointCombo.addItem(name, branch_id)
        completer = QCompleter([ui.pointCombo.itemText(i) for i in range(ui.pointCombo.count())],
                               self)
        completer.setFilterMode(completer.filterMode().MatchContains)
        ui.pointCombo.setCompleter(completer)
        if point_id is not None:
            ui.pointCombo.setCurrentIndex(max(ui.pointCombo.findData(point_id), 0))
        ui.pointCombo.currentIndexChanged.connect(lambda _i: self.show_point())
        ui.buttonBox.rejected.connect(self.reject)
        geometry = desk_state.value("dialogs/PointHistoryDialog/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(900, 540)
        self.show_point()

    def _detail(self, entry) -> str:
        # imported with the dialog, not with the branches tab that puts its button up
        from libdesk.ui.distribution.columns import status_text
        from libdesk.ui.outreach.specs import VISIT_KINDS, choice_text

        if entry.kind == "batch":
            return status_text(entry.detail)
        if entry.kind == "visit":
            return choice_text(VISIT_KINDS, "VisitKind")(entry.detail)
        return entry.detail

    def _figures(self, entry) -> str:
        if entry.kind == "batch":
            text = self.tr("{count} copies out").format(count=entry.count)
            return text + (self.tr(", {count} back").format(count=entry.loans)
                           if entry.loans else "")
        if entry.kind == "transfer":
            return self.tr("{count} copies").format(count=entry.count)
        if entry.kind == "event":
            return self.tr("{count} participants").format(count=entry.count)
        if entry.kind == "outing":
            return self.tr("{readers} readers, {loans} loans").format(readers=entry.count,
                                                                     loans=entry.loans)
        return ""

    def show_point(self) -> None:
        point_id = self.ui.pointCombo.currentData()
        if point_id is None:
            return
        entries = self.services.point_history.history(point_id)
        view: QTableWidget = self.ui.historyView
        headers = [self.tr("Date"), self.tr("Kind"), self.tr("What"), self.tr("Detail"),
                   self.tr("Figures")]
        view.clear()
        view.setColumnCount(len(headers))
        view.setHorizontalHeaderLabels(headers)
        view.setRowCount(len(entries))
        for r, e in enumerate(entries):
            values = [e.day.isoformat() if e.day else "",
                      QCoreApplication.translate("PointHistory", KINDS[e.kind]), e.title,
                      self._detail(e), self._figures(e)]
            for c, value in enumerate(values):
                view.setItem(r, c, QTableWidgetItem(value))
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        self.ui.countLabel.setText(self.tr("{count} entries").format(count=len(entries)))

    def done(self, result: int) -> None:
        desk_state.set_value("dialogs/PointHistoryDialog/geometry", self.saveGeometry())
        super().done(result)



def add_point_buttons(tab) -> None:
    """Put “Point history…” and “Facts…” buttons on the branches tab's toolbar: the combined
    history and the facts of the point selected in its table."""
    from PySide6.QtWidgets import QHBoxLayout, QPushButton

    toolbar = tab.ui.findChild(QHBoxLayout, "toolbarLayout")
    history = QPushButton(QCoreApplication.translate("PointHistory", "Point &history…"), tab)
    history.setObjectName("pointHistoryButton")
    history.clicked.connect(lambda: PointHistoryDialog(
        tab.services, tab, getattr(tab.table.current_row(), "id", None)).exec())
    facts = QPushButton(QCoreApplication.translate("PointHistory", "&Facts…"), tab)
    facts.setObjectName("pointFactsButton")

    def edit_facts() -> None:
        from libdesk.ui.outreach.facts_dialog import edit_point_facts  # when first asked

        row = tab.table.current_row()
        if row is not None:
            edit_point_facts(tab.services, tab, row.id)

    facts.clicked.connect(edit_facts)
    toolbar.insertWidget(2, history)
    toolbar.insertWidget(3, facts)
