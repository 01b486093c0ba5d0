"""Add, rename, delete and order the categories of points (forms/branches/categories_dialog.ui)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QInputDialog, QListWidgetItem

from libdesk.models.errors import EditConflict, NotFound
from libdesk.ui.common.conflict_dialog import ConflictView
from libdesk.ui.common.deleting import Shown, delete_confirmed
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
        versions = categories.versions()  # as shown: the versions first, then the names
        usage = categories.category_usage()
        listing = self.ui.categoryList
        listing.clear()
        for category_id, name in categories.categories():
            item = QListWidgetItem(self.tr("{name} ({count} points)").format(
                name=name, count=usage.get(category_id, 0)))
            item.setData(Qt.ItemDataRole.UserRole,
                         (category_id, name, versions.get(category_id)))
            listing.addItem(item)
            if category_id == select_id:
                listing.setCurrentItem(item)

    def _current(self) -> tuple[int, str, int] | None:
        item = self.ui.categoryList.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _run(self, action, select_id: int | None, resave=None) -> None:
        """A rename over one made meanwhile at another desk opens the conflict dialog; the
        list then shows what is stored."""
        outcome = run_write(self, action, CHANGE, resave=resave, conflict_view=ConflictView(
            {"name": self.tr("Name")}) if resave else None)
        if outcome.ok:
            self.changed = True
            self._load(select_id if select_id is not None else outcome.value)
        elif isinstance(outcome.error, EditConflict):
            self._load(select_id)

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
        if not ok:
            return
        rename = self.services.branch_categories.rename_category
        self._run(lambda: rename(current[0], name, expected_version=current[2]), current[0],
                  resave=lambda values, version: rename(current[0], values["name"],
                                                        expected_version=version))

    def _delete(self) -> None:
        """Delete the selected category as stored now (ui/common/deleting.py): one renamed
        meanwhile at another desk is kept; the list then shows what is stored."""
        current = self._current()
        if current is None:
            return
        categories = self.services.branch_categories
        if delete_confirmed(
                self, self.tr("Delete category"), lambda: self._as_stored(current[0]),
                lambda shown: self.tr("Delete the category “{name}”?").format(name=shown.name),
                lambda shown: categories.delete_category(shown.record_id,
                                                         expected_version=shown.version),
                CHANGE):
            self.changed = True
        self._load()

    def _as_stored(self, category_id: int) -> Shown:
        categories = self.services.branch_categories
        version = categories.versions().get(category_id)  # first: then the name
        name = dict(categories.categories()).get(category_id)
        if version is None or name is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That category no longer exists."))
        return Shown(category_id, version, name, [
            (self.tr("Name"), name),
            (self.tr("Points"), str(categories.category_usage().get(category_id, 0)))])

    def _move(self, step: int) -> None:
        current = self._current()
        if current is not None:
            self._run(lambda: self.services.branch_categories.move_category(current[0], step),
                      current[0])
