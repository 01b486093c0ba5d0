"""Editing a point's facts (opening hours, 24 h, area, seats, self-service machines, and the
correction of books on site), from the outreach tab's facts page or the branches tab."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from libdesk.models.outreach.rules import FactsInput
from libdesk.ui.common.operations import Change
from libdesk.ui.outreach import specs
from libdesk.ui.outreach.record_dialog import RecordDialog


def edit_point_facts(services, parent, branch_id: int) -> bool:
    """True when the facts were saved."""
    version = services.point_facts.version(branch_id)  # as opened: the version first
    row = services.point_facts.get(branch_id)
    record = FactsInput(**{f.attr: getattr(row, f.attr) for f in specs.FACTS_FORM})
    title = QCoreApplication.translate(
        "PointFacts", "Facts of {point} (books from batches: {books})").format(
        point=row.branch_name, books=row.books_from_batches)
    dialog = RecordDialog(services, specs.FACTS_FORM, FactsInput, title,
                          lambda facts, seen: services.point_facts.save(
                              branch_id, facts, expected_version=seen), record,
                          parent, change=Change.of("outreach"), version=version)
    return bool(dialog.exec())
