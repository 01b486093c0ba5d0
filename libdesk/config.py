"""Paths and the one typed registry of settings.

Nothing here imports Qt or the store: every layer may read it.

* ``data_dir(name)`` finds ``forms/`` and ``resources/`` the same way in a source checkout or
  editable install (beside the package), a wheel (``libdesk/_data``) and a PyInstaller bundle
  (``sys._MEIPASS``).
* ``default_database_url()`` is the SQLite file in the user data directory unless
  ``LIBDESK_DATABASE`` says otherwise; ``--database`` on the command line wins over both.
* ``SETTINGS`` lists every setting kept in the database with its type and default; the
  settings service reads and writes them by key.
* ``LAYOUT`` lists every per-desk key kept in QSettings (window, splitters, columns, last
  folders, dialog geometry); ``libdesk.ui.common.desk_state`` reads and writes only these.
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
    minimum: int | None = None   # ints: the smallest value accepted
    kind: str = ""               # "png": a path to a PNG file; "folder": a directory


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in [
        Setting("library.name", str, "太原市图书馆", "Library name printed on documents"),
        Setting("library.short_code", str, "TYTS", "Prefix of certificate and batch numbers"),
        Setting("desk.name", str, "馆外流通服务台", "Name of this service desk"),
        Setting("certificate.date_style", str, "chinese",
                "'chinese' prints 二〇二〇年十月十四日, 'numeric' prints 2020年10月14日"),
        Setting("certificate.signer", str, "", "Signer printed under certificates"),
        Setting("certificate.signer_title", str, "",
                "Signer's title printed before the signer (e.g. 馆长)"),
        Setting("certificate.seal_image", str, "", "Path of a PNG seal printed on certificates",
                kind="png"),
        Setting("distribution.overdue_days", int, 14,
                "Shipped batches not received after this many days are highlighted", minimum=0),
        Setting("backup.dir", str, "", "Backup folder; empty means 'backups' beside the data",
                kind="folder"),
        Setting("backup.keep_daily", int, 12, "Daily backups kept", minimum=0),
        Setting("backup.keep_weekly", int, 10, "Weekly backups kept", minimum=0),
        Setting("backup.keep_monthly", int, 9, "Monthly backups kept", minimum=0),
        Setting("backup.interval_minutes", int, 30,
                "Automatic backup interval while changes happen", minimum=1),
        Setting("security.idle_lock_minutes", int, 15,
                "Lock the window after this idle time (0: never)", minimum=0),
        Setting("volunteer.person_in_charge", str, "",
                "Person in charge (负责人) printed on volunteer service certificates"),
        Setting("volunteer.handler", str, "",
                "Handler (经办人) printed on volunteer service certificates"),
        Setting("volunteer.contact", str, "",
                "Contact telephone printed on volunteer service certificates"),
    ]
}


@dataclass(frozen=True)
class LayoutKey:
    """A per-desk value kept in QSettings (this PC only): window and dialog geometry,
    splitters, table columns, last folders, small remembered entries."""

    key: str
    doc: str


def _dialog(name: str) -> LayoutKey:
    return LayoutKey(f"dialogs/{name}/geometry", f"Size and place of the {name}")


def _table(name: str) -> LayoutKey:
    return LayoutKey(f"tables/{name}/header", f"Column widths and order of the {name} table")


LAYOUT: dict[str, LayoutKey] = {
    k.key: k
    for k in [
        LayoutKey("ui/language", "Language of the window (zh_CN or en)"),
        LayoutKey("main/geometry", "Size and place of the main window"),
        LayoutKey("main/state", "Toolbars and docks of the main window"),
        LayoutKey("main/tab", "The tab shown last"),
        *(_dialog(name) for name in (
            "VerifyDialog", "DonorDialog", "DonationDialog", "PreviewDialog", "BranchDialog",
            "HistoryDialog", "VolunteerDialog", "BulkEntryDialog", "OptionsDialog",
            "PointHistoryDialog", "ReceiveDialog", "BatchEditDialog", "CategoriesDialog",
            "CertificateBatchDialog", "ActivityDialog", "NamesDialog", "StaffDialog",
            "AccountDialog", "TopDonorsDialog", "DonationPicker", "LoginDialog")),
        LayoutKey("dialogs/*/geometry", "Size and place of any other dialog (ui.common.dialogs."
                  "Dialog keeps one per dialog class)"),
        *(LayoutKey(f"files/{purpose}/dir", f"Folder last used for {purpose} files")
          for purpose in ("audit", "distribution", "donations", "donors", "keys", "outreach",
                          "restore", "roster", "statistics", "volunteers")),
        *(_table(name) for name in (
            "audit", "donations", "donors", "branches", "distribution", "volunteers",
            "volunteer_hours", "volunteer_certificates", "volunteer_activities")),
        LayoutKey("files/*/dir", "Folder last used for a kind of file (ui.common.files asks "
                  "by purpose)"),
        LayoutKey("tables/*/header", "Column widths and order of any other table "
                  "(ui.common.data_table keeps one per table)"),
        LayoutKey("tabs/donations/splitter", "Split between donations list and details"),
        LayoutKey("tabs/branches/splitter", "Split between branch list and details"),
        LayoutKey("tabs/distribution/splitter", "Split between batch list and batch panel"),
        LayoutKey("tabs/volunteers/page", "The volunteers page shown last"),
        LayoutKey("tabs/statistics/export_dir", "Folder of the last statistics export"),
        LayoutKey("tabs/audit/export_dir", "Folder of the last audit export"),
        LayoutKey("tabs/branches/export_dir", "Folder of the last branch roster export"),
        LayoutKey("tabs/donations/dir", "Folder of the last donation import or export"),
        LayoutKey("tabs/volunteers/dir", "Folder of the last volunteers import or export"),
        LayoutKey("keys/dir", "Folder of the last public key exported or imported"),
        LayoutKey("distribution/last_dir", "Folder of the last distribution document"),
        LayoutKey("distribution/receive/signed_by", "Who signed the last receipt"),
        LayoutKey("dialogs/PreviewDialog/dir", "Folder a previewed document was saved to"),
        LayoutKey("dialogs/OptionsDialog/page", "The options page shown last"),
        LayoutKey("catalogue/last_dir", "Folder of the last catalogue import"),
    ]
}
"""Every per-desk key LibDesk keeps in QSettings; ``ui.common.desk_state`` refuses others."""
