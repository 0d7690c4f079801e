"""Application start-up: the window shows first, Keras and the models load behind it."""

from __future__ import annotations

import gc
import logging
import os
import sys

APP_NAME = "Autoencoder Studio"
ORGANIZATION = "Autoencoder Studio"


def main(argv: list[str] | None = None) -> int:
    """Run the app; returns the exit code."""
    os.environ.setdefault("KERAS_BACKEND", "tensorflow")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    # The UI thread's NumPy work is many tiny matrix products per stroke; OpenBLAS threads for them only
    # wait on busy cores (a 0.07 ms resize took 3-10 ms under load). Training runs in TensorFlow's own pool.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    from PySide6.QtWidgets import QApplication

    from gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    window = MainWindow()
    window.show()
    window.offer_tour()
    window.hub.start_loading()
    code = app.exec()
    # The interpreter's final garbage collection walks TensorFlow's objects for 1-2 s after the window has
    # closed; freezing them skips that walk, so the process ends at once.
    gc.freeze()
    return code
