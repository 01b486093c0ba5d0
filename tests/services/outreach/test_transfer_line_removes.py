"""Removing lines of a collection transfer selected in the lines list checks the versions the
list showed, two desks on one database: a line changed at the other desk since keeps every
selected line; one removed there keeps the rest; current versions remove; without versions
(the command line) the removal works as before."""
from __future__ import annotations

from datetime import date

import pytest

from libdesk.models.errors import ListedRowsChanged
from libdesk.models.outreach.rules import TransferInput, TransferLineInput
from libdesk.models.outreach.transfers import TransferLine


def _listed(services) -> tuple[int, dict[int, int]]:
    transfer = services.transfers.add_with_lines(
        TransferInput(transferred_on=date(2020, 11, 2), source_dept="少儿借阅区",
                      project="太原城市书房"),
        [TransferLineInput(title="亲子绘本", copies=150), TransferLineInput(title="少儿图书"),
         TransferLineInput(isbn="9787020002207", title="红楼梦", copies=20)])
    return transfer, {line.id: line.version for line in services.transfers.lines(transfer)}


def _stored(services, transfer: int) -> set[int]:
    return {line.id for line in services.transfers.lines(transfer)}


def change_line(desk, line_id: int, copies: int) -> None:
    """The other desk's correction of a line's copies (as a save there would write it)."""
    desk.store.session_info["actor"] = "wang"
    with desk.store.write() as session:
        session.get(TransferLine, line_id).copies = copies


def test_a_line_changed_at_the_other_desk_keeps_them_all(services, other_desk):
    transfer, shown = _listed(services)
    assert set(shown.values()) == {1}
    change_line(other_desk, min(shown), 160)
    with pytest.raises(ListedRowsChanged) as caught:
        services.transfers.remove_lines(list(shown), expected_versions=shown)
    assert caught.value.changed == [min(shown)] and caught.value.gone == []
    assert caught.value.who == "wang"
    assert "1 of the 3 selected transfer lines were changed or deleted" in str(caught.value)
    assert _stored(services, transfer) == set(shown)
    assert {line.id: line.version for line in services.transfers.lines(transfer)}[
        min(shown)] == 2


def test_a_line_removed_at_the_other_desk_keeps_the_rest(services, other_desk):
    transfer, shown = _listed(services)
    other_desk.store.session_info["actor"] = "wang"
    assert other_desk.transfers.remove_lines([max(shown)]) == 1
    with pytest.raises(ListedRowsChanged, match=r"\(0 changed, 1 deleted; the last by wang"):
        services.transfers.remove_lines(list(shown), expected_versions=shown)
    assert _stored(services, transfer) == set(shown) - {max(shown)}


def test_current_versions_remove_and_none_as_before(services, other_desk):
    transfer, shown = _listed(services)
    first = min(shown)
    assert services.transfers.remove_lines([first], expected_versions=shown) == 1
    change_line(other_desk, max(shown), 25)
    assert services.transfers.remove_lines(list(set(shown) - {first})) == 2
    assert _stored(services, transfer) == set()
