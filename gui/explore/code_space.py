"""The MNIST test digits and every model's codes of them, for the Explore pages.

The digits come from the shared dataset service (loaded once, off the GUI thread, for every tab); each
model's codes of them are computed by one function worker at a time, queued per model. Codes are
cached per model *instance*, so a model hot-swapped by the Train tab is encoded again while an
unchanged one is not.
"""

from __future__ import annotations

import logging

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from ae_models import data
from ae_models.codespace import CodeStats, code_stats
from gui.datasets import READY, DatasetService
from gui.workers import FunctionWorker, Runner, Task

log = logging.getLogger(__name__)
DATASET = "mnist"


class CodeSpace(QObject):
    """The test digits (once loaded) and each model's ``CodeStats``; every method runs on the main thread."""

    datasetReady = Signal()
    statsReady = Signal(str)
    statsFailed = Signal(str, str)

    def __init__(self, hub, datasets: DatasetService, parent: QObject | None = None):
        super().__init__(parent)
        self.hub, self.datasets = hub, datasets
        self.images: np.ndarray | None = None
        self.labels: np.ndarray | None = None
        self.source = ""
        self._stats: dict[str, tuple[object, CodeStats]] = {}
        self._pending: dict[str, object] = {}  # name -> instance, queued or being encoded
        self._encoding: str | None = None
        self._encoder = Runner(self)
        self._encoder.returned.connect(self._on_encoded)
        self._encoder.errored.connect(self._on_encode_failed)
        self._encoder.idle.connect(self._next)
        datasets.changed.connect(self._on_dataset_changed)

    @property
    def ready(self) -> bool:
        return self.images is not None

    @property
    def message(self) -> str:
        return self.datasets.message(DATASET)

    def ensure_loaded(self) -> None:
        """Ask the service for the test digits the first time they are needed."""
        if not self.ready:
            self.datasets.load(DATASET)

    @Slot(str)
    def _on_dataset_changed(self, name: str) -> None:
        if name != DATASET:
            return
        loaded = self.datasets.get(DATASET) if self.datasets.state(DATASET) == READY else None
        if loaded is None or str(loaded.source) == self.source:
            return
        self.images, self.labels, self.source = data.to_float(loaded.x_test), loaded.y_test.copy(), str(loaded.source)
        self._stats.clear()
        log.info("%d MNIST test digits from %s", len(self.images), self.source)
        self.datasetReady.emit()

    def stats(self, name: str) -> CodeStats | None:
        """The codes of the test digits under the model now loaded as ``name``, if computed."""
        entry = self._stats.get(name)
        if entry is None or entry[0] is not self.hub.instance(name):
            return None
        return entry[1]

    def request(self, name: str) -> None:
        """Compute ``name``'s codes of the test digits in the background, unless known or under way."""
        instance = self.hub.instance(name)
        if instance is None or self.stats(name) is not None:
            return
        if not self.ready:
            self.ensure_loaded()
            return
        if self._pending.get(name) is instance:
            return
        self._pending[name] = instance
        self._next()

    def pending(self, name: str) -> bool:
        return name in self._pending

    @Slot()
    def _next(self) -> None:
        """Start encoding the next queued model when the worker is free."""
        if self._encoder.running:
            return
        self._encoding = None
        if not self._pending:
            return
        name, instance = next(iter(self._pending.items()))
        images, labels = self.images, self.labels

        def encode(task: Task) -> tuple[str, object, CodeStats]:
            return name, instance, code_stats(instance.encode_batch(images), labels)

        self._encoding = name
        self._encoder.start(FunctionWorker(encode, self.tr("Encoding the test digits with {0}").format(name)))

    @Slot(object)
    def _on_encoded(self, result: tuple[str, object, CodeStats]) -> None:
        name, instance, stats = result
        if self._pending.get(name) is instance:
            del self._pending[name]
        self._stats[name] = (instance, stats)
        if self.stats(name) is not None:
            self.statsReady.emit(name)

    @Slot(str)
    def _on_encode_failed(self, message: str) -> None:
        name = self._encoding or ""
        self._pending.pop(name, None)
        self.statsFailed.emit(name, message)

    def shutdown(self) -> None:
        """Wait for an encoding under way."""
        self._pending.clear()
        self._encoder.stop()
