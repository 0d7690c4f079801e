"""Real fits through the Train tab's worker thread on a few hundred MNIST digits: progress order, the
saved file, cancel, failures that leave no file, and hot-swapping the result into the live models."""

import json
import shutil

import numpy as np
import pytest
from PySide6.QtCore import QObject, Slot

from ae_models import data, store, zoo
from ae_models.library import ModelLibrary
from ae_models.resources import MANIFEST, MODELS_DIR
from gui.draw.tab import DrawTab
from gui.hub import ModelHub
from gui.train.fields import tensorboard_missing
from gui.train.run import Batch, Epoch, Phase, Samples
from gui.train.tab import TrainTab

RUN_TIMEOUT = 120_000


class Recorder(QObject):
    """Main-thread receiver of a worker's signals, in the order they arrive."""

    def __init__(self, tab: TrainTab, worker, cancel_at: tuple[int, int] | None = None):
        super().__init__(tab)
        self.tab, self.cancel_at, self.events = tab, cancel_at, []
        worker.progress.connect(self.progress)
        worker.returned.connect(self.completed)
        worker.errored.connect(self.failed)

    @Slot(object)
    def progress(self, event):
        if isinstance(event, Phase):
            self.events.append(("phase", event.text))
        elif isinstance(event, Batch):
            self.events.append(("batch", event.epoch, event.batch, event.batches))
            if self.cancel_at is not None and (event.epoch, event.batch) >= self.cancel_at:
                self.tab.cancel()
        elif isinstance(event, Epoch):
            self.events.append(("epoch", event.epoch))
        elif isinstance(event, Samples):
            self.events.append(("samples", event.epoch, event.inputs.shape, event.outputs.shape))

    @Slot(object)
    def completed(self, outcome):
        self.events.append(("completed",))

    @Slot(str)
    def failed(self, message):
        self.events.append(("failed", message))

    def kinds(self):
        return [e[0] for e in self.events]


@pytest.fixture
def tab(qtbot, tmp_path):
    widget = TrainTab(ModelHub(models_dir=tmp_path / "no-models"), library=ModelLibrary(tmp_path / "models"))
    qtbot.addWidget(widget)
    return widget


def configure(tab, epochs=1, digits=300, batch=32, variant="vanilla"):
    form = tab.form
    form.variant.setCurrentIndex(form.variant.findData(variant))
    form.epochs.setValue(epochs)
    form.digits.setValue(digits)
    form.batch.setValue(batch)
    assert form.valid, form.problems()


def run(qtbot, tab, cancel_at=None) -> Recorder:
    """Start a run with a recorder connected before the worker's thread starts; wait until it is idle."""
    recorders, start = [], tab.runner.start

    def start_recorded(worker):
        recorders.append(Recorder(tab, worker, cancel_at))
        start(worker)

    tab.runner.start = start_recorded
    with qtbot.waitSignal(tab.runner.idle, timeout=RUN_TIMEOUT):
        tab.start()
    return recorders[0]


def library_files(tab):
    folder = tab.library.folder
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_a_run_reports_in_order_and_saves_a_file_that_matches_its_sidecar(qtbot, tab):
    configure(tab)
    recorder = run(qtbot, tab)
    kinds = [k for k in recorder.kinds() if k != "phase"]
    assert kinds[-3:] == ["epoch", "samples", "completed"] and set(kinds[:-3]) == {"batch"}
    batches = [e[1:] for e in recorder.events if e[0] == "batch"]
    assert batches == sorted(batches) and batches[-1] == (1, 8, 8)  # 240 training digits / 32
    assert ("samples", 1, (10, 784), (10, 784)) in recorder.events
    phases = [e[1] for e in recorder.events if e[0] == "phase"]
    assert phases == ["Loading MNIST…", "Building the model…", "Measuring on the test digits…", "Saving…"]
    outcome = tab.outcome
    assert not outcome.cancelled and outcome.path.parent == tab.library.folder
    assert library_files(tab) == [outcome.path.with_suffix(".json").name, outcome.path.name]
    model, meta = store.load(outcome.path)
    assert meta["sha256"] == store.file_sha256(outcome.path)
    assert meta["history"] == outcome.result.history and meta["epochs_done"] == 1
    assert meta["dataset"] == "mnist" and meta["subset"] == 300 and meta["train"]["batch_size"] == 32
    assert meta["test"]["test_bce"] == pytest.approx(outcome.test["test_bce"])
    digits = np.random.default_rng(0).random((4, 784), np.float32)
    np.testing.assert_allclose(model.predict_on_batch(digits), outcome.result.autoencoder.predict_on_batch(digits),
                               atol=1e-6)
    assert tab.progress.run_bar.value() == 1 and tab.plot.val_loss == [outcome.result.history[0]["val_loss"]]
    assert tab.progress.strip.outputs[3].image() is not None
    assert tab.banner.kind == "ok" and outcome.path.stem in tab.banner.text.text()
    assert tab.models.selected.path == outcome.path
    assert tab.start_button.isEnabled() and tab.form.model_group.isEnabled()


