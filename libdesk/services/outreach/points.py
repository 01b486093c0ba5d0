"""What happens at the points besides batches: reading events held there (date, title,
participants) and the guidance and technical-service visits staff make (业务指导和技术服务)."""
from __future__ import annotations

from pathlib import Path

from libdesk.models.outreach.records import EventRow, VisitRow
from libdesk.models.outreach.rules import EventInput, VisitInput, validate_event, validate_visit
from libdesk.models.outreach.tables import PointEvent, PointVisit
from libdesk.services.base import ListQuery
from libdesk.services.outreach.records import RecordService
from libdesk.services.outreach.workbooks import export_records, import_records
from libdesk.services.progress import Progress
from libdesk.spreadsheets.outreach import EVENTS, VISITS


class EventService(RecordService):
    model = PointEvent
    input_cls = EventInput
    row_cls = EventRow
    date_field = "held_on"
    text_fields = ("title", "notes")

    def validate(self, record: EventInput):
        return validate_event(record)

    def export_xlsx(self, path: Path, query: ListQuery | None = None,
                    progress: Progress | None = None) -> Path:
        return export_records(self, EVENTS, path, query, progress)

    def import_xlsx(self, path: Path, progress: Progress | None = None) -> int:
        return import_records(self, EVENTS, path, progress)


class VisitService(RecordService):
    model = PointVisit
    input_cls = VisitInput
    row_cls = VisitRow
    date_field = "visited_on"
    text_fields = ("staff", "topic", "notes")
    filter_fields = ("kind",)

    def validate(self, record: VisitInput):
        return validate_visit(record)

    def export_xlsx(self, path: Path, query: ListQuery | None = None,
                    progress: Progress | None = None) -> Path:
        return export_records(self, VISITS, path, query, progress)

    def import_xlsx(self, path: Path, progress: Progress | None = None) -> int:
        return import_records(self, VISITS, path, progress)
