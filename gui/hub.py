"""The models every tab shares, owned by the main thread.

``ModelHub`` loads Keras and the shipped models in a background thread (so the window shows at once),
then holds the ``InferenceEngine``. Tabs read ``engine`` and listen to ``modelsChanged``; the Train tab
hot-swaps a trained model in with ``add_model``, or in place of a shipped one with ``replace_model`` (kept in
``replaced`` and announced by ``modelReplaced``, so every tab can say whose model runs; ``restore_shipped``
undoes it). The hub also carries the current model input (the
drawing after preprocessing), so the Train and Explore tabs can follow what is drawn.
"""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal, Slot

from ae_models import zoo
from ae_models.resources import MANIFEST, MODELS_DIR

log = logging.getLogger(__name__)
SIDE = zoo.IMAGE_SIDE


def shipped_paths(models_dir: Path = MODELS_DIR) -> tuple[dict[str, Path], dict[str, str]]:
    """Model files listed in the manifest, and why each other zoo variant has none."""
    try:
        listed = json.loads((models_dir / MANIFEST.name).read_text()).get("variants", {})
    except (OSError, ValueError) as exc:
        listed = {}
        log.warning("no readable manifest in %s: %s", models_dir, exc)
    paths = {name: models_dir / entry.get("file", f"{name}.keras") for name, entry in listed.items()}
    missing = {name: "No pretrained weights ship for this variant yet (make pretrain)."
               for name in zoo.REGISTRY if name not in paths}
    return paths, missing


class _Loader(QObject):
    """Runs in the loader thread: imports Keras, loads and warms every model, hands the engine over."""

    loaded = Signal(object, dict, float)
    failed = Signal(str)

    def __init__(self, models_dir: Path):
        super().__init__()
        self.models_dir = models_dir

    @Slot()
    def run(self) -> None:
        t0 = time.monotonic()
        try:
            from ae_models.inference import InferenceEngine

            engine = InferenceEngine()
            paths, errors = shipped_paths(self.models_dir)
            errors.update(engine.load_many(paths))
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
    modelReplaced = Signal(str)  # a shipped model's name: a user's file now runs in its place, or it is back

    def __init__(self, models_dir: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.models_dir = Path(models_dir or os.environ.get("AE_STUDIO_MODELS") or MODELS_DIR)
        self.engine = None
        self.errors: dict[str, str] = {}
        self.load_seconds = 0.0
        self.current_input = np.zeros((SIDE, SIDE), np.float32)
        self.current_drawing: np.ndarray | None = None  # the canvas image behind current_input, if published
        self.replaced: dict[str, Path] = {}  # shipped model's name -> the user's file running in its place
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
        self._loader = _Loader(self.models_dir)
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

    def replace_model(self, name: str, model, meta: dict[str, Any] | None, path: Path) -> None:
        """Run the user's model file ``path`` in place of the shipped model ``name`` (labelled as such)."""
        self.replaced[name] = Path(path)
        self.add_model(name, model, meta, path)
        self.modelReplaced.emit(name)

    def restore_shipped(self, name: str) -> str | None:
        """Put the shipped model ``name`` back in place of a user's; None when done, else why not."""
        from ae_models import store

        shipped = shipped_paths(self.models_dir)[0].get(name)
        if shipped is None:
            return f"No shipped model is named {name}."
        try:
            model, meta = store.load(shipped)
        except store.ModelFileError as exc:
            return str(exc)
        self.replaced.pop(name, None)
        self.add_model(name, model, meta, shipped)
        self.modelReplaced.emit(name)
        return None

    def is_users(self, name: str) -> bool:
        """Whether the instance ``name`` runs a user's model (trained or opened) rather than a shipped one."""
        if self.engine is None or name not in self.engine:
            return False
        return name in self.replaced or name not in zoo.REGISTRY

    def remove_model(self, name: str) -> None:
        if self.engine is not None and name in self.engine:
            self.engine.remove(name)
            self.replaced.pop(name, None)
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
