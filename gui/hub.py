"""The models every tab shares, owned by the main thread.

``ModelHub`` loads Keras and the shipped models in a background thread (so the window shows at once),
then holds the ``InferenceEngine``. Tabs read ``engine`` and listen to ``modelsChanged``; the Train tab
hot-swaps a trained model in with ``add_model``. The hub also carries the current model input (the
drawing after preprocessing), so the Train and Explore tabs can follow what is drawn.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal, Slot

from ae_models import quiet, shipped, zoo
from ae_models.resources import MODELS_DIR

log = logging.getLogger(__name__)
SIDE = zoo.IMAGE_SIDE


class _Loader(QObject):
    """Runs in the loader thread: imports Keras, loads and warms every model, hands the engine over."""

    loaded = Signal(object, dict, float)
    failed = Signal(str)

    def __init__(self, models_dir: Path, verbose: bool):
        super().__init__()
        self.models_dir = models_dir
        self.verbose = verbose

    @Slot()
    def run(self) -> None:
        t0 = time.monotonic()
        try:
            quiet.import_keras(self.verbose)
            from ae_models.inference import InferenceEngine

            engine = InferenceEngine()
            found = shipped.check(self.models_dir)
            errors = {**found.unavailable, **engine.load_many(found.paths)}
            engine.warm()
        except Exception as exc:  # noqa: BLE001  (anything here must reach the user, not kill the thread)
            log.exception("loading models failed")
            self.failed.emit(f"The models could not be loaded: {exc}")
            return
        self.loaded.emit(engine, errors, time.monotonic() - t0)


class ModelHub(QObject):
    """Shared model state; every method runs on the main thread."""

    loadingStarted = Signal()
    modelsChanged = Signal()
    loadFailed = Signal(str)
    inputChanged = Signal(object)  # the 28x28 float32 model input

    def __init__(self, models_dir: Path | None = None, parent: QObject | None = None, verbose: bool = False):
        super().__init__(parent)
        self.verbose = verbose  # show TensorFlow's start-up messages
        self.models_dir = Path(models_dir or os.environ.get("AE_STUDIO_MODELS") or MODELS_DIR)
        self.engine = None
        self.errors: dict[str, str] = {}
        self.load_seconds = 0.0
        self.current_input = np.zeros((SIDE, SIDE), np.float32)
        self.current_drawing: np.ndarray | None = None  # the canvas image behind current_input, if published
        self._thread: QThread | None = None
        self._loader: _Loader | None = None

    @property
    def loading(self) -> bool:
        return self._thread is not None

    def start_loading(self) -> None:
        """Load the shipped models off the main thread; ``modelsChanged`` fires when they are in."""
        if self._thread is not None:
            return
        self._thread = QThread(self)
        self._loader = _Loader(self.models_dir, self.verbose)
        self._loader.moveToThread(self._thread)
        self._thread.started.connect(self._loader.run)
        self._loader.loaded.connect(self._on_loaded)
        self._loader.failed.connect(self._on_failed)
        self._thread.start()
        self.loadingStarted.emit()

    def _finish_thread(self) -> None:
        thread, self._thread, self._loader = self._thread, None, None
        if thread is not None:
            thread.quit()
            thread.wait()
            thread.deleteLater()

    @Slot(object, dict, float)
    def _on_loaded(self, engine, errors: dict, seconds: float) -> None:
        self._finish_thread()
        self.engine, self.errors, self.load_seconds = engine, dict(errors), seconds
        log.info("models loaded in %.1f s: %s", seconds, ", ".join(engine.names))
        self.modelsChanged.emit()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._finish_thread()
        self.loadFailed.emit(message)

    def add_model(self, name: str, model, meta: dict[str, Any] | None = None, path: Path | None = None) -> None:
        """Add or replace (hot-swap) a model in the live engine."""
        if self.engine is None:
            raise RuntimeError("models are still loading")
        self.engine.add(name, model, meta, path)
        self.engine.warm()
        self.errors.pop(name, None)
        self.modelsChanged.emit()

    def remove_model(self, name: str) -> None:
        if self.engine is not None and name in self.engine:
            self.engine.remove(name)
            self.modelsChanged.emit()

    def set_input(self, image: np.ndarray, drawing: np.ndarray | None = None) -> None:
        """Publish the current 28x28 model input and, optionally, the drawing it was made from (for export)."""
        self.current_input = np.asarray(image, np.float32)
        self.current_drawing = None if drawing is None else np.asarray(drawing, np.float32)
        self.inputChanged.emit(self.current_input)

    def spec_for(self, name: str) -> zoo.ModelSpec | None:
        """The zoo spec behind an instance (by its sidecar's variant, else by name)."""
        meta = self.engine[name].meta if self.engine is not None and name in self.engine else {}
        return zoo.REGISTRY.get(meta.get("variant", name)) or zoo.REGISTRY.get(name)

    def shutdown(self) -> None:
        """Wait for a loader still running (closing during start-up)."""
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
