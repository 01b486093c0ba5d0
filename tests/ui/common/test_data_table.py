"""The table widget over the paged model: typing filters through the source, the row count,
selection kept across a reload (without announcing it as a new choice), activation by
double-click and Enter, and the column layout remembered between runs."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from libdesk.ui.common.data_table import DataTable
from libdesk.ui.common.paged_model import PagedTableModel
from tests.ui.common.test_paged_model import COLUMNS, FakeSource, Row
from tests.ui.typing import type_text


@pytest.fixture
def table(qtbot):
    from libdesk.app import create_application

    create_application()
    source = FakeSource(300)
    model = PagedTableModel(source, COLUMNS, default_sort="id")
    model.reload()
    table = DataTable(model, "test_table")
    qtbot.addWidget(table)
    table.show()
    table.source = source
    return table


def test_typing_filters_and_the_count_follows(qtbot, table):
    assert table.count_label.text() == "共 300 行"
    type_text(qtbot, table.filter_edit, "点29")
    assert table.model.query.text == "点29"
    assert table.model.rowCount() == 11 and table.count_label.text() == "共 11 行"


def test_reload_keeps_the_selected_row_quietly(qtbot, table):
    choices = []
    table.selectionChanged.connect(choices.append)
    table.view.selectRow(4)
    assert [r.id for r in choices] == [5] and table.current_id() == 5
    table.source.rows.insert(0, Row(0, "点0", 0))  # a new row above it
    table.reload()
    assert table.current_row().id == 5 and table.view.currentIndex().row() == 5
    assert [r.id for r in choices] == [5]  # the same row again is no new choice
    table.reload(keep_id=7)  # a different row is
    assert table.current_id() == 7 and [r.id for r in choices] == [5, 7]


def test_select_id_finds_a_loaded_row(table):
    assert table.select_id(250) and table.current_id() == 250
    assert not table.select_id(9999)


def test_selected_rows_in_order(table):
    view = table.view
    for row in (6, 2, 4):
        view.selectionModel().select(
            table.model.index(row, 0), view.selectionModel().SelectionFlag.Select |
            view.selectionModel().SelectionFlag.Rows)
    assert [r.id for r in table.selected_rows()] == [3, 5, 7]


def test_double_click_and_enter_activate_the_row(qtbot, table):
    activated = []
    table.activated.connect(activated.append)
    view = table.view
    rect = view.visualRect(table.model.index(1, 1))
    # QTest's double click is a press-release pair Qt only reads as one after a first click
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view.setFocus()
    view.setCurrentIndex(table.model.index(3, 1))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert [r.id for r in activated] == [2, 4]


def test_the_column_layout_is_remembered(qtbot, table):
    header = table.view.horizontalHeader()
    header.moveSection(2, 0)
    header.resizeSection(1, 222)
    table.save_layout()
    again = DataTable(PagedTableModel(FakeSource(3), COLUMNS), "test_table")
    qtbot.addWidget(again)
    assert again.view.horizontalHeader().logicalIndex(0) == 2
    assert again.view.horizontalHeader().sectionSize(1) == 222
