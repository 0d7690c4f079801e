""""Open model…": a ``.keras`` from anywhere is checked off the GUI thread (a large or hostile file must
not freeze the window) and only then added to the Draw tab, under a name no live model has."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from ae_models import store
from gui.hub import ModelHub
from gui.workers import FunctionWorker, Runner

log = logging.getLogger(__name__)


class ModelOpener(Runner):
    """Checks one file at a time with ``store.load``; ``opened`` carries the Draw tab name it got,
    ``errored`` says why a file was refused (then nothing changes), ``idle`` follows either."""

    opened = Signal(str)

    def __init__(self, hub: ModelHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.returned.connect(self._on_checked)

    def open(self, path: Path) -> bool:
        """Start checking ``path``; False when a check is running or the models are still loading."""
        if self.running or not self.hub.ready:
            return False
        doing = QCoreApplication.translate("ModelOpener", "Opening the model")
        self.start(FunctionWorker(lambda task: (path, *store.load(path)), doing))
        return True

    @Slot(object)
    def _on_checked(self, checked: tuple[Path, Any, dict]) -> None:
        path, model, meta = checked
        name, n = path.stem, 2
        while self.hub.has(name):  # never silently replaces a live model
            name, n = f"{path.stem} ({n})", n + 1
        self.hub.add_model(name, model, meta, path)
        log.info("the Draw tab now runs %s as %s", path, name)
        self.opened.emit(name)
