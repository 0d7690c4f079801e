"""GUI test fixtures: an app with test names (so QSettings go to the throw-away config folder),
and a check that no top-level widget outlives its test."""

import pytest
from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from gui import i18n
from gui.hub import ModelHub
from gui.main_window import MainWindow

LOAD_TIMEOUT = 300_000  # seven models and the verdict's judge on a busy machine


@pytest.fixture(scope="session")
def qapp_args():
    return ["ae-studio-tests"]


@pytest.fixture(scope="session", autouse=True)
def _app_names(qapp):
    qapp.setOrganizationName("Autoencoder Studio Tests")
    qapp.setApplicationName("Autoencoder Studio Tests")
    i18n.install(qapp, "en")  # as the app starts in English: the plural forms ("1 model", "2 models")


@pytest.fixture(autouse=True)
def no_leaked_widgets(qapp):
    before = set(QApplication.topLevelWidgets())
    yield
    QApplication.processEvents()
    leaked = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
    assert not leaked, f"top-level widgets left open by the test: {leaked}"


class MarkingTranslator(QTranslator):
    """A translation made by ``mark(context, source)`` (None: untranslated), to see which texts go through Qt."""

    def __init__(self, mark):
        super().__init__()
        self.mark = mark

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.mark(context, source)

    def isEmpty(self):  # noqa: N802 (Qt's name)
        return False


@pytest.fixture
def install_marks(qapp):
    """Install a ``MarkingTranslator`` for one test: ``install_marks(lambda context, source: ...)``."""
    installed = []

    def install(mark):
        installed.append(MarkingTranslator(mark))
        qapp.installTranslator(installed[-1])
        return installed[-1]
    yield install
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def open_shipped_window(qtbot, tmp_path):
    """``open_shipped_window()``: the main window at 1280 × 800 with the shipped models loaded."""
    def open_window():
        win = MainWindow(hub=ModelHub(), settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.show()
        with qtbot.waitSignal(win.hub.modelsChanged, timeout=LOAD_TIMEOUT):
            win.hub.start_loading()
        return win
    return open_window