def test_a_preset_with_a_refine_stage_trains_both_stages_as_one_run(qtbot, tab):
    tab.form.variant.setCurrentIndex(tab.form.variant.findData("conv"))
    tab.form.warmup.setValue(0)  # one epoch of stage 1 leaves no room for the recipe's warm-up
    configure(tab, variant="conv")
    assert tab.form.refine.isChecked()
    refine = zoo.REGISTRY["conv"].stages[1].epochs
    assert tab.progress.run_bar.maximum() == 1 + refine  # the idle bar already counts both stages
    recorder = run(qtbot, tab)
    assert [e[1] for e in recorder.events if e[0] == "epoch"] == list(range(1, 2 + refine))
    assert [h["stage"] for h in tab.outcome.result.history] == [1] + [2] * refine
    _, meta = store.load(tab.outcome.path)
    assert [s["epochs_done"] for s in meta["stages"]] == [1, refine] and meta["epochs_total"] == 1 + refine
    assert tab.progress.run_bar.value() == 1 + refine and tab.banner.kind == "ok"


def test_cancel_mid_epoch_keeps_the_last_completed_epoch_and_offers_to_save_it(qtbot, tab):
    configure(tab, epochs=3, digits=20_000)
    recorder = run(qtbot, tab, cancel_at=(2, 1))
    outcome = tab.outcome
    assert outcome.cancelled and outcome.result.epochs_done == 1
    assert [e for e in recorder.events if e[0] == "epoch"] == [("epoch", 1)]  # epoch 2 never completed
    last_batch = [e for e in recorder.events if e[0] == "batch"][-1]
    assert last_batch[1] == 2 and last_batch[2] < last_batch[3]  # stopped inside epoch 2
    assert library_files(tab) == [] and tab.banner.kind == "ask" and tab.banner.save_button.isVisibleTo(tab)
    tab.save_result()
    model, meta = store.load(outcome.path)
    assert meta["cancelled"] is True and meta["epochs_done"] == 1 and "test" not in meta
    assert tab.banner.kind == "ok" and [e.path for e in tab.library.entries()] == [outcome.path]


def test_cancel_in_the_first_epoch_leaves_nothing_to_keep(qtbot, tab):
    configure(tab, epochs=2, digits=20_000)
    run(qtbot, tab, cancel_at=(1, 1))
    assert tab.outcome.cancelled and tab.outcome.result.epochs_done == 0
    assert "nothing to keep" in tab.progress.status.text() and not tab.banner.isVisibleTo(tab)
    assert library_files(tab) == []


@pytest.mark.parametrize(("error", "expected"), [
    (RuntimeError("boom"), "unexpected error (RuntimeError: boom)"),
    (MemoryError(), "ran out of memory"),
])
def test_a_failing_run_says_why_and_saves_nothing(qtbot, tab, monkeypatch, error, expected):
    def fail(*args, **kwargs):
        raise error

    monkeypatch.setattr("ae_models.training.train", fail)
    configure(tab)
    recorder = run(qtbot, tab)
    assert [k for k in recorder.kinds() if k != "phase"] == ["failed"] and tab.outcome is None
    assert tab.banner.kind == "error" and expected in tab.banner.text.text()
    assert library_files(tab) == [] and tab.start_button.isEnabled()


def test_a_nan_loss_ends_the_run_with_a_clear_message(qtbot, tab):
    configure(tab, variant="vae")
    tab.form.learning_rate.setText("10")  # exp(log-variance) overflows within a few Adam steps
    run(qtbot, tab)
    assert tab.banner.kind == "error" and "the loss became nan in epoch 1" in tab.banner.text.text()
    assert "lower learning rate" in tab.banner.text.text() and library_files(tab) == []


