"""The base of LibDesk's dialogs: the size and place remembered per dialog class, and one way
to submit a write whose expected errors stay in the dialog.

    class DonorDialog(Dialog):
        def accept(self):
            self.submit(lambda: self.services.donors.save(...),
                        lambda donor_id: Change.of(donors=[donor_id]),
                        on_done=lambda donor_id: setattr(self, "saved_id", donor_id))

Geometry is saved when the dialog finishes, however it finishes (Save, Cancel, Close, Esc,
the title bar's ×), and restored the first time it is shown, so a size set in a subclass's
``__init__`` is only the default for the first use.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QLabel

from libdesk.ui.common.errors import problem_text
from libdesk.ui.common.operations import ChangeSpec, Outcome, Resave, run_write
from libdesk.ui.common import desk_state

if TYPE_CHECKING:  # the dialog itself is imported when a save first meets a conflict
    from libdesk.ui.common.conflict_dialog import ConflictView


def geometry_key(cls: type) -> str:
    return f"dialogs/{cls.__name__}/geometry"


class Dialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._geometry_restored = False
        self.finished.connect(self._save_geometry)

    # -- geometry --------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self._geometry_restored:
            self._geometry_restored = True
            geometry = desk_state.value(geometry_key(type(self)))
            if geometry is not None:
                self.restoreGeometry(geometry)
        super().showEvent(event)

    def _save_geometry(self, _result: int = 0) -> None:
        desk_state.set_value(geometry_key(type(self)), self.saveGeometry())

    # -- submitting ------------------------------------------------------------------------
    @property
    def error_label(self) -> QLabel | None:
        ui = getattr(self, "ui", None)
        return getattr(ui, "errorLabel", None)

    def show_problem(self, text: str) -> None:
        """A problem found before submitting (two passwords differ, no donor chosen)."""
        label = self.error_label
        if label is not None:
            label.setText(text)
            label.show()

    def submit(self, work: Callable[[], Any], change: ChangeSpec, *,
               on_done: Callable[[Any], None] | None = None,
               problem_line: Callable[[Any], str] = problem_text,
               accept: bool = True, resave: Resave | None = None,
               conflict_view: ConflictView | None = None) -> Outcome:
        """Run the write through ``operations.run_write``. A domain error (validation, a
        clash, a refused step) goes to the error label and the dialog stays open with the
        input; on success the change is emitted, ``on_done(result)`` runs and, with
        ``accept``, the dialog closes. With ``resave`` a stale save opens the conflict
        dialog (``operations.run_write``)."""
        label = self.error_label
        if label is not None:
            label.clear()
        outcome = run_write(self, work, change, on_done=on_done, error_label=label,
                            problem_line=problem_line, resave=resave,
                            conflict_view=conflict_view)
        if outcome.ok and accept:
            QDialog.accept(self)
        return outcome
