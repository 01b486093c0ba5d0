"""Every per-desk QSettings key is registered in ``config.LAYOUT`` and read through
``ui.common.desk_state``."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from libdesk.config import LAYOUT
from libdesk.ui.common import desk_state

ROOT = Path(__file__).resolve().parents[3] / "libdesk"
_KEY = re.compile(r"desk_state\.(?:value|set_value|folder|remember_folder)\(\s*[\"']([^\"']+)")
_GEOMETRY = re.compile(r"desk_state\.(?:restore|save)_geometry\(\s*\w+,\s*[\"']([^\"']+)")


def _sources():
    return [p for p in ROOT.rglob("*.py") if p.name != "desk_state.py"]


def test_nothing_but_desk_state_opens_qsettings():
    offenders = [str(p) for p in _sources() if "QSettings()" in p.read_text(encoding="utf-8")]
    assert offenders == []


def test_every_key_in_the_code_is_registered():
    used = set()
    for path in _sources():
        text = path.read_text(encoding="utf-8")
        used |= set(_KEY.findall(text))
        used |= {f"dialogs/{name}/geometry" for name in _GEOMETRY.findall(text)}
    assert used, "the scan found no keys at all"
    assert sorted(used - set(LAYOUT)) == []


def test_an_unregistered_key_is_refused():
    with pytest.raises(KeyError):
        desk_state.set_value("somewhere/new", 1)
