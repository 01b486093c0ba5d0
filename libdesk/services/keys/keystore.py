"""Where this desk keeps its private signing keys: never in the database.

The OS keyring through ``keyring`` (Windows Credential Manager, macOS Keychain, Secret
Service) when a real backend exists; otherwise an owner-only key file in the user config
folder (``libdesk.store.keyfile``). ``LIBDESK_KEY_STORE=file`` forces the key files (a
desk whose keyring asks for a password at every start, say). Keys are found by key id.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

from libdesk.store.keyfile import delete_key_file, key_dir, load_key_file, save_key_file

log = logging.getLogger(__name__)
SERVICE = "LibDesk signing key"
ENV_STORE = "LIBDESK_KEY_STORE"


def _keyring():
    """The keyring module if a real backend is there, else None."""
    if os.environ.get(ENV_STORE, "").lower() == "file":
        return None
    try:
        import keyring
        from keyring.backends import chainer, fail
    except Exception:  # noqa: BLE001 - no keyring package or a broken backend: use files
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None
    return keyring


class KeyStore:
    """``folder``: key files there instead of the user config folder, and no keyring (a
    second desk in the tests)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder

    def _keyring(self):
        return None if self.folder is not None else _keyring()

    def where(self) -> str:
        """Where new keys go, for the README's question "where is my key?"."""
        keyring = self._keyring()
        if keyring is not None:
            return f"keyring: {type(keyring.get_keyring()).__name__} ({SERVICE})"
        return str(self.folder or key_dir())

    def save(self, key_id: str, private_hex: str) -> None:
        keyring = self._keyring()
        if keyring is not None:
            try:
                keyring.set_password(SERVICE, key_id, private_hex)
                if keyring.get_password(SERVICE, key_id) == private_hex:
                    return
            except Exception as exc:  # noqa: BLE001 - a locked keyring: fall back to a file
                log.warning("keyring refused key %s (%s); using a key file", key_id, exc)
        save_key_file(key_id, private_hex, self.folder)

    def load(self, key_id: str) -> str | None:
        keyring = self._keyring()
        if keyring is not None:
            try:
                found = keyring.get_password(SERVICE, key_id)
            except Exception:  # noqa: BLE001
                found = None
            if found:
                return found
        return load_key_file(key_id, self.folder)

    def delete(self, key_id: str) -> None:
        keyring = self._keyring()
        if keyring is not None:
            try:
                keyring.delete_password(SERVICE, key_id)
            except Exception:  # noqa: BLE001 - not there
                pass
        delete_key_file(key_id, self.folder)
