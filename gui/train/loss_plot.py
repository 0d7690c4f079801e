"""The live loss / val_loss plot of a run, with published or shipped figures as dashed reference lines.

One matplotlib ``Figure`` (built lazily by ``PlotCanvas``); the line artists are kept and updated in
place once per epoch (``set_data`` + ``draw_idle``), never redrawn from scratch.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.widgets.plot_canvas import PlotCanvas

LOSS_COLOR = "#1f77b4"
VAL_COLOR = "#ff7f0e"
REFERENCE_COLORS = ("#2e7d32", "#6a1b9a")


class LossPlot(QWidget):
    """Training and validation loss per epoch; ``reset`` starts a run, ``add_epoch`` extends it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.epochs: list[int] = []
        self.loss: list[float] = []
        self.val_loss: list[float] = []
        self.planned = 1
        self.loss_label = self.tr("loss")
        self.references: list[tuple[str, float]] = []
        self._lines: dict[str, object] = {}
        self._axes = None
        self.canvas = PlotCanvas(self._build, figsize=(5, 2.6))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)

    def reset(self, planned_epochs: int, loss_label: str, references: list[tuple[str, float]]) -> None:
        """Clear the curves for a new run of ``planned_epochs``; ``references`` are (label, value) lines."""
        self.epochs, self.loss, self.val_loss = [], [], []
        self.planned, self.loss_label, self.references = planned_epochs, loss_label, list(references)
        if self._axes is not None:
            self._axes.clear()
            self._draw_artists()

    def add_epoch(self, epoch: int, loss: float, val_loss: float) -> None:
        """Append one epoch's figures and update the lines in place."""
        self.epochs.append(epoch)
        self.loss.append(loss)
        self.val_loss.append(val_loss)
        if self._axes is None:
            return
        self._lines["loss"].set_data(self.epochs, self.loss)
        self._lines["val_loss"].set_data(self.epochs, self.val_loss)
        self._rescale()
        self.canvas.draw_idle()

    def _build(self, figure) -> None:
        self._axes = figure.add_subplot()
        self._draw_artists()

    def _style_axes(self) -> None:
        from matplotlib.ticker import MaxNLocator

        ax = self._axes
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlabel(self.tr("epoch"))
        ax.set_ylabel(self.loss_label)
        ax.grid(True, alpha=0.3)

    def _draw_artists(self) -> None:
        ax = self._axes
        self._style_axes()
        (self._lines["loss"],) = ax.plot(self.epochs, self.loss, "-o", ms=3, color=LOSS_COLOR, label=self.tr("loss"))
        (self._lines["val_loss"],) = ax.plot(self.epochs, self.val_loss, "-o", ms=3, color=VAL_COLOR,
                                             label=self.tr("val_loss"))
        for (label, value), color in zip(self.references, REFERENCE_COLORS):
            ax.axhline(value, ls="--", lw=1.2, color=color, label=self.tr("{0} ({1:.4f})").format(label, value))
        ax.legend(loc="upper right", fontsize="small", frameon=False)
        self._rescale()
        self.canvas.draw_idle()

    def _rescale(self) -> None:
        ax = self._axes
        ax.set_xlim(0.5, max(self.planned, len(self.epochs), 1) + 0.5)
        values = [v for v in (*self.loss, *self.val_loss, *(v for _, v in self.references))]
        if values:
            low, high = min(values), max(values)
            pad = (high - low) * 0.08 or abs(high) * 0.05 or 0.01
            ax.set_ylim(low - pad, high + pad)
        else:
            ax.set_ylim(0, 0.3)
