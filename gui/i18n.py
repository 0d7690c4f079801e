"""The languages the app speaks: choosing one, loading its translations, and translating engine text.

The app's own messages are in ``resources/translations/studio_<lang>.ts`` (sources, edited by translators)
and ``.qm`` (compiled by ``pyside6-lrelease``, committed beside them: ``scripts/translations.py``). Qt's
own strings (standard buttons, file dialogs) come from PySide6's ``qtbase_<lang>.qm``. The language is
chosen once, before the window is built: ``--language``, else the saved choice (View › Language), else the
system's locale, else English. Persian turns the whole layout right to left; drawings, digit images and
plots keep left to right (``keep_left_to_right``). Numbers are written as Python and Keras print them
in every language (0-9, a decimal point): the learner compares them with a notebook's output.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QApplication, QWidget

from ae_models.i18n import CONTEXT, Text, TranslatableError
from ae_models.resources import TRANSLATIONS_DIR
from gui.settings import read

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
# The font each script falls back to, after the desktop's own font for Latin text: Debian's fonts-noto-cjk
# and fonts-noto-core. Naming the CJK variant matters: Japanese and the two Chinese scripts draw many of
# the same characters differently, and a reader notices the other country's forms.
SCRIPT_FONTS: dict[str, str] = {
    "zh_CN": "Noto Sans CJK SC",
    "zh_TW": "Noto Sans CJK TC",
    "ja": "Noto Sans CJK JP",
    "fa": "Noto Sans Arabic",
}
SYMBOLS_FONT = "DejaVu Sans"  # fonts-dejavu-core: the arrows, signs and marks (→ ≈ ≤ ▶ ✓) the texts use
SETTINGS_KEY = "language"
_current = "en"
_installed: list[QTranslator] = []  # kept alive: Qt holds translators by pointer only
_desktop_font: list[QFont] = []  # the application font before any language changed it


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


def parse(option: str) -> str | None:
    """The language a command-line value names (``fa``, ``zh-TW``, ``zh_tw``), or None when none."""
    wanted = option.replace("-", "_").casefold()
    return next((code for code in LANGUAGES if code.casefold() == wanted), None)


def listing() -> str:
    """The available languages for a message: ``en (English), ru (Русский), …``."""
    return ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())


def chosen(option: str | None, settings: QSettings) -> str:
    """The language to start in: the command line's, else the saved one, else the system's."""
    if option:
        return option
    saved = read(settings, SETTINGS_KEY, "")
    if saved in LANGUAGES:
        return saved
    if saved:
        log.warning("ignoring the saved language %.20r: not one of %s", saved, ", ".join(LANGUAGES))
    return from_locale(QLocale.system().name())


def font_families(language: str, base: str) -> list[str]:
    """The families text is drawn in: ``base`` (the desktop's font), the language's script font, then the
    font of the symbols the texts use."""
    wanted = [base, SCRIPT_FONTS.get(language), SYMBOLS_FONT]
    return [family for i, family in enumerate(wanted) if family and family not in wanted[:i]]


def install(app: QCoreApplication, language: str) -> None:
    """Load ``language``'s translations into ``app``; set its layout direction and font families."""
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = language
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # English's catalogue holds only the plural forms of the "%n" messages; Qt's own texts are English.
    catalogues = [(f"studio_{language}", str(TRANSLATIONS_DIR))]
    if language != "en":
        catalogues.append((f"qtbase_{language}", qt_folder))
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("no translation %s in %s; those texts stay in English", name, folder)
    # Numbers read as Python and Keras print them, in every language: digits 0-9 and a decimal point (spin
    # boxes and validators follow the default locale; every label is formatted by Python already).
    QLocale.setDefault(QLocale.c())
    if isinstance(app, QApplication):
        if not _desktop_font:
            _desktop_font.append(QFont(app.font()))
        font = QFont(_desktop_font[0])
        font.setFamilies(font_families(language, QFontInfo(font).family()))
        app.setFont(font)
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
    fields = {key: text(value) if isinstance(value, Text) else value for key, value in message.arguments.items()}
    return engine(message.template).format(**fields)


def error(exc: BaseException) -> str:
    """What to tell a person about ``exc``: a translated engine error, or the exception's own words."""
    if isinstance(exc, TranslatableError):
        return text(exc.text)
    return str(exc) or type(exc).__name__
