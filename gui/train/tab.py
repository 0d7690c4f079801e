"""The Train tab: set up a Keras fit, run it in a worker thread, watch it live, keep and use the result.

The fit runs in ``TrainWorker`` on its own QThread; every widget, the plot and the hub's models are
touched here, on the main thread, in ``@Slot`` methods the worker's signals are connected to. A run
that finishes is measured and saved by the worker (atomically); a cancelled one offers to save the last
completed epoch. Closing the window during a run asks first, then cancels and waits for the thread.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import numpy as np
from PySide6.QtCore import QSettings, QStandardPaths, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget

from ae_models.library import ModelLibrary
from ae_models.shipped import entries as shipped_entries
from gui.hub import ModelHub
from gui.train.loss_plot import LossPlot
from gui.train.run_banner import RunBanner
from gui.train.form import TrainForm
from gui.train.progress import ProgressPanel, RateMeter, duration
from gui.train.trained_models import TrainedModelsPanel
from gui.workers import RunOutcome, Runner, TrainJob, TrainWorker

log = logging.getLogger(__name__)


def drawing_probe(hub: ModelHub) -> Callable[[], np.ndarray | None]:
    """A ``probe`` hook for the worker thread: a copy of the current drawing, or None when it is blank."""

    def probe() -> np.ndarray | None:
        image = hub.current_input  # one attribute read; the hub replaces, never mutates, the array
        return np.array(image, np.float32) if image is not None and image.any() else None

    return probe


def user_models_folder() -> Path:
    """``<AppDataLocation>/models``: where the user's trained models are kept."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "models"


