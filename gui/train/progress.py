"""What a run shows while it goes: a bar within the epoch and one for the run, speed and time left, and
a strip of fixed test digits over their current reconstructions beside the user's drawing."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from gui.widgets.digit_view import DigitView

SIDE = 28
STRIP_DIGITS = 10


def duration(seconds: float) -> str:
    """'45 s', '3 min 05 s', '1 h 02 min'."""
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return QCoreApplication.translate("ProgressPanel", "{0} s").format(seconds)
    if seconds < 3600:
        return QCoreApplication.translate("ProgressPanel", "{0} min {1:02d} s").format(seconds // 60, seconds % 60)
    return QCoreApplication.translate("ProgressPanel", "{0} h {1:02d} min").format(seconds // 3600,
                                                                                   seconds % 3600 // 60)


@dataclass
class RateMeter:
    """Digits per second within the current epoch, and the time left for the run from its pace so far."""

    epochs: int
    batch_size: int
    started: float = field(default_factory=time.monotonic)
    _mark: tuple[int, int, float] | None = None  # (epoch, batch, time) first seen in this epoch
    _done: int = 0  # batches finished in completed epochs

    def update(self, epoch: int, batch: int, batches: int, now: float | None = None) -> tuple[float | None, float | None]:
        """(digits per second, seconds left), each None until it can be estimated."""
        now = time.monotonic() if now is None else now
        if self._mark is None or self._mark[0] != epoch:
            self._done = (epoch - 1) * batches
            self._mark = (epoch, batch, now)
            return None, None
        _, first, t0 = self._mark
        rate = (batch - first) / (now - t0) if now > t0 else 0.0
        if rate <= 0:
            return None, None
        done = self._done + batch
        run_rate = done / (now - self.started)  # includes validation and start-up, so the ETA is honest
        left = (self.epochs * batches - done) / run_rate if run_rate > 0 else None
        return rate * self.batch_size, left


def batch_status(epoch: int, batch: int, batches: int, loss: float, meter: RateMeter) -> str:
    """'Epoch 3 of 20 · batch 120/375 · loss 0.1034 · 38,000 digits/s · about 2 min 10 s left'."""
    rate, left = meter.update(epoch, batch, batches)
    parts = [QCoreApplication.translate("ProgressPanel", "Epoch {0} of {1}").format(epoch, meter.epochs),
             QCoreApplication.translate("ProgressPanel", "batch {0}/{1}").format(batch, batches),
             QCoreApplication.translate("ProgressPanel", "loss {0:.4f}").format(loss)]
    if rate is not None:
        parts.append(QCoreApplication.translate("ProgressPanel", "{0:,.0f} digits/s").format(rate))
    if left is not None:
        parts.append(QCoreApplication.translate("ProgressPanel", "about {0} left").format(duration(left)))
    return " · ".join(parts)


class SampleStrip(QWidget):
    """Ten test digits over their reconstructions, and the drawing over its reconstruction."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(3)
        grid.setVerticalSpacing(3)
        self.inputs = [DigitView(40) for _ in range(STRIP_DIGITS)]
        self.outputs = [DigitView(40) for _ in range(STRIP_DIGITS)]
        self.drawing = DigitView(40)
        self.drawing_output = DigitView(40)
        for column, (top, bottom) in enumerate(zip(self.inputs, self.outputs)):
            grid.addWidget(top, 0, column)
            grid.addWidget(bottom, 1, column)
        grid.setColumnMinimumWidth(STRIP_DIGITS, 12)
        grid.addWidget(self.drawing, 0, STRIP_DIGITS + 1)
        grid.addWidget(self.drawing_output, 1, STRIP_DIGITS + 1)
        self.clear()

    def clear(self) -> None:
        for view in (*self.inputs, *self.outputs):
            view.set_image(None)
        self.drawing.set_message(self.tr("your drawing"))
        self.drawing_output.set_message("")

    def show_samples(self, inputs: np.ndarray, outputs: np.ndarray) -> None:
        """Rows of model inputs and outputs (any shape of 784 values); an 11th row is the drawing."""
        inputs = np.asarray(inputs).reshape(len(inputs), SIDE, SIDE)
        outputs = np.asarray(outputs).reshape(len(outputs), SIDE, SIDE)
        for view, image in zip(self.inputs, inputs[:STRIP_DIGITS]):
            view.set_image(image)
        for view, image in zip(self.outputs, outputs[:STRIP_DIGITS]):
            view.set_image(image)
        if len(inputs) > STRIP_DIGITS:
            self.drawing.set_image(inputs[STRIP_DIGITS])
            self.drawing_output.set_image(outputs[STRIP_DIGITS])
        else:
            self.drawing.set_message(self.tr("draw a digit in the Draw tab"))
            self.drawing_output.set_message("")


class ProgressPanel(QWidget):
    """Status line, the two bars and the sample strip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel(self.tr("Set up a run and press Start."), objectName="runStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.epoch_bar = QProgressBar(format=self.tr("epoch: %p%"))
        self.run_bar = QProgressBar(format=self.tr("run: %v of %m epochs"))
        self.epoch_bar.setToolTip(self.tr("How much of the current epoch (one pass over the training digits) is done."))
        self.run_bar.setToolTip(self.tr("How many of the run's epochs are done."))
        self.strip = SampleStrip()
        self.caption = caption = QLabel()
        caption.setStyleSheet("color: #555; font-size: 11px;")
        self.set_dataset("MNIST")
        bars = QGridLayout()
        bars.addWidget(QLabel(self.tr("This epoch")), 0, 0)
        bars.addWidget(self.epoch_bar, 0, 1)
        bars.addWidget(QLabel(self.tr("Whole run")), 1, 0)
        bars.addWidget(self.run_bar, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addLayout(bars)
        layout.addWidget(self.strip)
        layout.addWidget(caption)
        self.reset(1)

    def set_dataset(self, title: str) -> None:
        """Name the images of the strip after the dataset they come from (MNIST digits, Fashion-MNIST clothes)."""
        self.caption.setText(self.tr("Test images of {0} (top) and the model's reconstructions (bottom) after "
                                     "the last epoch; right: your drawing.").format(title))

    def show_stopped(self) -> None:
        """A cancelled run: the unfinished epoch was dropped, so its bar does not stay part-filled."""
        self.epoch_bar.setRange(0, 1)
        self.epoch_bar.setValue(0)

    def reset(self, epochs: int) -> None:
        self.epoch_bar.setRange(0, 1)
        self.epoch_bar.setValue(0)
        self.run_bar.setRange(0, epochs)
        self.run_bar.setValue(0)
        self.strip.clear()

    def show_batch(self, batch: int, batches: int) -> None:
        self.epoch_bar.setRange(0, batches)
        self.epoch_bar.setValue(batch)

    def show_epoch(self, epoch: int) -> None:
        self.run_bar.setValue(epoch)
        if epoch < self.run_bar.maximum():
            self.epoch_bar.setValue(0)  # the next epoch starts
