"""The branches tab's list is read without the table models: a fresh process that opens the
database, reads the first page and builds the tab's module imports neither SQLModel nor
pydantic (the start-up reads the first tab's rows before them; benchmarks/start_profile.py).
The pages are those the full service gives."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from libdesk.services.base import ListQuery

SCRIPT = """
import json, sys
from libdesk.services import open_services
from libdesk.services.base import ListQuery
services = open_services(sys.argv[1])
rows = services.branch_list.page(ListQuery(sort="name"), 0, 5)
count = services.branch_list.count(ListQuery())
import libdesk.ui.branches.tab
heavy = sorted(m for m in ("sqlmodel", "pydantic", "libdesk.models.branches.tables",
                           "libdesk.models.audit_log") if m in sys.modules)
services.close()
print(json.dumps({"names": [r.name for r in rows], "count": count, "heavy": heavy}))
"""


def test_the_first_page_is_read_without_importing_the_table_models(db_path):
    from libdesk.services import open_services

    services = open_services(str(db_path))  # made and seeded here, then closed
    try:
        expected = [r.name for r in services.branches.page(ListQuery(sort="name"), 0, 5)]
        total = services.branches.count(ListQuery())
    finally:
        services.close()
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(db_path)], capture_output=True,
                          text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["heavy"] == []
    assert result["names"] == expected and result["count"] == total == 37
