"""The lists of a tab with pages read in the order they are seen (ui/common/page_reads.py):
the donations tab opened on its donors page reads the donors first, and the donations (over a
big database most of the work) only once the donors are on screen, or at once when their
page is chosen before that."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from libdesk.ui.common import row_loader
from tests.services.donations.fixtures import add_sun_ying


class LaterLoader:
    """Keeps every read until the test lets the 'worker' run it, as a thread would later."""

    def __init__(self) -> None:
        self.pending: list[tuple] = []

    def submit(self, slot, read, done, failed) -> None:
        self.pending.append((slot, read, done, failed))

    def after_paint(self, start) -> None:
        self.pending.append((("after paint",), start, lambda _none: None, None))

    def tables(self) -> list[int]:
        return [slot[0] for slot, *_ in self.pending]

    def run(self) -> None:
        """The reads asked for so far (those they lead to wait for the next run)."""
        now, self.pending = self.pending, []
        for _slot, read, done, _failed in now:
            done(read())

    def wait(self, msecs: int = -1) -> bool:
        return True


@pytest.fixture
def later():
    loader = LaterLoader()
    row_loader.set_default_loader(loader)
    return loader


def click_page(qtbot, tabs, index: int) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


def test_opened_on_its_donors_page_the_tab_reads_the_donors_first(qtbot, window, services,
                                                                 later):
    add_sun_ying(services)
    tab = window.tab("donations")
    tab.ui.listTabs.setCurrentIndex(1)       # the donors page, as last time
    later.run()                              # the window's own first tab
    assert later.pending == []               # built but not shown: nothing read yet
    window.show_tab("donations")
    assert later.tables() == [id(tab.donors_model)]
    later.run()                              # the donors arrive and are painted …
    assert tab.donors_model.rowCount() == 1
    assert later.tables() == [id(tab.donations_model)]  # … then the donations are read
    later.run()
    assert tab.donations_model.rowCount() == 1
    click_page(qtbot, tab.ui.listTabs, 0)
    assert tab.donations.view.currentIndex().row() == 0  # the newest donation, selected


def test_a_page_chosen_before_the_first_list_arrived_reads_at_once(qtbot, window, services,
                                                                   later):
    add_sun_ying(services)
    later.run()
    window.show_tab("donations")
    tab = window.tab("donations")
    qtbot.waitUntil(lambda: later.pending != [])  # shown: it appears with the next events
    assert later.tables() == [id(tab.donations_model)]  # the page on screen
    click_page(qtbot, tab.ui.listTabs, 1)
    assert later.tables() == [id(tab.donations_model), id(tab.donors_model)]
    later.run()
    assert tab.donors_model.rowCount() == 1 and tab.donations_model.rowCount() == 1


def test_a_filter_typed_over_the_donors_page_reads_again(qtbot, window, services, later):
    add_sun_ying(services)
    later.run()
    window.show_tab("donations")
    tab = window.tab("donations")
    tab.ui.listTabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: later.pending != [])
    while later.pending:                    # both lists read and painted
        later.run()
    assert tab.donors_model.rowCount() == 1
    tab.donors_model.set_text("nobody by this name")
    later.run()                             # the window's paint, then the read it starts
    later.run()
    assert tab.donors_model.rowCount() == 0
