"""A quiet start: TensorFlow's start-up messages (absl, oneDNN, CUDA probing) kept off the terminal.

TensorFlow's C++ code writes them straight to file descriptor 2 while it loads, before its logging can be
configured, so ``TF_CPP_MIN_LOG_LEVEL`` does not stop them all. ``import_keras`` points descriptor 2 at a
pipe for the import and the device probe; a thread drops the lines that are such noise and passes every
other line on, unchanged and at once, to the real stderr (where the app's log goes). No Qt here: the app
and the command-line tools share it. ``--verbose`` skips the filter.

On the TensorFlow backend the import also skips two optional imports nothing here uses, a fifth of its
time: TensorFlow Lite's of JAX and Keras's image gallery's of matplotlib (each looked for only when
installed). Only the importing thread is refused them, and only while it imports Keras: another thread
(the window, plotting) imports matplotlib as ever, and any later import finds both.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib.abc import MetaPathFinder

log = logging.getLogger(__name__)
_ONE_AT_A_TIME = threading.Lock()  # two filters interleaving their dup2 calls would leave fd 2 on a dead pipe

NOISE = re.compile(
    rb"^(?:[IWEF]\d{4} \d\d:\d\d:\d+\.\d+\s+\d+ \S+:\d+\] "  # absl's C++ log lines (I0000 00:00:17... port.cc:153] ...)
    rb"|\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+: [IWEF] \S+:\d+\] "  # TensorFlow's older prefix
    rb"|WARNING: All log messages before absl::InitializeLog\(\) is called are written to STDERR"
    rb"|To enable the following instructions: .*rebuild TensorFlow)"
)


def _pump(pipe_fd: int, out_fd: int, hidden: list[bytes]) -> None:
    """Copy lines from the pipe to ``out_fd``, keeping back the noise."""
    with os.fdopen(pipe_fd, "rb") as pipe:
        for line in pipe:
            if NOISE.match(line):
                hidden.append(line)
                continue
            try:
                os.write(out_fd, line)
            except OSError:
                return


@contextmanager
def filtered_stderr(enabled: bool = True) -> Iterator[None]:
    """While inside, TensorFlow's noise on descriptor 2 is dropped and everything else passes through."""
    if not enabled:
        yield
        return
    with _ONE_AT_A_TIME, _redirected():
        yield


@contextmanager
def _redirected() -> Iterator[None]:
    """Descriptor 2 into a pipe, a pump thread filtering it back out to the real stderr."""
    sys.stderr.flush()
    saved = os.dup(2)
    pipe_read, pipe_write = os.pipe()
    os.dup2(pipe_write, 2)
    os.close(pipe_write)
    hidden: list[bytes] = []
    pump = threading.Thread(target=_pump, args=(pipe_read, saved, hidden), name="stderr-filter", daemon=True)
    pump.start()
    try:
        yield
    finally:
        sys.stderr.flush()
        os.dup2(saved, 2)  # closes the pipe's last writer: the pump reads to the end and stops
        pump.join(timeout=5)
        os.close(saved)
        if hidden:
            log.debug("hid %d lines of TensorFlow start-up messages (--verbose shows them)", len(hidden))


class _Skipped(MetaPathFinder):
    """Refuses ``packages`` (and their submodules) to one thread, as if they were not installed."""

    def __init__(self, packages: tuple[str, ...]) -> None:
        self.packages, self.thread = packages, threading.get_ident()

    def find_spec(self, fullname: str, path: Sequence[str] | None = None, target: object = None) -> None:
        if threading.get_ident() == self.thread and fullname.split(".")[0] in self.packages:
            raise ModuleNotFoundError(f"{fullname} is not needed while Keras loads", name=fullname)
        return None


@contextmanager
def _without(packages: tuple[str, ...]) -> Iterator[None]:
    """While inside, this thread cannot import those of ``packages`` not imported yet."""
    finder = _Skipped(tuple(p for p in packages if p not in sys.modules))
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)


def import_keras(verbose: bool = False) -> None:
    """Import Keras and probe the devices with TensorFlow's start-up noise hidden (unless ``verbose``)."""
    os.environ.setdefault("KERAS_BACKEND", "tensorflow")
    optional = ("jax", "matplotlib") if os.environ["KERAS_BACKEND"] == "tensorflow" else ()
    with filtered_stderr(enabled=not verbose), _without(optional):
        import keras

        if keras.backend.backend() == "tensorflow":
            import tensorflow as tf

            tf.config.list_logical_devices()  # starts the runtime: the CUDA probe prints here, not at import
