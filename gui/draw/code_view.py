"""The selected model's code, drawn large with QPainter (cheap enough to repaint on every stroke).

A dense code is a labelled bar chart, a 2-D code a point on the plane with the recent trail of the
stroke, a convolutional code its feature maps. Hovering shows the values. The scale follows the data with
hysteresis: it grows at once to fit a larger value and shrinks only when the largest value falls below
``SHRINK_BELOW`` of it, so bars neither overflow nor jump as a stroke goes on; ``reset`` starts afresh.
A reference code (the vanilla model's) can be drawn below a bar chart on the same scale, for comparison.
"""

from __future__ import annotations

import math
from collections import deque

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QToolTip, QWidget

from gui.widgets.code_numbering import map_label, value_number
from gui.widgets.digit_view import to_grey8

MARGINS = (46, 12, 12, 26)  # left, top, right, bottom: room for the axis labels
POSITIVE, NEGATIVE = QColor(66, 133, 214), QColor(224, 112, 64)
TRAIL = 48
TITLE = 14  # the height of a compared chart's title line
GAP = 22  # between the selected code's chart and the reference's, room for the value numbers
SHRINK_BELOW = 0.4  # the axis shrinks once the largest value is under 40% of it (hysteresis)
# An 'inferno'-like colour ramp for the feature maps: dark for 0, bright yellow for the largest value.
_ANCHORS = np.array([[0, 0, 4], [87, 16, 110], [188, 55, 84], [249, 142, 9], [252, 255, 164]], np.float32)
RAMP = np.stack([np.interp(np.linspace(0, 4, 256), np.arange(5), _ANCHORS[:, i]) for i in range(3)], 1).astype(np.uint8)


def nice_ceiling(x: float) -> float:
    """The smallest of 1, 2, 2.5, 5 times a power of ten that is at least x (1 for x <= 0)."""
    if not x > 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(x))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= x * (1 - 1e-9))


def fitted_scale(current: float, peak: float) -> float:
    """The axis top for a code whose largest magnitude is ``peak``, kept at ``current`` unless it no
    longer fits or is far too large (hysteresis against jumping as the values change)."""
    if current > 0 and current * SHRINK_BELOW <= peak <= current:
        return current
    return nice_ceiling(peak)


def describe_code(shape: tuple[int, ...]) -> str:
    """'32 values' for a vector, '4 × 4 × 8 = 128 values' for feature maps."""
    size = math.prod(shape)
    if len(shape) == 1:  # CodeView.tr: lupdate sees no plural in QCoreApplication.translate(..., size)
        return CodeView.tr("%n values", "", size)
    return CodeView.tr("{0} = %n values", "", size).format(" × ".join(map(str, shape)))


def ramp_image(values: np.ndarray) -> QImage:
    """A 2-D array in [0, 1] coloured with RAMP, as an RGB QImage (a deep copy)."""
    rgb = np.ascontiguousarray(RAMP[to_grey8(values)])
    h, w = values.shape
    return QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


