"""Closing during a run: the tab asks first; once confirmed, the run stops and the process exits cleanly."""

import logging
import subprocess
import sys
import time
from pathlib import Path

from ae_models.library import ModelLibrary
from gui.hub import ModelHub
from gui.train.tab import TrainTab

SCRIPT = Path(__file__).with_name("close_mid_training.py")
log = logging.getLogger(__name__)


def test_closing_asks_only_while_a_run_is_in_progress(qtbot, tmp_path):
    tab = TrainTab(ModelHub(models_dir=tmp_path / "none"), library=ModelLibrary(tmp_path / "models"))
    qtbot.addWidget(tab)
    questions = []
    tab.ask = lambda title, text: questions.append(text) or False
    assert tab.confirm_close() and questions == []
    tab.form.digits.setValue(60_000)
    tab.start()
    assert not tab.confirm_close() and questions == ["Stop training and quit?"]
    assert tab.running  # answering no keeps the run going
    tab.shutdown()
    assert not tab.running and tab.runner.worker is None


def test_closing_the_window_mid_training_exits_cleanly():
    started = time.monotonic()
    out = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, timeout=300)
    ended = time.time()
    assert "asked: Stop training and quit?" in out.stdout, out.stdout + out.stderr
    assert out.returncode == 0, out.stderr[-3000:]
    assert "QThread: Destroyed" not in out.stderr and "Aborted" not in out.stderr
    confirmed = float(next(line.split()[1] for line in out.stdout.splitlines() if line.startswith("confirmed")))
    log.info("exit %.2f s after the confirmation (whole run %.1f s)", ended - confirmed, time.monotonic() - started)
