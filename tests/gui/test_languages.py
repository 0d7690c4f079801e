"""The app in its six languages: complete catalogues, translated windows, Persian right to left, fonts that
have every glyph, and the --language option."""

import ast
import importlib.util
import re
import subprocess
import sys
import unicodedata
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QSettings, Qt
from PySide6.QtGui import QFont, QFontInfo, QPalette, QRawFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QDoubleSpinBox

from gui import i18n
from gui.app import main
from gui.hub import ModelHub
from gui.language_menu import LanguageMenu, restart_arguments
from gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
translations = sys.modules["translations"] = importlib.util.module_from_spec(spec)
spec.loader.exec_module(translations)
LANGUAGES = translations.LANGUAGES
FIELD = re.compile(r"\{[^{}]*\}|%n")
TAG = re.compile(r"</?[a-zA-Z]+[^>]*>")
# Numbers stay in Western digits in every language, Persian included: the app prints its figures with Python,
# and a learner compares them with a Keras notebook's output; mixing two digit systems on one screen would not help.
EASTERN_DIGITS = re.compile("[\u0660-\u0669\u06f0-\u06f9]")


def translated_texts(language):
    """Every (source, translation) pair of a catalogue, plural forms each on their own."""
    pairs = []
    for message in ET.parse(translations.catalogue(language)).getroot().iter("message"):
        translation = message.find("translation")
        forms = [f.text or "" for f in translation] if len(translation) else [translation.text or ""]
        pairs.extend((message.findtext("source"), form) for form in forms)
    return pairs


@pytest.fixture
def speaking(qapp):
    """Install a language for one test; English again afterwards, whatever happens."""
    def install(language):
        i18n.install(qapp, language)
    yield install
    i18n.install(qapp, "en")


@pytest.fixture
def window(qtbot, tmp_path):
    def build():
        win = MainWindow(ModelHub(models_dir=tmp_path), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(win)
        return win
    return build


def test_every_catalogue_holds_every_message_translated_and_nothing_obsolete():
    fresh = translations.fresh_messages()
    assert len(fresh) > 300  # the app's strings, extracted from gui/ and ae_models/
    # lupdate takes a plural only from self.tr / Class.tr(text, "", n): anything else loses the plural forms.
    assert not [key for key, plural in fresh.items() if "%n" in key[1] and not plural]
    assert not [key for key in fresh if "." in key[0]]  # lupdate's misreading of a tr right after a translate
    for language in LANGUAGES:
        gaps = translations.gaps(language, fresh)
        assert not gaps.missing, f"{language}: not in the catalogue: {gaps.missing[:5]}"
        assert not gaps.unfinished, f"{language}: untranslated: {gaps.unfinished[:5]}"
        assert not gaps.obsolete, f"{language}: gone from the code: {gaps.obsolete[:5]}"


def plural_calls():
    """(file, line, text) of every translation call in the sources whose text has a %n."""
    found = []
    for path in translations.sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("tr", "translate"):
                texts = [a.value for a in node.args[:2] if isinstance(a, ast.Constant) and isinstance(a.value, str)]
                found.extend((path.name, node.lineno, t) for t in texts if "%n" in t)
    return found


def test_every_plural_in_the_code_reaches_the_catalogues_as_a_plural():
    plurals = {source for (_, source), plural in translations.fresh_messages().items() if plural}
    calls = plural_calls()
    assert len(calls) > 10
    lost = [call for call in calls if call[2] not in plurals]
    assert not lost, f"lupdate lost these plurals (write them as SomeClass.tr(text, '', n)): {lost}"


def test_the_committed_qm_files_are_what_lrelease_makes_of_the_ts_files(tmp_path):
    for language in (*LANGUAGES, translations.PLURALS_ONLY):
        rebuilt = tmp_path / f"{language}.qm"
        translations.lrelease(translations.catalogue(language), rebuilt)
        committed = translations.catalogue(language).with_suffix(".qm")
        assert committed.read_bytes() == rebuilt.read_bytes(), f"{committed.name} is stale: run scripts/translations.py release"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_fields_markup_and_mnemonics_of_their_source(language):
    for source, text in translated_texts(language):
        assert sorted(FIELD.findall(text)) == sorted(FIELD.findall(source)) or (
            "%n" in source and sorted(f for f in FIELD.findall(text) if f != "%n") == sorted(
                f for f in FIELD.findall(source) if f != "%n")), f"{language}: fields differ in {text!r} for {source!r}"
        assert sorted(TAG.findall(text)) == sorted(TAG.findall(source)), f"{language}: markup differs in {text!r}"
        assert not EASTERN_DIGITS.search(text), f"{language}: write numbers 0-9, as the app shows them: {text!r}"
        has_mnemonic = re.search(r"&[^&\s;]", source.replace("&&", "")) is not None and "&amp;" not in source
        if has_mnemonic and language != "fa":
            assert "&" in text, f"{language}: the keyboard mnemonic is lost in {text!r} for {source!r}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_window_its_menus_and_a_dialog_speak_the_language(language, speaking, window):
    english = window()
    tabs = [english.tabs.tabText(i) for i in range(english.tabs.count())]
    menus = [a.text() for a in english.menuBar().actions()]
    english.close()
    speaking(language)
    win = window()
    assert all(win.tabs.tabText(i) and win.tabs.tabText(i) != tabs[i] for i in range(len(tabs)))
    assert all(a.text() and a.text() != menus[i] for i, a in enumerate(win.menuBar().actions()))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
    assert cancel and cancel.replace("&", "") != "Cancel"  # Qt's own strings, from qtbase_<lang>.qm
    spin = QDoubleSpinBox()
    spin.setRange(0, 1e6)
    spin.setDecimals(3)
    spin.setValue(1234.5)
    assert spin.text() == "1234.500"  # numbers as Python prints them, in every language
    assert win.windowTitle() and win.layoutDirection() == (
        Qt.LayoutDirection.RightToLeft if language == "fa" else Qt.LayoutDirection.LeftToRight)
    win.close()


def test_persian_mirrors_the_layout_but_not_the_drawing(qtbot, speaking, window):
    speaking("fa")
    win = window()
    win.show()
    qtbot.waitExposed(win)
    canvas = win.draw_tab.canvas
    assert win.isRightToLeft() and win.tabs.isRightToLeft()
    assert canvas.layoutDirection() == Qt.LayoutDirection.LeftToRight
    # The panels swap sides (the canvas, on the left in English, is on the right) ...
    assert canvas.mapTo(win, QPoint(0, 0)).x() > win.draw_tab.live.mapTo(win, QPoint(0, 0)).x()
    # ... but a stroke drawn on the canvas's left lands on the left of the digit.
    size = min(canvas.width(), canvas.height())
    left, y = (canvas.width() - size) // 2, canvas.height() // 2
    points = [QPoint(left + size // 5, y), QPoint(left + size // 4, y), QPoint(left + size // 3, y)]
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0])
    QTest.mouseMove(canvas, points[1])
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[2])
    ink = canvas.image()
    columns = np.nonzero(ink.sum(axis=0))[0]
    assert columns.size and columns.max() < ink.shape[1] // 2  # drawn on the left stays on the left
    win.close()


