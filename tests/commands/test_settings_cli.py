"""``libdesk settings …``: what staff set is what the certificates print."""
from __future__ import annotations

import pytest

import subprocess

from libdesk.cli import main
from libdesk.services import open_services
from tests.services.donations.fixtures import add_sun_ying


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_set_signer_then_issue_prints_the_new_signer(db_path, tmp_path, capsys):
    services = open_services(str(db_path))
    _, donation_id = add_sun_ying(services)
    services.close()
    db = str(db_path)
    assert run(capsys, "settings", "set", "certificate.signer", "王建国", "--database", db)[0] == 0
    assert run(capsys, "settings", "set", "certificate.signer_title", "馆长",
               "--database", db)[0] == 0
    code, out, _ = run(capsys, "settings", "get", "certificate.signer", "--database", db)
    assert code == 0 and out.strip() == "王建国"
    pdf = tmp_path / "jz.pdf"
    assert run(capsys, "certificate", "issue", str(donation_id), "--kind", "donation",
               "-o", str(pdf), "--database", db)[0] == 0
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout.replace(" ", "")
    assert "馆长王建国" in text
    assert "本机管理员" in text.split("出具人：")[1].split("太原市图书馆")[0]
    assert "local" not in text


@pytest.mark.sqlite_only  # works on the database file itself
def test_list_and_bad_values_name_the_fix(db_path, capsys):
    db = str(db_path)
    code, out, _ = run(capsys, "settings", "list", "--database", db)
    assert code == 0 and "volunteer.handler" in out and "distribution.overdue_days" in out
    code, _, err = run(capsys, "settings", "set", "distribution.overdue_days", "soon",
                       "--database", db)
    assert code == 1 and "not a whole number" in err
    code, _, err = run(capsys, "settings", "set", "certificate.seal_image", str(db_path),
                       "--database", db)
    assert code == 1 and "not a PNG" in err
    code, out, _ = run(capsys, "settings", "get", "distribution.overdue_days", "--database", db)
    assert out.strip() == "14"
