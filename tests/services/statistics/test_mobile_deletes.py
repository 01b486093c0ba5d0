"""Deleting a point's typed mobile-service month checks the version the user confirmed
(tests/services/deletes.py): figures retyped at another desk meanwhile are kept, a month
deleted there is said so; without a version the delete works as before."""
from __future__ import annotations

import pytest

from libdesk.models.errors import DeleteConflict
from tests.services.deletes import CHECKS, Deletable, as_other

POINT = "太原市老年公寓"


def _where(services, record_id: int) -> tuple[int, int, int] | None:
    found = [(r.branch_id, r.year, r.month) for r in services.statistics.mobile_rows(2020)
             if r.id == record_id]
    return found[0] if found else None


def _month(services, n: int) -> int:
    point = services.branches.lookup(POINT)
    return services.statistics.record_mobile(point, 2020, n, 10 * n, 20 * n, "流动车")


def _retype(other_desk, record_id: int) -> None:
    point, year, month = _where(other_desk, record_id)
    other_desk.statistics.record_mobile(point, year, month, 999, 888)


MONTH = Deletable(
    make=_month, version=lambda s, i: s.statistics.mobile_version(*_where(s, i)),
    change=_retype,
    delete=lambda s, i, v: s.statistics.delete_mobile(i, expected_version=v),
    exists=lambda s, i: _where(s, i) is not None,
    name=lambda s, i: f"{POINT} 2020-{_where(s, i)[2]:02d}")


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.__name__)
def test_a_month_delete_checks_the_confirmed_version(check, services, other_desk):
    check(MONTH, services, other_desk)


def test_the_retyped_figures_are_kept(services, other_desk):
    record_id = _month(services, 9)
    seen = MONTH.version(services, record_id)
    _retype(as_other(other_desk), record_id)
    with pytest.raises(DeleteConflict, match=f"“{POINT} 2020-09” was changed by wang"):
        services.statistics.delete_mobile(record_id, expected_version=seen)
    stored = services.statistics.mobile(services.branches.lookup(POINT), 2020, 9)
    assert (stored.visits, stored.loans, stored.notes) == (999, 888, "流动车")
