"""``libdesk catalogue import`` then ``lookup``."""
from __future__ import annotations

from libdesk.cli import main
from tests.services.catalogue.generate import cnmarc, isbn


def test_import_then_lookup(db_path, tmp_path, capsys):
    path = tmp_path / "c.iso"
    path.write_bytes(b"".join(cnmarc(n) for n in range(50)))
    db = str(db_path)
    assert main(["catalogue", "import", str(path), "--database", db]) == 0
    assert "added 50" in capsys.readouterr().out
    assert main(["catalogue", "lookup", isbn(7), "--database", db]) == 0
    assert "测试书目7" in capsys.readouterr().out
    assert main(["catalogue", "lookup", isbn(99), "--database", db]) == 2
