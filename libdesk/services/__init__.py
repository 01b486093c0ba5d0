"""Every domain operation, without Qt. The GUI and the CLI both go through ``Services``
(``libdesk.services.facade``), opened by ``open_services``.

The package itself imports nothing: ``from libdesk.services import open_services`` loads the
facade, and with it the ORM, only when it is first asked for, so the window can be on screen
before SQLAlchemy, Alembic, openpyxl and reportlab are imported."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from libdesk.services.facade import Services, open_services
    from libdesk.store.ownership import COMMAND, WINDOW

__all__ = ["Services", "open_services", "COMMAND", "WINDOW"]


def __getattr__(name: str):
    if name in ("COMMAND", "WINDOW"):  # how open_services claims the database file
        from libdesk.store import ownership

        return getattr(ownership, name)
    if name in __all__:
        from libdesk.services import facade

        return getattr(facade, name)
    raise AttributeError(f"module 'libdesk.services' has no attribute {name!r}")
