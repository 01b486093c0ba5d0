"""A point's history: every batch to and from it, the books out there now, the year's totals
per point (as the annual report counts them), and which points a donor's books went to."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCompleter, QHeaderView, QTableWidget, QTableWidgetItem

from libdesk.services.base import ListQuery
from libdesk.ui.common.dialogs import Dialog
from libdesk.ui.common.forms import load_form
from libdesk.ui.distribution.columns import day_text, kind_text, status_text


def _fill(view: QTableWidget, headers: list[str], rows: list[list]) -> None:
    view.clear()
    view.setColumnCount(len(headers))
    view.setHorizontalHeaderLabels(headers)
    view.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            view.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)


class HistoryDialog(Dialog):
    def __init__(self, services, parent=None, point_id: int | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.ui = load_form("distribution/history_dialog.ui", self)
        ui = self.ui
        self.setWindowTitle(self.tr("Point history"))
        for view in (ui.batchesView, ui.onSiteView, ui.totalsView, ui.destinationsView):
            view.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            view.verticalHeader().hide()
        for branch_id, name in services.branches.names():
            ui.pointCombo.addItem(name, branch_id)
        completer = QCompleter([ui.pointCombo.itemText(i) for i in range(ui.pointCombo.count())],
                               self)
        completer.setFilterMode(completer.filterMode().MatchContains)
        ui.pointCombo.setCompleter(completer)
        years = services.distribution.years()
        ui.yearSpin.setValue(years[0] if years else date.today().year)
        if point_id is not None:
            ui.pointCombo.setCurrentIndex(max(ui.pointCombo.findData(point_id), 0))
        ui.pointCombo.currentIndexChanged.connect(lambda _i: self.show_point())
        ui.yearSpin.valueChanged.connect(lambda _v: self.show_totals())
        ui.donorSearch.setPlaceholderText(self.tr("Find a donor by name…"))
        ui.donorSearch.textChanged.connect(self.find_donors)
        ui.donorCombo.currentIndexChanged.connect(lambda _i: self.show_destinations())
        ui.buttonBox.rejected.connect(self.reject)
        self.resize(860, 520)  # the first time; then as the user left it
        self.show_point()
        self.show_totals()

    def point_id(self) -> int | None:
        return self.ui.pointCombo.currentData()

    def show_point(self) -> None:
        point_id = self.point_id()
        if point_id is None:
            return
        d = self.services.distribution_reports
        _fill(self.ui.batchesView, [
            self.tr("Batch"), self.tr("Kind"), self.tr("Status"), self.tr("Planned"),
            self.tr("Copies out"), self.tr("Copies back"), self.tr("Boxes in"),
            self.tr("Shipped"), self.tr("Received"), self.tr("Signed by"),
            self.tr("Discrepancy")],
            [[b.number, kind_text(b.kind), status_text(b.status), day_text(b.planned_on),
              b.copies_out, b.copies_back, f"{b.boxes_received}/{b.boxes}",
              day_text(b.shipped_at), day_text(b.received_at), b.received_by,
              self._discrepancy(b)] for b in d.history(point_id)])
        on_site = d.on_site(point_id)
        _fill(self.ui.onSiteView, [self.tr("ISBN"), self.tr("Title"), self.tr("Copies")],
              [[t.isbn, t.title, t.copies] for t in on_site])
        self.ui.pages.setTabText(1, self.tr("Out there now ({count} copies)").format(
            count=sum(t.copies for t in on_site)))

    def _discrepancy(self, batch) -> str:
        parts = []
        if batch.boxes_missing:
            parts.append(self.tr("{count} box(es) missing").format(count=batch.boxes_missing))
        if batch.boxes_damaged:
            parts.append(self.tr("{count} damaged").format(count=batch.boxes_damaged))
        return "；".join(parts)

    def show_totals(self) -> None:
        totals = self.services.distribution_reports.year_totals(self.ui.yearSpin.value())
        _fill(self.ui.totalsView, [
            self.tr("Point"), self.tr("Batches"), self.tr("Books out (copies)"),
            self.tr("Books out (titles)"), self.tr("Periodicals (copies)"),
            self.tr("Books back (copies)"), self.tr("Boxes missing"), self.tr("Boxes damaged")],
            [[t.branch_name if t.branch_id else self.tr("Total"), t.batches, t.books_out,
              t.book_titles_out, t.periodicals_out, t.books_back, t.boxes_missing,
              t.boxes_damaged] for t in totals])

    def find_donors(self, text: str) -> None:
        combo = self.ui.donorCombo
        combo.blockSignals(True)
        combo.clear()
        if text.strip():
            for row in self.services.donors.page(ListQuery(text=text.strip()), 0, 50):
                combo.addItem(row.name, row.id)
        combo.blockSignals(False)
        self.show_destinations()

    def show_destinations(self) -> None:
        donor_id = self.ui.donorCombo.currentData()
        rows = self.services.donation_links.donor_destinations(donor_id) if donor_id else []
        _fill(self.ui.destinationsView, [
            self.tr("Point"), self.tr("Batch"), self.tr("Status"), self.tr("Shipped"),
            self.tr("Copies")],
            [[r.branch_name, r.batch_no, status_text(r.status), day_text(r.shipped_at), r.copies]
             for r in rows])
