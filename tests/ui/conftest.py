"""GUI tests read table rows synchronously (as a fake thread pool would), so a test sees the
rows as soon as it has clicked; tests/ui/common/test_paged_model.py checks the threaded reads."""
from __future__ import annotations

import pytest

from libdesk.ui.common import row_loader


@pytest.fixture(autouse=True)
def synchronous_rows():
    row_loader.set_default_loader(row_loader.SyncLoader())
    yield
    row_loader.set_default_loader(None)