def glyphs(language):
    """The characters a language's texts need drawn (spaces and invisible controls aside)."""
    chars = {c for _, text in translated_texts(language) for c in TAG.sub("", text)}
    chars |= set(i18n.LANGUAGES[language])
    return sorted(c for c in chars if unicodedata.category(c) not in ("Zs", "Cc"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_character_of_a_language_is_in_the_window_fonts(language, speaking, qapp):
    speaking(language)
    families = qapp.font().families()
    assert families[-1] == i18n.SYMBOLS_FONT and i18n.SCRIPT_FONTS.get(language, families[0]) in families
    fonts = []
    for family in families:
        font = QFont(family)
        assert QFontInfo(font).family() == family, f"the font {family} is not installed (README's packages)"
        fonts.append(QRawFont.fromFont(font))
    missing = [c for c in glyphs(language) if not any(f.supportsCharacter(ord(c)) for f in fonts)]  # by code point: a str argument is misread
    assert not missing, f"{language}: no glyph in {families} for {''.join(missing)!r}"


def test_english_says_one_model_and_two_models(speaking):
    speaking("en")
    ready = "%n models ready (loaded in {0:.1f} s)."
    assert QCoreApplication.translate("MainWindow", ready, "", 1).format(2.0) == "1 model ready (loaded in 2.0 s)."
    assert QCoreApplication.translate("MainWindow", ready, "", 7).format(2.0) == "7 models ready (loaded in 2.0 s)."


def test_the_language_option_names_the_choices_when_it_is_unknown():
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "--language", "klingon"],
                         capture_output=True, text=True, timeout=60, encoding="utf-8")
    assert out.returncode == 2 and len(out.stderr.strip().splitlines()) == 1
    assert "klingon" in out.stderr and "fa (فارسی)" in out.stderr and "zh_TW" in out.stderr
    assert main(["--language", "xx"]) == 2


def test_language_names_and_locales_map_to_the_languages():
    assert i18n.parse("zh-tw") == "zh_TW" and i18n.parse("FA") == "fa" and i18n.parse("de") is None
    assert [i18n.from_locale(n) for n in ("ru_RU", "zh_CN", "zh_HK", "zh_Hant_TW", "ja_JP", "fa_IR", "de_DE")] == [
        "ru", "zh_CN", "zh_TW", "zh_TW", "ja", "fa", "en"]


def test_a_saved_choice_wins_over_the_system_and_a_bad_one_is_ignored(tmp_path, caplog):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(i18n.SETTINGS_KEY, "ja")
    assert i18n.chosen(None, settings) == "ja" and i18n.chosen("ru", settings) == "ru"
    settings.setValue(i18n.SETTINGS_KEY, "xx")
    assert i18n.chosen(None, settings) == i18n.from_locale("C") == "en"
    assert "ignoring the saved language" in caplog.text


