"""What every service shares: the store, the acting staff member and their permissions."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from libdesk.models.errors import QT_TRANSLATE_NOOP, PermissionDenied
from libdesk.models.roles import ROLE_LABELS, Perm, Role, allows

if TYPE_CHECKING:  # the store (and the ORM) load with the facade, not with this module
    from libdesk.store import Store


@dataclass(frozen=True)
class Actor:
    """Who is working. A database without accounts runs as the local administrator."""

    username: str
    role: Role
    display_name: str = ""

    @property
    def label(self) -> str:
        return self.display_name or self.username


LOCAL_ADMIN = Actor("local", Role.ADMIN, "本机管理员")
SIGNED_OUT = Actor("", Role.READ_ONLY, "")  # a database with accounts, before a login


@dataclass
class ServiceContext:
    store: Store
    actor: Actor = LOCAL_ADMIN
    extras: dict[str, Any] = field(default_factory=dict)

    def set_actor(self, actor: Actor) -> None:
        self.actor = actor
        self.store.session_info["actor"] = actor.username


class ServiceBase:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @property
    def store(self) -> Store:
        return self.ctx.store

    @property
    def actor(self) -> Actor:
        return self.ctx.actor

    def can(self, perm: Perm) -> bool:
        return allows(self.ctx.actor.role, perm)

    def require(self, perm: Perm) -> None:
        if not self.can(perm):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("Errors", "{user} ({role}) may not do this ({perm}). "
                                  "Ask an administrator."),
                user=self.actor.label, role=ROLE_LABELS[self.actor.role], perm=perm.value,
            )


@dataclass
class ListQuery:
    """What a table shows: type-to-filter text, column filters, and the sort column."""

    text: str = ""
    filters: dict[str, Any] = field(default_factory=dict)
    sort: str | None = None
    descending: bool = False


ID_CHUNK = 500  # values per IN (...) list


def chunks(values: list) -> Iterator[list]:
    """``values`` in runs of at most ID_CHUNK, for the IN (...) lists of one statement each."""
    for start in range(0, len(values), ID_CHUNK):
        yield values[start:start + ID_CHUNK]


def like_pattern(text: str) -> str:
    """A LIKE pattern for ``text`` anywhere, with % and _ escaped (use escape='\\\\')."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
