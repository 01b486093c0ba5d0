"""The four checks every single-record delete passes (two desks on one database: ``services``
and ``other_desk``, the other desk working as "wang"):

- confirmed on a version another desk changed since: refused with DeleteConflict naming who
  changed it and when, and the record is kept;
- confirmed on the version stored now: deleted;
- deleted at the other desk after the confirmation: a NotFound naming who deleted it (not a
  silent success);
- without a version (``expected_version`` None, as the command line calls it): deleted as
  before, whatever changed meanwhile.

A kind of record is described by ``Deletable``: how to make one, read its version, change it
at the other desk, delete it, and tell whether it is still stored.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from libdesk.models.errors import DeleteConflict, EditConflict, NotFound

OTHER = "wang"


@dataclass
class Deletable:
    make: Callable[[Any, int], int]             # (services, n) → id of a new record
    version: Callable[[Any, int], int]          # (services, id) → its version now
    change: Callable[[Any, int], None]          # (other_desk, id): a change meanwhile
    delete: Callable[..., None]                 # (services, id, expected_version)
    exists: Callable[[Any, int], bool]          # (services, id)
    name: Callable[[Any, int], str]             # (services, id) → as messages name it
    gone_before: type[Exception] | None = None  # old behaviour for a missing row, no version


def as_other(other_desk):
    other_desk.store.session_info["actor"] = OTHER
    return other_desk


def stale_version_is_refused_and_kept(kind: Deletable, services, other_desk) -> None:
    record = kind.make(services, 1)
    seen = kind.version(services, record)
    kind.change(as_other(other_desk), record)
    with pytest.raises(DeleteConflict) as caught:
        kind.delete(services, record, seen)
    conflict = caught.value
    assert isinstance(conflict, EditConflict)  # what the dialogs reload their lists for
    assert conflict.who == OTHER and conflict.when
    assert (conflict.theirs, conflict.stored) == (seen, kind.version(services, record))
    assert conflict.stored != seen and conflict.record_id == record
    assert conflict.record == kind.name(services, record)
    assert "not deleted" in str(conflict)
    assert kind.exists(services, record) and kind.exists(other_desk, record)
    kind.delete(services, record, conflict.stored)  # looked at again, confirmed again
    assert not kind.exists(services, record) and not kind.exists(other_desk, record)


def current_version_deletes(kind: Deletable, services, other_desk) -> None:
    record = kind.make(services, 2)
    kind.delete(services, record, kind.version(services, record))
    assert not kind.exists(services, record) and not kind.exists(other_desk, record)


def deleted_meanwhile_is_said(kind: Deletable, services, other_desk) -> None:
    record = kind.make(services, 3)
    seen = kind.version(services, record)
    kind.delete(as_other(other_desk), record, None)
    with pytest.raises(NotFound) as caught:
        kind.delete(services, record, seen)
    assert f"#{record} was deleted by {OTHER} at " in str(caught.value)
    assert not kind.exists(services, record)


def no_version_deletes_as_before(kind: Deletable, services, other_desk) -> None:
    record = kind.make(services, 4)
    kind.change(as_other(other_desk), record)
    kind.delete(services, record, None)
    assert not kind.exists(services, record)
    if kind.gone_before is None:
        kind.delete(services, record, None)  # already gone: nothing to do, as before
    else:
        with pytest.raises(kind.gone_before):
            kind.delete(services, record, None)


CHECKS = [stale_version_is_refused_and_kept, current_version_deletes,
          deleted_meanwhile_is_said, no_version_deletes_as_before]
