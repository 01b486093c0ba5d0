"""The conflict dialog (form: forms/common/conflict_dialog.ui): someone saved the record the
user is editing after they opened it. It shows, field by field, the user's value and the one
saved meanwhile (with who and when), and the user keeps theirs, takes the other, or picks per
field; ``operations.run_write`` then saves again on top of the newer version
(``conflict.stored``).

Edit dialogs describe their fields once (``ConflictView.of(ui, {"name": "nameEdit", …})``):
the labels come from the form's own labels (their buddies), and a combo box's value shows as
the combo shows it.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractButton, QButtonGroup, QComboBox, QDialog,
                               QHeaderView, QLabel, QRadioButton, QWidget)

from libdesk.services.conflicts import EditConflict
from libdesk.ui.common.forms import load_form

MINE, THEIRS, MERGED = "mine", "theirs", "merged"
SHORT = 80  # characters of a value shown in its button; all of it in the tooltip


def form_values(data: Any) -> dict[str, Any]:
    """A form dataclass as field → value (shallow; ``version`` left out)."""
    if isinstance(data, dict):
        return {k: v for k, v in data.items() if k != "version"}
    if is_dataclass(data):
        return {f.name: getattr(data, f.name) for f in fields(data) if f.name != "version"}
    return {}


def plain(value: Any) -> str:
    """A value as text, for fields without a widget of their own."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return (QCoreApplication.translate("ConflictDialog", "Yes") if value
                else QCoreApplication.translate("ConflictDialog", "No"))
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        if not value:
            return QCoreApplication.translate("ConflictDialog", "(none)")
        return "；".join(_item_text(item) for item in value)
    return str(value)


def _item_text(item: Any) -> str:
    if is_dataclass(item):
        values = form_values(item)
        name = values.get("title") or values.get("name") or ""
        extra = [str(values[k]) for k in ("quantity", "role", "phone") if values.get(k)]
        return " ".join([str(name)] + extra)
    return plain(item)


@dataclass
class ConflictView:
    """How one edit dialog's fields read in the conflict dialog."""

    labels: dict[str, str] = field(default_factory=dict)
    show: Callable[[str, Any], str] | None = None
    base: dict[str, Any] | None = None  # the values the user started from

    @classmethod
    def of(cls, ui: QWidget, widgets: dict[str, str], base: Any = None,
           extra_labels: dict[str, str] | None = None) -> "ConflictView":
        """Labels from the form's buddies of ``widgets`` (field → the widget's attribute
        of ``ui``); values of a combo box shown as its item text."""
        found = {name: getattr(ui, widget, None) for name, widget in widgets.items()}
        by_buddy = {}
        for label in ui.findChildren(QLabel):
            buddy = label.buddy()
            if buddy is not None:
                by_buddy[id(buddy)] = label.text()
        labels = {}
        for name, widget in found.items():
            text = by_buddy.get(id(widget)) if widget is not None else None
            if text is None and isinstance(widget, QAbstractButton):
                text = widget.text()  # a check box names itself
            labels[name] = _clean(text or name)
        labels.update(extra_labels or {})
        combos = {name: w for name, w in found.items() if isinstance(w, QComboBox)}

        def show(name: str, value: Any) -> str:
            combo = combos.get(name)
            if combo is not None:
                index = combo.findData(value)
                if index >= 0:
                    return combo.itemText(index)
            return plain(value)

        return cls(labels, show, form_values(base) if base is not None else None)

    def label(self, name: str) -> str:
        return self.labels.get(name, name)

    def text(self, name: str, value: Any) -> str:
        shown = (self.show or (lambda _n, v: plain(v)))(name, value)
        return shown or QCoreApplication.translate("ConflictDialog", "(empty)")


def _clean(text: str) -> str:
    """A form label without its shortcut ("&Name:", "名称(&N)：") or colon."""
    return re.sub(r"\s*\(&?[A-Za-z0-9]\)", "", text).replace("&", "").rstrip(" :：*")


