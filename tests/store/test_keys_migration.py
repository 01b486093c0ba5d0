"""Revision 0012_keys_out: an existing database's private key moves to an owner-only key file,
the column goes, and backups taken before are flagged as holding a key."""
from __future__ import annotations

import os
import shutil
import sqlite3
import stat

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import create_engine

from libdesk.cli import main
from libdesk.services import open_services
from libdesk.services.keys.exchange import key_id_for
from libdesk.store import migrate
from libdesk.store.keyfile import file_holds_private_key, key_path


def old_database(path) -> tuple[str, str]:
    """A database as LibDesk made it before 0012, with its desk's key in clear."""
    engine = create_engine(f"sqlite:///{path}")
    for head in sorted(migrate.head_revisions() - {"0012_keys_out"}):
        migrate.upgrade(engine, head)
    engine.dispose()
    private = Ed25519PrivateKey.generate()
    public = private.public_key().public_bytes_raw()
    key_id, secret = key_id_for(public), private.private_bytes_raw().hex()
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO signing_key (key_id, public_key, private_key, label, "
                       "active, created_at) VALUES (?, ?, ?, '本馆签名密钥', 1, "
                       "'2020-01-01 00:00:00.000000')", (key_id, public.hex(), secret))
    connection.commit()
    connection.close()
    return key_id, secret


def test_upgrade_moves_the_key_out_and_flags_older_backups(tmp_path, capsys):
    database = tmp_path / "libdesk.sqlite"
    key_id, secret = old_database(database)
    backups = tmp_path / "backups"
    backups.mkdir()
    shutil.copyfile(database, backups / "libdesk-20201001-120000-manual.sqlite")
    assert file_holds_private_key(database)

    services = open_services(str(database))
    try:
        assert services.store.upgrade_backup is not None
        assert services.signing.ensure_key() == key_id  # the same desk key, now outside
        assert services.signing.keystore.load(key_id) == secret
        assert stat.S_IMODE(os.stat(key_path(key_id)).st_mode) == 0o600
        flagged = services.maintenance.backups_holding_keys()
        assert set(flagged) == {backups / "libdesk-20201001-120000-manual.sqlite",
                                services.store.upgrade_backup}
        report = services.maintenance.check()
        assert not report.ok
        assert any("still holds this desk's old private signing key" in f.english()
                   for f in report.findings)
        fresh = services.maintenance.backup_now()
        assert fresh not in services.maintenance.backups_holding_keys()
    finally:
        services.close()
    assert not file_holds_private_key(database)
    data = database.read_bytes()
    assert secret.encode() not in data and bytes.fromhex(secret) not in data
    wal = database.with_name(database.name + "-wal")
    assert not wal.exists() or secret.encode() not in wal.read_bytes()

    assert main(["backup", "--list", "--database", str(database)]) == 0
    lines = capsys.readouterr().out.splitlines()
    held = [line for line in lines if line.endswith("HOLDS A PRIVATE SIGNING KEY")]
    assert len(held) == 2 and len(lines) == 3
    assert main(["check", "--database", str(database)]) == 2
    assert "old private signing key" in capsys.readouterr().out
