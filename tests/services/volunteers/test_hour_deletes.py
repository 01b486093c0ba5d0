"""Deleting several hour entries selected in the list checks the versions the list showed
(two desks on one database: ``services`` and ``other_desk``, the other desk working as
"wang"): one entry changed or deleted at the other desk since refuses the whole delete,
naming how many, who and when; current versions delete; without versions (the command
line) the delete works as before."""
from __future__ import annotations

from datetime import date

import pytest

from libdesk.models.errors import InvalidTransition, ListedRowsChanged
from libdesk.services.base import ListQuery
from tests.services.volunteers.helpers import (APPROVER, RECORDER, add_activity, add_volunteers,
                                              as_actor)

DAY = date(2020, 11, 14)
OTHER = "wang"


def _listed(services, count: int = 3) -> dict[int, int]:
    """``count`` pending entries, as the list shows them: id → version."""
    as_actor(services, RECORDER)
    activity = add_activity(services)
    services.hours.bulk_add(activity, add_volunteers(services, count), DAY, 200)
    return {row.id: row.version for row in services.hours.page(ListQuery(), 0, count)}


def _stored(services) -> set[int]:
    return set(services.hours.ids(ListQuery()))


def _as_other(other_desk):
    other_desk.store.session_info["actor"] = OTHER
    return other_desk


def test_an_entry_changed_at_the_other_desk_keeps_them_all(services, other_desk):
    shown = _listed(services)
    changed = min(shown)
    _as_other(other_desk).hours.edit(changed, add_activity(other_desk, "图书整理"), DAY, 300)
    with pytest.raises(ListedRowsChanged) as caught:
        services.hours.delete(list(shown), expected_versions=shown)
    refused = caught.value
    assert refused.changed == [changed] and refused.gone == [] and refused.count == 1
    assert refused.who == OTHER and refused.when
    assert "1 of the 3 selected entries were changed or deleted at another desk" in str(refused)
    assert "(1 changed, 0 deleted; the last by wang at " in str(refused)
    assert "Nothing was deleted" in str(refused)
    assert _stored(services) == set(shown) == _stored(other_desk)


def test_an_entry_confirmed_at_the_other_desk_keeps_them_all(services, other_desk):
    shown = _listed(services)
    confirmed = max(shown)
    as_actor(_as_other(other_desk), APPROVER).hours.confirm([confirmed])
    with pytest.raises(ListedRowsChanged) as caught:
        services.hours.delete(list(shown), expected_versions=shown)
    assert caught.value.changed == [confirmed]
    assert _stored(services) == set(shown)


def test_an_entry_deleted_at_the_other_desk_keeps_the_rest(services, other_desk):
    shown = _listed(services)
    gone = min(shown)
    _as_other(other_desk).hours.delete([gone])
    with pytest.raises(ListedRowsChanged) as caught:
        services.hours.delete(list(shown), expected_versions=shown)
    refused = caught.value
    assert refused.gone == [gone] and refused.changed == [] and refused.who == OTHER
    assert "(0 changed, 1 deleted; the last by wang at " in str(refused)
    assert _stored(services) == set(shown) - {gone}


def test_current_versions_delete(services, other_desk):
    shown = _listed(services)
    assert services.hours.delete(list(shown), expected_versions=shown) == 3
    assert _stored(services) == set() == _stored(other_desk)


def test_a_confirmed_entry_is_still_refused_on_its_current_version(services):
    shown = _listed(services)
    as_actor(services, APPROVER).hours.confirm([min(shown)])
    shown = {r.id: r.version for r in services.hours.page(ListQuery(), 0, 100)}
    with pytest.raises(InvalidTransition, match="1 of the entries are confirmed"):
        services.hours.delete(list(shown), expected_versions=shown)
    assert _stored(services) == set(shown)


def test_without_versions_the_delete_works_as_before(services, other_desk):
    shown = _listed(services)
    changed = min(shown)
    _as_other(other_desk).hours.edit(changed, add_activity(other_desk, "图书整理"), DAY, 300)
    assert services.hours.delete(list(shown)) == 3
    assert _stored(services) == set()


def test_thousands_of_entries_are_checked_in_chunks(services, other_desk):
    shown = _listed(services, 1200)
    last = max(shown)  # in the third chunk
    _as_other(other_desk).hours.edit(last, add_activity(other_desk, "图书整理"), DAY, 300)
    with pytest.raises(ListedRowsChanged, match="1 of the 1200 selected entries were"):
        services.hours.delete(list(shown), expected_versions=shown)
    assert len(_stored(services)) == 1200
    shown[last] = next(r.version for r in services.hours.page(ListQuery(), 0, 2000)
                       if r.id == last)
    assert services.hours.delete(list(shown), expected_versions=shown) == 1200
