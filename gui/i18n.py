"""The languages the app speaks: choosing one, loading its translations, and translating engine text.

The app's own messages are in ``resources/translations/studio_<lang>.ts`` (sources, edited by translators)
and ``.qm`` (compiled by ``pyside6-lrelease``, committed beside them: ``scripts/translations.py``). Qt's
own strings (standard buttons, file dialogs) come from PySide6's ``qtbase_<lang>.qm``. The language is
chosen once, before the window is built: ``--language``, else the saved choice (View › Language), else the
system's locale, else English. Persian turns the whole layout right to left; drawings, digit images and
plots keep left to right (``keep_left_to_right``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from ae_models.i18n import CONTEXT, Text, TranslatableError
from ae_models.resources import TRANSLATIONS_DIR

log = logging.getLogger(__name__)

# Each language by its code, named in itself (the menu shows the names a speaker recognises).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "ru": "Русский",
    "zh_CN": "简体中文",
    "zh_TW": "繁體中文",
    "ja": "日本語",
    "fa": "فارسی",
}
RIGHT_TO_LEFT = frozenset({"fa"})
SETTINGS_KEY = "language"
_current = "en"
_installed: list[QTranslator] = []  # kept alive: Qt holds translators by pointer only


def current() -> str:
    """The language the app speaks now (a key of ``LANGUAGES``)."""
    return _current


def from_locale(name: str) -> str:
    """The best language for a locale name such as ``ru_RU``, ``zh_Hant_TW``, ``zh-HK`` or ``fa_IR``."""
    name = name.replace("-", "_")
    if name in LANGUAGES:
        return name
    locale = QLocale(name)
    lang = locale.language()
    if lang == QLocale.Language.Chinese:
        traditional = (locale.script() == QLocale.Script.TraditionalChineseScript
                       or locale.territory() in (QLocale.Country.Taiwan, QLocale.Country.HongKong,
                                                 QLocale.Country.Macao))
        return "zh_TW" if traditional else "zh_CN"
    code = QLocale.languageToCode(lang)
    return code if code in LANGUAGES else "en"


def chosen(option: str | None, settings: QSettings) -> str:
    """The language to start in: the command line's, else the saved one, else the system's."""
    if option:
        return option
    saved = settings.value(SETTINGS_KEY, "", str)
    if saved in LANGUAGES:
        return saved
    return from_locale(QLocale.system().name())


def install(app: QCoreApplication, language: str) -> None:
    """Load ``language``'s translations into ``app`` (English needs none) and set its layout direction."""
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = language
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"studio_{language}", str(TRANSLATIONS_DIR)), (f"qtbase_{language}", qt_folder)):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
            else:
                log.warning("no translation %s in %s; those texts stay in English", name, folder)
    if isinstance(app, QApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT
                               else Qt.LayoutDirection.LeftToRight)


def keep_left_to_right(widget: QWidget) -> QWidget:
    """Keep ``widget`` (a drawing surface, an image, a plot) unmirrored in a right-to-left layout."""
    widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return widget


def engine(text: str) -> str:
    """An engine string kept as data (marked with ``ae_models.i18n.QT_TRANSLATE_NOOP``), translated."""
    return QCoreApplication.translate(CONTEXT, text)


def text(message: Text | str) -> str:
    """An engine ``Text`` in the app's language: its template translated, then its fields filled in."""
    if isinstance(message, str):
        return engine(message)
    return engine(message.template).format(**message.arguments)


def error(exc: BaseException) -> str:
    """What to tell a person about ``exc``: a translated engine error, or the exception's own words."""
    if isinstance(exc, TranslatableError):
        return text(exc.text)
    return str(exc) or type(exc).__name__
