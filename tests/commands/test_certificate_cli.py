"""``libdesk certificate …`` and ``libdesk donors …`` as a desk would run them."""
from __future__ import annotations

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
