"""Views that tell the truth without models: the code chart's range follows the data (with hysteresis),
one code numbering, dialogs that never start in the working directory, export notices, the sample strip's
dataset, the epoch bar after a cancel, an offline download's advice without a traceback."""

import logging
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from ae_models import data, zoo
from ae_models.library import ModelLibrary
from gui.draw.code_view import MARGINS, CodeView
from gui.hub import ModelHub
from gui.train.run import RunOutcome
from gui.train.tab import TrainTab
from gui.widgets import file_dialogs
from gui.widgets.code_numbering import value_label
from gui.widgets.written_notice import WrittenNotice, announce_written
from gui.workers import FunctionWorker, download


def code_with_peak(peak, size=32):
    return np.linspace(0, 1, size, dtype=np.float32) * peak


def test_the_code_chart_scales_to_the_data_with_hysteresis(qtbot):
    view = CodeView()
    qtbot.addWidget(view)
    view.set_shape((32,))
    view.set_code(code_with_peak(45))  # a large drawing
    assert view._bar_range() == (0.0, 50.0)
    view.set_code(code_with_peak(15))  # then a small one: the axis comes down to the data
    assert view._bar_range() == (0.0, 20.0)
    view.set_code(code_with_peak(12))  # small changes do not move the axis
    assert view._bar_range() == (0.0, 20.0)
    view.set_code(code_with_peak(21))  # a bar that no longer fits grows it at once
    assert view._bar_range() == (0.0, 25.0)


def test_one_code_numbering_from_zero(qtbot):
    view = CodeView()
    qtbot.addWidget(view)
    view.resize(460, 260)
    view.set_shape((32,))
    view.set_code(code_with_peak(3))
    plot = view._plot()
    assert view._hit_bar(QPointF(plot.left() + 2, plot.bottom() - 2)) == f"code[0] = {view.code[0]:.4f}"
    assert value_label(0) == "value 0" and value_label(31) == "value 31"  # the code editor's rows
    view.set_shape((4, 4, 8))
    view.set_code(np.ones((4, 4, 8), np.float32))
    _, _, cell = view._map_grid()
    assert view._hit_map(QPointF(8 + cell / 2, MARGINS[1] + 4)) == "map 0"


@pytest.fixture
def no_pictures(monkeypatch, tmp_path):
    """A machine with no Pictures or Documents folder and nothing remembered."""
    file_dialogs.QSettings().remove(file_dialogs.LAST_FOLDER_KEY)
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda location: str(tmp_path / "absent"))


def test_dialogs_never_start_in_the_working_directory(qtbot, monkeypatch, tmp_path, no_pictures):
    assert file_dialogs.start_folder() == Path.home() != Path.cwd()
    pictures = tmp_path / "Pictures"
    pictures.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda location: str(pictures))
    assert file_dialogs.start_folder() == pictures
    asked = []
    chosen = tmp_path / "elsewhere" / "digit.png"
    chosen.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, title, start, filters, **kw:
                        asked.append(start) or (str(chosen), filters))
    assert file_dialogs.save_path(None, "Save", "digit.png", "PNG (*.png)") == chosen
    assert asked == [str(pictures / "digit.png")]
    assert file_dialogs.start_folder() == chosen.parent  # one remembered folder for the next dialog


def test_an_export_asks_before_replacing_any_file_and_names_them(monkeypatch, tmp_path):
    existing = [tmp_path / "morph.gif", tmp_path / "session-input.png"]
    for path in existing:
        path.write_bytes(b"old")
    questions = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text: questions.append(text)
                        or QMessageBox.StandardButton.No)
    paths = [tmp_path / "morph.png", *existing]
    assert not file_dialogs.confirm_overwrite(None, paths)
    assert "morph.gif" in questions[0] and "session-input.png" in questions[0] and "morph.png" not in questions[0]
    assert file_dialogs.confirm_overwrite(None, [tmp_path / "new.png"]) and len(questions) == 1


def test_the_status_bar_names_every_file_written_and_shows_the_folder(qtbot, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    notice = WrittenNotice()
    window.statusBar().addPermanentWidget(notice)
    window.show()
    files = [tmp_path / "morph.png", tmp_path / "morph.gif"]
    announce_written(window.statusBar(), files)
    assert notice.isVisible() and notice.text.text() == f"Wrote morph.png, morph.gif to {tmp_path}."
    assert notice.text.textFormat() == Qt.TextFormat.PlainText  # a file named "<b>x.png" shows as typed
    opened = []
    notice.open_url = lambda url: opened.append(url.toLocalFile()) or False
    notice.show_button.click()
    assert opened == [str(tmp_path)] and str(tmp_path) in notice.text.text()  # no file manager: the path stays


def test_the_sample_strip_names_its_dataset_and_the_epoch_bar_empties_after_cancel(qtbot, tmp_path):
    tab = TrainTab(ModelHub(models_dir=tmp_path / "none"), library=ModelLibrary(tmp_path / "models"))
    qtbot.addWidget(tab)
    assert "Test images of MNIST" in tab.progress.caption.text()
    if tab.form.dataset.available("fashion-mnist"):
        tab.form.dataset.select("fashion-mnist")
        assert "Test images of Fashion-MNIST" in tab.progress.caption.text()
    tab.progress.show_batch(92, 100)
    spec = zoo.REGISTRY["vanilla"]
    result = SimpleNamespace(epochs_done=1, spec=spec, cancelled=True,
                             history=[{"epoch": 1, "loss": 0.2, "val_loss": 0.19}])
    tab._on_completed(RunOutcome(result, "mnist"))
    assert tab.progress.epoch_bar.value() == 0 and tab.banner.kind == "ask"


def test_an_offline_download_keeps_its_advice_and_logs_no_traceback(monkeypatch, tmp_path, caplog):
    monkeypatch.setenv(data.ENV_CACHE, str(tmp_path / "cache"))
    worker = FunctionWorker(download("mnist", ((tmp_path / "offline").as_uri() + "/",)), "Downloading MNIST")
    messages = []
    worker.errored.connect(messages.append)
    caplog.set_level(logging.WARNING, logger="gui.workers")
    worker.run()
    assert "Check the internet connection" in messages[0]
    records = [r for r in caplog.records if r.name == "gui.workers"]
    assert records and all(r.exc_info is None for r in records)
