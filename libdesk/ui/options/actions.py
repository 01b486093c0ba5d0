"""Tools → Options… (Ctrl+,)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:  # the dialog (and its pages) is imported when first opened
    from libdesk.ui.options.dialog import OptionsDialog


def install(window) -> None:
    window._options_actions = OptionsActions(window)


class OptionsActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("&Options…"), window)
        self.action.setObjectName("optionsAction")
        self.action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action.triggered.connect(self.open)
        tools = window.menu("tools")
        tools.addSeparator()
        tools.addAction(self.action)

    def open(self) -> OptionsDialog:
        from libdesk.ui.options.dialog import OptionsDialog

        dialog = OptionsDialog(self.window.services, self.window)
        if dialog.exec() == OptionsDialog.DialogCode.Accepted:
            self.window.show_message(self.tr("Options saved."))
        return dialog
