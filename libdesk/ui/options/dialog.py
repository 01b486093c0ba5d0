"""The options dialog: a list of pages on the left, the page on the right; OK stores every
page's values together (administrators only; others see them read-only)."""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget,
                               QStackedWidget, QVBoxLayout)

from libdesk.models.errors import DomainError, EditConflict
from libdesk.models.roles import Perm
from libdesk.ui.common import desk_state
from libdesk.ui.common.errors import error_text, problem_text
from libdesk.ui.options.pages import PAGES, OptionsPage


class OptionsDialog(QDialog):
    def __init__(self, services, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("OptionsDialog")
        self.setWindowTitle(self.tr("Options"))
        self.editable = services.settings.can(Perm.SETTINGS_EDIT)
        self.list = QListWidget(self)
        self.list.setObjectName("pageList")
        self.list.setFixedWidth(150)
        self.stack = QStackedWidget(self)
        self.pages: list[OptionsPage] = []
        values = services.settings.all()
        self._shown = values  # as opened: OK stores only what the user changed from these
        for cls in PAGES:
            page = cls(self.stack)
            page.setObjectName(cls.__name__)
            page.load(values)
            page.set_read_only(not self.editable)
            self.pages.append(page)
            self.stack.addWidget(page)
            self.list.addItem(cls.title())
        self.list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.note = QLabel(self)
        self.note.setObjectName("noteLabel")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #a00;")
        if not self.editable:
            self.note.setText(self.tr(
                "Only an administrator can change these settings; they are shown read-only."))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.editable)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(720, 460)
        desk_state.restore_geometry(self, "OptionsDialog")
        self.list.setCurrentRow(int(desk_state.value("dialogs/OptionsDialog/page", 0) or 0)
                                % len(self.pages))

    def page(self, cls: type[OptionsPage]) -> OptionsPage:
        return next(p for p in self.pages if isinstance(p, cls))

    def accept(self) -> None:
        values: dict = {}
        for page in self.pages:
            values.update(page.save())
        try:
            self.services.settings.set_many(values, as_shown=self._shown)
        except DomainError as exc:
            if isinstance(exc, EditConflict):
                self._name_setting(exc)
            problems = getattr(exc, "problems", [])
            self.note.setText("\n".join([error_text(exc)] + [problem_text(p) for p in problems]))
            for index, page in enumerate(self.pages):  # show the page with the first problem
                if problems and problems[0].field in page.edits:
                    self.list.setCurrentRow(index)
                    page.edits[problems[0].field].setFocus()
            return
        super().accept()

    def _name_setting(self, conflict: EditConflict) -> None:
        """A setting changed meanwhile at another desk: named by its label, its page shown."""
        for index, page in enumerate(self.pages):
            edit = page.edits.get(conflict.record_id)
            if edit is None:
                continue
            label = page.form.labelForField(edit) or page.form.labelForField(edit.parentWidget())
            if label is not None:
                conflict.params["name"] = label.text().rstrip(":：")
            self.list.setCurrentRow(index)
            edit.setFocus()
            return

    def done(self, code: int) -> None:
        desk_state.save_geometry(self, "OptionsDialog")
        desk_state.set_value("dialogs/OptionsDialog/page", self.list.currentRow())
        super().done(code)
