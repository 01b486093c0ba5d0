"""One form for any outreach record, built from its fields (``specs``): a date picker, text
boxes, number boxes, a point picker, a choice list. Save asks the service; what it refuses
is shown under the form, naming the field, and the dialog stays open. Editing a stored
record, the dialog passes the version it opened (``version``); a record saved meanwhile at
another desk opens the conflict dialog."""
from __future__ import annotations

from dataclasses import fields as dataclass_fields
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialogButtonBox,
                               QDoubleSpinBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QSpinBox, QVBoxLayout)

from libdesk.ui.common.conflict_dialog import ConflictView, plain
from libdesk.ui.common.dialogs import Dialog
from libdesk.ui.common.errors import problem_text
from libdesk.ui.common.operations import Change
from libdesk.ui.outreach.specs import FormField, tr


def point_combo(services, parent, optional: bool) -> QComboBox:
    combo = QComboBox(parent)
    combo.setEditable(False)
    if optional:
        combo.addItem(QCoreApplication.translate("RecordDialog", "(none: another place)"), None)
    for branch_id, name in services.branches.names():
        combo.addItem(name, branch_id)
    return combo


class RecordDialog(Dialog):
    """``save(record)`` is called with the input record; it returns nothing or raises. A
    saved record emits ``change`` on the window's change signal. With ``version`` (read
    before ``record`` when the record was opened) it is ``save(record, expected_version)``."""

    def __init__(self, services, form: list[FormField], input_cls, title: str, save,
                 record=None, parent=None, change: Change | None = None,
                 version: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form, self.input_cls, self._save = form, input_cls, save
        self.version, self.loaded = version, record
        self._change = change or Change.of("outreach")
        self.widgets: dict[str, object] = {}
        layout = QVBoxLayout(self)
        grid = QFormLayout()
        layout.addLayout(grid)
        for f in form:
            widget = self._widget(services, f)
            widget.setObjectName(f"{f.attr}Field")
            self.widgets[f.attr] = widget
            grid.addRow(tr(f.label), widget)
        self._error_label = QLabel(self)
        self._error_label.setObjectName("errorLabel")
        self._error_label.setStyleSheet("color: #b00020")
        self._error_label.setWordWrap(True)
        layout.addWidget(self._error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept_record)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.set_record(record or input_cls())
        self.resize(460, self.sizeHint().height())

    def _widget(self, services, f: FormField):
        if f.kind == "date":
            widget = QDateEdit(self)
            widget.setCalendarPopup(True)
            widget.setDisplayFormat("yyyy-MM-dd")
            return widget
        if f.kind in ("int", "signed"):
            widget = QSpinBox(self)
            widget.setRange(-1_000_000 if f.kind == "signed" else 0, 1_000_000)
            return widget
        if f.kind == "float":
            widget = QDoubleSpinBox(self)
            widget.setRange(0, 1_000_000)
            widget.setDecimals(1)
            return widget
        if f.kind == "bool":
            return QCheckBox(self)
        if f.kind in ("point", "optional_point"):
            return point_combo(services, self, f.kind == "optional_point")
        if f.kind == "choice":
            widget = QComboBox(self)
            for value, label in f.choices.items():
                widget.addItem(tr(label, f.context), value)
            return widget
        if f.kind == "long":
            widget = QPlainTextEdit(self)
            widget.setFixedHeight(64)
            return widget
        return QLineEdit(self)

    def set_record(self, record) -> None:
        for f in self.form:
            widget, value = self.widgets[f.attr], getattr(record, f.attr)
            if f.kind == "date":
                widget.setDate(QDate(value) if isinstance(value, date) else QDate.currentDate())
            elif f.kind in ("int", "signed", "float"):
                widget.setValue(value or 0)
            elif f.kind == "bool":
                widget.setChecked(bool(value))
            elif f.kind in ("point", "optional_point", "choice"):
                index = widget.findData(value)
                widget.setCurrentIndex(index if index >= 0 else 0)
            elif f.kind == "long":
                widget.setPlainText(value or "")
            else:
                widget.setText(value or "")

    def record(self):
        values = {}
        for f in self.form:
            widget = self.widgets[f.attr]
            if f.kind == "date":
                values[f.attr] = widget.date().toPython()
            elif f.kind in ("int", "signed", "float"):
                values[f.attr] = widget.value()
            elif f.kind == "bool":
                values[f.attr] = widget.isChecked()
            elif f.kind in ("point", "optional_point", "choice"):
                values[f.attr] = widget.currentData()
            elif f.kind == "long":
                values[f.attr] = widget.toPlainText()
            else:
                values[f.attr] = widget.text()
        names = {f.name for f in dataclass_fields(self.input_cls)}
        return self.input_cls(**{k: v for k, v in values.items() if k in names})

    @property
    def error_label(self) -> QLabel:
        return self._error_label

    def _problem_line(self, problem) -> str:
        labels = {f.attr: tr(f.label) for f in self.form}
        return problem_text(replace(problem, field=labels.get(problem.field, problem.field)))

    def conflict_view(self) -> ConflictView:
        """The form's labels, and a point or choice shown as its list shows it."""
        combos = {f.attr: self.widgets[f.attr] for f in self.form
                  if f.kind in ("point", "optional_point", "choice")}

        def show(name, value) -> str:
            combo = combos.get(name)
            index = combo.findData(value) if combo is not None else -1
            return combo.itemText(index) if index >= 0 else plain(value)

        return ConflictView({f.attr: tr(f.label) for f in self.form}, show,
                            None if self.loaded is None else
                            {f.attr: getattr(self.loaded, f.attr) for f in self.form})

    def accept_record(self) -> None:
        record = self.record()
        if self.version is None:
            self.submit(lambda: self._save(record), self._change,
                        problem_line=self._problem_line)
            return
        self.submit(lambda: self._save(record, self.version), self._change,
                    problem_line=self._problem_line,
                    resave=lambda values, version: self._save(replace(record, **{
                        k: v for k, v in values.items() if hasattr(record, k)}), version),
                    conflict_view=self.conflict_view())
