"""Deleting several outreach records selected in a list (events here; every record kind
shares the service) checks the versions the list showed, two desks on one database: one
changed or deleted at the other desk since refuses the whole delete; current versions
delete; without versions (the command line) the delete works as before."""
from __future__ import annotations

from datetime import date

import pytest

from libdesk.models.errors import ListedRowsChanged
from libdesk.models.outreach.rules import EventInput
from libdesk.services.base import ListQuery

ROOM = "太图城市书房郝庄馆"


def _listed(services) -> dict[int, int]:
    point = services.branches.lookup(ROOM)
    for day in (3, 4, 5):
        services.point_events.add(EventInput(branch_id=point, held_on=date(2020, 4, day),
                                             title=f"亲子共读{day}", participants=20))
    return {r.id: r.version for r in services.point_events.page(ListQuery(), 0, 50)}


def _stored(services) -> set[int]:
    return {r.id for r in services.point_events.page(ListQuery(), 0, 50)}


def _change(desk, record_id: int) -> None:
    desk.store.session_info["actor"] = "wang"
    record = desk.point_events.get(record_id)
    desk.point_events.update(record_id, EventInput(
        branch_id=record.branch_id, held_on=record.held_on, title=record.title,
        participants=record.participants + 5))


def test_a_record_changed_at_the_other_desk_keeps_them_all(services, other_desk):
    shown = _listed(services)
    _change(other_desk, min(shown))
    with pytest.raises(ListedRowsChanged) as caught:
        services.point_events.delete(list(shown), expected_versions=shown)
    assert caught.value.changed == [min(shown)] and caught.value.who == "wang"
    assert "1 of the 3 selected records were changed or deleted" in str(caught.value)
    assert _stored(services) == set(shown)


def test_a_record_deleted_at_the_other_desk_keeps_the_rest(services, other_desk):
    shown = _listed(services)
    other_desk.store.session_info["actor"] = "wang"
    other_desk.point_events.delete([max(shown)])
    with pytest.raises(ListedRowsChanged, match=r"\(0 changed, 1 deleted; the last by wang"):
        services.point_events.delete(list(shown), expected_versions=shown)
    assert _stored(services) == set(shown) - {max(shown)}


def test_current_versions_delete_and_none_as_before(services, other_desk):
    shown = _listed(services)
    first = min(shown)
    assert services.point_events.delete([first], expected_versions=shown) == 1
    _change(other_desk, max(shown))
    assert services.point_events.delete(list(set(shown) - {first})) == 2
    assert _stored(services) == set()
