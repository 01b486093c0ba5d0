"""The rules of a batch: its status machine and what an item must hold.

草稿 → 已备齐 → 已发出 → 已签收 → 已完成; a packed batch can be reopened for changes;
cancelling is possible only before shipping. Each refused transition has its own reason.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from libdesk.models.distribution.tables import BatchKind, BatchStatus, Direction, ItemSource
from libdesk.models.errors import QT_TRANSLATE_NOOP, InvalidTransition, Problem
from libdesk.models.isbn import InvalidIsbn, normalize_isbn

S = BatchStatus


class Action(StrEnum):
    PACK = "pack"
    REOPEN = "reopen"
    SHIP = "ship"
    RECEIVE = "receive"
    COMPLETE = "complete"
    CANCEL = "cancel"


TRANSITIONS: dict[Action, tuple[frozenset[BatchStatus], BatchStatus]] = {
    Action.PACK: (frozenset({S.DRAFT}), S.PACKED),
    Action.REOPEN: (frozenset({S.PACKED}), S.DRAFT),
    Action.SHIP: (frozenset({S.PACKED}), S.SHIPPED),
    Action.RECEIVE: (frozenset({S.SHIPPED}), S.RECEIVED),
    Action.COMPLETE: (frozenset({S.RECEIVED}), S.COMPLETED),
    Action.CANCEL: (frozenset({S.DRAFT, S.PACKED}), S.CANCELLED),
}

# Why an action is refused in a status; the most specific reason wins.
_REASONS: dict[tuple[Action, BatchStatus | None], str] = {
    (Action.CANCEL, S.SHIPPED): QT_TRANSLATE_NOOP(
        "Errors", "Batch {number} has already been shipped and cannot be cancelled. Receive it, "
        "then send the books back with a recall batch."),
    (Action.CANCEL, S.RECEIVED): QT_TRANSLATE_NOOP(
        "Errors", "Batch {number} was received by the point and cannot be cancelled. Use a "
        "recall batch to bring the books back."),
    (Action.CANCEL, S.COMPLETED): QT_TRANSLATE_NOOP(
        "Errors", "Batch {number} is completed and cannot be cancelled."),
    (Action.SHIP, S.DRAFT): QT_TRANSLATE_NOOP(
        "Errors", "Batch {number} is still a draft: mark it packed (all boxes ready and "
        "labelled) before shipping it."),
    (Action.RECEIVE, S.DRAFT): QT_TRANSLATE_NOOP(
        "Errors", "Batch {number} has not been shipped yet, so it cannot be received."),
    (Action.RECEIVE, S.PACKED): QT_TRANSLATE_NOOP(
        "Errors", "Batch {number} has not been shipped yet, so it cannot be received. Mark it "
        "shipped when it leaves the library."),
    (Action.RECEIVE, S.RECEIVED): QT_TRANSLATE_NOOP(
        "Errors", "Batch {number} has already been received."),
    (Action.COMPLETE, S.SHIPPED): QT_TRANSLATE_NOOP(
        "Errors", "Batch {number} is on its way: it can be completed once the point has "
        "received every box."),
    (Action.PACK, S.PACKED): QT_TRANSLATE_NOOP("Errors", "Batch {number} is already packed."),
    (Action.REOPEN, S.DRAFT): QT_TRANSLATE_NOOP(
        "Errors", "Batch {number} is already a draft and can be changed."),
    (Action.REOPEN, S.SHIPPED): QT_TRANSLATE_NOOP(
        "Errors", "Batch {number} has left the library; its contents can no longer be "
        "changed."),
    (Action, S.CANCELLED): QT_TRANSLATE_NOOP(
        "Errors", "Batch {number} was cancelled; nothing more can be done with it. Create a "
        "new batch instead."),
    (Action, S.COMPLETED): QT_TRANSLATE_NOOP(
        "Errors", "Batch {number} is completed; nothing more can be done with it."),
    (Action, None): QT_TRANSLATE_NOOP(
        "Errors", "This step is not possible for batch {number} in its present status."),
}


def allowed_actions(status: str) -> list[Action]:
    return [a for a, (sources, _) in TRANSITIONS.items() if status in sources]


def next_status(action: Action, status: str, number: str) -> BatchStatus:
    """The status after ``action``, or InvalidTransition with the reason it is refused."""
    sources, target = TRANSITIONS[action]
    if status in sources:
        return target
    current = BatchStatus(status)
    template = (_REASONS.get((action, current)) or _REASONS.get((Action, current))
                or _REASONS[(Action, None)])
    raise InvalidTransition(template, number=number)


def can_edit_items(status: str, direction: str) -> bool:
    """Outgoing items change only in a draft; books coming back are recorded until the batch
    is completed (they are counted at the point during a swap)."""
    if direction == Direction.BACK:
        return status in (S.DRAFT, S.PACKED, S.SHIPPED, S.RECEIVED)
    return status == S.DRAFT


@dataclass(frozen=True)
class BatchInput:
    branch_id: int | None
    kind: str = BatchKind.NEW_BOOKS.value
    planned_on: date | None = None
    staff: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ItemInput:
    isbn: str = ""
    title: str = ""
    author: str = ""
    publisher: str = ""
    call_number: str = ""
    issue: str = ""
    copies: int = 1
    box_no: int = 1
    direction: str = Direction.OUT.value
    source: str = ItemSource.COLLECTION.value
    donation_line_id: int | None = None

    def merge_key(self) -> tuple:
        """Items with the same key are one line: the same book (or issue) in the same box."""
        if self.isbn:
            return (self.direction, self.box_no, self.donation_line_id, self.isbn, self.issue)
        return (self.direction, self.box_no, self.donation_line_id, "", self.title.strip(),
                self.issue.strip())


def validate_batch(batch: BatchInput) -> list[Problem]:
    problems = []
    if batch.branch_id is None:
        problems.append(Problem("branch", QT_TRANSLATE_NOOP(
            "Errors", "Choose the point the batch goes to.")))
    if batch.kind not in {k.value for k in BatchKind}:
        problems.append(Problem("kind", QT_TRANSLATE_NOOP(
            "Errors", "Unknown batch kind “{kind}”."), {"kind": batch.kind}))
    if len(batch.staff) > 60:
        problems.append(Problem("staff", QT_TRANSLATE_NOOP(
            "Errors", "The staff name is longer than 60 characters.")))
    return problems


def normalized_item(item: ItemInput, kind: str) -> tuple[ItemInput, list[Problem]]:
    """The item with its ISBN in ISBN-13 form, and every problem with it."""
    problems: list[Problem] = []
    isbn = ""
    if item.isbn.strip():
        try:
            isbn = normalize_isbn(item.isbn)
        except InvalidIsbn as exc:
            problems.append(Problem("isbn", exc.template, exc.params))
    elif not item.title.strip():
        problems.append(Problem("isbn", QT_TRANSLATE_NOOP(
            "Errors", "Give the ISBN, or at least the title for a book or periodical without "
            "one.")))
    if item.copies < 1:
        problems.append(Problem("copies", QT_TRANSLATE_NOOP(
            "Errors", "Copies must be a whole number from 1 up.")))
    if item.box_no < 1:
        problems.append(Problem("box_no", QT_TRANSLATE_NOOP(
            "Errors", "The box number must be a whole number from 1 up.")))
    if item.direction not in {d.value for d in Direction}:
        problems.append(Problem("direction", QT_TRANSLATE_NOOP(
            "Errors", "Unknown direction “{direction}”."), {"direction": item.direction}))
    elif item.direction == Direction.BACK and kind not in (BatchKind.SWAP, BatchKind.RECALL):
        problems.append(Problem("direction", QT_TRANSLATE_NOOP(
            "Errors", "Only a circulation swap or a recall brings books back.")))
    elif item.direction == Direction.OUT and kind == BatchKind.RECALL:
        problems.append(Problem("direction", QT_TRANSLATE_NOOP(
            "Errors", "A recall only brings books back; nothing goes out.")))
    if item.source not in {s.value for s in ItemSource}:
        problems.append(Problem("source", QT_TRANSLATE_NOOP(
            "Errors", "Unknown source “{source}”."), {"source": item.source}))
    for name, limit in (("title", 250), ("author", 120), ("publisher", 120),
                        ("call_number", 60), ("issue", 40)):
        if len(getattr(item, name)) > limit:
            problems.append(Problem(name, QT_TRANSLATE_NOOP(
                "Errors", "This text is longer than {limit} characters."), {"limit": limit}))
    cleaned = ItemInput(isbn=isbn, title=item.title.strip(), author=item.author.strip(),
                        publisher=item.publisher.strip(), call_number=item.call_number.strip(),
                        issue=item.issue.strip(), copies=item.copies, box_no=item.box_no,
                        direction=item.direction, source=item.source,
                        donation_line_id=item.donation_line_id)
    return cleaned, problems


def merge_items(items: list[ItemInput]) -> list[ItemInput]:
    """Duplicates (same merge key) become one line with the copies added up, in first-seen
    order; the first non-empty descriptive field wins."""
    merged: dict[tuple, ItemInput] = {}
    for item in items:
        key = item.merge_key()
        old = merged.get(key)
        if old is None:
            merged[key] = item
            continue
        merged[key] = ItemInput(
            isbn=old.isbn, title=old.title or item.title, author=old.author or item.author,
            publisher=old.publisher or item.publisher,
            call_number=old.call_number or item.call_number, issue=old.issue,
            copies=old.copies + item.copies, box_no=old.box_no, direction=old.direction,
            source=old.source, donation_line_id=old.donation_line_id or item.donation_line_id)
    return list(merged.values())
