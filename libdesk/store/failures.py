"""What the database itself did wrong, in plain words: never the driver's text.

``classify(exc, path)`` turns a driver error (disk I/O error, disk full, read-only file,
locked past the busy timeout, damaged file, server gone) into a ``StoreFailure`` whose message
says what happened, what was kept and what to do; errors that are program faults (SQL the
program got wrong) give None and stay faults. ``DatabaseHeld`` says which window or command
owns the file.
"""
from __future__ import annotations

import sqlite3

from sqlalchemy import exc as sa_exc

from libdesk.models.errors import QT_TRANSLATE_NOOP, DomainError, StoreFailure
from libdesk.store.ownership import WINDOW, Holder

IO, FULL, READONLY, BUSY, DELETED, DAMAGED, UNAVAILABLE = (
    "io", "full", "readonly", "busy", "deleted", "damaged", "unavailable")

_TEMPLATES = {
    IO: QT_TRANSLATE_NOOP(
        "Errors", "The disk reported an error while LibDesk was saving to {path}. Everything "
        "saved before this moment is kept in that file; the change just made was not saved. "
        "This window has stopped saving: save a backup copy somewhere else (LibDesk offers "
        "it now), check the disk, then restart LibDesk."),
    FULL: QT_TRANSLATE_NOOP(
        "Errors", "The disk holding {path} is full. Everything saved before this moment is "
        "kept; the change just made was not saved. This window has stopped saving: save a "
        "backup copy on another disk (LibDesk offers it now), free some space, then restart "
        "LibDesk."),
    READONLY: QT_TRANSLATE_NOOP(
        "Errors", "The database file {path} cannot be written (the file or its folder is "
        "read-only). Everything saved before is kept; the change just made was not saved. "
        "This window has stopped saving: save a backup copy elsewhere if you need one, make "
        "the file writable, then restart LibDesk."),
    BUSY: QT_TRANSLATE_NOOP(
        "Errors", "The database {path} stayed busy with another LibDesk window or command for "
        "more than {seconds} seconds. Nothing was changed and your input is kept; try again "
        "when the other work has finished."),
    DELETED: QT_TRANSLATE_NOOP(
        "Errors", "The database file {path} was deleted, moved or replaced while LibDesk had "
        "it open. What was saved until now is still in LibDesk's open copy; the change just "
        "made was not saved. This window has stopped saving: save a backup copy now (LibDesk "
        "offers it), then restart LibDesk and restore that copy."),
    DAMAGED: QT_TRANSLATE_NOOP(
        "Errors", "The database file {path} is damaged. The change just made was not saved. "
        "This window has stopped saving: save a backup copy elsewhere (LibDesk offers it "
        "now), then restore the newest backup (File → Restore from…)."),
    UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Errors", "The database server for {path} did not answer. The change just made was "
        "not saved; everything saved before is kept on the server. Check the network and the "
        "server, then try again."),
}
last_opened = ""  # the database this process opened last (for errors caught far from it)
_STOPS = {IO, FULL, READONLY, DELETED, DAMAGED}
_SQLITE_KINDS = {
    "SQLITE_IOERR": IO, "SQLITE_FULL": FULL, "SQLITE_READONLY": READONLY,
    "SQLITE_BUSY": BUSY, "SQLITE_LOCKED": BUSY, "SQLITE_CANTOPEN": DELETED,
    "SQLITE_CORRUPT": DAMAGED, "SQLITE_NOTADB": DAMAGED,
}


def failure(kind: str, path: str, **params) -> StoreFailure:
    params.setdefault("seconds", 0)
    return StoreFailure(_TEMPLATES[kind], kind=kind, stops_writing=kind in _STOPS,
                        path=path, **params)


def sqlite_kind(error: BaseException) -> str | None:
    """The failure kind of a raw ``sqlite3`` error, or None for a program fault."""
    name = getattr(error, "sqlite_errorname", "") or ""
    for prefix, kind in _SQLITE_KINDS.items():
        if name == prefix or name.startswith(prefix + "_"):
            return kind
    if isinstance(error, sqlite3.OperationalError):  # drivers without error names
        text = str(error).lower()
        for needle, kind in (("disk i/o", IO), ("disk is full", FULL), ("readonly", READONLY),
                             ("locked", BUSY), ("unable to open", DELETED)):
            if needle in text:
                return kind
    if type(error) is sqlite3.DatabaseError:
        return DAMAGED
    return None


def classify(error: BaseException, path: str, seconds: int = 0) -> StoreFailure | None:
    """A StoreFailure for a database error that is the store's fault, else None."""
    if isinstance(error, StoreFailure):
        return error
    if isinstance(error, sa_exc.DBAPIError):
        if error.connection_invalidated and not isinstance(error.orig, sqlite3.Error):
            return failure(UNAVAILABLE, path)
        orig = error.orig
        if isinstance(orig, sqlite3.Error):
            kind = sqlite_kind(orig)
            return failure(kind, path, seconds=seconds) if kind else None
        if isinstance(error, sa_exc.OperationalError):
            return failure(UNAVAILABLE, path)
        return None
    if isinstance(error, sqlite3.Error):
        kind = sqlite_kind(error)
        return failure(kind, path, seconds=seconds) if kind else None
    return None


class DatabaseHeld(DomainError):
    """Another LibDesk window or command owns the database file."""

    def __init__(self, path: str, holder: Holder, *, opening_window: bool = False,
                 seconds: int = 0) -> None:
        self.holder = holder
        if holder.kind == WINDOW and opening_window:
            template = QT_TRANSLATE_NOOP(
                "Errors", "The database {path} is already open in the LibDesk window on "
                "{host} (user {user}, process {pid}, since {since}). Only one window at a "
                "time may work on a database file, so this window was not opened and nothing "
                "was changed. Switch to that window, or close it and start LibDesk again.")
        elif holder.kind == WINDOW:
            template = QT_TRANSLATE_NOOP(
                "Errors", "The database {path} is open in the LibDesk window on {host} (user "
                "{user}, process {pid}, since {since}), so this command may only read it; "
                "nothing was changed. Make the change in that window, or close it and run "
                "the command again.")
        elif opening_window:
            template = QT_TRANSLATE_NOOP(
                "Errors", "The database {path} is being changed by the command “{program}” on "
                "{host} (user {user}, process {pid}), which did not finish within {seconds} "
                "seconds. This window was not opened and nothing was changed; start LibDesk "
                "again when that command has finished.")
        else:
            template = QT_TRANSLATE_NOOP(
                "Errors", "The database {path} is being changed by the command “{program}” on "
                "{host} (user {user}, process {pid}), which did not finish within {seconds} "
                "seconds. Nothing was changed here and your input is kept; run this again "
                "when that command has finished.")
        super().__init__(template, path=path, host=holder.host, user=holder.user,
                         pid=holder.pid, since=holder.since, program=holder.program,
                         seconds=seconds)
