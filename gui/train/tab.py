"""The Train tab: set up a Keras fit, run it in a worker thread, watch it live, keep and use the result.

The fit runs as a ``FunctionWorker`` job (``gui.train.run``) on its own QThread; every widget, the plot
and the hub's models are touched here, on the main thread, in ``@Slot`` methods its signals reach. A run
that finishes is measured and saved by the worker (atomically); if that save fails the model stays in
memory and the banner offers "Retry" and "Save as…". A cancelled one offers to save the last completed
epoch. Closing the window during a run, or with a trained model not saved, asks first.
"""

from __future__ import annotations

import json
import logging
import time
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget

from ae_models import data, shipped
from ae_models.library import ModelLibrary
from gui import i18n
from gui.datasets import DatasetService
from gui.help.button import HelpButton
from gui.hub import ModelHub
from gui.settings import read, restore_splitters
from gui.train.device_choice import DeviceChoice
from gui.train.form import TrainForm
from gui.train.keeping import ResultKeeping
from gui.train.loss_plot import LossPlot
from gui.train.progress import ProgressPanel, RateMeter, batch_status, duration
from gui.train.run import Batch, Epoch, Phase, RunOutcome, Samples, TrainJob, drawing_probe, training
from gui.train.run_banner import RunBanner
from gui.train.trained_models import TrainedModelsPanel
from gui.widgets.code_dialog import show_script
from gui.widgets.file_dialogs import save_path
from gui.widgets.wheel_guard import guard_wheels
from gui.workers import FunctionWorker, Runner

log = logging.getLogger(__name__)


