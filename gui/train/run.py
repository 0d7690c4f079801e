"""One training run as a worker job: load the data (unless given), fit every stage of the spec with
``ae_models.runs.train_stages``, measure and save. Progress leaves as small event objects through the
worker's ``progress`` signal.

A cancelled run is not measured or saved: it returns at once with the last completed epoch's model,
and the user decides whether to keep it. Keras and the engine are imported inside the thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QCoreApplication

from ae_models.library import ModelLibrary
from ae_models.zoo import ModelSpec
from gui import i18n
from gui.workers import Task

if TYPE_CHECKING:
    from gui.hub import ModelHub

log = logging.getLogger(__name__)


def drawing_probe(hub: ModelHub) -> Callable[[], np.ndarray | None]:
    """A ``probe`` hook for the worker thread: a copy of the current drawing, or None when it is blank."""

    def probe() -> np.ndarray | None:
        image = hub.current_input  # one attribute read; the hub replaces, never mutates, the array
        return np.array(image, np.float32) if image is not None and image.any() else None

    return probe

@dataclass(frozen=True)
class Phase:
    text: str  # already translated (QCoreApplication.translate may be called from any thread)


@dataclass(frozen=True)
class Batch:
    epoch: int
    batch: int
    batches: int
    loss: float


@dataclass(frozen=True)
class Epoch:
    epoch: int
    entry: dict[str, Any]  # the engine's history entry


@dataclass(frozen=True)
class Samples:
    epoch: int
    inputs: np.ndarray
    outputs: np.ndarray


@dataclass(frozen=True)
class TrainJob:
    """Everything one run needs; built on the main thread, read by the worker."""

    spec: ModelSpec
    dataset: str
    library: ModelLibrary
    data_folder: Path | None = None
    subset: int | None = None
    tensorboard_dir: Path | None = None
    loaded: Any = None  # the Dataset the dataset service holds, when it is the one asked for
    devices: Any = "auto"  # the run's device option (ae_models.devices), not part of the spec


@dataclass
class RunOutcome:
    """What a run produced: the result (None when cancelled before loading), where it was saved, test metrics."""

    result: Any
    dataset: str
    path: Path | None = None
    test: dict[str, float] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)
    data: Any = None  # the Dataset used, handed to the dataset service
    save_error: str | None = None  # why a finished run's save failed; the model stays in ``result``

    @property
    def cancelled(self) -> bool:
        return self.result is None or self.result.cancelled


def training(job: TrainJob, probe: Callable[[], np.ndarray | None] | None = None) -> Callable[[Task], RunOutcome]:
    """The worker function for ``job``; it returns a ``RunOutcome``."""

    def run(task: Task) -> RunOutcome:
        from ae_models import data
        from ae_models.evaluation import measure_test_set
        from ae_models.runs import train_stages
        from ae_models.training import Hooks

        dataset = job.loaded
        if dataset is None:
            title = i18n.engine(data.REGISTRY[job.dataset].title)
            task.report(Phase(QCoreApplication.translate("TrainTab", "Loading {0}…").format(title)))
            dataset = data.load(job.dataset, job.data_folder)
        if task.cancelled:
            return RunOutcome(None, job.dataset, data=dataset)
        task.report(Phase(QCoreApplication.translate("TrainTab", "Building the model…")))
        hooks = Hooks(on_batch=lambda *a: task.report(Batch(*a)), on_epoch=lambda *a: task.report(Epoch(*a)),
                      on_samples=lambda *a: task.report(Samples(*a)), should_stop=lambda: task.cancelled,
                      probe=probe)
        result = train_stages(job.spec, dataset, hooks, subset=job.subset, tensorboard_dir=job.tensorboard_dir,
                              devices=job.devices)
        outcome = RunOutcome(result, job.dataset, data=dataset)
        outcome.meta = result.sidecar(job.dataset, subset=job.subset)
        if not result.cancelled and not task.cancelled:
            task.report(Phase(QCoreApplication.translate("TrainTab", "Measuring on the test digits…")))
            outcome.test = measure_test_set(result.autoencoder, job.spec, dataset)
            task.report(Phase(QCoreApplication.translate("TrainTab", "Saving…")))
            outcome.meta = {**outcome.meta, "test": outcome.test}
            try:
                outcome.path, outcome.meta = job.library.save(result, outcome.meta)
            except OSError as exc:  # disk full, read-only folder: the trained model must not be lost
                log.warning("saving the trained model failed: %s", exc)
                outcome.save_error = exc.strerror or i18n.error(exc)
        return outcome

    return run
