"""signing keys out of the database: a register of public keys, void lists of other desks

Revision ID: 0012_keys_out
Revises: 0002_signing_keys
Create Date: 2026-12-01

Before this revision the desk's Ed25519 private key sat in ``signing_key.private_key`` (hex),
so every backup held it. The upgrade writes each private key to an owner-only key file in the
user config folder (``libdesk.store.keyfile``), reads it back, and only then drops the column;
if the file cannot be written the whole upgrade rolls back and the database stays as it was
(Store.open has already copied it aside). The key file, not the OS keyring, because the
migration runs inside the store layer and its transaction: writing a file is something it can
check and undo; the services use the keyring for keys they make from now on. The keys it moves
are registered as this database's own (``source`` = the database's id, made here).
"""
import socket
import uuid

from alembic import op
import sqlalchemy as sa
import sqlmodel

from libdesk.store.keyfile import load_key_file, save_key_file

revision = '0012_keys_out'
down_revision = '0002_signing_keys'
branch_labels = None
depends_on = None

DATABASE_ID = "database.id"


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table('key_source',
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column('voids_as_of', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('imported_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('source', name=op.f('pk_key_source'))
    )
    op.create_table('foreign_void',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('number', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('voided_on', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_foreign_void'))
    )
    op.create_index(op.f('ix_foreign_void_source'), 'foreign_void', ['source'], unique=False)
    with op.batch_alter_table('signing_key') as batch:
        batch.add_column(sa.Column('desk', sqlmodel.sql.sqltypes.AutoString(length=120),
                                   nullable=False, server_default=''))
        batch.add_column(sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=40),
                                   nullable=False, server_default=''))
        batch.add_column(sa.Column('retired_at', sqlmodel.sql.sqltypes.UTCDateTime(),
                                   nullable=True))
        batch.add_column(sa.Column('revoked_at', sqlmodel.sql.sqltypes.UTCDateTime(),
                                   nullable=True))
        batch.add_column(sa.Column('revoke_reason',
                                   sqlmodel.sql.sqltypes.AutoString(length=250),
                                   nullable=False, server_default=''))
        batch.create_index(batch.f('ix_signing_key_source'), ['source'], unique=False)

    database_id = bind.execute(sa.text("SELECT value FROM app_setting WHERE key = :k"),
                               {"k": DATABASE_ID}).scalar()
    if not database_id:
        database_id = uuid.uuid4().hex
        bind.execute(sa.text("INSERT INTO app_setting (key, value) VALUES (:k, :v)"),
                     {"k": DATABASE_ID, "v": database_id})
    own = bind.execute(sa.text("SELECT key_id, private_key FROM signing_key "
                               "WHERE private_key IS NOT NULL AND private_key != ''")).all()
    for key_id, private_hex in own:
        save_key_file(key_id, private_hex.lower())
        if load_key_file(key_id) != private_hex.lower():
            raise RuntimeError(f"the key file of {key_id} did not read back")
        bind.execute(sa.text("UPDATE signing_key SET source = :s, desk = :d WHERE key_id = :k"),
                     {"s": database_id, "d": socket.gethostname()[:120], "k": key_id})
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:  # the dropped column's bytes must not linger in freed pages: zero them
        bind.exec_driver_sql("PRAGMA secure_delete=ON")
    with op.batch_alter_table('signing_key') as batch:
        batch.drop_column('private_key')
    if sqlite:
        bind.exec_driver_sql("PRAGMA secure_delete=OFF")


def downgrade() -> None:
    bind = op.get_bind()
    with op.batch_alter_table('signing_key') as batch:
        batch.add_column(sa.Column('private_key', sqlmodel.sql.sqltypes.AutoString(length=64),
                                   nullable=True))
    database_id = bind.execute(sa.text("SELECT value FROM app_setting WHERE key = :k"),
                               {"k": DATABASE_ID}).scalar()
    for (key_id,) in bind.execute(sa.text("SELECT key_id FROM signing_key WHERE source = :s"),
                                  {"s": database_id or ""}).all():
        bind.execute(sa.text("UPDATE signing_key SET private_key = :p WHERE key_id = :k"),
                     {"p": load_key_file(key_id), "k": key_id})
    with op.batch_alter_table('signing_key') as batch:
        batch.drop_index(batch.f('ix_signing_key_source'))
        for column in ('revoke_reason', 'revoked_at', 'retired_at', 'source', 'desk'):
            batch.drop_column(column)
    op.drop_index(op.f('ix_foreign_void_source'), table_name='foreign_void')
    op.drop_table('foreign_void')
    op.drop_table('key_source')
