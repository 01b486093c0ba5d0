"""Staff accounts and roles: single-user mode until the first administrator account, then a
login on every start; roles enforced by the services, so the CLI obeys them too."""
from __future__ import annotations

from datetime import date

import pytest

from libdesk.cli import main
from libdesk.models.errors import Conflict, PermissionDenied, ValidationFailed
from libdesk.models.roles import Perm, Role
from libdesk.services import open_services
from libdesk.services.base import LOCAL_ADMIN
from libdesk.services.staff import SIGNED_OUT
from tests.services.donations.fixtures import add_sun_ying


def reopen(services, db_path):
    services.close()
    return open_services(str(db_path))


def test_a_fresh_database_is_single_user_without_login(services):
    assert not services.staff.has_accounts()
    assert services.actor == LOCAL_ADMIN
    assert services.staff.check_password("anything")


def test_the_first_account_must_be_an_administrator(services):
    with pytest.raises(Conflict, match="first account must be an administrator"):
        services.staff.create("desk", "password1", Role.FRONT_DESK)
    with pytest.raises(ValidationFailed):
        services.staff.create("admin", "short", Role.ADMIN)
    with pytest.raises(ValidationFailed):
        services.staff.create("has space", "password1", Role.ADMIN)
    assert not services.staff.has_accounts()


def test_once_an_account_exists_every_start_needs_a_login(services, db_path):
    services.staff.create("admin", "admin-pass", Role.ADMIN, "馆长")
    services = reopen(services, db_path)
    try:
        assert services.actor == SIGNED_OUT
        assert not services.branches.can(Perm.BRANCHES_EDIT)
        with pytest.raises(PermissionDenied, match="Wrong username or password"):
            services.staff.login("admin", "wrong-pass")
        with pytest.raises(PermissionDenied, match="Wrong username or password"):
            services.staff.login("nobody", "admin-pass")
        actor = services.staff.login("admin", "admin-pass")
        assert (actor.username, actor.role, services.actor) == ("admin", Role.ADMIN, actor)
        assert services.staff.check_password("admin-pass")
        assert not services.staff.check_password("admin-pas")
        assert services.staff.list()[0].last_login_at is not None
    finally:
        services.close()


def test_opening_a_database_with_accounts_signs_in_nobody_and_makes_no_service(
        services, db_path):
    services.staff.create("admin", "admin-pass", Role.ADMIN, "馆长")
    services = reopen(services, db_path)
    try:
        assert services.actor == SIGNED_OUT and services.has_accounts()
        assert [name for name in vars(services) if not name.startswith("_")] == ["ctx"]
    finally:
        services.close()


def test_roles_are_enforced_by_the_services(services, db_path):
    _, donation_id = add_sun_ying(services)
    certificate = services.certificates.issue(donation_id, "collection", date(2020, 10, 14))
    services.staff.create("admin", "admin-pass", Role.ADMIN)
    services.staff.login("admin", "admin-pass")
    services.staff.create("desk", "desk-pass1", Role.FRONT_DESK)
    services = reopen(services, db_path)
    try:
        services.staff.login("desk", "desk-pass1")
        with pytest.raises(PermissionDenied, match="may not do this"):
            services.certificates.void(certificate.id, "测试")
        with pytest.raises(PermissionDenied):
            services.staff.list()
        with pytest.raises(PermissionDenied):
            services.maintenance.restore(db_path)
        with pytest.raises(PermissionDenied):
            services.branches.export_roster(db_path.parent / "r.xlsx")
        assert services.certificates.by_number(certificate.number).status == "valid"
        services.staff.logout()
        services.staff.login("admin", "admin-pass")
        assert services.certificates.void(certificate.id, "测试").status == "void"
    finally:
        services.close()


