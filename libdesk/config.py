"""Paths and the one typed registry of settings.

Nothing here imports Qt or the store: every layer may read it.

* ``data_dir(name)`` finds ``forms/`` and ``resources/`` the same way in a source checkout or
  editable install (beside the package), a wheel (``libdesk/_data``) and a PyInstaller bundle
  (``sys._MEIPASS``).
* ``default_database_url()`` is the SQLite file in the user data directory unless
  ``LIBDESK_DATABASE`` says otherwise; ``--database`` on the command line wins over both.
* ``SETTINGS`` lists every setting kept in the database with its type and default; the
  settings service reads and writes them by key.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir

from libdesk import APP_NAME, ORG_NAME

ENV_DATABASE = "LIBDESK_DATABASE"
_PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The folder ``forms`` or ``resources``, wherever this copy of LibDesk keeps it."""
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / name)
    candidates += [_PACKAGE_DIR.parent / name, _PACKAGE_DIR / "_data" / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"LibDesk's {name}/ folder is missing (looked in {candidates})")


def resource_path(*parts: str) -> Path:
    return data_dir("resources").joinpath(*parts)


def form_path(*parts: str) -> Path:
    return data_dir("forms").joinpath(*parts)


def user_dir() -> Path:
    path = Path(user_data_dir(APP_NAME, ORG_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


def fault_log_path() -> Path:
    """The rotating log of program faults, in the user data folder."""
    return user_dir() / "logs" / "libdesk.log"


def default_database_url() -> str:
    env = os.environ.get(ENV_DATABASE, "").strip()
    if env:
        return database_url(env)
    return database_url(str(user_dir() / "libdesk.sqlite"))


def database_url(path_or_url: str) -> str:
    """Accept a file path or an SQLAlchemy URL and return a URL."""
    if "://" in path_or_url:
        return path_or_url
    path = str(Path(path_or_url).expanduser().resolve())
    # SQLAlchemy reads "?" as the start of options and decodes %XX in the file name
    return "sqlite:///" + path.replace("%", "%25").replace("?", "%3F").replace("#", "%23")


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    doc: str


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in [
        Setting("library.name", str, "太原市图书馆", "Library name printed on documents"),
        Setting("library.short_code", str, "TYTS", "Prefix of certificate and batch numbers"),
        Setting("certificate.date_style", str, "chinese",
                "'chinese' prints 二〇二〇年十月十四日, 'numeric' prints 2020年10月14日"),
        Setting("certificate.signer", str, "太原市图书馆", "Signer printed under certificates"),
        Setting("certificate.seal_image", str, "", "Path of a PNG seal printed on certificates"),
        Setting("distribution.overdue_days", int, 14,
                "Shipped batches not received after this many days are highlighted"),
        Setting("backup.dir", str, "", "Backup folder; empty means 'backups' beside the data"),
        Setting("backup.keep_daily", int, 12, "Daily backups kept"),
        Setting("backup.keep_weekly", int, 10, "Weekly backups kept"),
        Setting("backup.keep_monthly", int, 9, "Monthly backups kept"),
        Setting("backup.interval_minutes", int, 30, "Automatic backup interval while changes happen"),
        Setting("security.idle_lock_minutes", int, 15, "Lock the window after this idle time"),
        Setting("volunteer.person_in_charge", str, "",
                "Person in charge (负责人) printed on volunteer service certificates"),
        Setting("volunteer.handler", str, "",
                "Handler (经办人) printed on volunteer service certificates"),
        Setting("volunteer.contact", str, "",
                "Contact telephone printed on volunteer service certificates"),
    ]
}
