"""An embedded matplotlib figure that imports matplotlib only when first shown.

The window must appear before matplotlib is imported, so tabs hold a ``PlotCanvas`` and draw into its
``figure`` from ``on_ready``; artists are kept and updated in place (``set_data`` + ``draw_idle``).
Plot text uses fonts with the glyphs of the app's language (``plot_fonts``); a plot stays left to right
in a right-to-left layout.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.i18n import keep_left_to_right
from gui.widgets.plot_fonts import apply_plot_fonts


class PlotCanvas(QWidget):
    """Creates a ``Figure`` + ``FigureCanvasQTAgg`` on first show (or ``ensure()``), then calls ``on_ready(figure)``."""

    def __init__(self, on_ready: Callable[[object], None], figsize: tuple[float, float] = (5, 3),
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._on_ready = on_ready
        self._figsize = figsize
        self.figure = None
        self.canvas = None
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)
        keep_left_to_right(self)

    def ensure(self) -> None:
        """Build the figure now if it is not built yet."""
        if self.figure is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        apply_plot_fonts()
        self.figure = Figure(figsize=self._figsize, layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.layout().addWidget(self.canvas)
        self._on_ready(self.figure)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        self.ensure()
        super().showEvent(event)

    def draw_idle(self) -> None:
        if self.canvas is not None:
            self.canvas.draw_idle()
