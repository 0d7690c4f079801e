"""The drawing canvas: a soft round brush on a fine 280x280 grid, with undo and redo per stroke.

Strokes are recorded at ten times the model's resolution, so a digit drawn small still has clean edges
when preprocessing scales it up. The canvas emits ``imageChanged`` while a stroke is drawn (not only on
release) and knows nothing of models: the Draw tab pulls ``image()`` when it is ready for the next update.
"""

from __future__ import annotations

import math
from collections import deque

import numpy as np
from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from ae_models.preprocess import as_unit, resize

RESOLUTION = 280
GRID_CELLS = 28
UNDO_DEPTH = 64  # snapshots of 77 KB each: memory stays bounded however long one draws


def stroke_coverage(p0: tuple[float, float], p1: tuple[float, float], radius: float, hardness: float,
                    shape: tuple[int, int]) -> tuple[tuple[slice, slice], np.ndarray] | None:
    """How much a round brush swept from p0 to p1 (x, y) covers each pixel it touches, in [0, 1].

    Full strength within ``hardness * radius`` of the segment, then a smooth fall-off to zero at the
    radius (at least one pixel wide, so even a hard brush is anti-aliased). Returns the touched block of
    the image and its coverage, or None when the stroke lies outside the image.
    """
    inner = hardness * radius
    outer = inner + max(radius - inner, 1.0)
    (x0, y0), (x1, y1) = p0, p1
    top, bottom = max(0, math.floor(min(y0, y1) - outer)), min(shape[0], math.ceil(max(y0, y1) + outer))
    left, right = max(0, math.floor(min(x0, x1) - outer)), min(shape[1], math.ceil(max(x0, x1) + outer))
    if top >= bottom or left >= right:
        return None
    ys = np.arange(top, bottom, dtype=np.float32)[:, None] + 0.5
    xs = np.arange(left, right, dtype=np.float32)[None, :] + 0.5
    dx, dy = x1 - x0, y1 - y0
    length2 = dx * dx + dy * dy
    t = np.clip(((xs - x0) * dx + (ys - y0) * dy) / length2, 0.0, 1.0) if length2 > 0 else 0.0
    distance = np.hypot(xs - (x0 + t * dx), ys - (y0 + t * dy))
    u = np.clip((distance - inner) / (outer - inner), 0.0, 1.0)
    return (slice(top, bottom), slice(left, right)), 1.0 - u * u * (3.0 - 2.0 * u)


