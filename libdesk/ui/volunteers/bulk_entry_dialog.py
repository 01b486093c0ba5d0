"""Bulk entry: one activity, one day, one number of hours for many ticked volunteers
(form: forms/volunteers/bulk_entry_dialog.ui).

The list shows the volunteers matching the search box, team and school; ticks survive
changing the filter, so a coordinator can tick one team, switch to another and tick more.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHeaderView, QMessageBox

from libdesk.models.volunteers.rules import hours_text, is_quarter_step
from libdesk.services.base import ListQuery
from libdesk.ui.common.dialogs import Dialog
from libdesk.ui.common.forms import load_form
from libdesk.ui.common.operations import Change

MAX_SHOWN = 5000  # the list is one query; a filter narrows it long before this


class TickModel(QAbstractTableModel):
    """Volunteer rows with a tick box in the first column."""

    def __init__(self, headers: list[str], parent=None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list = []
        self.ticked: set[int] = set()

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def tick(self, ids, on: bool = True) -> None:
        if on:
            self.ticked.update(ids)
        else:
            self.ticked.difference_update(ids)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if row.id in self.ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.name, row.team, row.org, row.platform_no)[index.column()]
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        row = self.rows[index.row()]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        (self.ticked.add if checked else self.ticked.discard)(row.id)
        self.dataChanged.emit(index, index)
        return True


class BulkEntryDialog(Dialog):
    def __init__(self, services, parent=None, activity_id: int | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.saved = 0
        self.ui = load_form("volunteers/bulk_entry_dialog.ui", self)
        self.setWindowTitle(self.tr("Bulk entry of service hours"))
        self.model = TickModel([self.tr("Name"), self.tr("Team"), self.tr("School"),
                                self.tr("Platform no.")], self)
        view = self.ui.peopleView
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._fill_pickers(activity_id)
        self.ui.dateEdit.setDate(QDate.currentDate())
        self.ui.searchEdit.setPlaceholderText(self.tr("Type to filter by name or number…"))
        self.ui.searchEdit.textChanged.connect(self.refresh)
        self.ui.teamFilter.currentIndexChanged.connect(self.refresh)
        self.ui.orgFilter.currentIndexChanged.connect(self.refresh)
        self.ui.selectAllButton.clicked.connect(self.tick_all_shown)
        self.ui.selectNoneButton.clicked.connect(self.tick_none)
        self.model.dataChanged.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.refresh()

    def _fill_pickers(self, activity_id: int | None) -> None:
        combo = self.ui.activityCombo
        for aid, name in self.services.activities.names():
            combo.addItem(name, aid)
        if activity_id is not None:
            combo.setCurrentIndex(max(combo.findData(activity_id), 0))
        self.ui.teamFilter.addItem(self.tr("All teams"), 0)
        for team in self.services.volunteers.teams():
            self.ui.teamFilter.addItem(team.name, team.id)
        self.ui.orgFilter.addItem(self.tr("All schools"), 0)
        for org_id, name in self.services.volunteers.orgs():
            self.ui.orgFilter.addItem(name, org_id)

    def query(self) -> ListQuery:
        filters = {"status": "active"}
        if self.ui.teamFilter.currentData():
            filters["team_id"] = self.ui.teamFilter.currentData()
        if self.ui.orgFilter.currentData():
            filters["org_id"] = self.ui.orgFilter.currentData()
        return ListQuery(text=self.ui.searchEdit.text(), filters=filters, sort="name")

    def refresh(self, *_args) -> None:
        self.model.set_rows(self.services.volunteers.page(self.query(), 0, MAX_SHOWN))

    def tick_all_shown(self) -> None:
        self.model.tick([r.id for r in self.model.rows])

    def tick_none(self) -> None:
        self.model.tick(list(self.model.ticked), on=False)

    def _update_count(self, *_args) -> None:
        count = len(self.model.ticked)
        self.ui.countLabel.setText(self.tr("{count} volunteer(s) ticked").format(count=count))

    def activity_id(self) -> int | None:
        combo = self.ui.activityCombo
        index = combo.findText(combo.currentText().strip())
        return combo.itemData(index) if index >= 0 else None

    def save(self) -> None:
        activity = self.activity_id()
        if activity is None:
            self.show_problem(self.tr("Pick an activity from the list (add new ones on the "
                                      "Activities page)."))
            return
        hundredths = round(self.ui.hoursSpin.value() * 100)
        if not is_quarter_step(hundredths) and QMessageBox.question(
                self, self.tr("Hours"), self.tr(
                    "{hours} h is not a quarter-hour step (0.25, 0.5, 0.75 …). Hand entries "
                    "are usually in quarter hours. Save {hours} h anyway?").format(
                    hours=hours_text(hundredths))) != QMessageBox.StandardButton.Yes:
            self.ui.hoursSpin.setFocus()
            return
        day = self.ui.dateEdit.date().toPython()
        ticked = sorted(self.model.ticked)
        self.submit(lambda: self.services.hours.bulk_add(activity, ticked, day, hundredths,
                                                         self.ui.noteEdit.text()),
                    Change.of("hours", activities=[activity], volunteers=ticked),
                    on_done=lambda count: setattr(self, "saved", count))
