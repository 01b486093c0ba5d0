"""Start-up wiring: the only place that knows every layer.

QApplication → fault log → bundled font → translations → the main window's shell on screen
→ the database opened (ORM, schema check, upgrade) in a worker thread while the shell paints,
owning the file (a second window on it is refused) → sign-in when the database has accounts
→ the tabs attached to the services.
"""
from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import threading

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QSettings, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from libdesk import APP_NAME, ORG_NAME, __version__
from libdesk.models.errors import DomainError
from libdesk.config import fault_log_path
from libdesk.ui.common.errors import error_text, set_store_failure_handler, show_error
from libdesk.ui.common.i18n import install_font, install_translations

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    install_font(app)
    install_translations()
    return app


def install_fault_log() -> logging.Handler | None:
    """Program faults go to a rotating log in the user data folder (5 files of 1 MB)."""
    path = fault_log_path()
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, "baseFilename", None) == str(path):
            return handler
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000,
                                                       backupCount=5, encoding="utf-8")
    except OSError:
        return None  # a read-only profile: faults are still shown, just not kept
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.WARNING)
    root.addHandler(handler)
    if root.level > logging.WARNING or root.level == logging.NOTSET:
        root.setLevel(logging.WARNING)
    return handler


def watch_store_failures(services) -> None:
    """A store failure that stops saving offers a backup copy saved elsewhere."""
    from libdesk.ui.admin.store_failure import offer_rescue_copy

    set_store_failure_handler(
        lambda parent, failure, text: offer_rescue_copy(parent, services, failure, text))


class _Opened(QObject):
    done = Signal()


def _open_off_thread(database: str | None):
    """``open_services(database)`` in a worker thread; the window keeps painting meanwhile.

    Importing the ORM stack, checking (and upgrading) the schema and seeding a new database
    all happen there; what it raises is raised here, on the GUI thread, to be explained."""
    outcome: dict = {}
    relay, loop = _Opened(), QEventLoop()
    relay.done.connect(loop.quit)  # emitted from the worker: queued to this thread

    def work() -> None:
        try:
            from libdesk.services import open_services

            outcome["services"] = open_services(database)
        except BaseException as exc:  # noqa: BLE001 - re-raised on the GUI thread
            outcome["error"] = exc
        finally:
            relay.done.emit()

    threading.Thread(target=work, name="libdesk-open", daemon=True).start()
    loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["services"]


def _open_here(database: str | None):
    from libdesk.services import open_services

    return open_services(database)


def open_services_or_explain(database: str | None, *, off_thread: bool = False):
    """The services, or None after telling the user why the database cannot be opened."""
    try:
        return (_open_off_thread if off_thread else _open_here)(database)
    except DomainError as exc:
        from libdesk.services.maintenance import DatabaseUnreadable
        from libdesk.ui.admin.recovery import offer_restore  # a damaged file: restore a backup

        if isinstance(exc, DatabaseUnreadable):
            if not offer_restore(database, exc):
                return None
            return open_services_or_explain(database, off_thread=off_thread)
        QMessageBox.critical(None, QCoreApplication.translate("App", "LibDesk cannot start"),
                             error_text(exc))
        return None


def prepare_when_idle(window, services) -> threading.Event:
    """Once the first tab has its rows on screen, make the other services in a worker thread
    (importing their modules; the document and spreadsheet libraries stay unimported until
    something is printed or exported), so the first visit of another tab waits for none of it.
    The event is set when that is done."""
    from PySide6.QtCore import Qt, QTimer

    done = threading.Event()

    def work() -> None:
        try:
            services.prepare()
        except Exception:  # noqa: BLE001 - a service the tab makes itself says what failed
            log.debug("preparing the services failed", exc_info=True)
        finally:
            done.set()

    def start() -> None:
        if not done.is_set() and not started:
            started.append(True)
            threading.Thread(target=work, name="libdesk-prepare", daemon=True).start()

    started: list[bool] = []
    models = _first_tab_models(window)
    if not models or any(model.rowCount() for model in models):  # nothing to wait for
        QTimer.singleShot(200, start)
    for model in models:  # a moment after the first rows, for them to be painted first
        model.loaded.connect(lambda: QTimer.singleShot(200, start),
                             Qt.ConnectionType.SingleShotConnection)
    QTimer.singleShot(3000, start)  # an empty first tab, or rows read before this was called
    return done


def _first_tab_models(window) -> list:
    """The current tab's table models: its ``model`` when it has one, else every model in it
    (``findChildren`` wraps each object of the tab in Python, 20-30 ms before the rows)."""
    from libdesk.ui.common.paged_model import PagedTableModel

    slot = window.tabs.currentWidget()
    model = getattr(getattr(slot, "widget", None), "model", None)
    if isinstance(model, PagedTableModel):
        return [model]
    return slot.findChildren(PagedTableModel) if slot is not None else []


def build_main_window(services):
    from libdesk.ui.shell.main_window import MainWindow

    return MainWindow(services)


def _excepthook(kind, value, trace) -> None:
    log.error("unhandled", exc_info=(kind, value, trace))
    if QApplication.instance() is not None:
        show_error(None, value)


def run(database: str | None = None) -> int:
    install_fault_log()
    app = create_application()
    window = build_main_window(None)  # the shell, before the ORM is even imported
    window.show()
    services = open_services_or_explain(database, off_thread=True)
    if services is None:
        window.close()
        return 2
    from libdesk.ui.admin.login_dialog import sign_in  # staff accounts: sign in first

    if not sign_in(services, window):
        window.close()
        services.close()
        return 0
    sys.excepthook = _excepthook
    watch_store_failures(services)
    window.attach(services)
    prepare_when_idle(window, services)
    try:
        return app.exec()
    finally:
        shut_down(services)


def shut_down(services) -> None:
    """After the window closed: the table reads still in flight are stopped (their SQL
    interrupted) and briefly waited for, then the store closes."""
    from libdesk.ui.common.row_loader import close_reads

    if not close_reads():
        log.warning("a table read was still running when the store closed")
    set_store_failure_handler(None)
    services.close()


def screenshot(path: str, database: str | None = None, tab: str | None = None,
               size: tuple[int, int] = (1280, 800), services=None) -> str:
    """Render the main window offscreen into a PNG (the README's images). ``services`` are
    already signed in (``libdesk screenshot`` signs in like every command)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from libdesk.ui.common.row_loader import SyncLoader, set_default_loader

    set_default_loader(SyncLoader())  # a picture of the rows, not of the tables still reading
    app = create_application()
    if services is None:
        from libdesk.services import COMMAND, open_services

        try:  # offscreen nobody could close a message box: say it on stderr
            services = open_services(database, claim=COMMAND)  # reads beside an open window
        except DomainError as exc:
            print(exc.english(), file=sys.stderr)
            raise SystemExit(2) from exc
    if services.staff.has_accounts() and not services.actor.username:
        services.close()
        raise SystemExit("sign in first: this database has staff accounts")
    window = build_main_window(services)
    window.resize(*size)
    if tab and not window.show_tab(tab):
        raise SystemExit(f"no tab named {tab!r}")
    window.show()
    for _ in range(5):
        app.processEvents()
    if not window.grab().save(path):
        raise SystemExit(f"could not write {path}")
    window.close()
    services.close()
    return path
