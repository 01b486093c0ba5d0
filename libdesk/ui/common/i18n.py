"""The bundled CJK font and the translations, installed once at start-up."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from libdesk.config import resource_path
from libdesk.ui.common import desk_state

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = {"zh_CN": "中文", "en": "English"}
LANGUAGE_KEY = "ui/language"
_installed: list[QTranslator] = []


def install_font(app: QApplication) -> str:
    """Register WenQuanYi Micro Hei and make it the fallback for Chinese, so Chinese renders
    on a PC without Chinese fonts; returns its family name."""
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", "wqy-microhei.ttc")))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return ""
    family = families[0]
    font = QFont(app.font())
    font.setFamilies([app.font().family(), family])
    app.setFont(font)
    for generic in ("Sans Serif", "sans-serif", "Helvetica", "Arial", "Segoe UI", "SimSun",
                    "Microsoft YaHei", "DejaVu Sans"):
        QFont.insertSubstitution(generic, family)
    return family


def current_language() -> str:
    language = str(desk_state.value(LANGUAGE_KEY, DEFAULT_LANGUAGE))
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def set_language(language: str) -> None:
    desk_state.set_value(LANGUAGE_KEY, language)


def install_translations(language: str | None = None) -> list[str]:
    """Load every area's ``<area>_<language>.qm``; English needs none. Returns the files."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language or current_language()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return []
    QLocale.setDefault(QLocale(language))
    loaded = []
    for qm in sorted(resource_path("i18n").glob(f"*_{language}.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(qm.name)
    qt_translator = QTranslator(app)
    from PySide6.QtCore import QLibraryInfo

    if qt_translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    return loaded
