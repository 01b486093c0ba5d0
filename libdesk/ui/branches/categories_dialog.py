"""Add, rename, delete and order the categories of points (forms/branches/categories_dialog.ui)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QListWidgetItem

from libdesk.ui.common.dialogs import Dialog
from libdesk.ui.common.forms import load_form
from libdesk.ui.common.operations import Change, run_write

# A category's name shows in the points' rows and filters, so the points change with it.
CHANGE = Change.of("categories", "branches")


class CategoriesDialog(Dialog):
    def __init__(self, services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.changed = False
        self.ui = load_form("branches/categories_dialog.ui", self)
        self.setWindowTitle(self.tr("Categories of points"))
        ui = self.ui
        ui.addButton.clicked.connect(self._add)
        ui.renameButton.clicked.connect(self._rename)
        ui.deleteButton.clicked.connect(self._delete)
        ui.upButton.clicked.connect(lambda: self._move(-1))
        ui.downButton.clicked.connect(lambda: self._move(1))
        ui.closeButton.clicked.connect(self.accept)
        ui.categoryList.itemDoubleClicked.connect(lambda _item: self._rename())
        self._load()

    def _load(self, select_id: int | None = None) -> None:
        categories = self.services.branch_categories
        usage = categories.category_usage()
        listing = self.ui.categoryList
        listing.clear()
        for category_id, name in categories.categories():
            item = QListWidgetItem(self.tr("{name} ({count} points)").format(
                name=name, count=usage.get(category_id, 0)))
            item.setData(Qt.ItemDataRole.UserRole, (category_id, name))
            listing.addItem(item)
            if category_id == select_id:
                listing.setCurrentItem(item)

    def _current(self) -> tuple[int, str] | None:
        item = self.ui.categoryList.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _run(self, action, select_id: int | None) -> None:
        outcome = run_write(self, action, CHANGE)
        if outcome.ok:
            self.changed = True
            self._load(select_id if select_id is not None else outcome.value)

    def _add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New category"), self.tr("Name:"))
        if ok and name.strip():
            self._run(lambda: self.services.branch_categories.add_category(name), None)

    def _rename(self) -> None:
        current = self._current()
        if current is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename category"), self.tr("Name:"),
                                        text=current[1])
        if ok:
            self._run(lambda: self.services.branch_categories.rename_category(current[0], name),
                      current[0])

    def _delete(self) -> None:
        current = self._current()
        if current is not None:
            self._run(lambda: self.services.branch_categories.delete_category(current[0]), None)

    def _move(self, step: int) -> None:
        current = self._current()
        if current is not None:
            self._run(lambda: self.services.branch_categories.move_category(current[0], step),
                      current[0])