def test_view_language_saves_the_choice_for_the_next_start(qtbot, tmp_path, monkeypatch):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = MainWindow(ModelHub(models_dir=tmp_path), settings)
    qtbot.addWidget(win)
    menu = win.findChild(LanguageMenu)
    assert [a.text() for a in menu.actions()] == list(i18n.LANGUAGES.values())
    assert [a.isChecked() for a in menu.actions()] == [code == "en" for code in i18n.LANGUAGES]
    asked = []
    monkeypatch.setattr("gui.language_menu.QMessageBox.exec", lambda box: asked.append(box.text()))
    menu.actions()[list(i18n.LANGUAGES).index("fa")].trigger()
    assert settings.value(i18n.SETTINGS_KEY) == "fa" and "فارسی" in asked[0] and "next start" in asked[0]
    assert restart_arguments(["main.py", "--language", "ru", "--verbose", "--language=ja"]) == ["main.py", "--verbose"]
    win.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_character_of_a_language_is_drawn_in_plots(language, speaking):
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from gui.widgets.plot_fonts import apply_plot_fonts

    speaking(language)
    apply_plot_fonts()
    assert matplotlib.rcParams["font.family"][-1] == i18n.SCRIPT_FONTS.get(language, "DejaVu Sans")
    chars = "".join(glyphs(language))
    figure = Figure()
    FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    for row, start in enumerate(range(0, len(chars), 60)):
        ax.text(0, row, chars[start:start + 60])
    ax.set_xlabel(i18n.LANGUAGES[language])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        figure.canvas.draw()
    missing = [str(w.message) for w in caught if "missing from" in str(w.message)]
    assert not missing, f"{language}: {missing[:3]}"


def test_every_lesson_text_is_written_in_every_language():
    from ae_models import lessons
    from ae_models.resources import LESSONS_DIR

    found, errors = lessons.load_all([LESSONS_DIR])
    assert len(found) == 5 and not errors
    for lesson in found:
        texts = [lesson.title, lesson.question, lesson.answer, *(s.text for s in lesson.steps),
                 *(s.hint for s in lesson.steps if s.hint)]
        for text in texts:
            for language in LANGUAGES:
                shown = lessons.localized(text, language)
                assert shown.strip() and shown != text["en"], f"{lesson.key}: no {language} for {text['en'][:50]!r}"
                assert not EASTERN_DIGITS.search(shown), f"{lesson.key}: write numbers 0-9, as the app shows them"


def test_the_typicality_bar_fills_from_the_start_of_the_line_in_persian(qtbot):
    from gui.draw.typicality import TypicalityBar

    bar = TypicalityBar()
    qtbot.addWidget(bar)
    bar.resize(200, bar.height())
    bar.set_verdict(0.3, "")
    fill = bar.palette().color(QPalette.ColorRole.Highlight)
    filled = []
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        bar.setLayoutDirection(direction)
        image = bar.grab().toImage()
        filled.append([image.pixelColor(x, bar.BAR // 2) == fill for x in (10, bar.width() - 10)])
    assert filled == [[True, False], [False, True]]


class UnsavableSettings(QSettings):
    """Settings whose file cannot be written (a full disk, a read-only home)."""

    def status(self):
        return QSettings.Status.AccessError


def test_a_choice_that_cannot_be_saved_says_so_and_keeps_the_window(qtbot, tmp_path, monkeypatch):
    win = MainWindow(ModelHub(models_dir=tmp_path), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    menu = LanguageMenu(win, UnsavableSettings(str(tmp_path / "u.ini"), QSettings.Format.IniFormat))
    warned = []
    monkeypatch.setattr("gui.language_menu.QMessageBox.warning", lambda *args: warned.append(args[2]))
    monkeypatch.setattr(LanguageMenu, "offer_restart", lambda self, code: pytest.fail("offered a restart"))
    menu.actions()[list(i18n.LANGUAGES).index("ja")].trigger()
    assert len(warned) == 1 and "--language ja" in warned[0] and "u.ini" in warned[0]
    win.close()


def test_restart_now_closes_the_window_and_starts_again_in_the_chosen_language(qtbot, tmp_path, monkeypatch):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = MainWindow(ModelHub(models_dir=tmp_path), settings)
    qtbot.addWidget(win)
    win.show()
    started, warned, quit_ = [], [], []
    monkeypatch.setattr(LanguageMenu, "offer_restart", lambda self, code: True)
    monkeypatch.setattr("gui.language_menu.QProcess.startDetached",
                        lambda program, args: started.append((program, args)) or (False, 0))
    monkeypatch.setattr("gui.language_menu.QMessageBox.warning", lambda *args: warned.append(args[2]))
    monkeypatch.setattr("gui.language_menu.QCoreApplication.quit", lambda: quit_.append(True))
    monkeypatch.setattr(sys, "argv", ["main.py", "--language", "en"])
    win.findChild(LanguageMenu).actions()[list(i18n.LANGUAGES).index("ru")].trigger()
    assert not win.isVisible() and settings.value(i18n.SETTINGS_KEY) == "ru"
    assert started == [(sys.executable, ["main.py"])] and quit_ == [True]
    assert len(warned) == 1 and "Русский" in warned[0]  # the restart failed: the learner is told how to go on
