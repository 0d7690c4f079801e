"""Drawings in and out: PNG files, and random MNIST test digits to start from.

Files hold white ink on black like the canvas; a picture with a light background (dark ink on paper)
is inverted on the way in, and a non-square one is padded to a square, so its proportions survive.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtGui import QImage

from ae_models import data
from gui.widgets.digit_view import to_qimage


class DrawingFileError(RuntimeError):
    """A drawing could not be read or written; the message names the file and the reason."""


def read_png(path: str | Path) -> np.ndarray:
    """An image file as a square 2-D float32 array in [0, 1], white ink on black."""
    image = QImage(str(path))
    if image.isNull():
        raise DrawingFileError(f"{Path(path).name} could not be read as an image.")
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    h, w = grey.height(), grey.width()
    pixels = np.frombuffer(grey.constBits(), np.uint8).reshape(h, grey.bytesPerLine())[:, :w]
    array = pixels.astype(np.float32) / 255
    border = np.concatenate([array[0], array[-1], array[:, 0], array[:, -1]])
    if np.median(border) > 0.5:  # dark ink on a light background
        array = 1.0 - array
    side = max(h, w)
    square = np.zeros((side, side), np.float32)
    top, left = (side - h) // 2, (side - w) // 2
    square[top : top + h, left : left + w] = array
    return square


def write_png(path: str | Path, image: np.ndarray) -> None:
    """Save a 2-D array in [0, 1] as an 8-bit grey PNG."""
    if not to_qimage(image).save(str(path), "PNG"):
        raise DrawingFileError(f"{Path(path).name} could not be written (check the folder and its permissions).")


class TestDigits:
    """The MNIST test digits, read on first use (about half a second) and kept."""

    def __init__(self, dataset: str = "mnist"):
        self.dataset = dataset
        self._images: np.ndarray | None = None
        self._labels: np.ndarray | None = None

    def unavailable_reason(self) -> str | None:
        """Why no digit can be loaded (the dataset is not on this machine), or None."""
        if self._images is not None or data.locate(self.dataset) is not None:
            return None
        info = data.REGISTRY[self.dataset]
        return (f"{info.title} is not on this machine: set {data.ENV_DATA} to a folder holding "
                f"'{info.folder}/' to load test digits.")

    def pick(self, rng: np.random.Generator) -> tuple[np.ndarray, int]:
        """A random test digit (28x28 floats in [0, 1]) and its label; raises DatasetError."""
        if self._images is None:
            loaded = data.load(self.dataset)
            self._images, self._labels = loaded.x_test, loaded.y_test
        index = int(rng.integers(len(self._images)))
        return data.to_float(self._images[index]), int(self._labels[index])
