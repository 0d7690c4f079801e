"""The models every tab shares, owned by the main thread.

``ModelHub`` loads Keras and the shipped models in a function worker (so the window shows at once),
then holds the ``InferenceEngine``. Tabs ask the hub by name (``names``, ``has``, ``instance``, ``spec_for``)
and listen to ``modelsChanged`` (and ``modelChanged`` for one model added, replaced, renamed or removed);
the Train tab hot-swaps a trained model in with ``add_model``. The hub also carries the current model input (the
drawing after preprocessing), so the Train and Explore tabs can follow what is drawn.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from ae_models import quiet, shipped, zoo
from ae_models.resources import MODELS_DIR
from gui.events import AppEvents
from gui.workers import FunctionWorker, Runner, Task

log = logging.getLogger(__name__)
SIDE = zoo.IMAGE_SIDE


def load_shipped(models_dir: Path, verbose: bool = False) -> Callable[[Task], tuple[Any, dict[str, str], float]]:
    """A worker job: import Keras (its start-up noise hidden unless ``verbose``), check every shipped file
    against the manifest, load and warm the intact ones; returns (engine, errors, seconds)."""

    def job(task: Task) -> tuple[Any, dict[str, str], float]:
        t0 = time.monotonic()
        quiet.import_keras(verbose)
        from ae_models.inference import InferenceEngine

        engine = InferenceEngine()
        found = shipped.check(models_dir)
        errors = {**found.unavailable, **engine.load_many(found.paths)}
        engine.warm()
        return engine, errors, time.monotonic() - t0

    return job


class ModelHub(QObject):
    """Shared model state; every method runs on the main thread."""

    loadingStarted = Signal()
    modelsChanged = Signal()
    modelChanged = Signal(str, str)  # name, "added" | "replaced" | "renamed" | "removed"
    loadFailed = Signal(str)
    inputChanged = Signal(object)  # the 28x28 float32 model input

    def __init__(self, models_dir: Path | None = None, parent: QObject | None = None, verbose: bool = False):
        super().__init__(parent)
        self.verbose = verbose  # show TensorFlow's start-up messages
        self.models_dir = Path(models_dir or os.environ.get("AE_STUDIO_MODELS") or MODELS_DIR)
        self._engine: Any = None
        self.errors: dict[str, str] = {}
        self.events = AppEvents(self)  # what the learner does, for the lessons
        self.load_seconds = 0.0
        self.current_input = np.zeros((SIDE, SIDE), np.float32)
        self.current_drawing: np.ndarray | None = None  # the canvas image behind current_input, if published
        self._loader = Runner(self)
        self._loader.returned.connect(self._on_loaded)
        self._loader.errored.connect(self._on_failed)

    @property
    def engine(self) -> Any:
        """The ``InferenceEngine`` once loaded, else None: for benchmarks and tests; tabs use the methods below."""
        return self._engine

    @property
    def loading(self) -> bool:
        return self._loader.running

    @property
    def ready(self) -> bool:
        """The shipped models have loaded (some may be unavailable: see ``errors``)."""
        return self._engine is not None

    @property
    def names(self) -> list[str]:
        return self._engine.names if self._engine is not None else []

    def has(self, name: str) -> bool:
        return self._engine is not None and name in self._engine

    def instance(self, name: str) -> Any:
        """The loaded model ``name`` (encode, decode, reconstruct, code_shape), or None."""
        return self._engine[name] if self.has(name) else None

    def code_shape(self, name: str) -> tuple[int, ...] | None:
        """The shape of model ``name``'s code, or None when it is not loaded."""
        instance = self.instance(name)
        return tuple(instance.code_shape) if instance is not None else None

    def name_for_file(self, path: Path) -> str | None:
        """The loaded model running the file at ``path``, if any."""
        return next((n for n in self.names if self._engine[n].path == path), None)

    def run_all(self, image: np.ndarray) -> dict[str, Any]:
        """Every loaded model's code and reconstruction of one 28x28 input (empty while loading)."""
        return self._engine.run_all(image) if self._engine is not None else {}

    def start_loading(self) -> None:
        """Load the shipped models off the main thread; ``modelsChanged`` fires when they are in."""
        if self._loader.running:
            return
        self._loader.start(FunctionWorker(load_shipped(self.models_dir, self.verbose), "Loading the models"))
        self.loadingStarted.emit()

    @Slot(object)
    def _on_loaded(self, loaded: tuple[Any, dict[str, str], float]) -> None:
        engine, errors, seconds = loaded
        self._engine, self.errors, self.load_seconds = engine, dict(errors), seconds
        log.info("models loaded in %.1f s: %s", seconds, ", ".join(engine.names))
        self.modelsChanged.emit()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.loadFailed.emit(f"The models could not be loaded. {message}")

    def add_model(self, name: str, model, meta: dict[str, Any] | None = None, path: Path | None = None) -> None:
        """Add or replace (hot-swap) a model in the live engine."""
        if self._engine is None:
            raise RuntimeError("models are still loading")
        change = "replaced" if name in self._engine else "added"
        self._engine.add(name, model, meta, path)
        self._engine.warm()
        self.errors.pop(name, None)
        self.modelChanged.emit(name, change)
        self.modelsChanged.emit()

    def rename_model(self, name: str, new_name: str, path: Path, meta: dict[str, Any]) -> None:
        """The file behind ``name`` was renamed to ``path``; it shows as ``new_name`` from now on."""
        instance = self.instance(name)
        if instance is None:
            return
        if new_name == name:
            self._engine.relocate(name, path)
        else:
            self._engine.add(new_name, instance.model, meta, path)
            self._engine.remove(name)
            self._engine.warm()
        self.modelChanged.emit(new_name, "renamed")
        self.modelsChanged.emit()

    def remove_model(self, name: str) -> None:
        if self.has(name):
            self._engine.remove(name)
            self.modelChanged.emit(name, "removed")
            self.modelsChanged.emit()

    def set_input(self, image: np.ndarray, drawing: np.ndarray | None = None) -> None:
        """Publish the current 28x28 model input and, optionally, the drawing it was made from (for export)."""
        self.current_input = np.asarray(image, np.float32)
        self.current_drawing = None if drawing is None else np.asarray(drawing, np.float32)
        self.inputChanged.emit(self.current_input)

    def spec_for(self, name: str) -> zoo.ModelSpec | None:
        """The zoo spec behind an instance (by its sidecar's variant, else by name)."""
        instance = self.instance(name)
        meta = instance.meta if instance is not None else {}
        return zoo.REGISTRY.get(meta.get("variant", name)) or zoo.REGISTRY.get(name)

    def shutdown(self) -> None:
        """Wait for a loader still running (closing during start-up)."""
        self._loader.stop()
