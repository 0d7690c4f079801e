"""The verdict of the newest drawing, judged off the GUI thread (``ae_models.verdict``).

``request`` only copies the 28x28 input and hands it to the app's one worker pattern, so asking costs the
GUI thread microseconds. While a judgement runs, newer requests replace each other: the latest drawing is
judged next and the ones in between never are. The first request loads the shipped judge (three models
and its reference) in the worker thread.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from gui.workers import FunctionWorker, Runner, Task


def judging(image: np.ndarray):
    """The worker function for one drawing: returns ``(image, verdict)``."""

    def run(task: Task) -> tuple[np.ndarray, object]:
        from ae_models.verdict import judge

        return image, judge(image[None])[0]

    return run


class VerdictService(QObject):
    """Judges drawings one at a time in a worker thread; emits ``judged(image, verdict)`` or ``failed(text)``."""

    judged = Signal(object, object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._runner = Runner(self)
        self._runner.returned.connect(self._on_returned)
        self._runner.errored.connect(self.failed)
        self._runner.idle.connect(self._next)
        self._pending: np.ndarray | None = None
        self._closed = False

    def request(self, image: np.ndarray) -> None:
        """Judge this model input as soon as the worker is free (a newer request replaces it)."""
        if self._closed:
            return
        self._pending = np.array(image, np.float32, copy=True)
        if not self._runner.running:
            self._next()

    @property
    def busy(self) -> bool:
        """A judgement is running or waiting."""
        return self._runner.running or self._pending is not None

    def shutdown(self) -> None:
        """Drop waiting requests and wait for a judgement under way (closing the window)."""
        self._pending, self._closed = None, True
        self._runner.stop()

    @Slot()
    def _next(self) -> None:
        if self._pending is None or self._closed:
            return
        image, self._pending = self._pending, None
        self._submit(image)

    def _submit(self, image: np.ndarray) -> None:
        self._runner.start(FunctionWorker(judging(image), self.tr("Judging the drawing")))

    @Slot(object)
    def _on_returned(self, judged: tuple[np.ndarray, object]) -> None:
        self.judged.emit(*judged)
