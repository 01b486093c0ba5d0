"""What each outreach record's form asks for and which columns its list shows (labels
translated in context "OutreachFields")."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from libdesk.models.outreach.gifts import RECIPIENT_KIND_LABELS, GiftStatus
from libdesk.models.outreach.tables import VISIT_KIND_LABELS
from libdesk.ui.common.paged_model import TableColumn

C = "OutreachFields"


@dataclass(frozen=True)
class FormField:
    attr: str
    label: str
    kind: str = "text"   # text, long, date, int, float, bool, point, optional_point, choice
    choices: dict = field(default_factory=dict)  # value → label (translated in its context)
    context: str = C


def tr(label: str, context: str = C) -> str:
    return QCoreApplication.translate(context, label)


def choice_text(choices: dict, context: str):
    return lambda value: tr(choices.get(value, value), context) if value in choices else value


def _day(value) -> str:
    return value.isoformat() if isinstance(value, date) else ""


def _yes(value) -> str:
    return QCoreApplication.translate("OutreachFields", "Yes") if value else ""


def _number(value) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


VISIT_KINDS = {k.value: v for k, v in VISIT_KIND_LABELS.items()}
RECIPIENT_KINDS = {k.value: v for k, v in RECIPIENT_KIND_LABELS.items()}
GIFT_STATUS = {GiftStatus.VALID.value: QT_TRANSLATE_NOOP("OutreachFields", "Valid"),
               GiftStatus.VOID.value: QT_TRANSLATE_NOOP("OutreachFields", "Void")}

F = FormField
DATE = QT_TRANSLATE_NOOP("OutreachFields", "Date")
POINT = QT_TRANSLATE_NOOP("OutreachFields", "Point")
STAFF = QT_TRANSLATE_NOOP("OutreachFields", "Staff")
NOTES = QT_TRANSLATE_NOOP("OutreachFields", "Notes")

OUTING_FORM = [
    F("served_on", DATE, "date"),
    F("vehicle", QT_TRANSLATE_NOOP("OutreachFields", "Vehicle or site")),
    F("branch_id", POINT, "optional_point"),
    F("place", QT_TRANSLATE_NOOP("OutreachFields", "Place (when not a point)")),
    F("staff", STAFF),
    F("readers", QT_TRANSLATE_NOOP("OutreachFields", "Readers served"), "int"),
    F("loans", QT_TRANSLATE_NOOP("OutreachFields", "Loans"), "int"),
    F("returns", QT_TRANSLATE_NOOP("OutreachFields", "Returns"), "int"),
    F("new_cards", QT_TRANSLATE_NOOP("OutreachFields", "New library cards"), "int"),
    F("notes", NOTES, "long")]
EVENT_FORM = [
    F("held_on", DATE, "date"), F("branch_id", POINT, "point"),
    F("title", QT_TRANSLATE_NOOP("OutreachFields", "Title")),
    F("participants", QT_TRANSLATE_NOOP("OutreachFields", "Participants"), "int"),
    F("notes", NOTES, "long")]
VISIT_FORM = [
    F("visited_on", DATE, "date"), F("branch_id", POINT, "point"),
    F("kind", QT_TRANSLATE_NOOP("OutreachFields", "Kind"), "choice", VISIT_KINDS, "VisitKind"),
    F("staff", STAFF), F("topic", QT_TRANSLATE_NOOP("OutreachFields", "Topic")),
    F("notes", NOTES, "long")]
GIFT_FORM = [
    F("given_on", DATE, "date"),
    F("recipient", QT_TRANSLATE_NOOP("OutreachFields", "Recipient")),
    F("recipient_kind", QT_TRANSLATE_NOOP("OutreachFields", "Kind of recipient"), "choice",
      RECIPIENT_KINDS, "RecipientKind"),
    F("address", QT_TRANSLATE_NOOP("OutreachFields", "Address")),
    F("contact", QT_TRANSLATE_NOOP("OutreachFields", "Contact")),
    F("description", QT_TRANSLATE_NOOP("OutreachFields", "What is given")),
    F("titles", QT_TRANSLATE_NOOP("OutreachFields", "Titles"), "int"),
    F("volumes", QT_TRANSLATE_NOOP("OutreachFields", "Books"), "int"),
    F("notes", NOTES, "long")]
TRANSFER_FORM = [
    F("transferred_on", DATE, "date"),
    F("source_dept", QT_TRANSLATE_NOOP("OutreachFields", "From department")),
    F("target_dept", QT_TRANSLATE_NOOP("OutreachFields", "To department")),
    F("branch_id", QT_TRANSLATE_NOOP("OutreachFields", "For point"), "optional_point"),
    F("project", QT_TRANSLATE_NOOP("OutreachFields", "For project (new location)")),
    F("purpose", QT_TRANSLATE_NOOP("OutreachFields", "Purpose")),
    F("staff", STAFF), F("notes", NOTES, "long")]
FACTS_FORM = [
    F("opening_hours", QT_TRANSLATE_NOOP("OutreachFields", "Opening hours")),
    F("open_24h", QT_TRANSLATE_NOOP("OutreachFields", "Open 24 hours"), "bool"),
    F("area_m2", QT_TRANSLATE_NOOP("OutreachFields", "Area (m²)"), "float"),
    F("seats", QT_TRANSLATE_NOOP("OutreachFields", "Seats"), "int"),
    F("machines", QT_TRANSLATE_NOOP("OutreachFields", "Self-service machines"), "int"),
    F("books_correction", QT_TRANSLATE_NOOP("OutreachFields", "Correction of books on site"),
      "signed"),
    F("correction_note", QT_TRANSLATE_NOOP("OutreachFields", "Reason for the correction"))]


def _col(key: str, header: str, **options) -> TableColumn:
    return TableColumn(key, header, C, **options)


def _date_col(key: str) -> TableColumn:
    return _col(key, DATE, format=_day, width=90)


POINT_COL = _col("branch_name", POINT, width=170)
OUTING_COLUMNS = [
    _date_col("served_on"),
    _col("vehicle", QT_TRANSLATE_NOOP("OutreachFields", "Vehicle or site"), width=110),
    _col("where", QT_TRANSLATE_NOOP("OutreachFields", "Point or place"), sortable=False,
         width=170),
    _col("staff", STAFF, width=100),
    _col("readers", QT_TRANSLATE_NOOP("OutreachFields", "Readers served"), align_right=True),
    _col("loans", QT_TRANSLATE_NOOP("OutreachFields", "Loans"), align_right=True),
    _col("returns", QT_TRANSLATE_NOOP("OutreachFields", "Returns"), align_right=True),
    _col("new_cards", QT_TRANSLATE_NOOP("OutreachFields", "New library cards"),
         align_right=True),
    _col("notes", NOTES, sortable=False)]
EVENT_COLUMNS = [
    _date_col("held_on"), POINT_COL,
    _col("title", QT_TRANSLATE_NOOP("OutreachFields", "Title"), width=240),
    _col("participants", QT_TRANSLATE_NOOP("OutreachFields", "Participants"), align_right=True),
    _col("notes", NOTES, sortable=False)]
VISIT_COLUMNS = [
    _date_col("visited_on"), POINT_COL,
    _col("kind", QT_TRANSLATE_NOOP("OutreachFields", "Kind"),
         format=choice_text(VISIT_KINDS, "VisitKind"), width=90),
    _col("staff", STAFF, width=110),
    _col("topic", QT_TRANSLATE_NOOP("OutreachFields", "Topic"), width=240),
    _col("notes", NOTES, sortable=False)]
GIFT_COLUMNS = [
    _col("number", QT_TRANSLATE_NOOP("OutreachFields", "Letter no."), width=150),
    _date_col("given_on"),
    _col("recipient", QT_TRANSLATE_NOOP("OutreachFields", "Recipient"), width=200),
    _col("recipient_kind", QT_TRANSLATE_NOOP("OutreachFields", "Kind of recipient"),
         format=choice_text(RECIPIENT_KINDS, "RecipientKind"), width=90),
    _col("description", QT_TRANSLATE_NOOP("OutreachFields", "What is given"), width=160),
    _col("titles", QT_TRANSLATE_NOOP("OutreachFields", "Titles"), align_right=True),
    _col("volumes", QT_TRANSLATE_NOOP("OutreachFields", "Books"), align_right=True),
    _col("status", QT_TRANSLATE_NOOP("OutreachFields", "Status"),
         format=choice_text(GIFT_STATUS, C))]
TRANSFER_COLUMNS = [
    _date_col("transferred_on"),
    _col("source_dept", QT_TRANSLATE_NOOP("OutreachFields", "From department"), width=110),
    _col("target_dept", QT_TRANSLATE_NOOP("OutreachFields", "To department"), width=100),
    _col("destination", QT_TRANSLATE_NOOP("OutreachFields", "For point or project"),
         sortable=False, width=170),
    _col("purpose", QT_TRANSLATE_NOOP("OutreachFields", "Purpose"), width=180),
    _col("copies", QT_TRANSLATE_NOOP("OutreachFields", "Books"), sortable=False,
         align_right=True),
    _col("packed", QT_TRANSLATE_NOOP("OutreachFields", "Packed into batches"), sortable=False,
         align_right=True)]
FACTS_COLUMNS = [
    _col("number", QT_TRANSLATE_NOOP("OutreachFields", "No."), width=45),
    _col("branch_name", POINT, width=200),
    _col("opening_hours", QT_TRANSLATE_NOOP("OutreachFields", "Opening hours"), width=140),
    _col("open_24h", QT_TRANSLATE_NOOP("OutreachFields", "24 h"), format=_yes, width=45),
    _col("area_m2", QT_TRANSLATE_NOOP("OutreachFields", "Area (m²)"), format=_number,
         align_right=True),
    _col("seats", QT_TRANSLATE_NOOP("OutreachFields", "Seats"), align_right=True),
    _col("machines", QT_TRANSLATE_NOOP("OutreachFields", "Self-service machines"),
         align_right=True),
    _col("books_from_batches", QT_TRANSLATE_NOOP("OutreachFields", "Books from batches"),
         sortable=False, align_right=True),
    _col("books_correction", QT_TRANSLATE_NOOP("OutreachFields", "Correction"),
         sortable=False, align_right=True),
    _col("books_on_site", QT_TRANSLATE_NOOP("OutreachFields", "Books on site"),
         sortable=False, align_right=True)]
