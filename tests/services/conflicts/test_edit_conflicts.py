"""No silent lost edit, with both versions: two desks (two Services on one database: two
windows on one SQLite file, or two PCs on one PostgreSQL server) edit one record; the second
save is refused with the user's values and the values saved meanwhile, who saved them and
when, and nothing of it is written. Saving again on the newer version goes through."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from libdesk.models.distribution.rules import BatchInput
from libdesk.models.donations.rules import DonationInput, DonorInput, LineInput
from libdesk.models.volunteers.rules import ActivityInput, VolunteerInput
from libdesk.models.errors import EditConflict
from tests.services.distribution.helpers import point_id


def test_a_stale_donor_save_carries_both_versions_and_a_merge_saves(services, other_desk):
    donor_id = services.donors.save(DonorInput(name="孙英", title="退休教师",
                                               phone="13912345678"))
    seen = services.donors.version(donor_id)  # both desks open the donor's dialog
    mine = services.donors.get(donor_id)
    theirs = other_desk.donors.get(donor_id)
    other_desk.store.session_info["actor"] = "wang"
    other_desk.donors.save(replace(theirs, title="太原五中退休教师", notes="2020年捐书"),
                           donor_id, expected_version=seen)
    with pytest.raises(EditConflict) as caught:
        services.donors.save(replace(mine, address="太原市迎泽大街1号"), donor_id,
                             expected_version=seen)
    conflict = caught.value
    assert (conflict.theirs, conflict.stored) == (seen, seen + 1)
    assert conflict.record_id == donor_id and conflict.who == "wang" and conflict.when
    assert conflict.mine["address"] == "太原市迎泽大街1号"
    assert conflict.mine["title"] == "退休教师"
    assert conflict.saved["title"] == "太原五中退休教师"
    assert conflict.saved["notes"] == "2020年捐书"
    assert conflict.saved["phone"] == "139****5678"  # masked, as the dialog shows it
    assert sorted(conflict.differing) == ["address", "notes", "title"]
    assert services.donors.get(donor_id).address == ""  # nothing of the stale save written

    # the user keeps their address and takes the other desk's title and notes
    merged = replace(mine, **{**conflict.saved, "address": conflict.mine["address"]})
    services.donors.save(merged, donor_id, expected_version=conflict.stored)
    stored = other_desk.donors.get(donor_id, unmask=True)
    assert (stored.title, stored.notes, stored.address, stored.phone) == (
        "太原五中退休教师", "2020年捐书", "太原市迎泽大街1号", "13912345678")
    assert other_desk.donors.version(donor_id) == seen + 2


def test_a_full_number_typed_as_stored_is_not_a_difference(services, other_desk):
    donor_id = services.donors.save(DonorInput(name="孙英", phone="13912345678"))
    seen = services.donors.version(donor_id)
    mine = services.donors.get(donor_id, unmask=True)
    other_desk.donors.save(replace(other_desk.donors.get(donor_id), notes="改"), donor_id)
    with pytest.raises(EditConflict) as caught:
        services.donors.save(replace(mine, title="教授"), donor_id, expected_version=seen)
    assert sorted(caught.value.differing) == ["notes", "title"]


def test_points_donations_batches_volunteers_and_activities_refuse_a_stale_save(
        services, other_desk):
    point = point_id(services)
    seen, detail = services.branches.version(point), services.branches.get(point)
    other = other_desk.branches.get(point)
    other_desk.branches.save(replace(other.point, notes="换了负责人"), other.contacts, point)
    with pytest.raises(EditConflict) as caught:
        services.branches.save(replace(detail.point, address="新地址"), detail.contacts, point,
                               expected_version=seen)
    assert caught.value.saved["notes"] == "换了负责人"
    assert caught.value.saved["contacts"] == other.contacts
    assert "contacts" not in caught.value.differing

    donor_id = services.donors.save(DonorInput(name="孙英"))
    donation_id = services.donations.save(DonationInput(donor_id, date(2020, 3, 26)),
                                          [LineInput("孙英文集")])
    seen, detail = services.donations.version(donation_id), services.donations.get(donation_id)
    other = other_desk.donations.get(donation_id)
    other_desk.donations.save(other.donation, other.lines + [LineInput("晋阳诗词")],
                              donation_id)
    with pytest.raises(EditConflict) as caught:
        services.donations.save(replace(detail.donation, notes="加急"), detail.lines,
                                donation_id, expected_version=seen)
    assert caught.value.differing == ["notes", "lines"]
    assert [line.title for line in caught.value.saved["lines"]] == ["孙英文集", "晋阳诗词"]
    assert caught.value.record == "孙英 2020-03-26"

    # evaluating lines (the donations tab) makes an open donation dialog's save stale too
    seen = services.donations.version(donation_id)
    line_ids = [line.id for line in other_desk.donations.get(donation_id).lines]
    other_desk.donations.evaluate(line_ids[:1], "collected")
    assert services.donations.version(donation_id) == seen + 1

    batch_id = services.distribution.create(BatchInput(point, "new_books"))
    seen = services.distribution.version(batch_id)
    other_desk.distribution.update(batch_id, BatchInput(point, "new_books", staff="李"),
                                   expected_version=seen)
    with pytest.raises(EditConflict) as caught:
        services.distribution.update(batch_id, BatchInput(point, "new_books", notes="易碎"),
                                     expected_version=seen)
    assert caught.value.saved["staff"] == "李" and caught.value.mine["notes"] == "易碎"

    volunteer_id = services.volunteers.save(VolunteerInput(name="刘洋", phone="13812345678"))
    seen, person = services.volunteers.version(volunteer_id), services.volunteers.get(volunteer_id)
    other_desk.volunteers.save(replace(person, student_no="2020001"), volunteer_id)
    with pytest.raises(EditConflict) as caught:
        services.volunteers.save(replace(person, notes="周末"), volunteer_id,
                                 expected_version=seen)
    assert caught.value.saved["student_no"] == "2020001"
    assert sorted(caught.value.differing) == ["notes", "student_no"]  # phone masked alike

    activity_id = services.activities.save(ActivityInput(name="读书月"))
    seen, activity = services.activities.version(activity_id), services.activities.get(activity_id)
    other_desk.activities.save(replace(activity, place="一楼大厅"), activity_id,
                               expected_version=seen)
    with pytest.raises(EditConflict) as caught:
        services.activities.save(replace(activity, organiser="阅读推广部"), activity_id,
                                 expected_version=seen)
    assert caught.value.saved["place"] == "一楼大厅"
    services.activities.save(replace(activity, organiser="阅读推广部", place="一楼大厅"),
                             activity_id, expected_version=caught.value.stored)
    assert other_desk.activities.get(activity_id).organiser == "阅读推广部"


def test_an_hour_entry_corrected_at_two_desks_and_a_review_make_a_stale_edit(
        services, other_desk):
    from libdesk.services.base import ListQuery
    from libdesk.services.volunteers.hours import NewEntry
    from tests.services.volunteers.helpers import (APPROVER, RECORDER, add_activity,
                                                  add_volunteers, as_actor)

    as_actor(services, RECORDER)
    as_actor(other_desk, RECORDER)
    volunteer = add_volunteers(services, 1)[0]
    activity = add_activity(services)
    services.hours.add(NewEntry(volunteer, activity, date(2020, 11, 14), 200))
    row = services.hours.page(ListQuery(), 0, 1)[0]  # both desks show the entry
    other_desk.hours.edit(row.id, activity, row.served_on, 250, "迟到半小时",
                          expected_version=row.version)
    with pytest.raises(EditConflict) as caught:
        services.hours.edit(row.id, activity, row.served_on, 200, "按签到表",
                            expected_version=row.version)
    assert caught.value.saved == {"activity_id": activity, "served_on": row.served_on,
                                  "hundredths": 250, "note": "迟到半小时"}
    assert sorted(caught.value.differing) == ["hundredths", "note"]
    assert other_desk.hours.page(ListQuery(), 0, 1)[0].hundredths == 250

    fresh = services.hours.page(ListQuery(), 0, 1)[0]
    as_actor(other_desk, APPROVER)
    other_desk.hours.reject([fresh.id], "重复")  # a review counts as a change too
    assert services.hours.page(ListQuery(), 0, 1)[0].version == fresh.version + 1
