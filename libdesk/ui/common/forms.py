"""Qt Designer forms: ``forms/<area>/<name>.ui`` (see ``libdesk.config.form_path``) is the
source; ``tools/forms.py`` compiles each into ``libdesk.ui.compiled_forms.<area>.<name>``.

A compiled form is used while it was made from the .ui as it is now (the SHA-1 it carries);
otherwise — not compiled, or the .ui edited since — the .ui is loaded with QUiLoader. Both
give the same widgets with the same names and strings (tests/ui/common/test_forms.py), the
compiled one in a few milliseconds instead of QUiLoader's ~60 ms for a process's first form."""
from __future__ import annotations

import hashlib
import importlib

from PySide6.QtWidgets import QVBoxLayout, QWidget

from libdesk.config import form_path

COMPILED = "libdesk.ui.compiled_forms"


def load_form(relative: str, host: QWidget) -> QWidget:
    """Load ``forms/<relative>`` and fill ``host`` with it; returns the loaded widget, whose
    children are reachable as attributes by object name (``form.nameEdit``)."""
    path = form_path(*relative.split("/"))
    try:
        source = path.read_bytes()
    except OSError as exc:
        raise FileNotFoundError(f"form {relative} is missing") from exc
    module = compiled_module(relative)
    if module is not None and module.SOURCE_SHA1 == hashlib.sha1(source).hexdigest():
        form = module.create(host)
    else:
        form = _parse(relative, source, host)
    layout = host.layout() or QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(form)
    return form


def compiled_module(relative: str):
    """The compiled module of ``<area>/<name>.ui``, or None when there is none."""
    name = COMPILED + "." + relative.removesuffix(".ui").replace("/", ".")
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _parse(relative: str, source: bytes, host: QWidget) -> QWidget:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtUiTools import QUiLoader

    buffer = QBuffer()
    buffer.setData(QByteArray(source))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    form = QUiLoader().load(buffer, host)
    if form is None:
        raise RuntimeError(f"form {relative} could not be loaded")
    return form
