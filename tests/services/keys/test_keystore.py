"""Where the private key goes: the OS keyring when a real backend exists, else the key file;
LIBDESK_KEY_STORE=file forces the file (the tests run that way)."""
from __future__ import annotations

from libdesk.services.keys import keystore
from libdesk.services.keys.keystore import KeyStore
from libdesk.store.keyfile import key_path

SECRET = "ab" * 32


class MemoryKeyring:
    """A stand-in for the keyring module with a working backend."""

    def __init__(self) -> None:
        self.saved: dict[tuple[str, str], str] = {}

    def set_password(self, service, user, password):
        self.saved[(service, user)] = password

    def get_password(self, service, user):
        return self.saved.get((service, user))

    def delete_password(self, service, user):
        self.saved.pop((service, user), None)

    def get_keyring(self):
        return self


def test_a_real_keyring_gets_the_key_and_no_file_is_written(monkeypatch):
    ring = MemoryKeyring()
    monkeypatch.setattr(keystore, "_keyring", lambda: ring)
    store = KeyStore()
    store.save("0A1B2C3D", SECRET)
    assert ring.saved == {(keystore.SERVICE, "0A1B2C3D"): SECRET}
    assert not key_path("0A1B2C3D").exists()
    assert store.load("0A1B2C3D") == SECRET and "keyring" in store.where()
    store.delete("0A1B2C3D")
    assert store.load("0A1B2C3D") is None


def test_without_a_keyring_the_key_goes_to_an_owner_only_file(monkeypatch):
    assert keystore._keyring() is None  # LIBDESK_KEY_STORE=file in the tests
    monkeypatch.delenv("LIBDESK_KEY_STORE")
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    assert keystore._keyring() is None  # no real backend: files
    store = KeyStore()
    store.save("0A1B2C3E", SECRET)
    assert key_path("0A1B2C3E").read_text().strip() == SECRET
    assert store.where().endswith("signing-keys")
