"""Issue 11: when the store fails, the user reads what happened, what was kept and what to do
in Chinese — never the driver's text, never "程序故障" — the window stops saving and offers a
backup copy saved elsewhere. Driven through a real dialog (Categories of points → Add)."""
from __future__ import annotations

import re
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from libdesk.app import create_application, watch_store_failures
from libdesk.models.errors import StoreFailure
from libdesk.ui.branches.categories_dialog import CategoriesDialog
from libdesk.ui.common.errors import set_store_failure_handler, show_error
from libdesk.ui.admin.store_failure import save_rescue_copy

DRIVER_WORDS = re.compile(r"sqlite|OperationalError|disk I/O|database is locked|readonly|"
                          r"Background on this error|sqlalche|Errno|Traceback|程序故障", re.I)
KINDS = {  # sqlite error name -> what the driver says
    "SQLITE_IOERR_WRITE": "disk I/O error",
    "SQLITE_FULL": "database or disk is full",
    "SQLITE_READONLY": "attempt to write a readonly database",
    "SQLITE_BUSY": "database is locked",
    "SQLITE_CORRUPT": "database disk image is malformed",
}


@pytest.fixture
def shown(monkeypatch):
    """Every message box's text, instead of showing it."""
    texts: list[str] = []

    def record(box):
        texts.append("\n".join([box.text(), box.informativeText()]))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: texts.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: texts.append(a[2]))
    return texts


def add_category(qtbot, dialog, monkeypatch, name: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (name, True))
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)


def failing_driver(services, monkeypatch, name: str, text: str) -> None:
    def do_execute(*_args, **_kwargs):
        error = sqlite3.OperationalError(text)
        error.sqlite_errorname = name
        raise error

    monkeypatch.setattr(services.store.engine.dialect, "do_execute", do_execute)
    monkeypatch.setattr(services.store.engine.dialect, "do_execute_no_params", do_execute)


def assert_plain_chinese(text: str) -> None:
    assert not DRIVER_WORDS.search(re.sub(r"/\S+\.sqlite", "", text)), text
    assert re.search(r"[\u4e00-\u9fff]", text), text


@pytest.mark.parametrize("name", sorted(KINDS))
def test_each_store_failure_is_explained_and_stops_saving(qtbot, services, shown,
                                                          monkeypatch, name):
    create_application()
    watch_store_failures(services)
    services.store.wait_seconds = 0.2
    dialog = CategoriesDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    with monkeypatch.context() as patch:
        failing_driver(services, patch, name, KINDS[name])
        add_category(qtbot, dialog, monkeypatch, "流动书车")
    set_store_failure_handler(None)
    assert len(shown) == 1
    assert_plain_chinese(shown[0])
    assert dialog.isVisible()  # the dialog stays open
    names = [n for _, n in services.branch_categories.categories()]
    assert "流动书车" not in names
    if name == "SQLITE_BUSY":  # waiting longer may help: saving goes on afterwards
        services.branch_categories.add_category("流动书车")
        return
    with pytest.raises(StoreFailure) as again:  # the driver works again, the store refuses
        services.branch_categories.add_category("流动书车")
    show_error(None, again.value)
    assert shown[-1] == shown[0]


@pytest.mark.sqlite_only  # works on the database file itself
def test_database_deleted_under_the_window_is_rescued(qtbot, services, db_path, tmp_path,
                                                      shown, monkeypatch):
    create_application()
    watch_store_failures(services)
    services.branch_categories.add_category("先存的类别")
    dialog = CategoriesDialog(services)
    qtbot.addWidget(dialog)
    db_path.unlink()
    add_category(qtbot, dialog, monkeypatch, "删除后的类别")
    set_store_failure_handler(None)
    assert len(shown) == 1 and "删除" in shown[0]
    assert_plain_chinese(shown[0])
    copy = save_rescue_copy(None, services, str(tmp_path / "rescue.sqlite"))
    assert copy is not None and not list(tmp_path.glob("*.part"))
    assert_plain_chinese(shown[-1])
    rescued = sqlite3.connect(copy)
    try:
        names = {r[0] for r in rescued.execute("SELECT name FROM branch_category")}
    finally:
        rescued.close()
    assert "先存的类别" in names and "删除后的类别" not in names


def test_a_program_fault_names_the_fault_log(services, shown):
    from libdesk.app import install_fault_log
    from libdesk.config import fault_log_path

    create_application()
    handler = install_fault_log()
    try:
        show_error(None, KeyError("oops"))
        handler.flush()
        assert str(fault_log_path()) in shown[-1]
        assert "KeyError" in fault_log_path().read_text(encoding="utf-8")
    finally:
        import logging

        logging.getLogger().removeHandler(handler)
        handler.close()
