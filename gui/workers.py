"""The one way background work runs: a plain function in a ``FunctionWorker`` on its own QThread.

The function receives a ``Task``: ``task.report(value)`` emits ``progress`` (queued to the main thread),
``task.cancelled`` / ``task.check()`` read the ``threading.Event`` the GUI sets (a slot sent to the worker
would never run while ``fit`` blocks its thread). What the function returns is emitted as ``returned``;
any exception is logged and emitted as ``errored`` with a message that says what happened and what to do.
Only main-thread objects, connected with ``@Slot`` methods, touch widgets or the models.
Model loading, dataset loading, downloads, training and code-space encoding all go through here.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from gui.i18n import error

log = logging.getLogger(__name__)


class CancelledError(Exception):
    """Raised by ``Task.check`` inside the function to stop at the next safe point."""


class Task:
    """The worker-thread side of one job: report progress, notice a cancel request."""

    def __init__(self, worker: FunctionWorker) -> None:
        self._worker = worker

    @property
    def cancelled(self) -> bool:
        return self._worker.cancel.is_set()

    def check(self) -> None:
        """Stop here (raising ``CancelledError``) when the user asked to cancel."""
        if self.cancelled:
            raise CancelledError

    def report(self, value: object) -> None:
        self._worker.progress.emit(value)


def expected_failure(exc: BaseException) -> bool:
    """A failure the user can fix from its message (logged without a traceback)."""
    from ae_models.data import DatasetError
    from ae_models.store import ModelFileError

    return isinstance(exc, (DatasetError, ModelFileError))


def describe_failure(exc: BaseException, doing: str) -> str:
    """A message for the user: what happened (while ``doing``, e.g. "Training", translated) and what to do.

    TensorFlow's and the engine's errors are told apart by class name: importing them here would load
    Keras in a thread (a dataset download) that otherwise never needs it.
    """
    from ae_models.data import DatasetError
    from ae_models.store import ModelFileError

    if isinstance(exc, MemoryError) or type(exc).__name__ == "ResourceExhaustedError":
        return QCoreApplication.translate(
            "FunctionWorker", "{0} ran out of memory. Try a smaller batch size, fewer training digits or a "
            "smaller model, and close other programs.").format(doing)
    if isinstance(exc, (DatasetError, ModelFileError)):
        return error(exc)
    if type(exc).__name__ == "TrainingError":
        return QCoreApplication.translate("FunctionWorker", "{0} stopped: {1}").format(doing, error(exc))
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "FunctionWorker", "A file could not be written or read ({0}). Nothing was saved: check the free "
            "space and the folders' permissions.").format(error(exc))
    return QCoreApplication.translate(
        "FunctionWorker", "{0} stopped with an unexpected error ({1}: {2}). Nothing was saved; the details are "
        "in the log.").format(doing, type(exc).__name__, error(exc))


class FunctionWorker(QObject):
    """Runs ``fn(task)`` once in its thread; always ends with ``finished``."""

    started = Signal()
    progress = Signal(object)
    returned = Signal(object)
    errored = Signal(str)
    finished = Signal()

    def __init__(self, fn: Callable[[Task], Any], doing: str) -> None:
        super().__init__()
        self.fn, self.doing = fn, doing
        self.cancel = threading.Event()

    @Slot()
    def run(self) -> None:
        self.started.emit()
        try:
            result = self.fn(Task(self))
        except CancelledError:
            log.info("%s: cancelled", self.doing)
        except Exception as exc:  # any failure must reach the user, not kill the thread
            if expected_failure(exc):  # offline, a missing dataset, a damaged file: the message says it all
                log.warning("%s stopped: %s", self.doing, exc)
            else:
                log.exception("%s failed", self.doing)
            self.errored.emit(describe_failure(exc, self.doing))
        else:
            self.returned.emit(result)
        finally:
            self.finished.emit()


class Runner(QObject):
    """Owns at most one worker and its QThread on the main thread; ``stop`` is safe at any time.

    It passes the worker's ``returned`` or ``errored`` on only after the thread has ended, then ``idle``:
    a receiver may drop the runner's owner at once without destroying a running QThread.
    """

    returned = Signal(object)
    errored = Signal(str)
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker: FunctionWorker | None = None
        self._thread: QThread | None = None
        self._ending: tuple[str, object] | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, worker: FunctionWorker) -> None:
        """Move ``worker`` to a new thread and run it; the caller has connected its signals."""
        if self._thread is not None:
            raise RuntimeError("a job is already running")
        thread = QThread(self)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.returned.connect(self._on_returned)
        worker.errored.connect(self._on_errored)
        worker.finished.connect(self._on_finished)
        self.worker, self._thread, self._ending = worker, thread, None
        thread.start()

    def cancel(self) -> None:
        """Ask the running job to stop at its next check."""
        if self.worker is not None:
            self.worker.cancel.set()

    def stop(self) -> None:
        """Cancel and wait for the thread (closing the window): no thread outlives its QThread."""
        if self._thread is None:
            return
        self.cancel()
        self._thread.quit()
        self._thread.wait()
        self._release()

    @Slot(object)
    def _on_returned(self, value: object) -> None:
        self._ending = ("returned", value)

    @Slot(str)
    def _on_errored(self, message: str) -> None:
        self._ending = ("errored", message)

    @Slot()
    def _on_finished(self) -> None:
        if self._thread is None:
            return
        self._thread.quit()
        self._thread.wait()
        self._release()
        ending, self._ending = self._ending, None
        if ending is not None and ending[0] == "returned":
            self.returned.emit(ending[1])
        elif ending is not None:
            self.errored.emit(ending[1])
        self.idle.emit()

    def _release(self) -> None:
        thread, worker = self._thread, self.worker
        self._thread, self.worker = None, None
        if worker is not None:
            worker.deleteLater()
        if thread is not None:
            thread.deleteLater()


def download(name: str, mirrors: tuple[str, ...] | None = None) -> Callable[[Task], str]:
    """A job fetching a dataset into the cache; progress ``(file, bytes done, bytes total)``, returns the folder."""

    def job(task: Task) -> str:
        from ae_models import data

        def report(file: str, done: int, total: int) -> None:
            task.check()  # unwinds fetch, which removes the partial file
            task.report((file, done, total))

        return str(data.fetch(name, progress=report, mirrors=mirrors))

    return job
