"""The Explore tab: a look inside the models' code space (latent map, neighbours, code editing, morphing)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gui.hub import ModelHub


class ExploreTab(QWidget):
    """Shows what the models' codes look like; follows the drawing published on the hub."""

    def __init__(self, hub: ModelHub, parent: QWidget | None = None):
        super().__init__(parent)
        self.hub = hub
        QVBoxLayout(self).addWidget(QLabel("The Explore tab is being built."))

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