class DrawingCanvas(QWidget):
    """Left button draws, right button erases; ``image()`` is the drawing as floats in [0, 1]."""

    imageChanged = Signal()  # the drawing changed (also in the middle of a stroke)
    historyChanged = Signal()  # undo or redo became available or unavailable

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._ink = np.zeros((RESOLUTION, RESOLUTION), np.uint8)
        # A view onto _ink (no copy): painting always shows the array, which is only changed in place.
        self._qimage = QImage(self._ink.data, RESOLUTION, RESOLUTION, RESOLUTION, QImage.Format.Format_Grayscale8)
        self._undo: deque[np.ndarray] = deque(maxlen=UNDO_DEPTH)
        self._redo: list[np.ndarray] = []
        self._stroke: tuple[bool, tuple[float, float]] | None = None  # (erasing, last point)
        self._hover: QPointF | None = None
        self._ring: tuple[tuple, QPixmap] | None = None  # (brush size on screen, its outline's picture)
        self.brush_size = 24.0  # diameter in canvas pixels (a tenth of a model pixel each)
        self.hardness = 0.5
        self.show_grid = False
        self.revision = 0  # counts changes, so views can tell which drawing they show
        self._hinting = True  # the empty canvas shows how to draw
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(200, 200)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setToolTip(self.tr("Left button draws, right button erases."))

    # -- the drawing ---------------------------------------------------------------------------------
    def image(self) -> np.ndarray:
        """The drawing, white ink on black, as a float32 280x280 array in [0, 1]."""
        return as_unit(self._ink)

    def ink(self) -> np.ndarray:
        """The drawing as it is kept: a copy of its 280x280 8-bit grey levels (255 = full ink), four times
        smaller than ``image()`` and made without arithmetic (the live update takes one per stroke)."""
        return self._ink.copy()

    def is_empty(self) -> bool:
        return not self._ink.any()

    def set_image(self, image: np.ndarray) -> None:
        """Replace the drawing with a 2-D array in [0, 1] of any size (undoable)."""
        image = np.clip(np.asarray(image, np.float32), 0.0, 1.0)
        if image.shape != self._ink.shape:
            image = np.clip(resize(image, self._ink.shape), 0.0, 1.0)
        self._checkpoint()
        self._ink[...] = np.round(image * 255).astype(np.uint8)
        self._changed(self.rect())

    def clear(self) -> None:
        """Erase everything (undoable); does nothing on an empty canvas."""
        if self.is_empty():
            return
        self._checkpoint()
        self._ink[...] = 0
        self._changed(self.rect())

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> None:
        """Go back one stroke (or clear, or loaded image)."""
        self._travel(self._undo, self._redo)

    def redo(self) -> None:
        self._travel(self._redo, self._undo)

    def _travel(self, source, target) -> None:
        """Restore the newest snapshot of ``source``, keeping the current drawing in ``target``."""
        if source and self._stroke is None:
            target.append(self._ink.copy())
            self._ink[...] = source.pop()
            self._changed(self.rect())
            self.historyChanged.emit()

    def set_brush(self, size: float, hardness: float) -> None:
        """Brush diameter in canvas pixels (280 across) and hardness in [0, 1]."""
        self.brush_size, self.hardness = float(size), float(np.clip(hardness, 0.0, 1.0))
        self.update()

    def set_show_grid(self, show: bool) -> None:
        """Draw the 28x28 model grid over the drawing."""
        self.show_grid = bool(show)
        self.update()

    def _checkpoint(self) -> None:
        self._undo.append(self._ink.copy())
        self._redo.clear()
        self.historyChanged.emit()

    def _changed(self, dirty: QRect) -> None:
        self.revision += 1
        self.update(self.rect() if self._hinting else dirty)  # the hint goes with the first ink
        self.imageChanged.emit()

    def _paint_stroke(self, erasing: bool, p0: tuple[float, float], p1: tuple[float, float]) -> None:
        touched = stroke_coverage(p0, p1, self.brush_size / 2, self.hardness, self._ink.shape)
        if touched is None:
            return
        block, coverage = touched
        if erasing:
            np.minimum(self._ink[block], np.round((1.0 - coverage) * 255).astype(np.uint8), out=self._ink[block])
        else:
            np.maximum(self._ink[block], np.round(coverage * 255).astype(np.uint8), out=self._ink[block])
        rows, cols = block
        self._changed(self._to_widget(QRectF(cols.start, rows.start, cols.stop - cols.start, rows.stop - rows.start)))

    # -- geometry ------------------------------------------------------------------------------------
    def _square(self) -> QRectF:
        side = min(self.width(), self.height())
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def _to_canvas(self, pos: QPointF) -> tuple[float, float]:
        square = self._square()
        scale = RESOLUTION / square.width()
        return (pos.x() - square.x()) * scale, (pos.y() - square.y()) * scale

    def _to_widget(self, rect: QRectF) -> QRect:
        square = self._square()
        scale = square.width() / RESOLUTION
        mapped = QRectF(square.x() + rect.x() * scale, square.y() + rect.y() * scale,
                        rect.width() * scale, rect.height() * scale)
        return mapped.toAlignedRect().adjusted(-2, -2, 2, 2)

    def _cursor_rect(self, pos: QPointF | None) -> QRect:
        """Where the brush outline at ``pos`` is drawn: its picture's place, centred on the nearest pixel."""
        if pos is None:
            return QRect()
        half = math.ceil(self.brush_size / 2 * self._square().width() / RESOLUTION) + 2
        return QRect(round(pos.x()) - half, round(pos.y()) - half, 2 * half, 2 * half)

    def _cursor_ring(self, rect: QRect) -> QPixmap:
        """The brush outline as a picture the size of ``rect``, drawn once per brush size: stroking an
        antialiased circle on every mouse move costs twenty times more than copying it."""
        ratio, radius = self.devicePixelRatioF(), self.brush_size / 2 * self._square().width() / RESOLUTION
        key = (rect.width(), radius, ratio)
        if self._ring is None or self._ring[0] != key:
            ring = QPixmap(round(rect.width() * ratio), round(rect.height() * ratio))
            ring.setDevicePixelRatio(ratio)
            ring.fill(Qt.GlobalColor.transparent)
            painter = QPainter(ring)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(255, 120, 60, 200), 1.2))
            painter.drawEllipse(QPointF(rect.width() / 2, rect.height() / 2), radius, radius)
            painter.end()
            self._ring = key, ring
        return self._ring[1]

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return width

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 420)

    # -- events --------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        button = event.button()
        if self._stroke is not None or button not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            return
        point = self._to_canvas(event.position())
        self._checkpoint()
        self._stroke = (button == Qt.MouseButton.RightButton, point)
        self._paint_stroke(self._stroke[0], point, point)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._move_hover(event.position())
        if self._stroke is not None:
            erasing, last = self._stroke
            point = self._to_canvas(event.position())
            self._stroke = (erasing, point)
            self._paint_stroke(erasing, last, point)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._stroke is not None and event.button() == (
                Qt.MouseButton.RightButton if self._stroke[0] else Qt.MouseButton.LeftButton):
            self._stroke = None
            self.historyChanged.emit()

    def leaveEvent(self, event) -> None:  # noqa: N802
        self._move_hover(None)
        super().leaveEvent(event)

    def _move_hover(self, pos: QPointF | None) -> None:
        self.update(self._cursor_rect(self._hover))
        self._hover = pos
        self.update(self._cursor_rect(pos))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window())
        square = self._square()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        # Scale only the exposed part: a stroke repaints a few dozen pixels, not the whole canvas.
        exposed = QRectF(event.rect()).intersected(square)
        scale = RESOLUTION / square.width()
        source = QRectF((exposed.x() - square.x()) * scale, (exposed.y() - square.y()) * scale,
                        exposed.width() * scale, exposed.height() * scale)
        painter.drawImage(exposed, self._qimage, source)
        if self.show_grid:
            painter.setPen(QPen(QColor(90, 140, 200, 90), 0))
            step = square.width() / GRID_CELLS
            for i in range(1, GRID_CELLS):
                painter.drawLine(QPointF(square.x() + i * step, square.top()), QPointF(square.x() + i * step, square.bottom()))
                painter.drawLine(QPointF(square.left(), square.y() + i * step), QPointF(square.right(), square.y() + i * step))
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.drawRect(square.adjusted(0, 0, -1, -1))
        self._hinting = self.is_empty()
        if self._hinting:
            painter.setPen(QColor(150, 150, 150))
            painter.drawText(square, Qt.AlignmentFlag.AlignCenter, self.tr("Draw a digit here\n\n"
                                                                            "left button draws · right button erases"))
        if self._hover is not None and square.contains(self._hover):
            rect = self._cursor_rect(self._hover)
            painter.drawPixmap(rect.topLeft(), self._cursor_ring(rect))
