"""What every tab shares: one dataset service (a folder chosen anywhere is used everywhere, at once) and
one function worker (every failure reaches the user as a message and the log; cancel is cooperative)."""

import logging
import threading

import pytest
from PySide6.QtCore import QObject, QSettings, Slot
from PySide6.QtWidgets import QFileDialog

from ae_models import data, zoo
from gui.hub import ModelHub
from gui.main_window import MainWindow
from gui.tab import Tab
from gui.train.form import TrainForm
from gui.workers import FunctionWorker, Runner

REAL = data.locate("mnist")  # the bundled copy, found before a test hides it


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch, dataset_info):
    """A window on a machine where no dataset is found (and no models ship, so it starts fast)."""
    dataset_info("mnist", bundled=None)
    monkeypatch.setenv(data.ENV_DATA, str(tmp_path / "nothing"))
    monkeypatch.setenv(data.ENV_CACHE, str(tmp_path / "cache"))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(ModelHub(models_dir=tmp_path / "no-models"), settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def mnist_item(win):
    combo = win.train_tab.form.dataset.combo
    return combo.model().item(combo.findData("mnist"))


def test_a_folder_chosen_in_explore_is_used_by_every_tab_at_once(qtbot, window, monkeypatch, tmp_path):
    assert all(isinstance(page, Tab) for page in window.pages.values())
    window.tabs.setCurrentWidget(window.explore_tab)
    banner = window.explore_tab.banner
    assert banner.isVisible() and "not on this computer" in banner.text.text()
    assert not mnist_item(window).isEnabled() and window.train_tab.form.dataset.name == "mnist"  # kept, not switched
    assert not window.draw_tab.commands.random.isEnabled()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(REAL))
    with qtbot.waitSignal(window.explore_tab.space.datasetReady, timeout=60_000):
        banner.folder_button.click()
    assert not banner.isVisible()
    assert mnist_item(window).isEnabled() and "dataset" not in window.train_tab.form.problems()
    assert window.train_tab.form.dataset.name == "mnist" and not window.train_tab.form.dataset.notice.isVisibleTo(
        window.train_tab)
    window.tabs.setCurrentWidget(window.draw_tab)
    assert window.draw_tab.commands.random.isEnabled()
    window.draw_tab.commands.random.trigger()  # loaded once already: the digit comes at once
    assert not window.draw_tab.canvas.is_empty()
    window.close()
    again = MainWindow(ModelHub(models_dir=tmp_path / "no-models"), window.settings)
    qtbot.addWidget(again)
    assert again.datasets.folder == REAL and mnist_item(again).isEnabled()
    again.close()


class Receiver(QObject):
    """Main-thread receiver of a runner's endings."""

    def __init__(self, runner: Runner):
        super().__init__(runner)
        self.returned, self.errored = [], []
        runner.returned.connect(self.on_returned)
        runner.errored.connect(self.on_errored)

    @Slot(object)
    def on_returned(self, value):
        self.returned.append(value)

    @Slot(str)
    def on_errored(self, message):
        self.errored.append(message)


def test_any_exception_in_a_worker_reaches_the_user_and_the_log(qtbot, caplog):
    def job(task):
        return {}["missing key"]

    runner = Runner()
    receiver = Receiver(runner)
    with caplog.at_level(logging.ERROR, logger="gui.workers"), qtbot.waitSignal(runner.idle, timeout=10_000):
        runner.start(FunctionWorker(job, "Encoding the test digits"))
    assert receiver.returned == [] and len(receiver.errored) == 1
    assert "Encoding the test digits stopped with an unexpected error (KeyError" in receiver.errored[0]
    assert any(r.exc_info and r.exc_info[0] is KeyError for r in caplog.records)
    assert not runner.running


def test_cancel_is_cooperative_and_ends_without_a_result(qtbot):
    started = threading.Event()

    def job(task):
        started.set()
        while True:
            task.check()
            task.report("still going")
            threading.Event().wait(0.01)

    runner = Runner()
    receiver = Receiver(runner)
    runner.start(FunctionWorker(job, "Downloading MNIST"))
    assert started.wait(10)
    with qtbot.waitSignal(runner.idle, timeout=10_000):
        runner.cancel()
    assert receiver.returned == [] and receiver.errored == [] and not runner.running


def test_the_form_saves_settings_under_the_configs_field_names(qtbot):
    form = TrainForm()
    qtbot.addWidget(form)
    fields = {"epochs", "batch_size", "optimizer", "learning_rate", "schedule", "warmup_epochs", "loss", "seed",
              "noise_factor"}
    assert fields <= set(vars(zoo.TrainConfig())) and fields <= set(form.values())
