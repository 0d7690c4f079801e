"""The one adapter from the training engine's plain-callable hooks to Qt signals.

A worker is a QObject moved to its own QThread; it only emits signals, and only main-thread objects
(connected with ``@Slot`` methods) touch widgets or the models the Draw tab uses. Cancelling sets a
``threading.Event`` the engine polls after every batch: a slot sent to the worker would never run while
``fit`` blocks its thread. Keras and the engine are imported inside the thread, never at module level.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal, Slot

from ae_models.zoo import ModelSpec
from ae_models.library import ModelLibrary

log = logging.getLogger(__name__)

OUT_OF_MEMORY = ("Training ran out of memory. Try a smaller batch size, fewer training digits or a "
                 "smaller model, and close other programs.")


class Worker(QObject):
    """Base of the background jobs: ``run`` calls ``work`` in the thread and always emits ``ended``."""

    ended = Signal()
    failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.cancel = threading.Event()

    @Slot()
    def run(self) -> None:
        try:
            self.work()
        except Exception as exc:  # noqa: BLE001  (any failure must reach the user, not kill the thread)
            if expected_failure(exc):  # offline, a missing dataset, a damaged file: the message says it all
                log.warning("background job stopped: %s", exc)
            else:
                log.exception("background job failed")
            self.failed.emit(describe_failure(exc))
        finally:
            self.ended.emit()

    def work(self) -> None:
        raise NotImplementedError


def expected_failure(exc: BaseException) -> bool:
    """A failure the user can fix from its message (logged without a traceback)."""
    from ae_models.data import DatasetError
    from ae_models.store import ModelFileError

    return isinstance(exc, (DatasetError, ModelFileError))


def describe_failure(exc: BaseException) -> str:
    """A message for the user: what happened and what to do.

    TensorFlow's and the engine's errors are told apart by class name: importing them here would load
    Keras in a thread (a dataset download) that otherwise never needs it.
    """
    from ae_models.data import DatasetError
    from ae_models.store import ModelFileError

    if isinstance(exc, MemoryError) or type(exc).__name__ == "ResourceExhaustedError":
        return OUT_OF_MEMORY
    if isinstance(exc, (DatasetError, ModelFileError)):
        return str(exc)
    if type(exc).__name__ == "TrainingError":
        return f"Training stopped: {exc}"
    if isinstance(exc, OSError):
        return (f"A file could not be written or read ({exc}). Nothing was saved: check the free space and "
                "the folders' permissions.")
    return (f"Training stopped with an unexpected error ({type(exc).__name__}: {exc}). "
            "Nothing was saved; the details are in the log.")


class Runner(QObject):
    """Owns at most one worker and its QThread on the main thread; ``stop`` is safe at any time."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker: Worker | None = None
        self._thread: QThread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, worker: Worker) -> None:
        """Move ``worker`` to a new thread and run it; the caller has connected its signals."""
        if self._thread is not None:
            raise RuntimeError("a job is already running")
        thread = QThread(self)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.ended.connect(self._on_ended)
        self.worker, self._thread = worker, thread
        thread.start()

    def cancel(self) -> None:
        """Ask the running job to stop (it ends within one batch)."""
        if self.worker is not None:
            self.worker.cancel.set()

    def stop(self) -> None:
        """Cancel and wait for the thread (closing the window): no thread outlives its QThread."""
        if self._thread is None:
            return
        self.cancel()
        self._thread.quit()
        self._thread.wait()
        self._release()

    @Slot()
    def _on_ended(self) -> None:
        if self._thread is None:
            return
        self._thread.quit()
        self._thread.wait()
        self._release()
        self.idle.emit()

    def _release(self) -> None:
        thread, worker = self._thread, self.worker
        self._thread, self.worker = None, None
        worker.deleteLater()
        thread.deleteLater()


@dataclass(frozen=True)
class TrainJob:
    """Everything one run needs; built on the main thread, read by the worker."""

    spec: ModelSpec
    dataset: str
    library: ModelLibrary
    data_folder: Path | None = None
    subset: int | None = None
    tensorboard_dir: Path | None = None
    extra_meta: dict[str, Any] = field(default_factory=dict)
    loaded: Any = None  # a Dataset an earlier run loaded: reused when it is the one asked for


@dataclass
class RunOutcome:
    """What a run produced: the result (None when cancelled before loading), where it was saved, test metrics."""

    result: Any
    dataset: str
    path: Path | None = None
    test: dict[str, float] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)
    data: Any = None  # the Dataset used, for the next run to reuse

    @property
    def cancelled(self) -> bool:
        return self.result is None or self.result.cancelled


class TrainWorker(Worker):
    """Loads the dataset, fits a fresh model (every stage of its spec), measures and saves it.

    A cancelled run is not measured or saved: it returns at once with the last completed epoch's model,
    and the user decides whether to keep it.
    """

    phase = Signal(str)
    batchDone = Signal(int, int, int, float)  # epoch, batch, batches, loss
    epochDone = Signal(int, object)  # epoch, the engine's history entry
    samplesReady = Signal(int, object, object)  # epoch, inputs, reconstructions
    completed = Signal(object)  # RunOutcome

    def __init__(self, job: TrainJob, probe: Callable[[], np.ndarray | None] | None = None) -> None:
        super().__init__()
        self.job = job
        self.probe = probe

    def work(self) -> None:
        from ae_models import data
        from ae_models.runs import train_stages
        from ae_models.training import Hooks

        job = self.job
        dataset = job.loaded
        if dataset is None or dataset.name != job.dataset or dataset.source != data.locate(job.dataset, job.data_folder):
            self.phase.emit(f"Loading {data.REGISTRY[job.dataset].title}…")
            dataset = data.load(job.dataset, job.data_folder)
        if self.cancel.is_set():
            self.completed.emit(RunOutcome(None, job.dataset, data=dataset))
            return
        self.phase.emit("Building the model…")
        hooks = Hooks(on_batch=self.batchDone.emit, on_epoch=self.epochDone.emit,
                      on_samples=self.samplesReady.emit, should_stop=self.cancel.is_set, probe=self.probe)
        result = train_stages(job.spec, dataset, hooks, subset=job.subset, tensorboard_dir=job.tensorboard_dir)
        outcome = RunOutcome(result, job.dataset, meta=dict(job.extra_meta), data=dataset)
        if not result.cancelled and not self.cancel.is_set():
            self.phase.emit("Measuring on the test digits…")
            from ae_models.evaluation import evaluate

            outcome.test = evaluate(result.autoencoder, job.spec, dataset)
            self.phase.emit("Saving…")
            outcome.path, outcome.meta = job.library.save(result, job.dataset, {**outcome.meta, "test": outcome.test})
        self.completed.emit(outcome)


class DownloadWorker(Worker):
    """Downloads a dataset into the cache with ``ae_models.data.fetch``, reporting bytes as they arrive."""

    progress = Signal(str, int, int)  # file, bytes done, bytes total (0 when unknown)
    completed = Signal(str)  # the folder now holding the files

    def __init__(self, name: str, mirrors: Sequence[str] | None = None) -> None:
        super().__init__()
        self.name = name
        self.mirrors = mirrors

    def work(self) -> None:
        from ae_models import data

        try:
            folder = data.fetch(self.name, progress=self._report, mirrors=self.mirrors)
        except _Cancelled:
            return
        self.completed.emit(str(folder))

    def _report(self, file: str, done: int, total: int) -> None:
        if self.cancel.is_set():
            raise _Cancelled  # unwinds fetch, which removes the partial file
        self.progress.emit(file, done, total)


class _Cancelled(Exception):
    """Raised inside a download's progress callback to abandon it."""
