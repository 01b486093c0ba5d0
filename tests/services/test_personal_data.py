"""Personal data: no default export carries a full phone or ID number; unmasking needs the
permission and is audited; donors with CJK, emoji, leading zeros and IDs ending in X survive
export → import unchanged (both unmasked and masked files)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from openpyxl import load_workbook

from libdesk.models.branches.rules import ContactInput
from libdesk.models.donations.rules import DonorInput
from libdesk.models.errors import PermissionDenied
from libdesk.models.roles import Role
from libdesk.services import open_services
from libdesk.services.base import Actor, ListQuery
from tests.services.donations.fixtures import add_sun_ying
from tests.services.volunteers.helpers import add_activity, add_volunteers

SECRETS = ["13912345678", "142701193001011234", "13812345678", "14010519990101123X",
           "13700001111"]


def every_cell(path: Path) -> str:
    workbook = load_workbook(path, read_only=True)
    try:
        return "\n".join(str(value) for sheet in workbook for row in sheet.iter_rows(
            values_only=True) for value in row if value is not None)
    finally:
        workbook.close()


def default_exports(services, folder: Path) -> list[Path]:
    """Every export LibDesk offers, as a default click or command makes it."""
    made = [services.branches.export_roster(folder / "roster.xlsx"),
            services.donor_files.export(folder / "donors.xlsx"),
            services.volunteers.export_xlsx(folder / "volunteers.xlsx"),
            services.hours.export_xlsx(folder / "hours.xlsx"),
            services.batch_documents.export(folder / "batches.xlsx")
            if hasattr(services.distribution, "export") else None,
            services.audit.export(folder / "audit.xlsx")]
    return [path for path in made if path is not None]


def test_no_default_export_shows_a_full_phone_or_id_number(services, tmp_path):
    add_sun_ying(services)
    detail = services.branches.get(1)
    services.branches.save(detail.point, [ContactInput(name="赵馆长", phone="13700001111",
                                                       is_primary=True)], 1)
    add_volunteers(services, 2)
    add_activity(services)
    exports = default_exports(services, tmp_path)
    assert len(exports) >= 5
    for path in exports:
        text = every_cell(path)
        leaked = [secret for secret in SECRETS if secret in text]
        assert leaked == [], f"{path.name} shows {leaked}"
    assert "139****5678" in every_cell(tmp_path / "donors.xlsx")


def test_unmasking_needs_the_permission_and_is_audited(services, tmp_path):
    add_sun_ying(services)
    before = services.audit.count(ListQuery(filters={"action": "unmask"}))
    services.donor_files.export(tmp_path / "full.xlsx", unmask=True)
    assert "13912345678" in every_cell(tmp_path / "full.xlsx")
    logged = services.audit.page(ListQuery(filters={"action": "unmask"}), 0, 1)
    assert services.audit.count(ListQuery(filters={"action": "unmask"})) == before + 1
    assert logged[0].new_values == {"operation": "donors.export"}
    services.ctx.set_actor(Actor("desk", Role.FRONT_DESK))
    with pytest.raises(PermissionDenied, match="may not do this"):
        services.donor_files.export(tmp_path / "denied.xlsx", unmask=True)
    assert not (tmp_path / "denied.xlsx").exists()


CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
EMOJI = st.sampled_from(["😀", "📚", "🌸", "👍🏽", "🇨🇳"])
LATIN = st.sampled_from(list("AbcXyz09·-"))
NAME = st.lists(st.one_of(CJK, CJK, EMOJI, LATIN), min_size=1, max_size=12).map("".join) \
    .filter(lambda s: s.strip() == s and s.strip())
LANDLINE = st.builds(lambda area, number: f"0{area}-{number:07d}",
                     st.sampled_from(["351", "354", "10"]), st.integers(0, 9_999_999))
MOBILE = st.integers(0, 99_999_999).map(lambda n: f"139{n:08d}")
ID_NUMBER = st.builds(lambda n, last: f"1401051990{n:07d}"[:17] + last,
                      st.integers(0, 9_999_999), st.sampled_from(["X", "0", "7"]))


@st.composite
def donors(draw) -> list[DonorInput]:
    names = draw(st.lists(NAME, min_size=1, max_size=6, unique=True))
    return [DonorInput(name=name, phone=draw(st.one_of(MOBILE, LANDLINE, st.just(""))),
                       phone2=draw(st.one_of(LANDLINE, st.just(""))),
                       id_number=draw(st.one_of(ID_NUMBER, st.just(""))),
                       address=draw(st.one_of(NAME, st.just(""))),
                       notes=draw(st.one_of(NAME, st.just("00123"))))
            for name in names]


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(people=donors())
def test_generated_donors_survive_export_and_import_unchanged(template_db, tmp_path, people):
    path = tmp_path / "hypothesis.sqlite"
    shutil.copyfile(template_db, path)
    services = open_services(str(path))
    try:
        ids = [services.donors.save(person) for person in people]
        before = {i: services.donors.get(i, unmask=True) for i in ids}
        for unmask in (True, False):
            target = tmp_path / f"donors-{unmask}.xlsx"
            services.donor_files.export(target, unmask=unmask)
            report = services.donor_files.import_file(target)
            assert report.donors_added == 0
            after = {i: services.donors.get(i, unmask=True) for i in ids}
            assert after == before
    finally:
        services.close()
