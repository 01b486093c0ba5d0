"""Errors of opening a database: shown to the user before any window or command runs."""
from __future__ import annotations

from libdesk.models.errors import QT_TRANSLATE_NOOP, DomainError


class DatabaseTooNew(DomainError):
    def __init__(self, path: str, revisions: list[str]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {path} was written by a newer LibDesk (schema {revisions}). "
                "It was left untouched. Install the newer LibDesk to open it.",
            ),
            path=path, revisions=", ".join(revisions),
        )


class DatabaseUnreadable(DomainError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file {path} cannot be opened as a LibDesk database ({reason}). "
                "It was left untouched; choose another file or restore a backup.",
            ),
            path=path, reason=reason,
        )
