"""Qt's own dialogs (file dialog, print dialog, standard buttons) speak Chinese too."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def test_qtbase_chinese_is_loaded(qtbot):
    from libdesk.app import create_application
    from libdesk.ui.common.i18n import install_translations

    create_application()
    install_translations("zh_CN")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "查找范围："
    assert QCoreApplication.translate("QFileDialog", "Files of type:") == "文件类型："
