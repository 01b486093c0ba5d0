"""The statistics tab's mobile-service editor: a point's typed month (visits, loans, notes).

Choosing a point and a month (or a row of the table) shows what is stored for it, with its
version read first; Save passes that version, so a month saved meanwhile at another desk
(or by ``libdesk mobile-service``) opens the conflict dialog instead of being overwritten.
A change arriving while the user has typed keeps their figures (and the version they
started from); untouched, the editor shows the newer figures."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QObject, Qt
from PySide6.QtWidgets import QLabel

from libdesk.models.errors import NotFound
from libdesk.models.roles import Perm
from libdesk.ui.common.conflict_dialog import ConflictView
from libdesk.ui.common.deleting import Shown, delete_confirmed
from libdesk.ui.common.operations import Change, run_write
from libdesk.ui.statistics.cells import fill_table

FIELDS = {"visits": "mobileVisitsSpin", "loans": "mobileLoansSpin", "notes": "mobileNotesEdit"}


class MobileEditor(QObject):
    def __init__(self, tab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.statistics = tab.services.statistics
        self.ui = ui = tab.ui
        self.version = 0
        self.loaded: tuple | None = None  # ((point, year, month), {field: value}) as shown
        self.records: dict[int, tuple[int, int, int]] = {}  # record id → (point, year, month)
        self._filling = False
        self.error_label = QLabel(ui.mobilePage)
        self.error_label.setObjectName("mobileErrorLabel")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout = ui.mobilePageLayout
        layout.insertWidget(layout.indexOf(ui.mobileTable), self.error_label)
        for branch_id, name in tab.services.branches.names():
            ui.mobilePointCombo.addItem(name, branch_id)
        ui.mobileMonthEdit.setDate(QDate.currentDate())
        can_edit = self.statistics.can(Perm.DISTRIBUTION_EDIT)
        for widget in (ui.mobileSaveButton, ui.mobileDeleteButton):
            widget.setEnabled(can_edit)
        ui.mobileSaveButton.clicked.connect(self.save)
        ui.mobileDeleteButton.clicked.connect(self.delete)
        ui.mobilePointCombo.currentIndexChanged.connect(lambda _i: self.load())
        ui.mobileMonthEdit.dateChanged.connect(lambda _d: self.load())
        ui.mobileTable.currentCellChanged.connect(lambda row, *_: self._pick(row))
        self.load()

    # -- what the editor shows -------------------------------------------------------------
    def key(self) -> tuple[int | None, int, int]:
        month = self.ui.mobileMonthEdit.date()
        return self.ui.mobilePointCombo.currentData(), month.year(), month.month()

    def values(self) -> dict[str, int | str]:
        return {"visits": self.ui.mobileVisitsSpin.value(),
                "loans": self.ui.mobileLoansSpin.value(),
                "notes": self.ui.mobileNotesEdit.text().strip()}

    def edited(self) -> bool:
        """The user typed over what was shown for this point and month."""
        return (self.loaded is not None and self.loaded[0] == self.key()
                and self.loaded[1] != self.values())

    def load(self) -> None:
        """The stored month of the chosen point: the version first, then the figures."""
        point, year, month = key = self.key()
        stored = None
        self.version = 0
        if point is not None:
            self.version = self.statistics.mobile_version(point, year, month)
            stored = self.statistics.mobile(point, year, month)
        self.ui.mobileVisitsSpin.setValue(stored.visits if stored else 0)
        self.ui.mobileLoansSpin.setValue(stored.loans if stored else 0)
        self.ui.mobileNotesEdit.setText(stored.notes if stored else "")
        self.loaded = (key, self.values())
        self.error_label.hide()

    def show_rows(self, rows: list, cells: list[list]) -> None:
        """The year's typed months in the table; the editor follows unless typed over."""
        self._filling = True
        try:
            fill_table(self.ui.mobileTable, cells)
            self.records = {}
            for row, record in enumerate(rows):
                self.ui.mobileTable.item(row, 0).setData(Qt.ItemDataRole.UserRole, record.id)
                self.records[record.id] = (record.branch_id, record.year, record.month)
        finally:
            self._filling = False
        if not self.edited():
            self.load()

    def _pick(self, row: int) -> None:
        """A row of the table chosen: that point's month in the editor."""
        item = self.ui.mobileTable.item(row, 0) if row >= 0 and not self._filling else None
        if item is None or item.data(Qt.ItemDataRole.UserRole) not in self.records:
            return
        point, year, month = self.records[item.data(Qt.ItemDataRole.UserRole)]
        combo = self.ui.mobilePointCombo
        blocked = combo.blockSignals(True)
        combo.setCurrentIndex(max(combo.findData(point), 0))
        combo.blockSignals(blocked)
        edit = self.ui.mobileMonthEdit
        blocked = edit.blockSignals(True)
        edit.setDate(QDate(year, month, 1))
        edit.blockSignals(blocked)
        self.load()

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        point, year, month = self.key()
        if point is None:
            return
        statistics, typed = self.statistics, self.values()
        base = dict(self.loaded[1]) if self.loaded and self.loaded[0] == self.key() else None

        def write(values: dict, version: int):
            return statistics.record_mobile(point, year, month, values["visits"],
                                            values["loans"], values.get("notes"),
                                            expected_version=version)

        self.error_label.hide()
        outcome = run_write(self.tab, lambda: write(typed, self.version), Change.of("mobile"),
                            on_done=lambda _r: self._saved(year), error_label=self.error_label,
                            resave=write, conflict_view=ConflictView.of(self.ui, FIELDS, base))
        if outcome.ok:
            self.tab.window_.show_message(self.tr("Mobile service for {month} saved.").format(
                month=f"{year:04d}-{month:02d}"))

    def _saved(self, year: int) -> None:
        self.tab.select_year(year)
        self.load()  # the saved figures and their new version

    def delete(self) -> None:
        """Delete the chosen row's month as stored now, after asking (ui/common/deleting.py):
        figures retyped meanwhile at another desk are kept."""
        row = self.ui.mobileTable.currentRow()
        item = self.ui.mobileTable.item(row, 0) if row >= 0 else None
        if item is None or item.data(Qt.ItemDataRole.UserRole) not in self.records:
            return
        record_id = int(item.data(Qt.ItemDataRole.UserRole))
        where = self.records[record_id]
        statistics = self.statistics
        delete_confirmed(
            self.tab, self.tr("Delete mobile-service month"), lambda: self._as_stored(*where),
            lambda shown: self.tr("Delete the mobile-service figures typed for {name}? This "
                                  "cannot be undone.").format(name=shown.name),
            lambda shown: statistics.delete_mobile(shown.record_id,
                                                   expected_version=shown.version),
            Change.of(mobile=[record_id]), on_done=lambda _r: self.load())
        self.error_label.hide()

    def _as_stored(self, point: int, year: int, month: int) -> Shown:
        version = self.statistics.mobile_version(point, year, month)  # first: the figures
        stored = self.statistics.mobile(point, year, month)
        if stored is None:
            raise NotFound(QT_TRANSLATE_NOOP(
                "Errors", "The figures of that month no longer exist: they were deleted, "
                "perhaps at another desk. Nothing was changed; the table now shows what is "
                "stored."))
        name = f"{stored.branch_name} {year:04d}-{month:02d}"
        return Shown(stored.id, version, name, [
            (self.tr("Point"), stored.branch_name),
            (self.tr("Month"), f"{year:04d}-{month:02d}"),
            (self.tr("Visits"), str(stored.visits)), (self.tr("Loans"), str(stored.loans)),
            (self.tr("Notes"), stored.notes)])
