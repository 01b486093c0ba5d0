"""Expected failures that arrive as plain exceptions, turned into domain errors.

Every export, print and import writes or reads a file the user chose; an ``OSError`` there
(a folder that does not exist, a file open in Excel or read-only, a full disk) is the user's
situation, not a fault in LibDesk. ``explain(exc)`` gives the message that names the file and
the fix; database failures that escaped the store's own guard become a ``StoreFailure``.
The UI's error dialog and the CLI both call it before treating anything as a program fault.
"""
from __future__ import annotations

import errno
from pathlib import Path

from libdesk.models.errors import QT_TRANSLATE_NOOP, DomainError
from libdesk.store import failures, ownership

_TEMP_SUFFIXES = (".part", ".tmp")


class FileProblem(DomainError):
    """A file the user chose cannot be written or read; nothing was written."""


_BY_ERRNO = {
    errno.ENOENT: QT_TRANSLATE_NOOP(
        "Errors", "{path} cannot be used: the folder {folder} or the file does not exist. "
        "Nothing was written; choose an existing folder (or file) and try again."),
    errno.ENOTDIR: QT_TRANSLATE_NOOP(
        "Errors", "{path} cannot be used: part of the path is a file, not a folder. Nothing "
        "was written; choose an existing folder and try again."),
    errno.EACCES: QT_TRANSLATE_NOOP(
        "Errors", "{path} cannot be written: the file is read-only or open in another "
        "program (Excel, a PDF viewer), or LibDesk may not write in {folder}. Nothing was "
        "changed and any old file was kept; close the file there or choose another name or "
        "folder."),
    errno.ENOSPC: QT_TRANSLATE_NOOP(
        "Errors", "The disk is full while writing {path}. Nothing was written; free some "
        "space or choose another disk."),
    errno.EROFS: QT_TRANSLATE_NOOP(
        "Errors", "{folder} is on a read-only disk, so {path} cannot be written. Nothing was "
        "written; choose a folder on another disk."),
    errno.EISDIR: QT_TRANSLATE_NOOP(
        "Errors", "{path} is a folder; type a file name inside it and try again."),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP(
        "Errors", "The name {path} is too long for this disk. Nothing was written; choose a "
        "shorter name or folder."),
    errno.EINVAL: QT_TRANSLATE_NOOP(
        "Errors", "The name {path} is not allowed on this disk. Nothing was written; use a "
        "name without special characters."),
}
_BY_ERRNO[errno.EEXIST] = _BY_ERRNO[errno.ENOTDIR]  # making a folder where a file is
_BY_ERRNO[errno.EPERM] = _BY_ERRNO[errno.EACCES]
_BY_ERRNO[errno.EBUSY] = _BY_ERRNO[errno.EACCES]
_OTHER = QT_TRANSLATE_NOOP(
    "Errors", "{path} could not be written or read (system error {code}). Nothing was "
    "written; choose another file or folder and try again.")


_OWN_DATABASE = QT_TRANSLATE_NOOP(
    "Errors", "{path} is LibDesk's open database (or one of its files); writing over it would "
    "destroy the data. Nothing was written; choose another name or folder.")


def check_chosen_file(path: str | Path) -> None:
    """Refuse a file the user chose to write when it is a database this process has open
    (or its ``-wal``, ``-shm`` or lock file)."""
    chosen = Path(path)
    name = chosen.name
    for suffix in ("-wal", "-shm", "-journal", ".lock"):
        if name.endswith(suffix):
            chosen = chosen.with_name(name[: -len(suffix)])
            break
    if ownership.held_here(chosen):
        raise FileProblem(_OWN_DATABASE, path=str(path))


def file_problem(error: OSError, path: str | Path | None = None) -> FileProblem:
    """The message for ``error`` on the file ``path`` (default: the error's own file name,
    with LibDesk's temporary suffixes taken off)."""
    name = str(path if path is not None else (error.filename or ""))
    for suffix in _TEMP_SUFFIXES:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    folder = str(Path(name).parent) if name else ""
    template = _BY_ERRNO.get(error.errno or 0, _OTHER)
    code = errno.errorcode.get(error.errno or 0, str(error.errno))
    return FileProblem(template, path=name or "?", folder=folder or "?", code=code)


def explain(error: BaseException, where: str | None = None) -> DomainError | None:
    """A domain error for an expected failure, or None for a program fault. ``where`` names
    the database (default: the one this process opened last)."""
    if isinstance(error, DomainError):
        return error
    if isinstance(error, OSError) and error.errno is not None:
        return file_problem(error)
    return failures.classify(error, where or failures.last_opened or "?")
