"""The MNIST test digits and every model's codes of them, loaded and computed off the GUI thread.

``CodeSpace`` lives on the main thread and owns one worker thread, which loads the dataset and encodes
the 10,000 test digits once per model; results come back as queued signals to ``@Slot`` methods here.
A download goes through the app's one ``DownloadWorker`` (with progress and cancel), then loads.
Codes are cached per model *instance*, so a model hot-swapped by the Train tab is encoded again while
an unchanged one is not.
"""

from __future__ import annotations

import logging

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal, Slot

from ae_models import data
from ae_models.codespace import CodeStats, code_stats
from gui.workers import DownloadWorker, Runner

log = logging.getLogger(__name__)
DATASET = "mnist"


class _Worker(QObject):
    """Runs in the worker thread; every result or failure leaves as a signal."""

    loaded = Signal(object, object, str)        # x_test float32 (N, 28, 28), y_test uint8 (N,), source folder
    loadFailed = Signal(str, bool)              # message, whether the files are simply not there
    encoded = Signal(str, object, object)       # model name, instance, CodeStats
    encodeFailed = Signal(str, str)

    @Slot(str)
    def load(self, folder: str) -> None:
        try:
            dataset = data.load(DATASET, folder or None)
        except data.DatasetError as exc:
            self.loadFailed.emit(str(exc), data.locate(DATASET, folder or None) is None)
            return
        self.loaded.emit(data.to_float(dataset.x_test), dataset.y_test.copy(), str(dataset.source))

    @Slot(str, object, object, object)
    def encode(self, name: str, instance, images: np.ndarray, labels: np.ndarray) -> None:
        try:
            stats = code_stats(instance.encode_batch(images), labels)
        except Exception as exc:
            log.exception("encoding the test digits with %s failed", name)
            self.encodeFailed.emit(name, f"The test digits could not be encoded with {name}: {exc}")
            return
        self.encoded.emit(name, instance, stats)


class CodeSpace(QObject):
    """The test digits (once loaded) and each model's ``CodeStats``; every method runs on the main thread."""

    datasetLoading = Signal(bool)               # True while downloading
    datasetReady = Signal()
    datasetMissing = Signal(str, bool)          # message, whether the dataset is simply not there
    downloadProgress = Signal(str, int, int)
    statsReady = Signal(str)
    statsFailed = Signal(str, str)
    _loadRequested = Signal(str)
    _encodeRequested = Signal(str, object, object, object)

    def __init__(self, hub, parent: QObject | None = None):
        super().__init__(parent)
        self.hub = hub
        self.folder = ""
        self.images: np.ndarray | None = None
        self.labels: np.ndarray | None = None
        self.source = ""
        self.loading = False
        self.message = ""
        self._downloading = False
        self._stats: dict[str, tuple[object, CodeStats]] = {}
        self._pending: dict[str, object] = {}
        self._downloads = Runner(self)
        self._downloads.idle.connect(self._on_download_idle)
        self._thread = QThread(self)
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._thread.finished.connect(self._worker.deleteLater)
        self._loadRequested.connect(self._worker.load)
        self._encodeRequested.connect(self._worker.encode)
        self._worker.loaded.connect(self._on_loaded)
        self._worker.loadFailed.connect(self._on_load_failed)
        self._worker.encoded.connect(self._on_encoded)
        self._worker.encodeFailed.connect(self._on_encode_failed)

    @property
    def ready(self) -> bool:
        return self.images is not None

    def load(self, folder: str | None = None) -> None:
        """Find the dataset (in ``folder`` first, when given, which is then remembered)."""
        if self.loading:
            return
        if folder is not None:
            self.folder = folder
        self.loading = True
        self.datasetLoading.emit(False)
        self._start()
        self._loadRequested.emit(self.folder)

    def download(self) -> None:
        """Download the dataset into the cache (progress in ``downloadProgress``), then load it."""
        if self.loading:
            return
        self.loading = self._downloading = True
        worker = DownloadWorker(DATASET)
        worker.progress.connect(self._on_progress)
        worker.completed.connect(self._on_downloaded)
        worker.failed.connect(self._on_download_failed)
        self.datasetLoading.emit(True)
        self._downloads.start(worker)

    def ensure_loaded(self) -> None:
        """Load the dataset the first time it is needed (not again after it was found missing)."""
        if not self.ready and not self.loading and not self.message:
            self.load()

    def cancel_download(self) -> None:
        self._downloads.cancel()

    def stats(self, name: str) -> CodeStats | None:
        """The codes of the test digits under the model now loaded as ``name``, if computed."""
        entry = self._stats.get(name)
        engine = self.hub.engine
        if entry is None or engine is None or name not in engine or entry[0] is not engine[name]:
            return None
        return entry[1]

    def request(self, name: str) -> None:
        """Compute ``name``'s codes of the test digits in the background, unless known or under way."""
        engine = self.hub.engine
        if engine is None or name not in engine or self.stats(name) is not None:
            return
        if not self.ready:
            self.ensure_loaded()
            return
        instance = engine[name]
        if self._pending.get(name) is instance:
            return
        self._pending[name] = instance
        self._start()
        self._encodeRequested.emit(name, instance, self.images, self.labels)

    def _start(self) -> None:
        """The worker thread starts with the first job, so a tab that is never opened costs nothing."""
        if not self._thread.isRunning():
            self._thread.start()

    def pending(self, name: str) -> bool:
        return name in self._pending

    @Slot(str, int, int)
    def _on_progress(self, name: str, done: int, total: int) -> None:
        self.downloadProgress.emit(name, done, total)

    @Slot(str)
    def _on_downloaded(self, folder: str) -> None:
        """The files are in ``folder`` (the cache): load them, still showing the busy state."""
        self._downloading = False
        self._start()
        self._loadRequested.emit(folder)

    @Slot(str)
    def _on_download_failed(self, message: str) -> None:
        self._downloading = False
        self._on_load_failed(message, False)

    @Slot()
    def _on_download_idle(self) -> None:
        """The download's thread ended without a result or a failure: it was cancelled."""
        if self._downloading:
            self._downloading = False
            self._on_load_failed("The download was cancelled.", True)

    @Slot(object, object, str)
    def _on_loaded(self, images: np.ndarray, labels: np.ndarray, source: str) -> None:
        self.loading, self.message = False, ""
        self.images, self.labels, self.source = images, labels, source
        log.info("%d MNIST test digits loaded from %s", len(images), source)
        self.datasetReady.emit()

    @Slot(str, bool)
    def _on_load_failed(self, message: str, missing: bool) -> None:
        self.loading, self.message = False, message
        log.warning("MNIST not loaded: %s", message)
        self.datasetMissing.emit(message, missing)

    @Slot(str, object, object)
    def _on_encoded(self, name: str, instance, stats: CodeStats) -> None:
        if self._pending.get(name) is instance:
            del self._pending[name]
        self._stats[name] = (instance, stats)
        if self.stats(name) is not None:
            self.statsReady.emit(name)

    @Slot(str, str)
    def _on_encode_failed(self, name: str, message: str) -> None:
        self._pending.pop(name, None)
        self.statsFailed.emit(name, message)

    def shutdown(self) -> None:
        """Abandon a download and stop the worker thread (waits for an encoding under way)."""
        self._downloads.stop()
        self._thread.quit()
        self._thread.wait()
