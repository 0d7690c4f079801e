"""A scatter plot of test-digit codes coloured by digit, drawn once; markers on top move by blitting.

The 10,000 points cost a full matplotlib draw (tens of ms), so they are drawn only when the model or
the window size changes. The drawing's marker and the probe (the clicked point) are animated artists
redrawn over a saved background, which takes a few milliseconds per mouse move.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ae_models.codespace import map_range
from gui.i18n import keep_left_to_right
from gui.widgets.plot_canvas import PlotCanvas

DIGIT_COLOURS = "tab10"
EMPTY_LIMITS = (-4.0, 4.0)  # an empty map's axes, before any model's codes are known


class DigitScatter(PlotCanvas):
    """Points coloured by label with a legend, a drawing marker (star) and a probe (cross).

    ``pointPicked(x, y)`` fires in data coordinates on a left click and while dragging with the button held.
    """

    pointPicked = Signal(float, float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self._build, figsize=(5, 5), parent=parent)
        keep_left_to_right(self)
        self.setMinimumSize(240, 240)
        self._points: tuple[np.ndarray, np.ndarray, str, str] | None = None
        self._frame_range: tuple[tuple[float, float], tuple[float, float]] | None = None
        self._scatter = self._legend = self._frame = None
        self._marker = self._probe = None
        self._background = None
        self._dragging = False

    def _build(self, figure) -> None:
        self.axes = figure.add_subplot()
        self.axes.set_xlim(*EMPTY_LIMITS)
        self.axes.set_ylim(*EMPTY_LIMITS)
        self._marker, = self.axes.plot([], [], marker="*", markersize=20, color="white", markeredgecolor="black",
                                       markeredgewidth=1.5, linestyle="none", animated=True, label="drawing")
        self._probe, = self.axes.plot([], [], marker="+", markersize=18, color="black", markeredgewidth=2.5,
                                      linestyle="none", animated=True)
        self.canvas.mpl_connect("draw_event", self._on_draw)
        self.canvas.mpl_connect("button_press_event", self._on_press)
        self.canvas.mpl_connect("motion_notify_event", self._on_move)
        self.canvas.mpl_connect("button_release_event", self._on_release)
        if self._points is not None:
            self._apply_points()
        self._apply_frame()

    def set_points(self, xy: np.ndarray | None, labels: np.ndarray | None, xlabel: str = "", ylabel: str = "") -> None:
        """Replace the scattered points (None clears them); this is the one full redraw."""
        self._points = None if xy is None else (np.asarray(xy), np.asarray(labels), xlabel, ylabel)
        if self.figure is not None:
            self._apply_points()

    def _apply_points(self) -> None:
        for artist in (self._scatter, self._legend):
            if artist is not None:
                artist.remove()
        self._scatter = self._legend = None
        if self._points is not None:
            xy, labels, xlabel, ylabel = self._points
            self._scatter = self.axes.scatter(xy[:, 0], xy[:, 1], c=labels, cmap=DIGIT_COLOURS, vmin=-0.5, vmax=9.5,
                                              s=3, alpha=0.55, linewidths=0, rasterized=True)
            handles, _ = self._scatter.legend_elements(num=list(range(10)))
            self._legend = self.axes.legend(handles, [str(d) for d in range(10)], title=self.tr("digit"),
                                            loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False,
                                            handletextpad=0.2, markerscale=1.0)
            self.axes.set_xlabel(xlabel)
            self.axes.set_ylabel(ylabel)
            x_range, y_range = map_range(xy)
            self.axes.set_xlim(*x_range)
            self.axes.set_ylim(*y_range)
        self.canvas.draw_idle()

    def limits(self) -> tuple[tuple[float, float], tuple[float, float]]:
        if self.figure is None:
            return EMPTY_LIMITS, EMPTY_LIMITS
        return tuple(self.axes.get_xlim()), tuple(self.axes.get_ylim())

    def set_frame(self, x_range: tuple[float, float] | None, y_range: tuple[float, float] | None = None) -> None:
        """Outline a rectangle (the manifold's range) on the map; None removes it."""
        self._frame_range = None if x_range is None else (x_range, y_range)
        if self.figure is not None:
            self._apply_frame()

    def _apply_frame(self) -> None:
        if self._frame is not None:
            self._frame.remove()
            self._frame = None
        if self._frame_range is not None:
            from matplotlib.patches import Rectangle

            (x0, x1), (y0, y1) = self._frame_range
            self._frame = self.axes.add_patch(Rectangle((x0, y0), x1 - x0, y1 - y0, fill=False, linestyle="--",
                                                        linewidth=1.0, edgecolor="0.3"))
        self.canvas.draw_idle()

    def set_marker(self, xy: np.ndarray | None) -> None:
        """Move the drawing's marker (None hides it)."""
        self._move(self._marker, xy)

    def set_probe(self, xy: np.ndarray | None) -> None:
        """Move the probe cross (None hides it)."""
        self._move(self._probe, xy)

    def marker_position(self) -> np.ndarray | None:
        return self._position(self._marker)

    def probe_position(self) -> np.ndarray | None:
        return self._position(self._probe)

    @staticmethod
    def _position(line) -> np.ndarray | None:
        if line is None or len(line.get_xdata()) == 0:
            return None
        return np.array([line.get_xdata()[0], line.get_ydata()[0]], np.float32)

    def data_to_widget(self, xy: tuple[float, float]) -> tuple[int, int]:
        """Widget pixel position of a data point (for tests and the benchmark)."""
        self.ensure()
        x, y = self.axes.transData.transform(xy)
        ratio = self.canvas.device_pixel_ratio
        return round(x / ratio), round(self.canvas.height() - y / ratio)

    def _move(self, line, xy) -> None:
        if line is None:
            return
        if xy is None:
            line.set_data([], [])
        else:
            line.set_data([float(xy[0])], [float(xy[1])])
        self._blit()

    def _on_draw(self, _event) -> None:
        self._background = self.canvas.copy_from_bbox(self.figure.bbox)
        self._draw_animated()

    def _draw_animated(self) -> None:
        for line in (self._marker, self._probe):
            self.figure.draw_artist(line)

    def _blit(self) -> None:
        if self._background is None:
            self.canvas.draw_idle()
            return
        self.canvas.restore_region(self._background)
        self._draw_animated()
        self.canvas.blit(self.figure.bbox)

    def _on_press(self, event) -> None:
        if event.button == 1 and event.inaxes is self.axes:
            self._dragging = True
            self.pointPicked.emit(float(event.xdata), float(event.ydata))

    def _on_move(self, event) -> None:
        if self._dragging and event.inaxes is self.axes:
            self.pointPicked.emit(float(event.xdata), float(event.ydata))

    def _on_release(self, _event) -> None:
        self._dragging = False
