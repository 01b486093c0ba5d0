from __future__ import annotations

import pytest

from libdesk.models.branches.rules import ContactInput, PointInput
from libdesk.models.errors import Conflict, PermissionDenied, ValidationFailed
from libdesk.models.roles import Role
from libdesk.services.base import Actor, ListQuery


def test_new_database_holds_the_37_points_of_table_14(services):
    assert services.branches.count(ListQuery()) == 37
    rows = services.branches.page(ListQuery(), 0, 50)
    assert rows[0].name == "小店区图书馆" and rows[-1].name == "太图城市书房职工新街馆"
    assert rows[27].name == "太原市老年公寓" and rows[27].category == "特殊群体服务点"


def test_filter_sort_and_category(services):
    assert services.branches.count(ListQuery(text="武警山西")) == 2
    names = [r.name for r in services.branches.page(ListQuery(sort="name"), 0, 3)]
    assert names == ["古交市图书馆", "尖草坪区图书馆", "晋源区图书馆"]  # pinyin: gu < jian < jin
    desc = services.branches.page(ListQuery(sort="number", descending=True), 0, 1)
    assert desc[0].number == 37
    school = dict((n, i) for i, n in services.branch_categories.categories())["学校"]
    assert services.branches.count(ListQuery(filters={"category_id": school})) == 3
    assert services.branches.count(ListQuery(text="%")) == 0  # LIKE wildcards are escaped


def test_add_point_with_contacts_and_primary(services):
    new_id = services.branches.save(
        PointInput(name="太图城市书房南站馆", category="太图自建阅读空间", district="小店区"),
        [ContactInput("李明", "管理员", "13900001111"), ContactInput("赵芳", "", "0351-4567890")])
    detail = services.branches.get(new_id)
    assert detail.point.number == 38
    assert [c.name for c in detail.contacts if c.is_primary] == ["李明"]  # first becomes primary
    row = services.branches.page(ListQuery(text="南站"), 0, 1)[0]
    assert (row.primary_contact, row.primary_phone) == ("李明", "13900001111")


def test_validation_names_every_bad_field(services):
    with pytest.raises(ValidationFailed) as caught:
        services.branches.save(PointInput(name=" "), [ContactInput("王", phone="12345"),
                                                      ContactInput("李", email="not-mail")])
    fields = {p.field for p in caught.value.problems}
    assert fields == {"name", "contact.phone", "contact.email"}
    assert services.branches.count(ListQuery()) == 37


def test_duplicate_name_is_refused(services):
    with pytest.raises(Conflict):
        services.branches.save(PointInput(name="太原市老年公寓"))


def test_delete_removes_point_and_contacts(services):
    new_id = services.branches.save(PointInput(name="临时点"), [ContactInput("张三")])
    services.branches.delete(new_id)
    assert services.branches.count(ListQuery(text="临时点")) == 0


def test_read_only_staff_cannot_edit(services):
    services.ctx.set_actor(Actor("viewer", Role.READ_ONLY))
    with pytest.raises(PermissionDenied):
        services.branches.save(PointInput(name="新点"))


def test_categories_can_be_added_renamed_reordered_and_deleted_when_unused(services):
    categories = services.branch_categories
    new_id = categories.add_category("流动服务车")
    assert categories.categories()[-1] == (new_id, "流动服务车")
    categories.move_category(new_id, -1)
    assert categories.categories()[-2] == (new_id, "流动服务车")
    categories.rename_category(new_id, "流动图书车")
    assert (new_id, "流动图书车") in categories.categories()
    with pytest.raises(Conflict):
        categories.rename_category(new_id, "学校")
    categories.delete_category(new_id)
    assert new_id not in dict(categories.categories())


def test_a_category_in_use_cannot_be_deleted(services):
    school = dict((n, i) for i, n in services.branch_categories.categories())["学校"]
    assert services.branch_categories.category_usage()[school] == 3
    with pytest.raises(Conflict) as caught:
        services.branch_categories.delete_category(school)
    assert "3 point(s)" in caught.value.english()
