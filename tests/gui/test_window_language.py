"""The window in another language: what people read is translated, the names the code keeps are not; plots and
digit images stay left to right in a right-to-left layout; plot text uses fonts with the language's glyphs."""

import matplotlib
import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication

from gui import i18n
from gui.hub import ModelHub
from gui.main_window import MainWindow
from gui.widgets.digit_view import DigitView
from gui.widgets.plot_canvas import PlotCanvas
from gui.widgets.plot_fonts import LATIN, families
from gui.widgets.shortcut_list import plain, shortcut_rows
from gui.workers import describe_failure

MARK = "«»"


@pytest.fixture
def marked(install_marks):
    """Every text of the app's own contexts translated into itself between guillemets."""
    return install_marks(lambda context, source: f"«{source}»" if context in ("MainWindow", "FunctionWorker") else None)


def make_window(qtbot, tmp_path) -> MainWindow:
    window = MainWindow(ModelHub(models_dir=tmp_path / "models"),
                        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    return window


def test_tabs_menus_and_status_are_translated_while_the_code_keeps_its_names(qtbot, tmp_path, marked):
    window = make_window(qtbot, tmp_path)
    assert window.windowTitle() == "«Autoencoder Studio»"
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "«Draw»", "«Train»", "«Explore»", "«Lessons»"]
    assert list(window.pages) == ["Draw", "Train", "Explore", "Lessons"]  # settings groups and lesson events
    titles = [action.text() for action in window.menuBar().actions()]
    assert all(title.startswith("«") for title in titles), titles
    assert {"«&File»", "«&Draw»", "«&View»", "«&Help»"} <= set(titles)
    views = {action: keys for menu, action, keys in shortcut_rows(window.menuBar()) if menu == "«View»"}
    assert views == {"«Draw tab»": "Ctrl+1", "«Train tab»": "Ctrl+2", "«Explore tab»": "Ctrl+3",
                     "«Lessons tab»": "Ctrl+4"}
    assert window.status_label.text() == "«Starting…»"
    with qtbot.waitSignal(window.hub.events.happened) as seen:
        window.tabs.setCurrentIndex(1)
    assert seen.args[0].data == {"tab": "train"}


def test_the_models_line_counts_with_the_translation_and_names_models_by_title(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.hub.errors.update({"deep": "missing", "mine": "damaged"})
    window._on_models_changed()
    assert window.status_label.text() == "0 models ready (loaded in 0.0 s). 2 unavailable: Deep dense, mine."


def test_a_failure_is_told_in_the_language_of_the_window(marked):
    message = describe_failure(KeyError("x"), "Encoding")
    assert message.startswith("«Encoding stopped with an unexpected error (KeyError: 'x')")


def test_mnemonics_are_dropped_from_the_shortcut_list():
    assert [plain(label) for label in ("&File", "ファイル(&F)", "Save && quit", "Draw tab")] == [
        "File", "ファイル", "Save & quit", "Draw tab"]


def test_plots_and_digit_images_stay_left_to_right_in_a_right_to_left_layout(qtbot):
    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        view, canvas = DigitView(), PlotCanvas(lambda figure: None)
        for widget in (view, canvas):
            qtbot.addWidget(widget)
            assert widget.layoutDirection() == Qt.LayoutDirection.LeftToRight
        view.set_image(np.eye(28, dtype=np.float32))
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize(("language", "font"), [("zh_CN", "Noto Sans CJK SC"), ("zh_TW", "Noto Sans CJK TC"),
                                                ("ja", "Noto Sans CJK JP"), ("fa", "Noto Sans Arabic")])
def test_plot_text_falls_back_to_a_font_with_the_languages_glyphs(language, font):
    assert families(language, {LATIN, font}) == [LATIN, font]
    assert families(language, {LATIN}) == [LATIN]  # the font is not installed: no warning on every text
    assert families("ru", {LATIN, font}) == [LATIN]


def test_a_plot_is_built_with_the_fonts_of_the_language(qtbot, monkeypatch):
    monkeypatch.setattr(i18n, "current", lambda: "ja")
    with matplotlib.rc_context():
        canvas = PlotCanvas(lambda figure: figure.add_subplot().set_title("再構成"))
        qtbot.addWidget(canvas)
        canvas.ensure()
        assert matplotlib.rcParams["font.family"][0] == LATIN
        assert matplotlib.rcParams["text.language"] == "ja"
        assert canvas.figure.axes[0].title.get_fontfamily() == matplotlib.rcParams["font.family"]
    assert QCoreApplication.translate("MainWindow", "Draw") == "Draw"  # no translator is left installed
