"""The verdict of the newest drawing, judged off the GUI thread (``ae_models.verdict``).

``request`` only copies the 28x28 input and hands it to one worker thread, so asking costs the GUI thread
microseconds. While a judgement runs, newer requests replace each other: the latest drawing is judged
next and the ones in between never are. With a ``gap``, judgements start at most once per gap (the latest
request waits out the rest of it), so asking on every stroke does not keep a core and the GIL busy. The
first request loads the shipped judge (three models and its reference) in the worker thread. Results come back as a queued signal to this main-thread object.

Unlike the app's other background work (``gui.workers``), a judgement runs in a plain Python thread: it is
asked for on every stroke by widgets that tests and the window may delete while one still runs, and a
QThread destroyed while running aborts the process; a Python thread simply finishes and is not heard.
"""

from __future__ import annotations

import logging
import math
import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from gui.i18n import error

log = logging.getLogger(__name__)


class VerdictService(QObject):
    """Judges drawings one at a time in a worker thread; emits ``judged(image, verdict)`` or ``failed(text)``."""

    judged = Signal(object, object)
    failed = Signal(str)
    _done = Signal(object, object)  # emitted in the worker thread, received in the main thread

    def __init__(self, parent: QObject | None = None, gap: float = 0.0):
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="verdict")
        self._busy = False
        self._pending: np.ndarray | None = None
        self._closed = False
        self._gap, self._started = gap, -math.inf
        self._wait = QTimer(self, singleShot=True)
        self._wait.timeout.connect(self._next)
        self._done.connect(self._on_done)

    def request(self, image: np.ndarray) -> None:
        """Judge this model input as soon as the worker is free (a newer request replaces it)."""
        if self._closed:
            return
        self._pending = np.array(image, np.float32, copy=True)
        if not self._busy and not self._wait.isActive():
            self._next()

    @property
    def busy(self) -> bool:
        """A judgement is running or waiting."""
        return self._busy or self._pending is not None

    def shutdown(self) -> None:
        """Drop waiting requests; a judgement under way finishes in its thread and is not reported."""
        self._pending, self._closed = None, True
        self._wait.stop()
        self._pool.shutdown(wait=False, cancel_futures=True)

    @Slot()
    def _next(self) -> None:
        """Judge the pending request now, or once the gap since the last judgement began has passed."""
        if self._pending is None or self._closed:
            return
        wait = self._started + self._gap - time.monotonic()
        if wait > 0:
            self._wait.start(math.ceil(wait * 1000))
            return
        newest, self._pending = self._pending, None
        self._submit(newest)

    def _submit(self, image: np.ndarray) -> None:
        self._busy, self._started = True, time.monotonic()
        self._pool.submit(self._work, image)

    def _work(self, image: np.ndarray) -> None:
        from ae_models.store import ModelFileError
        from ae_models.verdict import VerdictError, judge

        try:
            result: object = judge(image[None])[0]
        except (VerdictError, ModelFileError, OSError) as exc:
            log.warning("no verdict: %s", exc)
            result = exc
        try:
            self._done.emit(image, result)
        except RuntimeError:  # this object was deleted while the judgement ran: nobody is listening
            pass

    @Slot(object, object)
    def _on_done(self, image: np.ndarray, result: object) -> None:
        self._busy = False
        self._next()
        if isinstance(result, Exception):
            self.failed.emit(error(result))
        else:
            self.judged.emit(image, result)
