""""Open model…" in the trained-models panel: choose a ``.keras`` from anywhere, have ``ModelOpener`` check
it off the GUI thread, then say what happened. Mixed into ``TrainedModelsPanel``, which owns the fields used
here (``open_action``, ``message``, ``opened``, ``warn``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot

from gui.hub import ModelHub
from gui.train.model_opener import ModelOpener
from gui.widgets.file_dialogs import open_path


class ModelOpening:
    """``open_dialog``, ``open_file`` and ``shutdown`` for the trained-models panel."""

    def _build_opener(self, hub: ModelHub) -> None:
        self.opener = ModelOpener(hub, self)
        self.opener.idle.connect(self._on_open_idle)
        self.opener.opened.connect(self._on_opened)
        self.opener.errored.connect(self._on_check_failed)

    @Slot()
    def open_dialog(self) -> None:
        path = open_path(self, QCoreApplication.translate("TrainedModelsPanel", "Open an autoencoder"),
                         QCoreApplication.translate("TrainedModelsPanel", "Keras models (*.keras)"))
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> None:
        """Check ``path`` off the GUI thread, then add it to the Draw tab under a fresh name (``opened``);
        a failure is shown, and nothing changes."""
        if self.opener.open(path):
            self.open_action.setEnabled(False)
            self.setCursor(Qt.CursorShape.BusyCursor)
            self.message.emit(QCoreApplication.translate("TrainedModelsPanel", "Checking {0}…").format(path.name))

    @Slot(str)
    def _on_opened(self, name: str) -> None:
        self.message.emit(QCoreApplication.translate("TrainedModelsPanel", "{0} is now in the Draw tab.").format(name))
        self.opened.emit(name)

    @Slot(str)
    def _on_check_failed(self, message: str) -> None:
        self.warn(QCoreApplication.translate("TrainedModelsPanel", "Model not used"), message)

    @Slot()
    def _on_open_idle(self) -> None:
        self.unsetCursor()
        self._update_buttons()

    def shutdown(self) -> None:
        """Wait for a check still running (closing the window meanwhile)."""
        self.opener.stop()
