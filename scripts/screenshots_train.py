"""Screenshots of the Train tab: a run in progress, a finished run, the tab at 1024×640, a cancelled run
and the notice for a missing dataset.

Runs the real window (use a display, e.g. ``xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python
scripts/screenshots_train.py``) with MNIST from the usual search (``AE_STUDIO_DATA``), and writes
``docs/screenshots/train_*.png``. The steps advance from a polling timer, so the event loop never blocks.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
log = logging.getLogger("screenshots_train")


def drawn_digit():
    """A test digit standing in for a drawing (the Draw tab publishes its input the same way)."""
    from ae_models import data

    mnist = data.load("mnist")
    return mnist.x_test[18].astype("float32") / 255


class Script:
    """A list of (condition, action) steps, checked every 100 ms; the next runs when its condition holds."""

    def __init__(self, window, steps: list[tuple[Callable[[], bool], Callable[[], None]]]):
        from PySide6.QtCore import QTimer

        self.window, self.steps = window, list(steps)
        self.timer = QTimer(window, interval=100, timeout=self.tick)
        self.timer.start()

    def tick(self) -> None:
        condition, action = self.steps[0]
        if condition():
            self.steps.pop(0)
            action()
            if not self.steps:
                self.timer.stop()


def shoot(window, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(OUT / f"train_{name}.png"))
    log.info("wrote %s", OUT / f"train_{name}.png")


def steps(window) -> list[tuple[Callable[[], bool], Callable[[], None]]]:
    """Train 8 epochs (shot mid-run and at the end, at two sizes), cancel a second run (shot), open the
    missing-dataset details (shot)."""
    tab, form = window.train_tab, window.train_tab.form

    def start(epochs: int) -> None:
        window.hub.set_input(drawn_digit())
        form.variant.setCurrentIndex(form.variant.findData("vanilla"))
        form.epochs.setValue(epochs)
        form.digits.setValue(60_000)
        tab.start()
        if not tab.running:
            log.error("the run did not start: %s", form.problems())
            window.close()

    return [
        (lambda: window.hub.engine is not None, lambda: start(8)),
        (lambda: tab.progress.run_bar.value() >= 3 and tab.progress.epoch_bar.value() > 150,
         lambda: shoot(window, "running")),
        (lambda: not tab.running, tab.use_result),
        (lambda: True, lambda: shoot(window, "finished")),  # a tick later: the layout has followed the banner
        (lambda: True, lambda: window.resize(1024, 640)),
        (lambda: window.width() <= 1024, lambda: shoot(window, "1024x640")),
        (lambda: True, lambda: (window.resize(1280, 800), start(5))),
        (lambda: tab.progress.run_bar.value() >= 1 and tab.progress.epoch_bar.value() > 100, tab.cancel),
        (lambda: not tab.running, lambda: shoot(window, "cancelled")),
        (lambda: True, lambda: form.dataset.notice.details_button.setChecked(True)),
        (lambda: True, lambda: shoot(window, "dataset_missing")),
        (lambda: True, window.close),
    ]


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    home = tempfile.mkdtemp(prefix="ae-studio-shots-")
    os.environ["XDG_DATA_HOME"] = os.path.join(home, "data")  # an empty list of trained models to start with
    os.environ["XDG_CONFIG_HOME"] = os.path.join(home, "config")
    from PySide6.QtWidgets import QApplication

    from gui.main_window import MainWindow

    app = QApplication(sys.argv)
    app.setApplicationName("Autoencoder Studio")
    app.setOrganizationName("Autoencoder Studio")
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    window.hub.start_loading()
    window.train_tab.ask = lambda title, text: True
    window.tabs.setCurrentWidget(window.train_tab)

    script = Script(window, steps(window))
    code = app.exec()
    return code if not script.steps else 1


if __name__ == "__main__":
    sys.exit(main())
