"""Live between desks, for the GUI: ``services.live.watch(callback)`` calls
``callback(DeskChange)`` from a thread of its own whenever another desk committed a change
(PostgreSQL LISTEN/NOTIFY, SQLite polling; see ``store/changes.py``). The callback must hand
the change over to its own thread; the GUI does it with a queued Qt signal."""
from __future__ import annotations

from collections.abc import Callable

from libdesk.services.base import ServiceBase
from libdesk.store.changes import ChangeFeed, DeskChange

POLL_SECONDS = 1.0  # SQLite: how often the feed looks (a change shows within ~1 s)


class LiveService(ServiceBase):
    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self._feeds: list[ChangeFeed] = []

    @property
    def desk(self) -> str:
        """This desk's id (its own notifications are not reported back to it)."""
        return self.store.session_info["desk"]

    def watch(self, callback: Callable[[DeskChange], None], *,
              interval: float = POLL_SECONDS, wait: bool = True) -> ChangeFeed:
        """Start reporting the other desks' changes; ``feed.stop()`` (or ``stop_all``).
        ``wait``: return only once the feed listens (see ``ChangeFeed.start``)."""
        feed = ChangeFeed(self.store, callback, interval=interval).start(wait=wait)
        self._feeds.append(feed)
        return feed

    def stop_all(self) -> None:
        for feed in self._feeds:
            feed.stop()
        self._feeds.clear()
