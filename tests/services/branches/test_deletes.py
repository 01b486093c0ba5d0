"""Deleting a point or a category checks the version the user confirmed (tests/services/
deletes.py): one renamed or changed at another desk meanwhile is kept, one deleted there is
said so; without a version the delete works as before."""
from __future__ import annotations

from dataclasses import replace

import pytest

from libdesk.models.branches.rules import ContactInput, PointInput
from libdesk.models.errors import Conflict, DeleteConflict
from tests.services.deletes import CHECKS, Deletable, as_other


def _point(services, n: int) -> int:
    return services.branches.save(PointInput(name=f"临时服务点{n}", district="小店区"),
                                  [ContactInput("张三", phone="13900001111")])


def _point_exists(services, branch_id: int) -> bool:
    return branch_id in dict(services.branches.names())


def _rename_point(other_desk, branch_id: int) -> None:
    detail = other_desk.branches.get(branch_id)
    other_desk.branches.save(replace(detail.point, name=detail.point.name + "（新址）"),
                             detail.contacts, branch_id)


POINT = Deletable(
    make=_point, version=lambda s, i: s.branches.version(i), change=_rename_point,
    delete=lambda s, i, v: s.branches.delete(i, expected_version=v), exists=_point_exists,
    name=lambda s, i: s.branches.get(i).point.name)


def _category(services, n: int) -> int:
    return services.branch_categories.add_category(f"临时类别{n}")


def _category_version(services, category_id: int) -> int:
    return services.branch_categories.versions()[category_id]


CATEGORY = Deletable(
    make=_category, version=_category_version,
    change=lambda o, i: o.branch_categories.rename_category(i, f"改名类别{i}"),
    delete=lambda s, i, v: s.branch_categories.delete_category(i, expected_version=v),
    exists=lambda s, i: i in dict(s.branch_categories.categories()),
    name=lambda s, i: dict(s.branch_categories.categories())[i])


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("kind", [POINT, CATEGORY], ids=["point", "category"])
def test_a_delete_checks_the_confirmed_version(kind, check, services, other_desk):
    check(kind, services, other_desk)


def test_a_point_is_kept_with_its_contacts_and_the_message_names_it(services, other_desk):
    branch_id = _point(services, 5)
    seen = services.branches.version(branch_id)
    _rename_point(as_other(other_desk), branch_id)
    with pytest.raises(DeleteConflict, match="“临时服务点5（新址）” was changed by wang at .* "
                                             "so it was not deleted"):
        services.branches.delete(branch_id, expected_version=seen)
    assert [c.name for c in services.branches.get(branch_id).contacts] == ["张三"]


def test_a_point_in_use_is_still_refused_on_its_current_version(services):
    point = services.branches.lookup("太原市老年公寓")
    services.statistics.record_mobile(point, 2020, 10, 3, 4)
    with pytest.raises(Conflict, match="other record"):
        services.branches.delete(point, expected_version=services.branches.version(point))
    assert _point_exists(services, point)
