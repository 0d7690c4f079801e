"""Drawings in and out: PNG files, and random MNIST test digits to start from.

Files hold white ink on black like the canvas; a picture with a light background (dark ink on paper)
is inverted on the way in, transparency counts as background, and a non-square one is padded to a
square, so its proportions survive. A file's declared size is checked before it is decoded.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize
from PySide6.QtGui import QImage, QImageReader

from ae_models import data
from ae_models.i18n import TranslatableError
from gui.draw.canvas import RESOLUTION
from gui.widgets.digit_view import to_qimage

MAX_SIDE = 20_000
MAX_PIXELS = 40_000_000
MAX_FILE_BYTES = 64 * 2**20


class DrawingFileError(TranslatableError):
    """A drawing could not be read or written; the message names the file and the reason.

    Its templates are marked in the engine's context, the one ``gui.i18n.error`` translates errors in."""


def _declared_size(path: Path) -> QSize:
    """The picture's size from its header alone; refuses absurd sizes before anything is decoded."""
    if path.is_file() and path.stat().st_size > MAX_FILE_BYTES:
        raise DrawingFileError(QT_TRANSLATE_NOOP("Engine", "{file} is {megabytes:,.0f} MB: too large for a drawing."),
                               file=path.name, megabytes=path.stat().st_size / 2**20)
    size = QImageReader(str(path)).size()
    if not size.isValid() or size.isEmpty():
        raise DrawingFileError(QT_TRANSLATE_NOOP("Engine", "{file} could not be read as an image."), file=path.name)
    w, h = size.width(), size.height()
    if max(w, h) > MAX_SIDE or w * h > MAX_PIXELS:
        raise DrawingFileError(QT_TRANSLATE_NOOP("Engine", "{file} declares {width:,} × {height:,} pixels; a "
                                                 "drawing may have at most {megapixels} megapixels and {side:,} "
                                                 "pixels a side."),
                               file=path.name, width=w, height=h, megapixels=MAX_PIXELS // 10**6, side=MAX_SIDE)
    return size


def read_png(path: str | Path) -> np.ndarray:
    """An image file as a square 2-D float32 array in [0, 1], white ink on black, at most the canvas's size.

    It is scaled down while decoding (never a working array larger than the canvas needs); transparent
    pixels are background, so black ink on a transparent sheet reads as ink.
    """
    path = Path(path)
    size = _declared_size(path)
    reader = QImageReader(str(path))
    scale = min(1.0, RESOLUTION / max(size.width(), size.height()))
    if scale < 1:
        reader.setScaledSize(QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale))))
    image = reader.read()
    if image.isNull():
        raise DrawingFileError(QT_TRANSLATE_NOOP("Engine", "{file} could not be read as an image ({reason})."),
                               file=path.name, reason=reader.errorString())
    array = _ink(image)
    h, w = array.shape
    side = max(h, w)
    square = np.zeros((side, side), np.float32)
    top, left = (side - h) // 2, (side - w) // 2
    square[top : top + h, left : left + w] = array
    return square


def _ink(image: QImage) -> np.ndarray:
    """Ink in [0, 1]: grey levels, inverted for dark ink on a light background, weighted by the alpha channel."""
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    h, w = rgba.height(), rgba.width()
    pixels = np.frombuffer(rgba.constBits(), np.uint8).reshape(h, rgba.bytesPerLine())[:, : 4 * w].reshape(h, w, 4)
    grey = pixels[..., :3].astype(np.float32) @ np.array([0.299, 0.587, 0.114], np.float32) / 255
    alpha = pixels[..., 3].astype(np.float32) / 255
    if image.hasAlphaChannel() and alpha.min() < 1:
        painted = grey[alpha > 0.5]
        dark_ink = painted.size > 0 and np.median(painted) < 0.5
        return (1.0 - grey if dark_ink else grey) * alpha
    border = np.concatenate([grey[0], grey[-1], grey[:, 0], grey[:, -1]])
    return 1.0 - grey if np.median(border) > 0.5 else grey  # dark ink on a light background is inverted


def write_png(path: str | Path, image: np.ndarray) -> None:
    """Save a 2-D array in [0, 1] as an 8-bit grey PNG."""
    if not to_qimage(image).save(str(path), "PNG"):
        raise DrawingFileError(QT_TRANSLATE_NOOP("Engine", "{file} could not be written (check the folder and its "
                                                 "permissions)."), file=Path(path).name)


def pick_test_digit(dataset: data.Dataset, rng: np.random.Generator) -> tuple[np.ndarray, int]:
    """A random test digit of a loaded dataset (28x28 floats in [0, 1]) and its label."""
    index = int(rng.integers(len(dataset.x_test)))
    return data.to_float(dataset.x_test[index]), int(dataset.y_test[index])
