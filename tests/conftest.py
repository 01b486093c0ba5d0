"""Shared fixtures: a fresh migrated and seeded database per test, copied from one template
made once per session (migrating for every test would be slow), and offscreen Qt."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep the tests away from the user's settings and data: QSettings and platformdirs follow XDG.
_HOME = tempfile.mkdtemp(prefix="libdesk-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")
os.environ.pop("LIBDESK_DATABASE", None)
os.environ["LIBDESK_KEY_STORE"] = "file"  # signing keys in the temp config, never the OS keyring


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    from libdesk.services import open_services

    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    services = open_services(str(path))
    services.signing.export_public_key()  # make the desk's key once, not in every test
    services.close()
    return path


@pytest.fixture
def db_path(template_db, tmp_path) -> Path:
    path = tmp_path / "libdesk.sqlite"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
def services(db_path):
    from libdesk.services import open_services

    services = open_services(str(db_path))
    yield services
    services.close()