def disk_full_between_the_renames(monkeypatch):
    """``os.replace`` fails with ENOSPC for the model (after its sidecar is in place); undo with the result."""
    import errno
    import os

    real = os.replace

    def replace(src, dst):
        if str(dst).endswith(".keras"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    return lambda: monkeypatch.setattr(os, "replace", real)


def test_a_failed_save_keeps_the_model_and_offers_retry_and_save_as(qtbot, tab, monkeypatch, tmp_path):
    disk_ok = disk_full_between_the_renames(monkeypatch)
    configure(tab)
    run(qtbot, tab)
    banner = tab.banner
    assert banner.kind == "error" and "No space left on device" in banner.text.text()
    assert "kept in memory" in banner.text.text() and tab.outcome.result is not None
    assert banner.retry_button.isVisibleTo(tab) and banner.save_as_button.isVisibleTo(tab)
    assert library_files(tab) == []  # no orphan model, no orphan sidecar, no temporary
    questions = []
    tab.ask = lambda title, text: questions.append(text) or False
    assert not tab.confirm_close() and "will be lost" in questions[0]  # closing asks first
    tab.save_result()  # Retry while the disk is still full: still kept, still offered
    assert banner.retry_button.isVisibleTo(tab) and library_files(tab) == []
    elsewhere = tmp_path / "usb" / "rescued"
    tab.ask_path = lambda: str(elsewhere)
    disk_ok()
    tab.save_result_as()
    assert banner.kind == "ok" and "rescued" in banner.text.text()
    _, meta = store.load(elsewhere.with_suffix(".keras"))
    assert meta["sha256"] == store.file_sha256(elsewhere.with_suffix(".keras")) and meta["test"]["test_bce"] > 0
    assert tab.confirm_close() and len(questions) == 1


def test_retry_after_a_failed_save_saves_into_the_library(qtbot, tab, monkeypatch):
    disk_ok = disk_full_between_the_renames(monkeypatch)
    configure(tab)
    run(qtbot, tab)
    disk_ok()
    tab.banner.retry_button.click()
    [entry] = tab.library.entries()
    assert entry.problem is None and tab.banner.kind == "ok" and entry.name in tab.banner.text.text()


@pytest.fixture
def loaded_hub(qtbot, tmp_path):
    """A hub with the shipped vanilla model only (fast to load)."""
    folder = tmp_path / "shipped"
    folder.mkdir()
    manifest = json.loads(MANIFEST.read_text())
    manifest["variants"] = {"vanilla": manifest["variants"]["vanilla"]}
    (folder / MANIFEST.name).write_text(json.dumps(manifest))
    for name in ("vanilla.keras", "vanilla.json"):
        shutil.copy(MODELS_DIR / name, folder / name)
    hub = ModelHub(models_dir=folder)
    with qtbot.waitSignal(hub.modelsChanged, timeout=RUN_TIMEOUT):
        hub.start_loading()
    return hub


def test_use_in_draw_tab_hot_swaps_the_model_the_draw_tab_runs(qtbot, tmp_path, loaded_hub):
    draw = DrawTab(loaded_hub)
    qtbot.addWidget(draw)
    draw.show()
    qtbot.waitExposed(draw)
    tab = TrainTab(loaded_hub, library=ModelLibrary(tmp_path / "models"))
    qtbot.addWidget(tab)
    configure(tab)
    run(qtbot, tab)
    draw.canvas.set_image(data.load("mnist").x_test[0] / 255)

    def shows(name, expected):
        qtbot.waitUntil(lambda: draw.shown_revision == draw.canvas.revision and name in draw.results
                        and np.allclose(draw.results[name].reconstruction, expected, atol=1e-5), timeout=10_000)

    qtbot.waitUntil(lambda: draw.shown_revision == draw.canvas.revision and "vanilla" in draw.results)
    shipped = draw.results["vanilla"].reconstruction.copy()
    trained = tab.outcome.result.autoencoder.predict_on_batch(draw.model_input.reshape(1, 784)).reshape(28, 28)
    assert not np.allclose(shipped, trained, atol=1e-3)
    tab.models.use_instead()
    shows("vanilla", trained)
    assert tab.models.table.item(0, 8).text() == "instead of the shipped Vanilla dense"
    tab.models.remove_from_draw()  # the shipped model comes back
    shows("vanilla", shipped)
    tab.use_result()  # from the banner: next to the shipped model, under its own name
    shows(tab.outcome.path.stem, trained)
    shows("vanilla", shipped)


def test_tensorboard_logs_go_to_a_folder_per_run(qtbot, tab, tmp_path):
    missing = tensorboard_missing()
    if missing:  # an optional package: the choice is disabled and says how to get it
        assert not tab.form.tensorboard.isEnabled() and "pip install tensorboard" in tab.form.tensorboard.toolTip()
        return
    configure(tab)
    tab.form.tensorboard.setChecked(True)
    tab.form.tensorboard_dir.setText(str(tmp_path / "logs"))
    run(qtbot, tab)
    (run_folder,) = (tmp_path / "logs").iterdir()
    assert run_folder.name.startswith("vanilla-") and tab.banner.kind == "ok"
    assert any(p.name.startswith("events.out.tfevents") for p in run_folder.rglob("*"))


def test_the_next_run_reuses_the_loaded_dataset(qtbot, tab):
    configure(tab)
    first = run(qtbot, tab)
    loaded = tab.datasets.get("mnist")
    assert ("phase", "Loading MNIST…") in first.events and loaded.name == "mnist"  # kept by the dataset service
    second = run(qtbot, tab)
    assert ("phase", "Loading MNIST…") not in second.events and ("phase", "Building the model…") in second.events
    assert tab.datasets.get("mnist") is loaded and tab.banner.kind == "ok" and len(tab.library.entries()) == 2
