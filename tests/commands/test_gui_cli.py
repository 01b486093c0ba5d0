"""``libdesk screenshot`` shows the data, so it signs in like every other command."""
from __future__ import annotations

from libdesk.cli import main
from libdesk.models.roles import Role


def test_screenshot_needs_a_sign_in_once_accounts_exist(services, db_path, tmp_path,
                                                        monkeypatch, capsys):
    """Issue 12 item 9: it rendered the donations tab with no sign-in."""
    services.staff.create("admin", "admin-pass", Role.ADMIN)
    services.close()
    shot = tmp_path / "shot.png"
    database = ["--database", str(db_path)]
    assert main(["screenshot", "-o", str(shot), "--tab", "donations", *database]) != 0
    assert "--user" in capsys.readouterr().err
    assert not shot.exists()
    monkeypatch.setenv("LIBDESK_PASSWORD", "wrong-pass")
    assert main(["screenshot", "-o", str(shot), "--user", "admin", *database]) != 0
    assert not shot.exists()
    monkeypatch.setenv("LIBDESK_PASSWORD", "admin-pass")
    assert main(["screenshot", "-o", str(shot), "--tab", "donations", "--size", "640x400",
                 "--user", "admin", *database]) == 0
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
