"""What a desk hears when its engine cannot even be made."""
from __future__ import annotations

import subprocess
import sys

import pytest

from libdesk.store.engine import make_engine
from libdesk.store.postgres_errors import ServerUnreachable

URL = "postgresql+psycopg://desk@127.0.0.1:1/libdesk"


def test_a_missing_postgresql_driver_is_explained(monkeypatch):
    for name in [m for m in sys.modules if m == "psycopg" or m.startswith("psycopg.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg -> ImportError
    with pytest.raises(ServerUnreachable) as caught:
        make_engine(URL)
    assert "psycopg" in caught.value.english()


def test_the_command_line_says_so_without_a_traceback(tmp_path):
    script = ("import sys; sys.modules['psycopg'] = None; "
              "from libdesk.cli import main; sys.exit(main())")
    done = subprocess.run([sys.executable, "-c", script, "--database", URL, "branches", "list"],
                          capture_output=True, text=True, timeout=120,
                          env={"LANG": "C", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert "Traceback" not in done.stderr
    assert "psycopg" in done.stderr + done.stdout
    assert done.returncode == 2
