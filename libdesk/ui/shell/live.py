"""Live between desks: another desk's changes arrive on the window's change signal, the same
way this desk's own writes do, so every built tab reloads what shows them, keeping its
selection and the filter being typed; an open dialog the user is typing in is not touched.

The feed (``services.live``: PostgreSQL LISTEN/NOTIFY, SQLite ``data_version`` + audit rows)
calls back from its own thread; a queued signal brings each change to the GUI thread. Changes
arriving close together (an import at another desk) are merged into one refresh
(``GATHER_MS``), and while a cell of a table is being edited the refresh waits until the
editor closes, so no typing is lost."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView

from libdesk.ui.common.operations import Change

GATHER_MS = 250   # changes arriving within this time become one refresh
EDITING_RETRY_MS = 500


class LiveRefresh(QObject):
    """Started by the main window when a database is attached; stopped when it closes."""

    arrived = Signal(object)  # a DeskChange, emitted from the feed's thread

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.received = 0      # the other desks' changes seen
        self.refreshes = 0     # refreshes sent to the tabs
        self.deferred = 0      # times a refresh waited for a cell editor to close
        self._areas: set[str] = set()
        self._ids: dict[str, set] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._flush)
        self.arrived.connect(self._gather, Qt.ConnectionType.QueuedConnection)
        live = getattr(window.services, "live", None)  # None: services without a database
        self.feed = live.watch(self.arrived.emit, wait=False) if live is not None else None

    def _gather(self, desk_change) -> None:
        self.received += 1
        self._areas |= set(desk_change.areas)
        for area, ids in desk_change.ids.items():
            self._ids.setdefault(area, set()).update(ids)
        if not self._timer.isActive():
            self._timer.start(GATHER_MS)

    def _flush(self) -> None:
        if not self._areas:
            return
        if self._editing():
            self.deferred += 1
            self._timer.start(EDITING_RETRY_MS)
            return
        change = Change(frozenset(self._areas), {a: frozenset(v) for a, v in self._ids.items()},
                        self)
        self._areas, self._ids = set(), {}
        self.refreshes += 1
        self.window.changes.changed.emit(change)

    def _editing(self) -> bool:
        """A table cell of the window is open in its editor (a reload would close it)."""
        return any(view.state() == QAbstractItemView.State.EditingState
                   for view in self.window.findChildren(QAbstractItemView))

    def stop(self) -> None:
        self._timer.stop()
        if self.feed is not None:
            self.feed.stop()
            self.feed = None
