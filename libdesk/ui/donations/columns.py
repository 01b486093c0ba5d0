"""Columns of the donations and donors tables (keys are the services' sort keys)."""
from __future__ import annotations

from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP

from libdesk.models.donations.tables import CHANNEL_LABELS, DONOR_KIND_LABELS
from libdesk.ui.common.paged_model import TableColumn
from libdesk.ui.common.labels import enum_label

C = "DonationColumns"


channel_label = partial(enum_label, CHANNEL_LABELS)
kind_label = partial(enum_label, DONOR_KIND_LABELS)


def _date(value) -> str:
    return value.isoformat() if value else ""


def _count(value) -> str:
    return str(value) if value else ""


DONATION_COLUMNS = [
    TableColumn("received_on", QT_TRANSLATE_NOOP("DonationColumns", "Received"), C,
                format=_date, width=90),
    TableColumn("donor_name", QT_TRANSLATE_NOOP("DonationColumns", "Donor"), C, width=180),
    TableColumn("titles", QT_TRANSLATE_NOOP("DonationColumns", "Titles (种)"), C,
                align_right=True, width=70),
    TableColumn("volumes", QT_TRANSLATE_NOOP("DonationColumns", "Volumes (册)"), C,
                format=_count, align_right=True, width=80),
    TableColumn("items", QT_TRANSLATE_NOOP("DonationColumns", "Items (件)"), C,
                format=_count, align_right=True, width=64),
    TableColumn("pending", QT_TRANSLATE_NOOP("DonationColumns", "To evaluate"), C,
                format=_count, align_right=True, width=70),
    TableColumn("channel", QT_TRANSLATE_NOOP("DonationColumns", "Channel"), C,
                format=channel_label, width=110),
    TableColumn("received_by", QT_TRANSLATE_NOOP("DonationColumns", "Received by"), C,
                width=80),
    TableColumn("certificates", QT_TRANSLATE_NOOP("DonationColumns", "Certificates"), C),
]

DONOR_COLUMNS = [
    TableColumn("name", QT_TRANSLATE_NOOP("DonationColumns", "Name"), C, width=170),
    TableColumn("kind", QT_TRANSLATE_NOOP("DonationColumns", "Type"), C, format=kind_label,
                width=60),
    TableColumn("title", QT_TRANSLATE_NOOP("DonationColumns", "Title / affiliation"), C,
                width=200),
    TableColumn("phone", QT_TRANSLATE_NOOP("DonationColumns", "Phone"), C, width=110),
    TableColumn("donations", QT_TRANSLATE_NOOP("DonationColumns", "Donations"), C,
                align_right=True, width=70),
    TableColumn("volumes", QT_TRANSLATE_NOOP("DonationColumns", "Volumes (册)"), C,
                align_right=True, width=80),
    TableColumn("last_received", QT_TRANSLATE_NOOP("DonationColumns", "Last donation"), C,
                format=_date, width=90),
    TableColumn("contact_person", QT_TRANSLATE_NOOP("DonationColumns", "Contact"), C,
                width=80),
    TableColumn("address", QT_TRANSLATE_NOOP("DonationColumns", "Address"), C),
]
