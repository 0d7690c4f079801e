"""Start the app as ``main.py`` does, begin a training run and close the window mid-run, answering "yes".

Run by ``test_train_close.py`` and ``bench/bench_train.py`` as ``python close_mid_training.py``: prints
``asked: <question>`` and ``confirmed <time.time()>`` when the question is answered, and exits with the
application's exit code, so the caller can check that the exit is clean and measure how long it took.
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from gui import app
from gui.main_window import MainWindow


def answer_yes(title: str, text: str) -> bool:
    print(f"asked: {text}", flush=True)
    print(f"confirmed {time.time():.3f}", flush=True)
    return True


class Driver:
    """Starts a long run in the window's Train tab, then closes the window once batches arrive."""

    def __init__(self) -> None:
        self.window: MainWindow | None = None
        self.poll = QTimer(interval=50, timeout=self.step)
        self.poll.start()

    def step(self) -> None:
        if self.window is None:
            self.window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
            tab = self.window.train_tab
            tab.ask = answer_yes
            tab.form.epochs.setValue(30)
            tab.form.digits.setValue(60_000)
            tab.start()
            if not tab.running:
                print(f"could not start: {tab.form.problems()}", flush=True)
                QApplication.exit(3)
        elif self.window.train_tab.progress.epoch_bar.value() > 0:  # the fit is under way
            self.poll.stop()
            self.window.close()


if __name__ == "__main__":
    qapp = QApplication(sys.argv)  # app.main() uses this instance
    driver = Driver()
    sys.exit(app.main())
