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


def pick_test_digit(dataset: data.Dataset, rng: np.random.Generator) -> tuple[np.ndarray, int]:
    """A random test digit of a loaded dataset (28x28 floats in [0, 1]) and its label."""
    index = int(rng.integers(len(dataset.x_test)))
    return data.to_float(dataset.x_test[index]), int(dataset.y_test[index])
