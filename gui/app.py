"""Application start-up: the window shows first, Keras and the models load behind it."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys

import ae_models

APP_NAME = "Autoencoder Studio"
ORGANIZATION = "Autoencoder Studio"


def build_parser() -> argparse.ArgumentParser:
    """The command line of ``ae-studio`` and ``python main.py``; every start-up option joins it here."""
    parser = argparse.ArgumentParser(
        prog="ae-studio", description="Draw a digit and watch a zoo of MNIST autoencoders reconstruct it, live.")
    parser.add_argument("--verbose", action="store_true",
                        help="also show TensorFlow's own start-up messages and the app's debug log")
    parser.add_argument("--language", metavar="CODE",
                        help="the language of the window for this run: en, ru, zh_CN, zh_TW, ja or fa "
                             "(default: the one chosen in View > Language, else the system's)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {ae_models.__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the app with the command line ``argv`` (default: ``sys.argv[1:]``); returns the exit code."""
    args = build_parser().parse_args(argv)
    from gui import i18n  # Qt's core only; the window and Keras come later

    language = i18n.parse(args.language) if args.language else None
    if args.language and language is None:
        print(f"ae-studio: unknown language {args.language!r}; available: {i18n.listing()}", file=sys.stderr)
        return 2
    os.environ.setdefault("KERAS_BACKEND", "tensorflow")
    if not args.verbose:
        os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    # The UI thread's NumPy work is many tiny matrix products per stroke; OpenBLAS threads for them only
    # wait on busy cores (a 0.07 ms resize took 3-10 ms under load). Training runs in TensorFlow's own pool.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    if args.verbose:
        for name in ("ae_models", "gui"):
            logging.getLogger(name).setLevel(logging.DEBUG)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from gui.hub import ModelHub
    from gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    i18n.install(app, i18n.chosen(language, QSettings()))
    window = MainWindow(ModelHub(verbose=args.verbose))
    window.show()
    window.offer_tour()
    window.hub.start_loading()
    code = app.exec()
    # The interpreter's final garbage collection walks TensorFlow's objects for 1-2 s after the window has
    # closed; freezing them skips that walk, so the process ends at once.
    gc.freeze()
    return code
