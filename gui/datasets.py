"""The one dataset service every tab shares: where each dataset is, which folder the user chose, each
dataset loaded once off the GUI thread, downloads with progress, and a signal when any of it changes.

Every tab and notice listens to ``changed(name)`` and asks ``state(name)``; no tab keeps its own idea
of where the data is, so a folder chosen in one tab is used by all of them at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from ae_models import data
from gui.i18n import engine
from gui.workers import FunctionWorker, Runner, download

log = logging.getLogger(__name__)

MISSING, FOUND, LOADING, DOWNLOADING, READY, DAMAGED = "missing", "found", "loading", "downloading", "ready", "damaged"


class _Entry(QObject):
    """One dataset's state on the main thread; its worker's signals come back to these slots."""

    def __init__(self, service: DatasetService, name: str) -> None:
        super().__init__(service)
        self.service, self.name = service, name
        self.dataset: data.Dataset | None = None
        self.message = ""
        self.busy = ""  # LOADING or DOWNLOADING while a worker runs
        self.runner = Runner(self)
        self.runner.returned.connect(self._on_returned)
        self.runner.errored.connect(self._on_failed)
        self.runner.idle.connect(self._on_idle)

    def start(self, job: Callable, doing: str, busy: str) -> None:
        worker = FunctionWorker(job, doing)
        worker.progress.connect(self._on_progress)
        self.busy, self.message = busy, ""
        self.runner.start(worker)
        self.service.changed.emit(self.name)

    @Slot(object)
    def _on_progress(self, value: tuple[str, int, int]) -> None:
        self.service.downloadProgress.emit(self.name, *value)

    @Slot(object)
    def _on_returned(self, value: data.Dataset | str) -> None:
        if isinstance(value, data.Dataset) and value.source != self.service.location(self.name):
            log.info("%s from %s arrived after the folder changed; loading it again", self.name, value.source)
        elif isinstance(value, data.Dataset):
            self.dataset = value
            log.info("%s loaded from %s", self.name, value.source)
        else:
            log.info("%s downloaded into %s", self.name, value)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.message = message

    @Slot()
    def _on_idle(self) -> None:
        was, self.busy = self.busy, ""
        if was == DOWNLOADING and not self.message and not self.service.available(self.name):
            self.message = QCoreApplication.translate("DatasetService", "The download was cancelled.")
        self.service.changed.emit(self.name)
        if self.dataset is None and not self.message and self.service.wanted(self.name):
            self.service.load(self.name)  # downloaded, or the folder changed while it loaded


class DatasetService(QObject):
    """Datasets by ``ae_models.data`` name; every method runs on the main thread."""

    changed = Signal(str)  # a dataset's state, location or folder changed
    downloadProgress = Signal(str, str, int, int)  # dataset, file, bytes done, bytes total (0: unknown)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder: Path | None = None
        self.mirrors: tuple[str, ...] | None = None  # None: the registry's mirrors
        self._entries = {name: _Entry(self, name) for name in data.REGISTRY}
        self._wanted: set[str] = set()

    def set_folder(self, folder: str | Path | None) -> None:
        """Also look in ``folder`` (chosen by the user) first; a dataset now found elsewhere is reloaded."""
        self.folder = Path(folder) if folder else None
        for name, entry in self._entries.items():
            if entry.dataset is not None and entry.dataset.source != self.location(name):
                entry.dataset = None
            entry.message = ""
            self.changed.emit(name)
            if name in self._wanted:
                self.load(name)

    def location(self, name: str) -> Path | None:
        return data.locate(name, self.folder)

    def available(self, name: str) -> bool:
        return self.location(name) is not None

    def searched(self, name: str) -> list[Path]:
        return data.candidate_dirs(data.REGISTRY[name], self.folder)

    def state(self, name: str) -> str:
        entry = self._entries[name]
        if entry.busy:
            return entry.busy
        if entry.dataset is not None:
            return READY
        if not self.available(name):
            return MISSING
        return DAMAGED if entry.message else FOUND

    def message(self, name: str) -> str:
        """What went wrong last (a damaged file, a failed or cancelled download), or ""."""
        return self._entries[name].message

    def get(self, name: str) -> data.Dataset | None:
        """The loaded dataset, or None (ask with ``load`` and wait for ``changed``)."""
        return self._entries[name].dataset

    def wanted(self, name: str) -> bool:
        return name in self._wanted

    def load(self, name: str) -> None:
        """Load ``name`` in the background, once; ``changed`` fires as it starts and ends."""
        self._wanted.add(name)
        entry = self._entries[name]
        if entry.busy or entry.dataset is not None:
            return
        if not self.available(name):
            self.changed.emit(name)
            return
        folder = self.folder
        entry.start(lambda task: data.load(name, folder),
                    self.tr("Loading {0}").format(engine(data.REGISTRY[name].title)), LOADING)

    def download(self, name: str) -> None:
        """Fetch ``name`` into the cache (progress in ``downloadProgress``), then load it if a tab wants it."""
        entry = self._entries[name]
        if not entry.busy:
            entry.start(download(name, self.mirrors),
                        self.tr("Downloading {0}").format(engine(data.REGISTRY[name].title)), DOWNLOADING)

    def cancel(self, name: str) -> None:
        self._entries[name].runner.cancel()

    def adopt(self, dataset: data.Dataset) -> None:
        """Keep a dataset a training run loaded itself, so no tab reads the files again."""
        entry = self._entries[dataset.name]
        if entry.dataset is None and not entry.busy and dataset.source == self.location(dataset.name):
            entry.dataset = dataset
            self.changed.emit(dataset.name)

    def shutdown(self) -> None:
        """Abandon downloads (their partial files are removed) and wait for every thread."""
        for entry in self._entries.values():
            entry.runner.stop()