class CodeView(QWidget):
    """Shows one code vector; ``set_shape`` picks the chart, ``set_code`` updates it in place."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.shape: tuple[int, ...] = ()
        self.code: np.ndarray | None = None
        self.reference: np.ndarray | None = None  # drawn below the bars on the same scale when set
        self.scale = 0.0
        self.signed = False
        self.trail: deque[tuple[float, float]] = deque(maxlen=TRAIL)
        self.message = self.tr("Loading…")
        self._hover_index: int | None = None
        self._backdrop: tuple[tuple, QPixmap] | None = None  # (what it shows, the bar charts' axes)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # fills its whole area itself
        self.setMinimumSize(240, 150)
        self.setToolTip(self.tr("The selected model's code for the drawing: one bar, point or map per value. "
                                "Hover to read a value."))
        self._painters = {"bars": self._paint_bars, "plane": self._paint_plane, "maps": self._paint_maps}
        self._hits = {"bars": self._hit_bar, "plane": self._hit_plane, "maps": self._hit_map}

    @property
    def kind(self) -> str:
        if len(self.shape) == 3:
            return "maps"
        return "plane" if self.shape == (2,) else "bars"

    def set_shape(self, shape: tuple[int, ...] | None, message: str = "") -> None:
        """Prepare for codes of ``shape`` (None: show ``message`` instead)."""
        self.shape = tuple(shape or ())
        self.message = message if shape is None else ""
        self.code = None
        self.reset()

    def reset(self) -> None:
        """Forget the scale and the trail (a new drawing or a new model)."""
        self.scale, self.signed = 0.0, False
        self.trail.clear()
        self.update()

    def clear_code(self) -> None:
        """No code to show (a blank canvas): the empty state says what to do."""
        self.code = None
        self.reset()

    def set_code(self, code: np.ndarray, reference: np.ndarray | None = None) -> None:
        """Show ``code``; a flat ``reference`` code is drawn below it on one common scale."""
        self.code = np.asarray(code, np.float32).reshape(self.shape)
        self.reference = None if reference is None or self.kind != "bars" else np.asarray(reference, np.float32).ravel()
        shown = self.code if self.reference is None else np.concatenate([self.code.ravel(), self.reference])
        self.scale = fitted_scale(self.scale, float(np.abs(shown).max()))
        self.signed = self.signed or bool((shown < 0).any())
        if self.kind == "plane":
            self.trail.append((float(self.code[0]), float(self.code[1])))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(460, 260)

    def _plot(self) -> QRectF:
        left, top, right, bottom = MARGINS
        return QRectF(left, top, max(1, self.width() - left - right), max(1, self.height() - top - bottom))

    # -- painting ------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        if self.code is None or self.kind != "bars":  # the bars' backdrop picture covers everything itself
            painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        if self.code is None:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            text = self.message or self.tr("Draw a digit to see its code.")
            painter.drawText(self.rect().adjusted(12, 12, -12, -12), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._painters[self.kind](painter)

    def _axis_pen(self) -> QPen:
        return QPen(self.palette().color(QPalette.ColorRole.Mid), 1)

    def _bar_range(self) -> tuple[float, float]:
        top = self.scale if self.scale > 0 else 1.0
        return (-top if self.signed else 0.0), top

    def _bar_plots(self) -> list[tuple[QRectF, np.ndarray]]:
        """(area, values) for each bar chart: the code alone, or the code above the reference."""
        plot = self._plot()
        if self.reference is None:
            return [(plot, self.code)]
        half = (plot.height() - GAP) / 2 - TITLE  # each chart under a line for its title
        return [(QRectF(plot.left(), plot.top() + TITLE, plot.width(), half), self.code),
                (QRectF(plot.left(), plot.bottom() - half, plot.width(), half), self.reference)]

    def _paint_bars(self, painter: QPainter) -> None:
        """The axes, numbers and titles from a picture kept while they stay the same, then the bars."""
        charts = self._bar_plots()
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio, self._bar_range(), tuple(values.size for _, values in charts),
               self.palette().cacheKey(), self.font().key())
        if self._backdrop is None or self._backdrop[0] != key:
            picture = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
            picture.setDevicePixelRatio(ratio)
            picture.fill(self.palette().color(QPalette.ColorRole.Base))
            backdrop = QPainter(picture)
            backdrop.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint_axes(backdrop, charts)
            backdrop.end()
            self._backdrop = key, picture
        painter.drawPixmap(0, 0, self._backdrop[1])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # upright bars: plain fills
        for k, (plot, values) in enumerate(charts):
            self._paint_bar_values(painter, plot, values, self._hover_index if k == 0 else None)

    def _paint_axes(self, painter: QPainter, charts: list[tuple[QRectF, np.ndarray]]) -> None:
        """What stays while a stroke goes on: each chart's value lines, their numbers, the bar numbers and,
        when two charts are compared, their titles."""
        lo, hi = self._bar_range()
        text_pen = QPen(self.palette().color(QPalette.ColorRole.WindowText))
        for plot, values in charts:
            for value in {lo, 0.0, (lo + hi) / 2, hi}:
                y = self._bar_y(plot, value)
                painter.setPen(self._axis_pen())
                painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
                painter.setPen(text_pen)
                painter.drawText(QRectF(0, y - 8, MARGINS[0] - 6, 16),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{value:g}")
            n = values.size
            width = plot.width() / n
            label_every = next(k for k in (1, 2, 4, 5, 8, 10, 16, 20, 32, 50, 64, 100, 10**9)
                               if k * width >= painter.fontMetrics().horizontalAdvance("000") + 4)
            for i in range(0, n, label_every):
                painter.drawText(QRectF(plot.left() + i * width - 10, plot.bottom() + 4, width + 20, 16),
                                 Qt.AlignmentFlag.AlignHCenter, str(value_number(i)))
        if len(charts) == 2:
            for (plot, _), title in zip(charts, (self.tr("selected"), self.tr("vanilla"))):
                painter.drawText(QRectF(plot.left() + 4, plot.top() - TITLE - 2, plot.width() - 8, TITLE + 2),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, title)

    def _bar_y(self, plot: QRectF, value):
        """The height on ``plot`` of a value (or an array of them)."""
        lo, hi = self._bar_range()
        return plot.bottom() - (value - lo) / (hi - lo) * plot.height()

    def _paint_bar_values(self, painter: QPainter, plot: QRectF, values: np.ndarray, hover: int | None) -> None:
        n = values.size
        width = plot.width() / n
        colors = {True: QColor(POSITIVE), False: QColor(NEGATIVE)}
        # Every bar's geometry at once: a stroke repaints this chart, so its loop does no arithmetic.
        lefts = plot.left() + np.arange(n) * width
        tops = self._bar_y(plot, np.maximum(values, 0.0))
        heights = np.maximum(self._bar_y(plot, np.minimum(values, 0.0)) - tops, 1.0)
        for i, (x, top, height, positive) in enumerate(zip(lefts.tolist(), tops.tolist(), heights.tolist(),
                                                           (values >= 0).tolist())):
            color = colors[positive].lighter(130) if i == hover else colors[positive]
            painter.fillRect(QRectF(x + width * 0.12, top, width * 0.76, height), color)

    def _plane_rect(self) -> tuple[QRectF, float]:
        plot = self._plot()
        side = min(plot.width(), plot.height())
        square = QRectF(plot.center().x() - side / 2, plot.center().y() - side / 2, side, side)
        return square, nice_ceiling(max(self.scale * 1.1, 3.0))

    def _plane_point(self, square: QRectF, extent: float, x: float, y: float) -> QPointF:
        return QPointF(square.center().x() + x / extent * square.width() / 2,
                       square.center().y() - y / extent * square.height() / 2)

    def _paint_plane(self, painter: QPainter) -> None:
        square, extent = self._plane_rect()
        painter.setPen(self._axis_pen())
        painter.drawRect(square)
        painter.drawLine(QPointF(square.center().x(), square.top()), QPointF(square.center().x(), square.bottom()))
        painter.drawLine(QPointF(square.left(), square.center().y()), QPointF(square.right(), square.center().y()))
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        for value in (-extent, extent):
            p = self._plane_point(square, extent, value, 0)
            painter.drawText(QRectF(p.x() - 30, square.bottom() + 4, 60, 16), Qt.AlignmentFlag.AlignHCenter, f"{value:g}")
            q = self._plane_point(square, extent, 0, value)
            painter.drawText(QRectF(square.left() - 46, q.y() - 8, 40, 16), Qt.AlignmentFlag.AlignRight, f"{value:g}")
        painter.drawText(QRectF(square.right() - 40, square.center().y() + 2, 36, 16), Qt.AlignmentFlag.AlignRight, "z₁")
        painter.drawText(QRectF(square.center().x() + 6, square.top() + 2, 36, 16), Qt.AlignmentFlag.AlignLeft, "z₂")
        points = [self._plane_point(square, extent, x, y) for x, y in self.trail]
        for i, (a, b) in enumerate(zip(points, points[1:])):
            color = QColor(POSITIVE)
            color.setAlpha(int(40 + 180 * (i + 1) / len(points)))
            painter.setPen(QPen(color, 2))
            painter.drawLine(a, b)
        painter.setPen(QPen(QColor(255, 255, 255), 1.5))
        painter.setBrush(NEGATIVE)
        painter.drawEllipse(self._plane_point(square, extent, float(self.code[0]), float(self.code[1])), 6, 6)

    def _map_grid(self) -> tuple[int, int, float]:
        """(columns, rows, cell side) for the feature maps in the plot area."""
        plot, count = self._plot().adjusted(-MARGINS[0] + 8, 0, 0, MARGINS[3] - 8), self.shape[2]
        columns = min(count, max(1, round(math.sqrt(count * plot.width() / plot.height()))))
        rows = math.ceil(count / columns)
        return columns, rows, min(plot.width() / columns, plot.height() / rows)

    def _paint_maps(self, painter: QPainter) -> None:
        columns, _, cell = self._map_grid()
        peak = nice_ceiling(self.scale)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        for k in range(self.shape[2]):
            x, y = 8 + (k % columns) * cell, MARGINS[1] + (k // columns) * cell
            painter.drawImage(QRectF(x + 2, y + 16, cell - 20, cell - 20), ramp_image(self.code[:, :, k] / peak))
            painter.drawText(QRectF(x, y, cell, 16), Qt.AlignmentFlag.AlignLeft, map_label(k))

    # -- hover ---------------------------------------------------------------------------------------
    def _hit_bar(self, pos: QPointF) -> str | None:
        for k, (plot, values) in enumerate(self._bar_plots()):
            i = int((pos.x() - plot.left()) / plot.width() * values.size)
            if 0 <= i < values.size and plot.contains(pos):
                self._hover_index = i if k == 0 else None
                # the index as in the exported arrays (the numbering used everywhere)
                tip = self.tr("code[{0}] = {1:.4f}") if k == 0 else self.tr("vanilla code[{0}] = {1:.4f}")
                return tip.format(i, values[i])
        return None

    def _hit_plane(self, pos: QPointF) -> str | None:
        return self.tr("code = ({0:.3f}, {1:.3f})").format(self.code[0], self.code[1])

    def _hit_map(self, pos: QPointF) -> str | None:
        columns, _, cell = self._map_grid()
        column, row = int((pos.x() - 8) // cell), int((pos.y() - MARGINS[1]) // cell)
        k = row * columns + column
        if not (0 <= column < columns and 0 <= k < self.shape[2]):
            return None
        u = (pos.x() - 8 - column * cell - 2) / (cell - 20)
        v = (pos.y() - MARGINS[1] - row * cell - 16) / (cell - 20)
        if not (0 <= u < 1 and 0 <= v < 1):
            return map_label(k)
        r, c = int(v * self.shape[0]), int(u * self.shape[1])
        return self.tr("{0}, row {1}, column {2}: {3:.4f}").format(map_label(k), r, c, self.code[r, c, k])

    def event(self, event: QEvent) -> bool:
        """A tooltip names the value under the mouse; elsewhere it says what the view shows."""
        if event.type() == QEvent.Type.ToolTip and self.code is not None:
            text = self._hits[self.kind](QPointF(event.pos()))
            QToolTip.showText(event.globalPos(), text or self.toolTip(), self)
            return True
        return super().event(event)

    def leaveEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._hover_index = None
        self.update()
        super().leaveEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._hover_index = None
        text = self._hits[self.kind](event.position()) if self.code is not None else None
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()
        self.update()
