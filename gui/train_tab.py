"""The Train tab: set up and run a Keras fit in the background, watch it, keep the result."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.hub import ModelHub


class TrainTab(QWidget):
    """Training set-up, live progress and the list of trained models."""

    def __init__(self, hub: ModelHub, parent: QWidget | None = None):
        super().__init__(parent)
        self.hub = hub
        QVBoxLayout(self).addWidget(QLabel("Training is being set up."))

    def menu_actions(self) -> list[QAction]:
        return []

    def save_state(self, settings: QSettings) -> None:
        """Nothing to remember yet."""

    def restore_state(self, settings: QSettings) -> None:
        """Nothing to restore yet."""

    def confirm_close(self) -> bool:
        return True

    def shutdown(self) -> None:
        """Nothing runs yet."""
