"""View › Language: choose the language the window speaks; it applies from the next start.

Every widget takes its texts when it is built, so a new language needs a new window: the choice is saved,
and the app offers to restart at once (closing as usual, so nothing unsaved is lost without asking).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QProcess, QSettings, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from gui import i18n


def restart_arguments(argv: list[str]) -> list[str]:
    """``argv`` without ``--language`` (which would override the choice just made)."""
    out: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--language":
            skip = True
        elif not arg.startswith("--language="):
            out.append(arg)
    return out


class LanguageMenu(QMenu):
    """One checkable entry per language, each named in itself; the current one is checked."""

    def __init__(self, window: QMainWindow, settings: QSettings):
        super().__init__(self.tr("&Language"), window)
        self.window_ = window
        self.settings = settings
        self.group = QActionGroup(self, exclusive=True)
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True, checked=code == i18n.current())
            action.setData(code)
            self.group.addAction(action)
            self.addAction(action)
        self.group.triggered.connect(self._chosen)

    @Slot(QAction)
    def _chosen(self, action: QAction) -> None:
        code = action.data()
        self.settings.setValue(i18n.SETTINGS_KEY, code)
        self.settings.sync()
        if self.settings.status() != QSettings.Status.NoError:
            QMessageBox.warning(self.window_, self.tr("Language"), self.tr(
                "Autoencoder Studio could not save the choice ({0}). Start it with --language {1} to use that "
                "language.").format(self.settings.fileName(), code))
            return
        if code == i18n.current() or not self.offer_restart(code):
            return
        if self.window_.close():  # the usual close: unsaved work is asked about, a running fit stopped
            if not QProcess.startDetached(sys.executable, restart_arguments(sys.argv))[0]:
                QMessageBox.warning(self.window_, self.tr("Language"), self.tr(
                    "Autoencoder Studio could not start again by itself. Start it as usual: it will speak "
                    "{0}.").format(i18n.LANGUAGES[code]))
            QCoreApplication.quit()

    def offer_restart(self, code: str) -> bool:
        """Say that ``code`` applies from the next start; True when the user asks to restart now."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Language"),
                          self.tr("Autoencoder Studio will speak {0} from its next start.").format(
                              i18n.LANGUAGES[code]), parent=self.window_)
        restart = box.addButton(self.tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is restart
