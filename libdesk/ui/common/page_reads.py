"""The lists on the pages of a QTabWidget read in the order they are seen.

A tab with two lists on two pages (donations and donors) read both the moment it was built,
and the one on screen waited for the other: over 120,000 donations that was most of opening
the donors list. With ``PageReads`` the list on the page shown first reads first; the lists on
the other pages read as soon as it has its rows (so they are ready when their page is chosen),
or at once when their page is shown before that.

    reads = PageReads(ui.listTabs)
    model = PagedTableModel(source, columns, loader=reads.loader(ui.donorsPage))
    reads.watch(ui.donorsPage, model)

A synchronous loader (tests, the offscreen screenshot: no event loop to wait in) is used
directly: every read runs at once, as it always did there.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTabWidget, QWidget

from libdesk.ui.common.row_loader import SyncLoader, default_loader


class _Gate:
    """A row loader that keeps a page's reads (the newest per table slot) until opened."""

    def __init__(self, loader) -> None:
        self._loader = loader
        self.opened = False
        self._held: dict[Any, tuple] = {}

    def submit(self, slot, read, done, failed) -> None:
        if self.opened:
            self._loader.submit(slot, read, done, failed)
        else:
            self._held[slot] = (read, done, failed)

    def open(self) -> None:
        if self.opened:
            return
        self.opened = True
        held, self._held = self._held, {}
        for slot, (read, done, failed) in held.items():
            self._loader.submit(slot, read, done, failed)

    def after_paint(self, start) -> None:
        """A read asked for while rows are on screen starts after the next paint (the
        loader's rule); the gate holds nothing then, since the page already has its rows."""
        self._loader.after_paint(start)

    def wait(self, msecs: int = -1) -> bool:
        return self._loader.wait(msecs)


class PageReads(QObject):
    def __init__(self, tabs: QTabWidget, loader=None) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._loader = loader if loader is not None else default_loader()
        self._gates: dict[int, _Gate] = {}  # id(page) → its gate
        tabs.installEventFilter(self)
        tabs.currentChanged.connect(lambda _index: self._open_shown())

    def loader(self, page: QWidget):
        """The loader for the tables on ``page``."""
        if isinstance(self._loader, SyncLoader):
            return self._loader
        return self._gates.setdefault(id(page), _Gate(self._loader))

    def watch(self, page: QWidget, model) -> None:
        """Once the list on the page shown first has its rows, the other pages read theirs."""
        model.loaded.connect(lambda: self._loaded(page))

    def is_reading(self, page: QWidget) -> bool:
        gate = self._gates.get(id(page))
        return gate is None or gate.opened

    def _loaded(self, page: QWidget) -> None:
        if page is self._tabs.currentWidget():
            for gate in self._gates.values():
                gate.open()

    def _open_shown(self) -> None:
        if not self._tabs.isVisible():
            return
        gate = self._gates.get(id(self._tabs.currentWidget()))
        if gate is not None:
            gate.open()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self._tabs and event.type() == QEvent.Type.Show:
            self._open_shown()
        return False
