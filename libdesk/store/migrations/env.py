"""Alembic environment: LibDesk always runs migrations programmatically on a connection."""
from __future__ import annotations

from alembic import context

import libdesk.models.registry  # noqa: F401  (registers every table)
from libdesk.models.base import metadata
from libdesk.store.search import include_name

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached through the alembic command line
    raise RuntimeError("LibDesk migrations run through libdesk.store.migrate, not alembic's CLI")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=include_name,  # the FTS5 search tables are not models
)
with context.begin_transaction():
    context.run_migrations()
