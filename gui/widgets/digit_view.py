"""A widget showing one grey-scale digit image enlarged without blur (nearest-neighbour pixels)."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from PySide6.QtCore import QPoint, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.i18n import keep_left_to_right

GREY_RGB32 = np.arange(256, dtype=np.uint32) * 0x010101 | 0xFF000000  # grey level -> opaque RGB32 pixel


def to_grey8(image: np.ndarray) -> np.ndarray:
    """A 2-D float array in [0, 1] as 8-bit grey levels (rounded, clipped)."""
    grey = np.asarray(image, np.float32) * 255 + 0.5
    return np.maximum(np.minimum(grey, 255, out=grey), 0, out=grey).astype(np.uint8)  # ufuncs: no clip wrapper


def to_qimage(image: np.ndarray) -> QImage:
    """A 2-D float array in [0, 1] as an 8-bit grey QImage (a deep copy, safe to keep)."""
    grey = to_grey8(image)
    h, w = grey.shape
    return QImage(grey.data, w, h, w, QImage.Format.Format_Grayscale8).copy()


@lru_cache(maxsize=32)
def _nearest(shape: tuple[int, int], width: int, height: int) -> np.ndarray:
    """For each screen pixel of a ``width`` x ``height`` image, the flat index of its source pixel."""
    rows = np.arange(height) * shape[0] // height
    cols = np.arange(width) * shape[1] // width
    return rows[:, None] * shape[1] + cols


def to_screen_qimage(image: np.ndarray, width: int, height: int) -> QImage:
    """A 2-D float array in [0, 1] as an opaque RGB32 QImage of ``width`` x ``height`` with sharp
    (nearest-neighbour) pixels: painting it at that size is a plain copy, with no format conversion or
    scaling in every paint. Two table lookups make it (a stroke converts a dozen images)."""
    grey = to_grey8(image)
    pixels = GREY_RGB32.take(grey)
    if grey.shape != (height, width):  # at its own size (a digit view, which Qt enlarges): one lookup
        pixels = pixels.ravel().take(_nearest(grey.shape, width, height))
    return QImage(pixels.data, width, height, 4 * width, QImage.Format.Format_RGB32).copy()


class DigitView(QWidget):
    """Shows a 28x28 (or any 2-D) array in [0, 1], square, pixels kept sharp; ``set_image(None)`` clears."""

    def __init__(self, minimum: int = 56, parent: QWidget | None = None):
        super().__init__(parent)
        self._values: np.ndarray | None = None
        self._screen: QImage | None = None  # the image as opaque pixels, made at most once per image
        self._message = ""
        self.setMinimumSize(minimum, minimum)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        keep_left_to_right(self)  # an image, never mirrored

    def set_image(self, image: np.ndarray | None) -> None:
        self._values = None if image is None else np.array(image, np.float32)
        self._screen, self._message = None, ""
        self.update()

    def set_message(self, text: str) -> None:
        """Show a short text instead of an image (e.g. why a model is unavailable)."""
        self._values, self._screen, self._message = None, None, text
        self.setToolTip(text)
        self.update()

    def image(self) -> QImage | None:
        """The shown image at its own size, 8-bit grey (made when asked: views change on every stroke)."""
        return None if self._values is None else to_qimage(self._values)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return width

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(112, 112)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        side = min(self.width(), self.height())
        corner = QPoint((self.width() - side) // 2, (self.height() - side) // 2)
        target = QRectF(corner, QSizeF(side, side))
        if self._values is not None:  # enlarged by Qt, nearest pixel (no smoothing): cheaper than a copy made here
            painter.drawImage(QRect(corner, QSize(side, side)), self._screen_image())
        else:
            painter.fillRect(target, QColor(0, 0, 0))
        if self._message:
            painter.setPen(QColor(220, 220, 220))
            painter.drawText(target.adjusted(4, 4, -4, -4), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self._message)
        painter.setPen(QColor(90, 90, 90))
        painter.drawRect(target.adjusted(0, 0, -1, -1))

    def _screen_image(self) -> QImage:
        if self._screen is None:
            self._screen = to_screen_qimage(self._values, self._values.shape[1], self._values.shape[0])
        return self._screen
