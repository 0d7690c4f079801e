"""Start the real window, begin a training run and close the window while it runs, answering "yes".

Run by ``test_train_close.py`` (and ``bench/bench_train.py``) as ``python close_mid_training.py``: prints
``asked: <question>`` and ``confirmed <time.time()>`` when the question is answered, and exits with the
application's exit code, so the caller can check the exit is clean and measure how long it took.
"""

import logging
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from gui.main_window import MainWindow  # noqa: E402


def answer_yes(title: str, text: str) -> bool:
    print(f"asked: {text}", flush=True)
    print(f"confirmed {time.time():.3f}", flush=True)
    return True


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    app = QApplication(sys.argv)
    app.setOrganizationName("Autoencoder Studio Tests")
    app.setApplicationName("Autoencoder Studio Tests")
    window = MainWindow()
    window.show()
    window.hub.start_loading()
    tab = window.train_tab
    tab.ask = answer_yes
    tab.form.epochs.setValue(30)
    tab.form.digits.setValue(60_000)
    tab.start()
    if not tab.running:
        print(f"could not start: {tab.form.problems()}", flush=True)
        return 3

    def close_once_training() -> None:
        if tab.progress.epoch_bar.value() > 0:  # batches are arriving: the fit is under way
            poll.stop()
            window.close()

    poll = QTimer(interval=50, timeout=close_once_training)
    poll.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
