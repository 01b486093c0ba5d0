"""Private signing keys kept OUTSIDE the database, as owner-only files, and finding database
files (old backups) that still hold one.

A key file is ``<user config folder>/LibDesk/signing-keys/<KEY ID>.key``: the raw 32-byte
Ed25519 private key in hex, created with permissions 0600 in a 0700 folder. The services
prefer the OS keyring (``libdesk.services.keys.keystore``) and use these files where no
keyring exists; the ``0012_keys_out`` migration writes them when it moves a key out of an
existing database.
"""
from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

from platformdirs import user_config_dir

from libdesk import APP_NAME, ORG_NAME

_KEY_ID = re.compile(r"^[0-9A-F]{8,16}$")
_HEX = re.compile(r"^[0-9a-f]{64}$")


def key_dir() -> Path:
    """Follows $XDG_CONFIG_HOME (and its equivalents) at every call."""
    return Path(user_config_dir(APP_NAME, ORG_NAME)) / "signing-keys"


def key_path(key_id: str, folder: Path | None = None) -> Path:
    if not _KEY_ID.match(key_id):
        raise ValueError(f"not a key id: {key_id!r}")
    return (folder or key_dir()) / f"{key_id}.key"


def save_key_file(key_id: str, private_hex: str, folder: Path | None = None) -> Path:
    """Write the key owner-only (the folder too); an identical existing file is kept."""
    if not _HEX.match(private_hex):
        raise ValueError("a private key is 64 lowercase hex digits")
    path = key_path(key_id, folder)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    if path.exists():
        if load_key_file(key_id, folder) == private_hex:
            os.chmod(path, 0o600)
            return path
        path.unlink()
    partial = path.with_name(path.name + ".part")
    if partial.exists():
        partial.unlink()
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(private_hex + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)
    return path


def load_key_file(key_id: str, folder: Path | None = None) -> str | None:
    try:
        text = key_path(key_id, folder).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    return text if _HEX.match(text) else None


def delete_key_file(key_id: str, folder: Path | None = None) -> bool:
    try:
        key_path(key_id, folder).unlink()
    except (OSError, ValueError):
        return False
    return True


def file_holds_private_key(path: Path) -> bool:
    """True if the SQLite file (a backup, say) still has a private key in ``signing_key``:
    databases before LibDesk's ``0012_keys_out`` revision kept the desk's key there."""
    try:
        connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(signing_key)")}
        if "private_key" not in columns:
            return False
        return connection.execute("SELECT count(*) FROM signing_key WHERE private_key IS NOT "
                                  "NULL AND private_key != ''").fetchone()[0] > 0
    except sqlite3.Error:
        return False
    finally:
        connection.close()