def test_front_desk_cannot_void_a_certificate_through_the_cli(services, db_path, monkeypatch,
                                                              capsys):
    _, donation_id = add_sun_ying(services)
    issued = services.certificates.issue(donation_id, "collection", date(2020, 10, 14))
    number = issued.number
    services.staff.create("admin", "admin-pass", Role.ADMIN)
    services.staff.login("admin", "admin-pass")
    services.staff.create("desk", "desk-pass1", Role.FRONT_DESK)
    services.close()
    database = ["--database", str(db_path)]
    assert main(["certificate", "void", number, "--reason", "x", *database]) != 0
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("LIBDESK_PASSWORD", "desk-pass1")
    assert main(["certificate", "void", number, "--reason", "x", "--user", "desk",
                 *database]) != 0
    assert "may not do this" in capsys.readouterr().err
    assert main(["certificate", "verify", "--user", "desk", *database,
                 issued.payload]) == 0
    monkeypatch.setenv("LIBDESK_PASSWORD", "admin-pass")
    assert main(["certificate", "void", number, "--reason", "x", "--user", "admin",
                 *database]) == 0


def test_the_last_administrator_cannot_be_disabled_or_demoted(services):
    admin = services.staff.create("admin", "admin-pass", Role.ADMIN)
    services.staff.login("admin", "admin-pass")
    with pytest.raises(Conflict, match="last active administrator"):
        services.staff.update(admin, active=False)
    with pytest.raises(Conflict, match="last active administrator"):
        services.staff.update(admin, role=Role.READ_ONLY)
    second = services.staff.create("admin2", "admin-pass", Role.ADMIN)
    services.staff.update(admin, role=Role.OUTREACH)
    assert {r.username: r.role for r in services.staff.list()} == {
        "admin": Role.OUTREACH, "admin2": Role.ADMIN}
    with pytest.raises(Conflict):
        services.staff.update(second, active=False)


def test_disabled_accounts_cannot_sign_in_and_passwords_change(services, db_path):
    services.staff.create("admin", "admin-pass", Role.ADMIN)
    services.staff.login("admin", "admin-pass")
    helper = services.staff.create("helper", "helper-pass", Role.COORDINATOR)
    services.staff.update(helper, active=False)
    services = reopen(services, db_path)
    try:
        with pytest.raises(PermissionDenied, match="disabled"):
            services.staff.login("helper", "helper-pass")
        services.staff.login("admin", "admin-pass")
        services.staff.update(helper, active=True)
        services.staff.reset_password(helper, "new-helper-pass")
        services.staff.logout()
        services.staff.login("helper", "new-helper-pass")
        with pytest.raises(PermissionDenied, match="current password is wrong"):
            services.staff.change_password("nope", "another-pass")
        services.staff.change_password("new-helper-pass", "another-pass")
        assert services.staff.check_password("another-pass")
    finally:
        services.close()


def test_cli_staff_commands(db_path, monkeypatch, capsys):
    database = ["--database", str(db_path)]
    monkeypatch.setenv("LIBDESK_NEW_PASSWORD", "admin-pass")
    assert main(["staff", "add", "admin", "--role", "admin", "--name", "馆长", *database]) == 0
    monkeypatch.setenv("LIBDESK_PASSWORD", "admin-pass")
    monkeypatch.setenv("LIBDESK_NEW_PASSWORD", "desk-pass1")
    assert main(["staff", "add", "desk", "--role", "front_desk", "--user", "admin",
                 *database]) == 0
    assert main(["staff", "set", "desk", "--disable", "--user", "admin", *database]) == 0
    capsys.readouterr()
    assert main(["staff", "list", "--user", "admin", *database]) == 0
    out = capsys.readouterr().out
    assert "admin\t馆长\tadmin\tactive" in out and "desk\t\tfront_desk\tdisabled" in out
    monkeypatch.setenv("LIBDESK_PASSWORD", "wrong")
    assert main(["staff", "list", "--user", "admin", *database]) != 0
    assert "Wrong username or password" in capsys.readouterr().err


def test_creating_the_first_account_ends_the_local_administrator_session(services, tmp_path):
    """Issue 12: single-user mode used to run on until LibDesk restarted."""
    assert services.actor == LOCAL_ADMIN
    services.staff.create("admin", "admin-pass", Role.ADMIN)
    assert services.actor == SIGNED_OUT
    with pytest.raises(PermissionDenied):
        services.staff.create("second", "second-pass", Role.ADMIN)
    with pytest.raises(PermissionDenied):
        services.branches.export_roster(tmp_path / "r.xlsx")
    services.staff.login("admin", "admin-pass")
    services.staff.create("second", "second-pass", Role.ADMIN)
    assert services.actor.username == "admin"  # a signed-in administrator stays signed in
