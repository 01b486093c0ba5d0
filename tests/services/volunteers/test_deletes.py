"""Deleting a volunteer, a school or organisation, an activity or an activity category checks
the version the user confirmed (tests/services/deletes.py): one changed at another desk
meanwhile is kept, one deleted there is said so; without a version the delete works as
before (a volunteer or an activity already gone is NotFound, as it always was)."""
from __future__ import annotations

from dataclasses import replace

import pytest

from libdesk.models.errors import Conflict, NotFound
from libdesk.models.volunteers.rules import ActivityInput, VolunteerInput
from tests.services.deletes import CHECKS, Deletable


def _volunteer(services, n: int) -> int:
    return services.volunteers.save(VolunteerInput(name=f"志愿者{n}", org="山西大学",
                                                   phone="13812345678"))


def _exists(read):
    def exists(services, record_id: int) -> bool:
        try:
            read(services, record_id)
        except NotFound:
            return False
        return True
    return exists


VOLUNTEER = Deletable(
    make=_volunteer, version=lambda s, i: s.volunteers.version(i),
    change=lambda o, i: o.volunteers.save(replace(o.volunteers.get(i, unmask=True),
                                                  notes="已毕业"), i),
    delete=lambda s, i, v: s.volunteers.delete(i, expected_version=v),
    exists=_exists(lambda s, i: s.volunteers.get(i)),
    name=lambda s, i: s.volunteers.get(i).name, gone_before=NotFound)

ORG = Deletable(
    make=lambda s, n: s.volunteers.add_org(f"临时学校{n}"),
    version=lambda s, i: s.volunteers.list_versions("orgs")[i],
    change=lambda o, i: o.volunteers.rename_org(i, f"改名学校{i}"),
    delete=lambda s, i, v: s.volunteers.delete_org(i, expected_version=v),
    exists=lambda s, i: i in dict(s.volunteers.orgs()),
    name=lambda s, i: dict(s.volunteers.orgs())[i])

ACTIVITY = Deletable(
    make=lambda s, n: s.activities.save(ActivityInput(name=f"临时活动{n}", kind="daily",
                                                      category="日常服务")),
    version=lambda s, i: s.activities.version(i),
    change=lambda o, i: o.activities.save(replace(o.activities.get(i), place="太图一层"), i),
    delete=lambda s, i, v: s.activities.delete(i, expected_version=v),
    exists=_exists(lambda s, i: s.activities.get(i)),
    name=lambda s, i: s.activities.get(i).name, gone_before=NotFound)


def _category_name(services, category_id: int) -> str:
    return next(n for i, n, _k in services.activities.categories() if i == category_id)


CATEGORY = Deletable(
    make=lambda s, n: s.activities.save_category(f"临时类别{n}", "daily"),
    version=lambda s, i: s.activities.category_versions()[i],
    change=lambda o, i: o.activities.save_category(f"改名类别{i}", "daily", i),
    delete=lambda s, i, v: s.activities.delete_category(i, expected_version=v),
    exists=lambda s, i: i in {c[0] for c in s.activities.categories()},
    name=_category_name)


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("kind", [VOLUNTEER, ORG, ACTIVITY, CATEGORY],
                         ids=["volunteer", "org", "activity", "activity_category"])
def test_a_delete_checks_the_confirmed_version(kind, check, services, other_desk):
    check(kind, services, other_desk)


def test_a_school_in_use_is_still_refused_on_its_current_version(services):
    volunteer_id = _volunteer(services, 7)
    org_id = dict((n, i) for i, n in services.volunteers.orgs())["山西大学"]
    with pytest.raises(Conflict, match="1 volunteer"):
        services.volunteers.delete_org(
            org_id, expected_version=services.volunteers.list_versions("orgs")[org_id])
    assert services.volunteers.get(volunteer_id).org == "山西大学"