def user_models_folder() -> Path:
    """``<AppDataLocation>/models``: where the user's trained models are kept."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "models"


class TrainTab(ResultKeeping, QWidget):
    """Training set-up, live progress and the list of trained models."""

    def __init__(self, hub: ModelHub, parent: QWidget | None = None, library: ModelLibrary | None = None,
                 datasets: DatasetService | None = None):
        super().__init__(parent)
        self.hub = hub
        self.datasets = datasets or DatasetService(self)
        self.library = library or ModelLibrary(user_models_folder())
        self.library.remove_stale_temporaries()  # what a save killed over a day ago left behind
        self.runner = Runner(self)
        self.runner.returned.connect(self._on_completed)
        self.runner.errored.connect(self._on_failed)
        self.runner.idle.connect(self._on_idle)
        self.outcome: RunOutcome | None = None
        self.meter: RateMeter | None = None
        self.cancel_requested_at: float | None = None
        self.ask = lambda title, text: QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes
        self.ask_path = lambda: str(save_path(self, self.tr("Save the trained model"), "model.keras",
                                              self.tr("Keras models (*.keras)")) or "")
        self.form = TrainForm(self.datasets)
        self.devices = DeviceChoice()
        hub.modelsChanged.connect(self.devices.list_devices)  # Keras has loaded: listing is cheap now
        self.progress = ProgressPanel()
        self.plot = LossPlot()
        self.banner = RunBanner()
        self.models = TrainedModelsPanel(hub, self.library)
        self._build_actions()
        self._build_layout()
        self.form.validityChanged.connect(self._update_actions)
        self.form.changed.connect(self._show_plan)
        self.banner.save_button.clicked.connect(self.save_result)
        self.banner.retry_button.clicked.connect(self.save_result)
        self.banner.save_as_button.clicked.connect(self.save_result_as)
        self.banner.use_button.clicked.connect(self.use_result)
        self.models.message.connect(self.banner.show_note)
        self._update_actions()
        self._show_plan()

    def _build_actions(self) -> None:
        self.start_action = QAction(self.tr("Start training"), self, shortcut=QKeySequence("F5"), triggered=self.start)
        self.cancel_action = QAction(self.tr("Cancel training"), self, shortcut=QKeySequence("Shift+F5"),
                                     triggered=self.cancel)

    def _build_layout(self) -> None:
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        # As wide as the form needs (its labels are longer in some languages), with room for the scroll bar.
        needed = self.form.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(max(300, needed))
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        guard_wheels(scroll)
        self.start_button = QPushButton(self.tr("Start training"), default=True, clicked=self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"), clicked=self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button, 1)
        buttons.addWidget(HelpButton("training", lambda: {"spec": self.form.spec() if self.form.valid else None}))
        buttons.addWidget(self.cancel_button)
        self.code_button = QPushButton(self.tr("Keras code…"), toolTip=self.tr("Show the Keras code for these settings"))
        self.code_button.clicked.connect(self.show_code)
        buttons.addWidget(self.code_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        left_layout.addWidget(scroll, 1)
        left_layout.addWidget(self.devices)
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
        self.code_button.setEnabled(self.form.valid)

    @Slot()
    def _show_plan(self) -> None:
        """Before the first run, the run bar reads the epochs the form would train (all its stages)."""
        if not self.running and self.outcome is None and self.form.valid:
            self.progress.reset(self.form.spec().total_epochs)
            self.progress.set_dataset(i18n.engine(data.REGISTRY[self.form.dataset.name].title))

    def references(self) -> list[tuple[str, float]]:
        """Dashed lines for the plot: the shipped model's test BCE and the tutorial's published figure."""
        base, spec = self.form.base, self.form.spec()
        if spec.train.loss != "bce" or self.form.dataset.name != "mnist":
            return []
        bce = shipped.test_bce(base.name, self.hub.models_dir)
        lines = [(self.tr("shipped model, test BCE"), bce)] if bce is not None else []
        if base.published_bce is not None:
            lines.append((self.tr("tutorial's figure"), base.published_bce))
        return lines

    @Slot()
    def start(self) -> None:
        """Start a run with the form's settings (ignored while one runs or the form is invalid)."""
        if self.running or not self.form.valid:
            return
        spec, form = self.form.spec(), self.form
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        tensorboard = form.tensorboard_folder / f"{spec.variant}-{stamp}" if form.tensorboard_folder else None
        job = TrainJob(spec=spec, dataset=form.dataset.name, library=self.library, data_folder=self.datasets.folder,
                       subset=form.subset, tensorboard_dir=tensorboard, loaded=self.datasets.get(form.dataset.name),
                       devices=self.devices.option)
        worker = FunctionWorker(training(job, drawing_probe(self.hub)), self.tr("Training"))
        worker.progress.connect(self._on_progress)
        self.outcome, self.cancel_requested_at = None, None
        self.meter = RateMeter(spec.total_epochs, spec.train.batch_size)
        self.plot.reset(spec.total_epochs, spec.train.loss.upper(), self.references())
        self.progress.reset(spec.total_epochs)
        self.progress.set_dataset(i18n.engine(data.REGISTRY[job.dataset].title))
        self.banner.clear()
        self.form.set_editable(False)
        self.devices.set_editable(False)
        self.runner.start(worker)
        self._update_actions()
        log.info("training %s on %s: %s", spec.name, job.dataset, spec.train)

    @Slot()
    def show_code(self) -> None:
        """The Keras script for the form's settings: one run, as Start trains it."""
        if self.form.valid:
            spec = self.form.spec()
            self.code_dialog = show_script(self, spec, spec.train, dataset=self.form.dataset.name,
                                           subset=self.form.subset)

    @Slot()
    def cancel(self) -> None:
        """Stop the run within one batch; the last completed epoch is kept."""
        if self.running and self.cancel_requested_at is None:
            self.cancel_requested_at = time.monotonic()
            self.runner.cancel()
            self.progress.status.setText(self.tr("Stopping after this batch…"))

    @Slot(object)
    def _on_progress(self, event: Phase | Batch | Epoch | Samples) -> None:
        """One event of the run, in the order the worker reported it."""
        if isinstance(event, Phase):
            self.progress.status.setText(event.text)
        elif isinstance(event, Batch):
            self._on_batch(event)
        elif isinstance(event, Epoch):
            self.progress.show_epoch(event.epoch)
            self.plot.add_epoch(event.epoch, event.entry["loss"], event.entry["val_loss"])
        else:
            self.progress.strip.show_samples(event.inputs, event.outputs)

    def _on_batch(self, event: Batch) -> None:
        if self.cancel_requested_at is not None:
            return
        self.progress.show_batch(event.batch, event.batches)
        self.progress.status.setText(batch_status(event.epoch, event.batch, event.batches, event.loss, self.meter))

    @Slot(object)
    def _on_completed(self, outcome: RunOutcome) -> None:
        self.outcome = outcome
        if outcome.data is not None:
            self.datasets.adopt(outcome.data)
        result = outcome.result
        done = result.epochs_done if result is not None else 0
        if result is not None:
            self.devices.show_used(result.devices)
        if result is not None and not outcome.cancelled:
            spec = result.spec
            self.hub.events.report("train_run", variant=spec.variant, code_size=spec.code_size,
                                   epochs_done=done, noise_factor=spec.train.noise_factor)
        if outcome.path is not None:
            self.models.refresh(select=outcome.path)
            self.progress.status.setText(self.tr("Finished %n epochs in {0}.", "", done).format(
                duration(result.seconds)))
            self.banner.show_finished(outcome)
        elif outcome.save_error:
            self.progress.status.setText(self.tr("Finished %n epochs; the model is not saved yet.", "", done))
            self.banner.show_unsaved(outcome, str(self.library.folder))
        elif done:
            self.progress.show_stopped()
            self.progress.status.setText(self.tr("Stopped after {0} of %n epochs.", "", result.spec.total_epochs)
                                         .format(done))
            self.banner.show_cancelled(outcome)
        else:
            self.progress.show_stopped()
            self.progress.status.setText(self.tr("Stopped before the first epoch finished; there is nothing to keep."))

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.progress.status.setText(self.tr("The run failed; nothing was saved."))
        self.banner.show_error(message)

    @Slot()
    def _on_idle(self) -> None:
        if self.cancel_requested_at is not None:
            log.info("cancel to idle: %.2f s", time.monotonic() - self.cancel_requested_at)
        self.form.set_editable(True)
        self.devices.set_editable(True)
        self._update_actions()

    def menu_actions(self) -> list[QAction]:
        models = self.models
        return [self.start_action, self.cancel_action, models.use_action, models.replace_action, models.unuse_action,
                models.open_action, models.reveal_action]

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("form", json.dumps(self.form.values()))
        settings.setValue("split", self.split.saveState())
        settings.setValue("right_split", self.right.saveState())
        settings.setValue("in_use", json.dumps(self.models.in_use()))

    def restore_state(self, settings: QSettings) -> None:
        try:
            values = json.loads(read(settings, "form", "{}"))
        except (ValueError, RecursionError) as exc:
            values = {}
            log.warning("ignoring the saved training form: %s", exc)
        self.form.set_values(values if isinstance(values, dict) else {})
        try:
            self.models.restore_in_use(json.loads(read(settings, "in_use", "[]")))
        except (TypeError, ValueError, RecursionError) as exc:
            log.warning("ignoring the saved list of models in use: %s", exc)
        restore_splitters(settings, {"split": self.split, "right_split": self.right})

    def confirm_close(self) -> bool:
        """While a run is in progress, or a finished run's model could not be saved, ask before closing."""
        if self.running:
            return self.ask(self.tr("Training in progress"), self.tr("Stop training and quit?"))
        if self.unsaved and self.outcome.save_error:
            return self.ask(self.tr("Trained model not saved"),
                            self.tr("The trained model could not be saved and will be lost. Quit anyway?"))
        return True

    def shutdown(self) -> None:
        """Cancel a run and wait for its thread, so no QThread outlives the window."""
        self.runner.stop()
        self.models.shutdown()
        if self.datasets.parent() is self:
            self.datasets.shutdown()
