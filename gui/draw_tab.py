"""The Draw tab: draw a digit and watch every autoencoder reconstruct it, live."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.hub import ModelHub


class DrawTab(QWidget):
    """The drawing canvas and the live views of every loaded model."""

    def __init__(self, hub: ModelHub, parent: QWidget | None = None):
        super().__init__(parent)
        self.hub = hub
        QVBoxLayout(self).addWidget(QLabel("Draw a digit"))

    def menu_actions(self) -> list[QAction]:
        return []

    def save_state(self, settings: QSettings) -> None:
        """Nothing to remember yet."""

    def restore_state(self, settings: QSettings) -> None:
        """Nothing to restore yet."""

    def confirm_close(self) -> bool:
        return True

    def shutdown(self) -> None:
        """Nothing runs in the background here."""
