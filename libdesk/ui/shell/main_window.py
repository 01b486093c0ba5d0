"""The main window: tabs, menus, status bar; wiring only, every feature lives in its tab.

It is shown before the store is open (``MainWindow(None)``: menus, the tab bar, an empty
first page saying the database is being opened); ``attach(services)`` then drops the tabs the
person may not see, builds the current tab and installs the menus' actions — on a window
already on screen (the start-up) once that tab's first rows are painted, so that building
the actions is not in their way (benchmarks/, "first tab's data painted").

It owns the change signal (``self.changes``, see ui/common/operations.py): every write made
through the operation helpers emits there, and the window hands the change to each tab it has
built (``tab.on_change(change)``); a tab not built yet reads fresh data when it is built."""
from __future__ import annotations

import importlib

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (QLabel, QLineEdit, QMainWindow, QMenu, QMessageBox, QTabWidget,
                               QVBoxLayout, QWidget)

from libdesk import __version__
from libdesk.models.roles import ROLE_LABELS
from libdesk.ui.common.i18n import LANGUAGES, current_language, set_language
from libdesk.ui.common.labels import enum_label
from libdesk.ui.common.operations import Change, ChangeSignal
from libdesk.ui.common.tasks import finish_running_tasks, running_tasks
from libdesk.ui.shell.live import LiveRefresh
from libdesk.ui.shell.tabs import ACTION_PROVIDERS, TABS, TabEntry
from libdesk.ui.common import desk_state


AFTER_FIRST_ROWS_LIMIT_MS = 1000


