"""The mobile-service log (流动服务): each outing with its readers, loans, returns and new
cards; single entry, bulk entry (many outings at once), workbook import and export, and the
month-by-month figures the statistics take from it."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import extract, func, select

from libdesk.models.outreach.records import OutingRow
from libdesk.models.outreach.rules import OutingInput, validate_outing
from libdesk.models.outreach.tables import EntrySource, MobileOuting
from libdesk.services.base import ListQuery
from libdesk.services.outreach.records import RecordService
from libdesk.services.outreach.stats import mobile_months
from libdesk.services.outreach.workbooks import export_records, import_records
from libdesk.services.progress import Progress
from libdesk.spreadsheets.outreach import OUTINGS


class MobileLogService(RecordService):
    model = MobileOuting
    input_cls = OutingInput
    row_cls = OutingRow
    date_field = "served_on"
    text_fields = ("vehicle", "place", "staff", "notes")
    filter_fields = ("source",)
    extra_row_fields = ("source", "recorded_by")

    def validate(self, record: OutingInput):
        return validate_outing(record)

    def bulk_add(self, outings: list[OutingInput]) -> int:
        """Many outings typed in one grid; row numbers in problems are the grid's (from 1)."""
        return self.add_many(outings, list(range(1, len(outings) + 1)),
                             {"source": EntrySource.BULK.value})

    def month_totals(self, year: int) -> dict[int, tuple[int, int, int, int, int]]:
        """month → (outings, readers, loans, returns, new cards) of the logged outings."""
        m = MobileOuting
        month = extract("month", m.served_on)
        stmt = (select(month, func.count(m.id), func.sum(m.readers), func.sum(m.loans),
                       func.sum(m.returns), func.sum(m.new_cards))
                .where(extract("year", m.served_on) == year).group_by(month))
        with self.store.read() as session:
            return {int(r[0]): tuple(int(v or 0) for v in r[1:]) for r in session.execute(stmt)}

    def month_figures(self, year: int) -> list:
        """The year's months as the statistics count them (``MobileMonth``): the log where a
        month has outings, else the hand-typed monthly total, marked ``typed``."""
        with self.store.read() as session:
            return mobile_months(session, year)

    def export_xlsx(self, path: Path, query: ListQuery | None = None,
                    progress: Progress | None = None) -> Path:
        return export_records(self, OUTINGS, path, query, progress)

    def import_xlsx(self, path: Path, progress: Progress | None = None) -> int:
        return import_records(self, OUTINGS, path, progress)
