"""No silent lost edit: records carry a version; a save over a version changed meanwhile
(another desk, another window) raises EditConflict naming who saved and writes nothing.
Two desks editing one donor, interleaved: every stale save refused, every accepted save kept."""
from __future__ import annotations

from dataclasses import replace

import pytest

from libdesk.models.donations.rules import DonorInput
from libdesk.models.errors import EditConflict
from tests.services.test_concurrency import _run_desks

EDITS = 500  # per desk: 1,000 saves of one donor in all


def test_a_stale_save_is_refused_and_names_who_saved_meanwhile(services):
    donor_id = services.donors.save(DonorInput(name="赵晋明"))
    opened = services.donors.version(donor_id)
    services.store.session_info["actor"] = "li"
    services.donors.save(DonorInput(name="赵晋明", notes="另一台电脑"), donor_id,
                         expected_version=opened)
    with pytest.raises(EditConflict, match="changed by li at"):
        services.donors.save(DonorInput(name="赵晋明", notes="这一台"), donor_id,
                             expected_version=opened)
    assert services.donors.get(donor_id).notes == "另一台电脑"
    assert services.donors.version(donor_id) == opened + 1
    services.donors.save(DonorInput(name="赵晋明", notes="重新打开后"), donor_id,
                         expected_version=opened + 1)
    assert services.donors.get(donor_id).notes == "重新打开后"


def test_volunteers_refuse_stale_saves_too(services):
    from libdesk.models.volunteers.rules import VolunteerInput

    assert services.branches.version(1) == 1  # every point starts at version 1
    volunteer_id = services.volunteers.save(VolunteerInput(name="王小明"))
    seen = services.volunteers.version(volunteer_id)
    services.volunteers.save(VolunteerInput(name="王小明", notes="一"), volunteer_id,
                             expected_version=seen)
    with pytest.raises(EditConflict):
        services.volunteers.save(VolunteerInput(name="王小明", notes="二"), volunteer_id,
                                 expected_version=seen)


def _edit_many(services, barrier, donor_id: int, desk: str) -> list[tuple[int, bool]]:
    services.store.session_info["actor"] = desk
    barrier.wait()
    outcomes = []
    for n in range(EDITS):
        seen = services.donors.version(donor_id)
        donor = services.donors.get(donor_id, unmask=True)
        try:
            services.donors.save(replace(donor, notes=f"{desk}-{n}"), donor_id,
                                 expected_version=seen)
            outcomes.append((seen, True))
        except EditConflict:
            outcomes.append((seen, False))
    return outcomes


@pytest.mark.postgresql_only  # on SQLite one desk owns the file: a second desk is refused
def test_two_desks_editing_one_donor_lose_no_edit(db_path):
    from libdesk.services import open_services

    services = open_services(str(db_path))
    donor_id = services.donors.save(DonorInput(name="孙英"))
    first = services.donors.version(donor_id)
    services.close()
    desks = _run_desks(str(db_path), _edit_many, [(donor_id, "甲"), (donor_id, "乙")])
    saved = sorted(seen for desk in desks for seen, ok in desk if ok)
    services = open_services(str(db_path))
    try:
        last = services.donors.version(donor_id)
        # every accepted save started from a different version: none overwrote another
        assert saved == list(range(first, last))
        assert sum(len(d) for d in desks) == 2 * EDITS
        refused = [seen for desk in desks for seen, ok in desk if not ok]
        assert all(seen < last for seen in refused)
        notes = services.donors.get(donor_id).notes
        assert notes.split("-")[0] in ("甲", "乙")
    finally:
        services.close()