class MainWindow(QMainWindow):
    # After the running tasks have finished, before the window goes (closing backups).
    closing = Signal()

    def __init__(self, services=None, parent=None) -> None:
        super().__init__(parent)
        self.services = None
        self.live: LiveRefresh | None = None  # the other desks' changes, on self.changes
        self.changes = ChangeSignal(self)
        self.changes.changed.connect(self._forward_change)
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("LibDesk — Taiyuan City Library outreach desk"))
        self.resize(1280, 800)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self._menus: dict[str, QMenu] = {}
        self._tab_file_actions: list[QAction] = []
        self.actions_installed = False  # the action providers' (ACTION_PROVIDERS)
        self._build_menus()
        self._build_tabs()
        self.tabs.currentChanged.connect(self._tab_changed)
        self._restore()
        self.statusBar().showMessage(self.tr("Opening the database…"))
        if services is not None:
            self.attach(services)

    def attach(self, services) -> None:
        """The store is open (and someone signed in): now the tabs can read their data."""
        self.services = services
        self.statusBar().clearMessage()
        for index in reversed(range(self.tabs.count())):
            slot = self.tabs.widget(index)
            if not slot.entry.visible(services):  # the tab's module is not imported for it
                self.tabs.removeTab(index)
                slot.deleteLater()
        on_screen = self.isVisible()
        if not on_screen:
            self._install_actions()
        self._build_status_bar()
        self._restore_tab()
        self._tab_changed(self.tabs.currentIndex())
        self.live = LiveRefresh(self)
        if on_screen:
            self._after_first_rows(self._install_actions)

    def _install_actions(self) -> None:
        if self.actions_installed or self.services is None or not shiboken6.isValid(self):
            return
        self.actions_installed = True
        for name in ACTION_PROVIDERS:
            importlib.import_module(name).install(self)

    def _after_first_rows(self, call) -> None:
        """``call()`` once the current tab's first rows are painted: after the paint that
        follows its model's first answer, or a second from now if that does not come (a tab
        without such a model, a read that failed)."""
        from libdesk.ui.common.paged_model import PagedTableModel
        from libdesk.ui.common.row_loader import default_loader

        QTimer.singleShot(AFTER_FIRST_ROWS_LIMIT_MS, self, call)
        model = getattr(getattr(self.tabs.currentWidget(), "widget", None), "model", None)
        if isinstance(model, PagedTableModel) and not model.rowCount():
            model.loaded.connect(lambda: default_loader().after_paint(call),
                                 Qt.ConnectionType.SingleShotConnection)
        else:
            QTimer.singleShot(0, self, call)

    # -- building --------------------------------------------------------------------------
    def menu(self, name: str) -> QMenu:
        return self._menus[name]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self._menus["file"] = bar.addMenu(self.tr("&File"))
        self._menus["view"] = bar.addMenu(self.tr("&View"))
        self._menus["tools"] = bar.addMenu(self.tr("&Tools"))
        self._menus["help"] = bar.addMenu(self.tr("&Help"))
        self._file_separator = self._menus["file"].addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        self._menus["file"].addAction(quit_action)

        language_menu = self._menus["view"].addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, label in LANGUAGES.items():
            action = QAction(label, self, checkable=True)
            action.setChecked(code == current_language())
            action.triggered.connect(lambda _checked=False, c=code: self._switch_language(c))
            group.addAction(action)
            language_menu.addAction(action)
        self._menus["view"].addSeparator()
        find = QAction(self.tr("&Find in table"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_filter)
        self._menus["view"].addAction(find)
        for index in range(9):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.tabs.setCurrentIndex(i))
            self.addAction(action)

        about = QAction(self.tr("&About LibDesk"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self._about)
        self._menus["help"].addAction(about)

    def _build_tabs(self) -> None:
        for entry in TABS:
            self.tabs.addTab(_TabSlot(entry, self), entry.title())

    def _build_status_bar(self) -> None:
        actor = self.services.actor
        self.user_label = QLabel(self.tr("{user} · {role}").format(
            user=actor.label, role=self.tr_role(actor.role)))
        self.statusBar().addPermanentWidget(self.user_label)
        database = self.services.store.path or self.services.store.display_url
        self.statusBar().addPermanentWidget(QLabel(str(database)))

    @staticmethod
    def tr_role(role) -> str:
        return enum_label(ROLE_LABELS, role, "Roles")

    # -- tabs ------------------------------------------------------------------------------
    def _slot(self, key: str) -> "_TabSlot | None":
        for index in range(self.tabs.count()):
            slot = self.tabs.widget(index)
            if slot.key == key:
                return slot
        return None

    def tab(self, key: str) -> QWidget | None:
        """The tab ``key`` (built now if it has not been shown yet), or None."""
        slot = self._slot(key)
        return slot.ensure() if slot is not None else None

    def show_tab(self, key: str) -> bool:
        slot = self._slot(key)
        if slot is not None:
            self.tabs.setCurrentWidget(slot)
        return slot is not None

    def show_records(self, filters: dict) -> bool:
        """Open the tab ``filters["tab"]`` listing only the records ``filters`` names (each
        tab's ``show_records`` says which keys it takes); False when there is no such tab."""
        tab = self.tab(filters.get("tab", ""))
        if tab is None or not hasattr(tab, "show_records"):
            return False
        self.show_tab(filters["tab"])
        tab.show_records(filters)
        return True

    def _tab_changed(self, index: int) -> None:
        file_menu = self._menus["file"]
        for action in self._tab_file_actions:
            file_menu.removeAction(action)
        slot = self.tabs.widget(index)
        widget = slot.ensure() if slot is not None and self.services is not None else None
        provider = getattr(widget, "file_actions", None)
        self._tab_file_actions = list(provider()) if provider else []
        first = file_menu.actions()[0] if file_menu.actions() else None
        for action in self._tab_file_actions:
            file_menu.insertAction(first, action)

    def built_tabs(self) -> list[QWidget]:
        slots = [self.tabs.widget(index) for index in range(self.tabs.count())]
        return [slot.widget for slot in slots if slot.widget is not None]

    def _forward_change(self, change: Change) -> None:
        for tab in self.built_tabs():
            on_change = getattr(tab, "on_change", None)
            if on_change is not None:
                on_change(change)

    def focus_filter(self) -> None:
        """Ctrl+F: to the type-to-filter box of the table the current tab shows."""
        tab = self.tabs.currentWidget()
        boxes = [box for box in tab.findChildren(QLineEdit, "filterEdit") if box.isVisible()]
        if boxes:
            boxes[0].setFocus()
            boxes[0].selectAll()

    def show_message(self, text: str, timeout_ms: int = 5000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    # -- actions ---------------------------------------------------------------------------
    def _switch_language(self, code: str) -> None:
        if code == current_language():
            return
        set_language(code)
        QMessageBox.information(self, self.tr("Language"), self.tr(
            "The language changes when LibDesk is started again."))

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("About LibDesk"), self.tr(
            "<b>LibDesk {version}</b><br>The outreach desk of the Taiyuan City Library: "
            "branches and outreach points, donations and certificates, distribution, "
            "volunteers.<br><br>Chinese text uses WenQuanYi Micro Hei (Apache 2.0).").format(
            version=__version__))

    # -- state -----------------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = desk_state.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = desk_state.value("main/state")
        if state is not None:
            self.restoreState(state)
        self._restore_tab()

    def _restore_tab(self) -> None:
        key = desk_state.value("main/tab")
        if key:
            self.show_tab(str(key))

    def closeEvent(self, event) -> None:  # noqa: N802
        from libdesk.ui.common.row_loader import cancel_all_reads

        cancel_all_reads()  # a list's query still running stops now: closing never waits on it
        if running_tasks():
            # Imports and exports are cancelled (their transactions roll back); backups and
            # checks are waited for, so nothing is writing when the store closes.
            self.show_message(self.tr("Finishing the work still running…"), 0)
        finish_running_tasks()
        if self.live is not None:
            self.live.stop()
        self.closing.emit()
        desk_state.set_value("main/geometry", self.saveGeometry())
        desk_state.set_value("main/state", self.saveState())
        desk_state.set_value("main/tab", getattr(self.tabs.currentWidget(), "key", ""))
        for index in range(self.tabs.count()):
            save = getattr(self.tabs.widget(index).widget, "save_state", None)
            if save is not None:
                save()
        super().closeEvent(event)


class _TabSlot(QWidget):
    """A tab's place in the tab bar; the tab itself is built the first time it is shown.

    Building every tab at start-up ran every tab's queries: over the demo database
    (100,000 donors, 500,000 hours) that was 2.3 s before the window appeared, 1.2 s of it
    the statistics tab (benchmarks/)."""

    def __init__(self, entry: TabEntry, window: MainWindow) -> None:
        super().__init__(window.tabs)
        self.key = entry.key
        self.entry, self._window = entry, window
        self._cls: type | None = None
        self.widget: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._waiting = QLabel(self.tr("Opening the database…"), self)
        self._waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self._waiting)

    @property
    def cls(self) -> type:
        """The tab's class; its module (and what it imports) is loaded the first time."""
        if self._cls is None:
            self._cls = self.entry.load()
        return self._cls

    def ensure(self) -> QWidget:
        if self.widget is None:
            self.widget = self.cls(self._window.services, self._window)
            self.widget.setObjectName(f"tab_{self.key}")
            self._waiting.hide()
            self.layout().addWidget(self.widget)
        return self.widget
