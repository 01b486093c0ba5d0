"""No silent lost edit on the statistics tab's typed figures: a point's mobile-service month
and the volunteer platform's year. Two desks (two Services on one database) save from the
same loaded version: the second is refused with EditConflict carrying both versions and who
saved meanwhile, and nothing of it is written; a save on the current version goes through
and counts the version up. Figures not named keep what is stored."""
from __future__ import annotations

import pytest

from libdesk.models.errors import EditConflict
from libdesk.services import open_services


@pytest.fixture
def other_desk(db_path):
    services = open_services(str(db_path))
    services.store.session_info["actor"] = "li"
    yield services
    services.close()


def test_a_stale_mobile_month_is_refused(services, other_desk):
    statistics = services.statistics
    point = services.branches.lookup("太原市老年公寓")
    statistics.record_mobile(point, 2020, 10, 100, 200, "流动车")
    seen = statistics.mobile_version(point, 2020, 10)
    assert seen == 1
    other_desk.statistics.record_mobile(point, 2020, 10, 150, 200, expected_version=seen)
    with pytest.raises(EditConflict, match="changed by li at") as caught:
        statistics.record_mobile(point, 2020, 10, 120, 300, expected_version=seen)
    conflict = caught.value
    assert (conflict.theirs, conflict.stored) == (seen, seen + 1)
    assert conflict.mine == {"visits": 120, "loans": 300}
    assert conflict.saved == {"visits": 150, "loans": 200}
    assert conflict.who == "li" and conflict.when
    stored = statistics.mobile(point, 2020, 10)
    assert (stored.visits, stored.loans, stored.notes) == (150, 200, "流动车")  # notes kept
    statistics.record_mobile(point, 2020, 10, 120, 300, expected_version=conflict.stored)
    assert statistics.mobile_version(point, 2020, 10) == seen + 2
    stored = other_desk.statistics.mobile(point, 2020, 10)
    assert (stored.visits, stored.loans, stored.notes) == (120, 300, "流动车")


def test_a_month_typed_meanwhile_at_another_desk_conflicts(services, other_desk):
    point = services.branches.lookup("太原市老年公寓")
    seen = services.statistics.mobile_version(point, 2020, 11)
    assert seen == 0  # nothing typed yet
    other_desk.statistics.record_mobile(point, 2020, 11, 80, 90, expected_version=seen)
    with pytest.raises(EditConflict) as caught:
        services.statistics.record_mobile(point, 2020, 11, 70, 90, expected_version=seen)
    assert caught.value.differing == ["visits"]
    assert services.statistics.mobile(point, 2020, 11).visits == 80


def test_a_stale_platform_year_is_refused(services, other_desk):
    statistics = services.statistics
    statistics.record_platform(2020, 3487, 800, "53876.85")
    seen = statistics.platform_version(2020)
    other_desk.statistics.record_platform(2020, 3500, None, "53876.85", expected_version=seen)
    with pytest.raises(EditConflict, match="changed by li at") as caught:
        statistics.record_platform(2020, 3487, 800, "53900", expected_version=seen)
    conflict = caught.value
    assert conflict.mine == {"registered": 3487, "registered_on_site": 800, "hours": "53900.00"}
    assert conflict.saved == {"registered": 3500, "registered_on_site": 800,
                              "hours": "53876.85"}
    assert conflict.differing == ["registered", "hours"]
    figures = statistics.platform(2020)
    assert (figures.registered, figures.registered_on_site, figures.hundredths) == \
        (3500, 800, 5387685)  # on site kept as stored by the save that did not name it
    statistics.record_platform(2020, 3487, 800, "53900", expected_version=conflict.stored)
    assert statistics.platform_version(2020) == seen + 2
    assert other_desk.statistics.platform(2020).hundredths == 5390000