class ConflictDialog(QDialog):
    """``exec()`` → Accepted with ``choice`` and ``values()``, or Rejected (back to editing,
    nothing saved)."""

    def __init__(self, conflict: EditConflict, view: ConflictView | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.view = view or ConflictView()
        self.choice: str | None = None
        self.groups: dict[str, QButtonGroup] = {}
        self.ui = load_form("common/conflict_dialog.ui", self)
        self.setWindowTitle(self.tr("Saved meanwhile by someone else"))
        self._fill()
        ui = self.ui
        ui.keepMineButton.clicked.connect(lambda: self._finish(MINE))
        ui.takeTheirsButton.clicked.connect(lambda: self._finish(THEIRS))
        ui.saveMergedButton.clicked.connect(lambda: self._finish(MERGED))
        ui.cancelButton.clicked.connect(self.reject)
        self.ui.layout().setContentsMargins(12, 12, 12, 12)
        table = self.ui.fieldsTable
        table.verticalHeader().setDefaultSectionSize(30)
        rows = table.verticalHeader().length() + table.horizontalHeader().height() + 4
        table.setFixedHeight(min(rows, 420))  # every differing field in view, up to a point
        self.resize(760, self.sizeHint().height())

    def _fill(self) -> None:
        conflict, ui = self.conflict, self.ui
        who = conflict.who or self.tr("another desk")
        ui.messageLabel.setText(self.tr(
            "“{name}” was saved by {who} at {when} after you opened it. Nothing of yours has "
            "been saved yet.").format(name=conflict.record, who=who,
                                      when=conflict.when or "?"))
        ui.hintLabel.setText(self.tr(
            "For each field, click the value to keep, then “Save my choices”. “Keep mine” "
            "saves all of yours; “Take the saved one” keeps what {who} saved and drops your "
            "changes.").format(who=who))
        table = ui.fieldsTable
        table.setHorizontalHeaderLabels([
            self.tr("Field"), self.tr("Yours (not saved)"),
            self.tr("Saved by {who} at {when}").format(who=who, when=conflict.when or "?")])
        names = conflict.differing
        table.setRowCount(len(names))
        base = self.view.base
        for row, name in enumerate(names):
            label = QLabel(self.view.label(name))
            label.setContentsMargins(6, 0, 6, 0)
            table.setCellWidget(row, 0, label)
            group = QButtonGroup(self)
            for column, value in ((1, conflict.mine.get(name)), (2, conflict.saved.get(name))):
                button = QRadioButton(self._short(self.view.text(name, value)))
                button.setObjectName(f"{name}_{MINE if column == 1 else THEIRS}")
                button.setToolTip(self.view.text(name, value))
                group.addButton(button, column)
                table.setCellWidget(row, column, button)
            # What the user changed is theirs to keep; what they left alone takes the new value.
            mine_changed = base is None or conflict.mine.get(name) != base.get(name)
            group.button(1 if mine_changed else 2).setChecked(True)
            self.groups[name] = group
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        same = len(conflict.mine) - len(names)
        ui.sameLabel.setText(self.tr("{count} other field(s) are the same in both.")
                             .format(count=same) if same else "")
        ui.sameLabel.setVisible(bool(same))

    @staticmethod
    def _short(text: str) -> str:
        text = " ".join(text.split())
        return text if len(text) <= SHORT else text[:SHORT - 1] + "…"

    def button(self, name: str, side: str) -> QAbstractButton:
        """The value button of field ``name`` on ``side`` (MINE or THEIRS)."""
        return self.groups[name].button(1 if side == MINE else 2)

    def picks(self) -> dict[str, str]:
        """Per differing field: MINE or THEIRS, as the user clicked."""
        return {name: MINE if group.checkedId() == 1 else THEIRS
                for name, group in self.groups.items()}

    def values(self) -> dict[str, Any]:
        """The values to save: the user's, the saved ones, or per field as picked."""
        conflict = self.conflict
        if self.choice == THEIRS:
            return dict(conflict.saved)
        values = dict(conflict.mine)
        if self.choice == MERGED:
            for name, side in self.picks().items():
                if side == THEIRS:
                    values[name] = conflict.saved.get(name)
        return values

    def _finish(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def ask_resolution(parent: QWidget | None, conflict: EditConflict,
                   view: ConflictView | None) -> dict[str, Any] | None:
    """Open the dialog; the values to save again, or None when the user went back (or the
    conflict does not carry the values: its message is then shown as an error). Saved
    meanwhile exactly as the user would save it: nothing to choose, theirs are saved."""
    if not conflict.mine:
        return None
    if not conflict.differing:
        return dict(conflict.mine)
    dialog = ConflictDialog(conflict, view, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    if dialog.exec() != ConflictDialog.DialogCode.Accepted:
        return None
    return dialog.values()