class TrainTab(QWidget):
    """Training set-up, live progress and the list of trained models."""

    def __init__(self, hub: ModelHub, parent: QWidget | None = None, library: ModelLibrary | None = None):
        super().__init__(parent)
        self.hub = hub
        self.library = library or ModelLibrary(user_models_folder())
        self.runner = Runner(self)
        self.runner.idle.connect(self._on_idle)
        self.outcome: RunOutcome | None = None
        self.dataset = None  # the last run's Dataset, kept so the next run need not read the files again
        self.meter: RateMeter | None = None
        self.cancel_requested_at: float | None = None
        self.ask = lambda title, text: QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes
        self.form = TrainForm()
        self.progress = ProgressPanel()
        self.plot = LossPlot()
        self.banner = RunBanner()
        self.models = TrainedModelsPanel(hub, self.library)
        self._build_actions()
        self._build_layout()
        self.form.validityChanged.connect(self._update_actions)
        self.banner.save_button.clicked.connect(self.save_result)
        self.banner.use_button.clicked.connect(self.use_result)
        self.models.message.connect(self.banner.show_note)
        self._update_actions()

    def _build_actions(self) -> None:
        self.start_action = QAction("Start training", self, shortcut=QKeySequence("F5"))
        self.cancel_action = QAction("Cancel training", self, shortcut=QKeySequence("Shift+F5"))
        self.start_action.triggered.connect(self.start)
        self.cancel_action.triggered.connect(self.cancel)

    def _build_layout(self) -> None:
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        scroll.setMinimumWidth(300)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.start_button = QPushButton("Start training", default=True)
        self.cancel_button = QPushButton("Cancel")
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button, 1)
        buttons.addWidget(self.cancel_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        left_layout.addWidget(scroll, 1)
        left_layout.addLayout(buttons)
        run = QWidget()
        run_layout = QVBoxLayout(run)
        run_layout.setContentsMargins(4, 0, 0, 0)
        run_layout.addWidget(self.progress)
        run_layout.addWidget(self.plot, 1)
        run_layout.addWidget(self.banner)
        self.right = QSplitter(Qt.Orientation.Vertical, childrenCollapsible=False)
        self.right.addWidget(run)
        self.right.addWidget(self.models)
        self.right.setStretchFactor(0, 3)
        self.right.setStretchFactor(1, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal, childrenCollapsible=False)
        self.split.addWidget(left)
        self.split.addWidget(self.right)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([330, 950])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.split)

    @property
    def running(self) -> bool:
        return self.runner.running

    @Slot()
    def _update_actions(self) -> None:
        can_start = self.form.valid and not self.running
        self.start_action.setEnabled(can_start)
        self.start_button.setEnabled(can_start)
        reason = self.form.dataset.problem() or self.tr("Fix the fields marked in red first.")
        self.start_button.setToolTip("" if self.form.valid else reason)
        self.cancel_action.setEnabled(self.running)
        self.cancel_button.setEnabled(self.running)

    def references(self) -> list[tuple[str, float]]:
        """Dashed lines for the plot: the shipped model's test BCE and the tutorial's published figure."""
        base, spec = self.form.base, self.form.spec()
        if spec.train.loss != "bce" or self.form.dataset.name != "mnist":
            return []
        test = shipped_entries(self.hub.models_dir)[0].get(base.name, {}).get("test")
        bce = test.get("test_bce") if isinstance(test, dict) else None
        lines = [("shipped model, test BCE", float(bce))] if isinstance(bce, (int, float)) else []
        if base.published_bce is not None:
            lines.append(("tutorial's figure", base.published_bce))
        return lines

    @Slot()
    def start(self) -> None:
        """Start a run with the form's settings (ignored while one runs or the form is invalid)."""
        if self.running or not self.form.valid:
            return
        spec, form = self.form.spec(), self.form
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        tensorboard = form.tensorboard_folder / f"{spec.variant}-{stamp}" if form.tensorboard_folder else None
        job = TrainJob(spec=spec, dataset=form.dataset.name, library=self.library, data_folder=form.dataset.folder,
                       subset=form.subset, tensorboard_dir=tensorboard,
                       extra_meta={"preset": spec.name, "title": spec.title, "subset": form.subset},
                       loaded=self.dataset)
        worker = TrainWorker(job, drawing_probe(self.hub))
        worker.phase.connect(self._on_phase)
        worker.batchDone.connect(self._on_batch)
        worker.epochDone.connect(self._on_epoch)
        worker.samplesReady.connect(self._on_samples)
        worker.completed.connect(self._on_completed)
        worker.failed.connect(self._on_failed)
        self.outcome, self.cancel_requested_at = None, None
        self.meter = RateMeter(spec.train.epochs, spec.train.batch_size)
        self.plot.reset(spec.train.epochs, spec.train.loss.upper(), self.references())
        self.progress.reset(spec.train.epochs)
        self.banner.clear()
        self.form.set_editable(False)
        self.runner.start(worker)
        self._update_actions()
        log.info("training %s on %s: %s", spec.name, job.dataset, spec.train)

    @Slot()
    def cancel(self) -> None:
        """Stop the run within one batch; the last completed epoch is kept."""
        if self.running and self.cancel_requested_at is None:
            self.cancel_requested_at = time.monotonic()
            self.runner.cancel()
            self.progress.status.setText("Stopping after this batch…")

    @Slot(str)
    def _on_phase(self, text: str) -> None:
        self.progress.status.setText(text)

    @Slot(int, int, int, float)
    def _on_batch(self, epoch: int, batch: int, batches: int, loss: float) -> None:
        if self.cancel_requested_at is not None:
            return
        self.progress.show_batch(batch, batches)
        rate, left = self.meter.update(epoch, batch, batches)
        parts = [f"Epoch {epoch} of {self.meter.epochs}", f"batch {batch}/{batches}", f"loss {loss:.4f}"]
        if rate is not None:
            parts.append(f"{rate:,.0f} digits/s")
        if left is not None:
            parts.append(f"about {duration(left)} left")
        self.progress.status.setText(" · ".join(parts))

    @Slot(int, object)
    def _on_epoch(self, epoch: int, entry: dict) -> None:
        self.progress.show_epoch(epoch)
        self.plot.add_epoch(epoch, entry["loss"], entry["val_loss"])

    @Slot(int, object, object)
    def _on_samples(self, epoch: int, inputs: np.ndarray, outputs: np.ndarray) -> None:
        self.progress.strip.show_samples(inputs, outputs)

    @Slot(object)
    def _on_completed(self, outcome: RunOutcome) -> None:
        self.outcome, self.dataset = outcome, outcome.data
        result = outcome.result
        done = result.epochs_done if result is not None else 0
        if outcome.path is not None:
            self.models.refresh(select=outcome.path)
            self.progress.status.setText(f"Finished {done} epochs in {duration(result.seconds)}.")
            self.banner.show_finished(outcome)
        elif done:
            self.progress.status.setText(f"Stopped after {done} of {result.spec.train.epochs} epochs.")
            self.banner.show_cancelled(outcome)
        else:
            self.progress.status.setText("Stopped before the first epoch finished; there is nothing to keep.")

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.progress.status.setText("The run failed; nothing was saved.")
        self.banner.show_error(message)

    @Slot()
    def _on_idle(self) -> None:
        if self.cancel_requested_at is not None:
            log.info("cancel to idle: %.2f s", time.monotonic() - self.cancel_requested_at)
        self.form.set_editable(True)
        self._update_actions()

    @Slot()
    def save_result(self) -> None:
        """Save a cancelled run's last completed epoch (the worker saves finished runs itself)."""
        outcome = self.outcome
        if outcome is None or outcome.result is None or outcome.path is not None:
            return
        try:
            outcome.path, outcome.meta = self.library.save(outcome.result, outcome.dataset, outcome.meta)
        except OSError as exc:
            self.banner.show_error(f"The model could not be saved ({exc}). Check the free space and the "
                                   f"permissions of {self.library.folder}.")
            return
        self.models.refresh(select=outcome.path)
        self.banner.show_finished(outcome)

    @Slot()
    def use_result(self) -> None:
        """Put the last saved run into the Draw tab next to the shipped models."""
        if self.outcome is not None and self.outcome.path is not None:
            self.models.refresh(select=self.outcome.path)
            self.models.use_next_to()

    def menu_actions(self) -> list[QAction]:
        return [self.start_action, self.cancel_action, self.models.open_action, self.models.reveal_action]

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("form", json.dumps(self.form.values()))
        settings.setValue("data_folder", str(self.form.dataset.folder or ""))
        settings.setValue("split", self.split.saveState())
        settings.setValue("right_split", self.right.saveState())

    def restore_state(self, settings: QSettings) -> None:
        self.form.dataset.set_folder(settings.value("data_folder", "") or None)
        try:
            self.form.set_values(json.loads(settings.value("form", "{}")))
        except (TypeError, ValueError) as exc:
            log.warning("ignoring the saved training form: %s", exc)
        for splitter, key in ((self.split, "split"), (self.right, "right_split")):
            if settings.value(key) is not None:
                splitter.restoreState(settings.value(key))

    def confirm_close(self) -> bool:
        """While a run is in progress, ask before the window closes."""
        return not self.running or self.ask("Training in progress", "Stop training and quit?")

    def shutdown(self) -> None:
        """Cancel a run or download and wait for its thread, so no QThread outlives the window."""
        self.runner.stop()
        self.form.dataset.shutdown()
