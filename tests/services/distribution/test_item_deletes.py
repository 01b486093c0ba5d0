"""Removing several batch lines selected in the batch's list checks the versions the list
showed (two desks on one database, the other desk working as "wang"): a line changed or
removed at the other desk since refuses the whole removal, naming how many, who and when;
current versions remove; without versions (the command line) it works as before."""
from __future__ import annotations

from dataclasses import fields

import pytest

from libdesk.models.distribution.rules import ItemInput
from libdesk.models.errors import InvalidTransition, ListedRowsChanged
from tests.services.distribution.helpers import swap_batch

OTHER = "wang"


def _as_other(other_desk):
    other_desk.store.session_info["actor"] = OTHER
    return other_desk


def _change(desk, line, copies: int = 5) -> None:
    """The other desk corrects the number of copies of a line."""
    item = ItemInput(**{f.name: getattr(line, f.name) for f in fields(ItemInput)
                        if f.name != "copies"}, copies=copies)
    desk.distribution.update_item(line.id, item, expected_version=line.version)


def _listed(services) -> tuple[int, list, dict[int, int]]:
    batch_id = swap_batch(services)
    lines = services.distribution.items(batch_id)
    return batch_id, lines, {line.id: line.version for line in lines}


def _stored(services, batch_id: int) -> set[int]:
    return {line.id for line in services.distribution.items(batch_id)}


def test_a_line_changed_at_the_other_desk_keeps_them_all(services, other_desk):
    batch_id, lines, shown = _listed(services)
    _change(_as_other(other_desk), lines[0])
    with pytest.raises(ListedRowsChanged) as caught:
        services.distribution.remove_items(list(shown), expected_versions=shown)
    refused = caught.value
    assert refused.changed == [lines[0].id] and refused.gone == [] and refused.who == OTHER
    assert refused.when
    assert f"1 of the {len(shown)} selected batch lines were changed or deleted" \
        in str(refused) and "Nothing was deleted" in str(refused)
    assert _stored(services, batch_id) == set(shown) == _stored(other_desk, batch_id)


def test_a_line_removed_at_the_other_desk_keeps_the_rest(services, other_desk):
    batch_id, lines, shown = _listed(services)
    _as_other(other_desk).distribution.remove_items([lines[1].id])
    with pytest.raises(ListedRowsChanged) as caught:
        services.distribution.remove_items(list(shown), expected_versions=shown)
    refused = caught.value
    assert refused.gone == [lines[1].id] and refused.changed == [] and refused.who == OTHER
    assert "(0 changed, 1 deleted; the last by wang at " in str(refused)
    assert _stored(services, batch_id) == set(shown) - {lines[1].id}


def test_current_versions_remove(services, other_desk):
    batch_id, lines, shown = _listed(services)
    picked = {line.id: line.version for line in lines[:2]}
    assert services.distribution.remove_items(list(picked), expected_versions=picked) == 2
    assert _stored(other_desk, batch_id) == set(shown) - set(picked)


def test_a_packed_batch_still_refuses_on_current_versions(services):
    batch_id, _lines, shown = _listed(services)
    services.batch_status.pack(batch_id)
    shown = {line.id: line.version for line in services.distribution.items(batch_id)}
    with pytest.raises(InvalidTransition, match="packed"):
        services.distribution.remove_items(list(shown), expected_versions=shown)
    assert _stored(services, batch_id) == set(shown)


def test_without_versions_the_removal_works_as_before(services, other_desk):
    batch_id, lines, shown = _listed(services)
    _change(_as_other(other_desk), lines[0])
    assert services.distribution.remove_items(list(shown)) == len(shown)
    assert _stored(services, batch_id) == set()
