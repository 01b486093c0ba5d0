"""Every domain operation, without Qt. The GUI and the CLI both go through ``Services``."""
from __future__ import annotations

from libdesk.config import database_url, default_database_url
from libdesk.services.base import LOCAL_ADMIN, Actor, ServiceContext
from libdesk.services.branches import BranchService
from libdesk.services.settings import SettingsService
from libdesk.services.signing import SigningService
from libdesk.services.verification import VerificationService
from libdesk.store import Store


class Services:
    """The services of one open database, acting as one staff member."""

    def __init__(self, store: Store, actor: Actor = LOCAL_ADMIN) -> None:
        self.ctx = ServiceContext(store=store)
        self.ctx.set_actor(actor)
        self.branches = BranchService(self.ctx)
        self.settings = SettingsService(self.ctx)
        self.signing = SigningService(self.ctx)
        self.verification = VerificationService(self.ctx, self.signing)

    @property
    def store(self) -> Store:
        return self.ctx.store

    @property
    def actor(self) -> Actor:
        return self.ctx.actor

    def close(self) -> None:
        self.ctx.store.close()


def open_services(url: str | None = None) -> Services:
    """Open (creating, upgrading or refusing) the database and seed a new one."""
    store = Store.open(database_url(url) if url else default_database_url())
    services = Services(store)
    if store.created:
        services.branches.seed_defaults()
    return services
