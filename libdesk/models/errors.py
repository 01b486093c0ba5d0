"""Domain errors, raised by services and shown by the UI and the CLI.

Messages are English templates marked for Qt's translation with ``QT_TRANSLATE_NOOP`` (a
plain function here, so nothing below the UI imports Qt; ``pyside6-lupdate`` finds the calls
by name). The UI translates ``template`` in context ``"Errors"`` and fills ``params``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ERRORS_CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name read by lupdate
    """Mark ``text`` for translation in ``context`` without translating it here."""
    return text


class Phrase(str):
    """A parameter that is itself an English phrase (marked with QT_TRANSLATE_NOOP in context
    "Errors"): the UI translates it before filling it into the message."""


class DomainError(Exception):
    """Something the user asked for cannot be done; the message says why and what to do."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.english())

    def english(self) -> str:
        return self.template.format(**self.params)


class NotFound(DomainError):
    pass


def record_gone() -> NotFound:
    """A record looked up again (its version, before a delete) that is no longer stored."""
    return NotFound(QT_TRANSLATE_NOOP(
        "Errors", "That record no longer exists: it was deleted, perhaps at another desk. "
        "Nothing was changed; the lists now show what is stored."))


class Conflict(DomainError):
    """The change clashes with other records (duplicate name, record still referred to…)."""


class EditConflict(Conflict):
    """Someone else saved this record after it was opened here; the user's edit is kept
    in the dialog, not saved. ``theirs``: the version the user started from; ``stored``: the
    version saved meanwhile; ``mine`` / ``saved``: the two versions' values per field."""

    def __init__(self, name: str, who: str, when: str, theirs: int, stored: int, *,
                 record_id: Any = None, mine: dict[str, Any] | None = None,
                 saved: dict[str, Any] | None = None) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "“{name}” was changed by {who} at {when} while you were editing it. "
            "Your changes were not saved. Reopen it to see that version, then make your "
            "changes again."), name=name, who=who or "?", when=when or "?")
        self.theirs, self.stored = theirs, stored
        self.record, self.record_id = name, record_id
        self.who, self.when = who, when
        self.mine, self.saved = dict(mine or {}), dict(saved or {})

    @property
    def differing(self) -> list[str]:
        """The fields whose two values differ, in the order of ``mine``."""
        return [key for key in self.mine if self.mine[key] != self.saved.get(key)]


class DeleteConflict(EditConflict):
    """Someone else changed the record after the user confirmed deleting it (from what was
    shown then): it was not deleted. ``stored``: its version now; the user looks at it again
    and a delete confirmed on what is shown then passes that version."""

    def __init__(self, name: str, who: str, when: str, theirs: int, stored: int, *,
                 record_id: Any = None) -> None:
        super().__init__(name, who, when, theirs, stored, record_id=record_id)
        self.template = QT_TRANSLATE_NOOP(
            "Errors", "“{name}” was changed by {who} at {when} after you confirmed deleting "
            "it, so it was not deleted. Look at it again as it is now, and delete it again "
            "if you still want to.")
        self.args = (self.english(),)


class ListedRowsChanged(Conflict):
    """Some of the rows a list showed, and the user confirmed deleting, were changed or
    deleted at another desk since the list was read: nothing was deleted. ``what``: the
    rows as an English phrase in context "Errors" ("entries", "batch lines" …);
    ``changed`` / ``gone``: their ids; ``who`` / ``when``: the latest of those changes the
    audit log knows (empty when it knows none)."""

    def __init__(self, what: str, selected: int, changed: list[int], gone: list[int],
                 who: str = "", when: str = "") -> None:
        if who:
            template = QT_TRANSLATE_NOOP(
                "Errors", "{count} of the {selected} selected {what} were changed or deleted "
                "at another desk after the list showed them ({changed} changed, {gone} "
                "deleted; the last by {who} at {when}). Nothing was deleted. Look at the "
                "list again as it is now, and delete again if you still want to.")
        else:
            template = QT_TRANSLATE_NOOP(
                "Errors", "{count} of the {selected} selected {what} were changed or deleted "
                "at another desk after the list showed them ({changed} changed, {gone} "
                "deleted). Nothing was deleted. Look at the list again as it is now, and "
                "delete again if you still want to.")
        super().__init__(template, count=len(changed) + len(gone), selected=selected,
                         what=Phrase(what), changed=len(changed), gone=len(gone), who=who,
                         when=when or "?")
        self.changed, self.gone = list(changed), list(gone)
        self.who, self.when = who, when

    @property
    def count(self) -> int:
        return len(self.changed) + len(self.gone)


class PermissionDenied(DomainError):
    pass


class InvalidTransition(DomainError):
    pass


SHOWN = 80  # characters of one value a problem shows


@dataclass
class Problem:
    """One bad field of one record or spreadsheet row."""

    field: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)
    row: int | None = None
    sheet: str | None = None

    def __post_init__(self) -> None:
        # A value from a file or a form is echoed back shortened, never in full (a cell
        # can hold thousands of characters).
        self.params = {k: v[:SHOWN - 1] + "…" if isinstance(v, str) and len(v) > SHOWN else v
                       for k, v in self.params.items()}

    def english(self) -> str:
        where = []
        if self.sheet:
            where.append(f"sheet {self.sheet}")
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.field:
            where.append(f"column/field {self.field}")
        prefix = ", ".join(where)
        text = self.template.format(**self.params)
        return f"{prefix}: {text}" if prefix else text


class ValidationFailed(DomainError):
    """One or more fields are wrong; nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "{count} problem(s) found; nothing was saved."),
            count=len(problems),
        )

    def english(self) -> str:
        lines = [self.template.format(**self.params)]
        lines += [p.english() for p in getattr(self, "problems", [])]
        return "\n".join(lines)


class StoreFailure(DomainError):
    """The database itself failed (disk error, disk full, read-only, deleted, damaged, busy).

    ``stops_writing`` is True when the window must stop saving: later writes are refused with
    the same message and the user is offered a backup copy saved elsewhere."""

    def __init__(self, template: str, *, kind: str, stops_writing: bool, **params: Any) -> None:
        self.kind = kind
        self.stops_writing = stops_writing
        super().__init__(template, **params)
