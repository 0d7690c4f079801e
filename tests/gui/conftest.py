"""GUI test fixtures: an app with test names (so QSettings go to the throw-away config folder),
and a check that no top-level widget outlives its test."""

import pytest
from PySide6.QtWidgets import QApplication

from gui import i18n


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
