"""The models every tab shares, owned by the main thread.

``ModelHub`` loads the shipped models in a function worker (so the window shows at once). First, before
Keras is even imported, it reads each shipped file's NumPy pass (``ae_models.forward``, milliseconds a file):
that model runs in the live views from then on (``modelChanged(name, "runs")``), about a second after
launch. Then it imports Keras and opens each file as a Keras instance, which joins the ``InferenceEngine``
(``modelChanged(name, "added")``) and is what the model card, Explore and Train use (``instance``); only
when some model has no NumPy pass does the loader fuse them into one compiled Keras call.
Tabs ask the hub by name (``names`` and ``has``: what runs; ``instance``, ``spec_for``) and listen to
``modelsChanged`` (and ``modelChanged`` for one model that runs, or was added, replaced, renamed or removed);
the Train tab hot-swaps a trained model in with ``add_model``, or in place of a shipped one with
``replace_model`` (listed in ``replaced``, so every tab can say whose model runs; ``restore_shipped`` undoes
it). The hub also carries the current model input (the
drawing after preprocessing), so the Train and Explore tabs can follow what is drawn.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable, Collection, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from ae_models import forward, quiet, shipped, zoo
from ae_models.preprocess import as_unit
from ae_models.resources import MODELS_DIR
from gui.events import AppEvents
from gui.i18n import error, text
from gui.workers import FunctionWorker, Runner, Task

log = logging.getLogger(__name__)
SIDE = zoo.IMAGE_SIDE
LOADING_SWITCH_INTERVAL = 0.0005  # s, see load_shipped


def _smallest_first(paths: dict[str, Path]) -> list[tuple[str, Path]]:
    """The quickest files to load first, so the first tile comes alive soonest."""
    def size(item: tuple[str, Path]) -> int:
        try:
            return item[1].stat().st_size
        except OSError:
            return 0
    return sorted(paths.items(), key=size)


def load_shipped(models_dir: Path, verbose: bool = False) -> Callable[[Task], dict[str, str]]:
    """A worker job: read the NumPy pass of every shipped model whose file matches the manifest, reporting
    ``("runs", name, pass)`` for each; then import Keras (its start-up noise hidden unless ``verbose``) and
    load those models, reporting ``("model", instance)`` for each
    as soon as it runs (or ``("failed", name, reason)``), then, unless every model has a NumPy pass,
    ``("fused", fused call)``; then it traces the models' own encode / decode for the other tabs, and last
    reports the fused call compiled with XLA if one is needed (seconds to build, so it comes after everything
    else runs). Returns the unavailable models' reasons.

    Meanwhile the window paints each arriving model; Python hands the GIL to a waiting thread only every
    5 ms, so the job asks for a shorter interval while it runs (its tracing would otherwise hold up each
    paint by up to that much at every switch)."""

    def job(task: Task) -> dict[str, str]:
        previous = sys.getswitchinterval()
        sys.setswitchinterval(LOADING_SWITCH_INTERVAL)
        try:
            found = shipped.check(models_dir)
            _read_passes(task, found.paths)
            quiet.import_keras(verbose)
            return _load(task, found)
        finally:
            sys.setswitchinterval(previous)

    return job


def _read_passes(task: Task, paths: dict[str, Path]) -> None:
    """Report each file's NumPy pass (no Keras needed); a file it cannot run waits for Keras. The instance
    made later reads its own pass: the live views run this one meanwhile, on another thread."""
    from ae_models import store

    for name, path in _smallest_first(paths):
        task.check()
        try:
            task.report(("runs", name, forward.load(path)))
        except (forward.UnsupportedError, store.ModelFileError) as exc:
            log.debug("%s waits for Keras: %s", name, exc)


def _load(task: Task, found: shipped.Shipped) -> dict[str, str]:
    from ae_models import inference, store

    paths = found.paths
    errors = {name: text(reason) for name, reason in found.unavailable.items()}
    instances, blank = [], np.zeros((SIDE, SIDE), np.float32)
    for name, path in _smallest_first(paths):
        task.check()
        try:
            instance = inference.open_instance(name, path)
        except store.ModelFileError as exc:
            log.warning("%s", exc)
            errors[name] = error(exc)
            task.report(("failed", name, errors[name]))
            continue
        if instance.forward is None:  # else checking its NumPy pass already ran Keras once, here
            instance.run_tensor(blank[None])  # the first (eager) call builds its kernels here, not in the window
        instances.append(instance)
        task.report(("model", instance))
    task.check()
    needs_fused = any(instance.forward is None for instance in instances)  # else all run in NumPy
    if needs_fused:
        task.report(("fused", inference.fuse(instances)))
    for instance in instances:
        task.check()
        instance.warm()
    if needs_fused:
        task.check()
        task.report(("fused", inference.fuse(instances, xla=True)))  # half the CPU per stroke from now on
    return errors


class ModelHub(QObject):
    """Shared model state; every method runs on the main thread."""

    loadingStarted = Signal()
    modelsChanged = Signal()
    modelChanged = Signal(str, str)  # name, "runs" | "added" | "replaced" | "renamed" | "removed"
    loadFailed = Signal(str)
    inputChanged = Signal(object)  # the 28x28 float32 model input

    def __init__(self, models_dir: Path | None = None, parent: QObject | None = None, verbose: bool = False):
        super().__init__(parent)
        self.verbose = verbose  # show TensorFlow's start-up messages
        self.models_dir = Path(models_dir or os.environ.get("AE_STUDIO_MODELS") or MODELS_DIR)
        self._engine: Any = None
        self._passes: dict[str, Any] = {}  # shipped model -> its NumPy pass, until its Keras instance is in
        self.errors: dict[str, str] = {}
        self.events = AppEvents(self)  # what the learner does, for the lessons
        self.load_seconds = 0.0
        self.current_input = np.zeros((SIDE, SIDE), np.float32)
        self._drawing: np.ndarray | None = None  # the canvas image behind current_input, if published
        self._replaced: dict[str, Path] = {}  # shipped model's name -> the user's file running in its place
        self._loader = Runner(self)
        self._loading_done, self._load_started = False, time.monotonic()
        self._loader.returned.connect(self._on_loaded)
        self._loader.errored.connect(self._on_failed)

    @property
    def engine(self) -> Any:
        """The ``InferenceEngine`` once loaded, else None: for benchmarks and tests; tabs use the methods below."""
        return self._engine

    @property
    def replaced(self) -> Mapping[str, Path]:
        """Shipped model's name -> the user's file running in its place (read-only)."""
        return MappingProxyType(self._replaced)

    @property
    def loading(self) -> bool:
        return self._loader.running

    @property
    def ready(self) -> bool:
        """Loading has finished: every shipped model is in (some may be unavailable: see ``errors``)."""
        return self._engine is not None and self._loading_done

    @property
    def _instances(self) -> list[str]:
        return self._engine.names if self._engine is not None else []

    @property
    def names(self) -> list[str]:
        """The models that run (in ``run_all``): while loading, some only as their NumPy pass."""
        return self._instances + [n for n in self._passes if not self.has_instance(n)]

    def has(self, name: str) -> bool:
        """Whether model ``name`` runs: its reconstructions can be shown (its ``instance`` may follow)."""
        return self.has_instance(name) or name in self._passes

    def has_instance(self, name: str) -> bool:
        return self._engine is not None and name in self._engine

    def instance(self, name: str) -> Any:
        """The loaded Keras model ``name`` (encode, decode, reconstruct, code_shape, meta), or None."""
        return self._engine[name] if self.has_instance(name) else None

    def code_shape(self, name: str) -> tuple[int, ...] | None:
        """The shape of model ``name``'s code, or None when it does not run."""
        found = self.instance(name) or self._passes.get(name)
        return tuple(found.code_shape) if found is not None else None

    def name_for_file(self, path: Path) -> str | None:
        """The loaded model running the file at ``path``, if any."""
        return next((n for n in self._instances if self._engine[n].path == path), None)

    def run_all(self, image: np.ndarray, noisy: np.ndarray | None = None,
                noisy_for: Collection[str] | None = None) -> dict[str, Any]:
        """Every running model's code and reconstruction of one 28x28 input, and of ``noisy`` if given (by
        at least the models in ``noisy_for``, when given); while loading, only the models that run so far."""
        results = self._engine.run_all(image, noisy, noisy_for) if self._engine is not None else {}
        early = {name: fast for name, fast in self._passes.items() if name not in results}
        return results | forward.run_all(early, image, noisy, noisy_for) if early else results

    def start_loading(self) -> None:
        """Load the shipped models off the main thread: ``modelChanged(name, "added")`` as each arrives,
        ``modelsChanged`` when all are in, fused and warmed (the loader has ended)."""
        if self._loader.running:
            return
        self._load_started = time.monotonic()
        worker = FunctionWorker(load_shipped(self.models_dir, self.verbose), self.tr("Loading the models"))
        worker.progress.connect(self._on_progress)
        self._loader.start(worker)
        self.loadingStarted.emit()

    @Slot(object)
    def _on_progress(self, report: tuple) -> None:
        """One model runs (its NumPy pass), one loaded (it joins the engine and its views at once), one
        failed, or the fused call is built."""
        kind = report[0]
        if kind == "runs":
            self._passes[report[1]] = report[2]
            self.modelChanged.emit(report[1], "runs")
            return
        if self._engine is None:
            from ae_models.inference import InferenceEngine  # Keras is imported by now (in the loader)

            self._engine = InferenceEngine()
        name = report[1].name if kind == "model" else report[1]
        if kind in ("model", "failed") and name in self._replaced:
            return  # the user's model put in its place meanwhile stays (its pass was dropped then)
        if kind == "model":
            self._engine.put(report[1])
            self._passes.pop(name, None)
            self.modelChanged.emit(name, "added")
        elif kind == "failed":
            self.errors[name] = report[2]
            if self._passes.pop(name, None) is not None:
                self.modelChanged.emit(name, "removed")
        elif kind == "fused":
            self._engine.use(report[1])  # refused if a model was swapped in meanwhile: warmed at the end

    @Slot(object)
    def _on_loaded(self, errors: dict[str, str]) -> None:
        if self._engine is None:  # no model file at all
            from ae_models.inference import InferenceEngine

            self._engine = InferenceEngine()
        self.errors.update(errors)
        self._engine.warm()
        self._loading_done, self.load_seconds = True, time.monotonic() - self._load_started
        log.info("models loaded in %.1f s: %s", self.load_seconds, ", ".join(self.names))
        self.modelsChanged.emit()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._passes.clear()  # nothing runs: every view says why
        self.loadFailed.emit(self.tr("The models could not be loaded. {0}").format(message))

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
            if name in self._replaced:  # a user's file running in place of a shipped model keeps its place
                self._replaced[name] = Path(path)
        else:
            self._engine.add(new_name, instance.model, meta, path)
            self._engine.remove(name)
            self._engine.warm()
        self.modelChanged.emit(new_name, "renamed")
        self.modelsChanged.emit()

    def replace_model(self, name: str, model, meta: dict[str, Any] | None, path: Path) -> None:
        """Run the user's model file ``path`` in place of the shipped model ``name`` (labelled as such);
        announced as ``modelChanged(name, "replaced")``. While loading, the shipped model arriving later
        does not take its place back."""
        self._replaced[name] = Path(path)
        self._passes.pop(name, None)
        self.add_model(name, model, meta, path)

    def restore_shipped(self, name: str) -> str | None:
        """Put the shipped model ``name`` back in place of a user's; None when done, else why not."""
        from ae_models import store

        found = shipped.check(self.models_dir)
        path = found.paths.get(name)
        if path is None:
            reason = found.unavailable.get(name)
            return text(reason) if reason is not None else self.tr("No shipped model is named {0}.").format(name)
        try:
            model, meta = store.load(path)
        except store.ModelFileError as exc:
            return error(exc)
        self._replaced.pop(name, None)
        self.add_model(name, model, meta, path)
        return None

    def is_users(self, name: str) -> bool:
        """Whether the instance ``name`` runs a user's model (trained or opened) rather than a shipped one."""
        return self.has(name) and (name in self._replaced or name not in zoo.REGISTRY)

    def remove_model(self, name: str) -> None:
        if self.has_instance(name):
            self._engine.remove(name)
            self._replaced.pop(name, None)
            self.modelChanged.emit(name, "removed")
            self.modelsChanged.emit()

    def set_input(self, image: np.ndarray, drawing: np.ndarray | None = None) -> None:
        """Publish the current 28x28 model input and, optionally, the drawing it was made from (for export:
        in [0, 1] or as 8-bit grey levels, kept as given, so a copy the caller will not change)."""
        self.current_input = np.asarray(image, np.float32)
        self._drawing = drawing
        self.inputChanged.emit(self.current_input)

    @property
    def current_drawing(self) -> np.ndarray | None:
        """The drawing behind ``current_input`` as float32 in [0, 1], if one was published."""
        return None if self._drawing is None else as_unit(self._drawing)

    def spec_for(self, name: str) -> zoo.ModelSpec | None:
        """The zoo spec behind an instance (by its sidecar's variant, else by name)."""
        instance = self.instance(name)
        meta = instance.meta if instance is not None else {}
        return zoo.REGISTRY.get(meta.get("variant", name)) or zoo.REGISTRY.get(name)

    def shutdown(self) -> None:
        """Wait for a loader still running (closing during start-up)."""
        self._loader.stop()
