"""``libdesk certificate …`` and ``libdesk donors …`` as a desk would run them."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from libdesk.cli import main
from libdesk.services import open_services
from tests.services.donations.fixtures import add_sun_ying


def run(capsys, *argv) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_issue_verify_void_and_verify_elsewhere(db_path, tmp_path, capsys):
    services = open_services(str(db_path))
    _, donation_id = add_sun_ying(services)
    services.close()
    db = str(db_path)
    code, out = run(capsys, "certificate", "issue", str(donation_id), "--kind", "collection",
                    "-o", str(tmp_path / "sc.pdf"), "--date", "2020-10-14", "--database", db)
    assert code == 0 and out.strip() == "TYTS-SC-2020-0001"
    assert (tmp_path / "sc.pdf").stat().st_size > 10_000
    services = open_services(db)
    payload = services.certificates.by_number("TYTS-SC-2020-0001").payload
    services.close()
    code, out = run(capsys, "certificate", "verify", payload, "--database", db)
    assert code == 0 and out.startswith("真实有效") and "孙英" in out
    forged = payload[:-1] + ("B" if payload[-1] == "A" else "A")
    code, out = run(capsys, "certificate", "verify", forged, "--database", db)
    assert code == 1 and out.startswith("无法验证")

    other = str(tmp_path / "other.sqlite")
    assert run(capsys, "certificate", "export-key", str(tmp_path / "k.txt"), "--database",
               db)[0] == 0
    assert run(capsys, "certificate", "verify", payload, "--database", other)[0] == 1
    assert run(capsys, "certificate", "import-key", str(tmp_path / "k.txt"), "--database",
               other)[0] == 0
    code, out = run(capsys, "certificate", "verify", payload, "--database", other)
    assert code == 0 and "118 种 324 册" in out

    assert run(capsys, "certificate", "void", "TYTS-SC-2020-0001", "--reason", "重开",
               "--database", db)[0] == 0
    code, out = run(capsys, "certificate", "verify", payload, "--database", db)
    assert code == 2 and out.startswith("已作废")


def test_donors_template_import_export_and_top(db_path, tmp_path, capsys):
    db = str(db_path)
    assert run(capsys, "donors", "template", str(tmp_path / "t.xlsx"), "--database", db)[0] == 0
    code, out = run(capsys, "donors", "import", str(tmp_path / "t.xlsx"), "--database", db)
    assert code == 0 and "donors added 1" in out
    code, out = run(capsys, "donors", "top", "--year", "2020", "--database", db)
    assert code == 0 and out.splitlines()[1] == "1\t孙英\t2"
    code, _ = run(capsys, "donors", "export", str(tmp_path / "e.xlsx"), "--database", db)
    assert code == 0 and (tmp_path / "e.xlsx").exists()


def _without_dbus(tmp_path) -> dict[str, str]:
    """A plain environment with no D-Bus (no session bus address, no keyring forced off):
    the OS keyring is probed as on a desk without one."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("DBUS_") and k != "LIBDESK_KEY_STORE"}
    env.update(HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_RUNTIME_DIR=str(tmp_path / "run"),
               QT_QPA_PLATFORM="offscreen")
    return env


def _issued(db_path, tmp_path) -> tuple[str, str]:
    services = open_services(str(db_path))
    try:
        _, donation_id = add_sun_ying(services)
        info = services.certificates.issue(donation_id, "collection")
        services.certificates.render([info.id], tmp_path / "sc.pdf")
        return services.certificates.by_number(info.number).payload, str(tmp_path / "sc.pdf")
    finally:
        services.close()


def _quiet(stderr: str) -> bool:
    lowered = stderr.lower()
    return "connection error" not in lowered and "system_bus_socket" not in lowered \
        and "dbus" not in lowered


def test_verify_on_a_desk_without_dbus_prints_the_verdict_and_nothing_on_stderr(
        db_path, tmp_path):
    payload, _ = _issued(db_path, tmp_path)
    done = subprocess.run([sys.executable, "-m", "libdesk", "certificate", "verify", payload,
                           "--database", str(db_path)], capture_output=True, text=True,
                          env=_without_dbus(tmp_path), timeout=120)
    assert done.returncode == 0 and done.stdout.startswith("真实有效"), done
    assert done.stderr == ""


@pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
                    reason="needs poppler-utils and zbar-tools")
def test_a_scanned_certificate_piped_from_zbarimg_is_verified_quietly(db_path, tmp_path):
    """The code read off the printed certificate's picture (zbarimg --nodbus: zbar otherwise
    announces each code on the system D-Bus, and prints "Connection Error …
    system_bus_socket" where there is none) and verified from standard input."""
    payload, pdf = _issued(db_path, tmp_path)
    env = _without_dbus(tmp_path)
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", pdf,
                    str(tmp_path / "page")], check=True, timeout=120)
    page = next(tmp_path.glob("page*.png"))
    scanned = subprocess.run(["zbarimg", "--nodbus", "-q", "--raw", str(page)],
                             capture_output=True, text=True, env=env, timeout=120)
    assert scanned.stdout.strip() == payload and _quiet(scanned.stderr), scanned.stderr
    done = subprocess.run([sys.executable, "-m", "libdesk", "certificate", "verify", "-",
                           "--database", str(db_path)], input=scanned.stdout,
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0 and done.stdout.startswith("真实有效"), done
    assert done.stderr == ""


def test_verify_from_standard_input_gives_each_code_its_verdict(db_path, tmp_path, capsys,
                                                              monkeypatch):
    import io

    payload, _ = _issued(db_path, tmp_path)
    forged = payload[:-1] + ("B" if payload[-1] == "A" else "A")
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{payload}\n\n{forged}\n"))
    code = main(["certificate", "verify", "-", "--database", str(db_path)])
    out = capsys.readouterr().out
    assert code == 1                                  # one of them is not genuine
    assert out.startswith("真实有效") and "\n无法验证" in out
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["certificate", "verify", "-", "--database", str(db_path)]) == 1
