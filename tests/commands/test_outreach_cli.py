"""``libdesk outreach``: an outing, a gift and its letter, a transfer, facts and history."""
from __future__ import annotations

from libdesk.cli import main


def test_outreach_commands(db_path, tmp_path, capsys):
    db = ["--database", str(db_path)]
    assert main(["outreach", "outing", *db, "--date", "2020-10-14", "--point", "32",
                 "--readers", "120", "--loans", "260"]) == 0
    assert main(["outreach", "outing", *db, "--date", "2020-10-14", "--point", "nowhere"]) == 1
    assert main(["outreach", "gift", *db, "--date", "2020-04-08", "--recipient", "恩施州图书馆",
                 "--kind", "library", "--volumes", "500"]) == 0
    assert "TYTS-ZS-2020-0001" in capsys.readouterr().out
    pdf = tmp_path / "letter.pdf"
    assert main(["outreach", "letter", *db, "TYTS-ZS-2020-0001", "-o", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert main(["outreach", "transfer", *db, "--date", "2020-03-09", "--from", "少儿部",
                 "--project", "太图约书", "--copies", "1043", "--title", "少儿图书"]) == 0
    assert main(["outreach", "facts", *db, "32", "--hours", "全天", "--24h", "--seats", "60"]) == 0
    assert main(["outreach", "export", *db, "outings", str(tmp_path / "o.xlsx")]) == 0
    assert main(["outreach", "import", *db, "outings", str(tmp_path / "o.xlsx")]) == 0
    capsys.readouterr()
    assert main(["outreach", "history", *db, "32"]) == 0
    assert capsys.readouterr().out.count("outing") == 2
    assert main(["statistics", *db, "--year", "2020"]) == 0
    out = capsys.readouterr().out
    assert "流动服务借阅人次\t240" in out and "调拨图书\t1043" in out
