"""The latent map of a 2-D model: the test digits' codes, the drawing's marker, live decoding of any
clicked or dragged point, and a manifold (an n x n grid of decoded digits over an adjustable range)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ae_models.codespace import CodeStats, grid_points, map_range, nearest, tile
from gui.explore.code_space import CodeSpace
from gui.explore.digit_scatter import EMPTY_LIMITS, DigitScatter
from gui.explore.page import ExplorePage
from gui.hub import ModelHub
from gui.i18n import engine, keep_left_to_right
from gui.widgets.digit_view import DigitView

GRID_GAP = 1
CLICK_NEIGHBOURS = 15  # the test digits nearest a clicked point that vote for what lies there


def is_2d(code_shape: tuple[int, ...]) -> bool:
    return tuple(code_shape) == (2,)


def decode_many(instance, codes: np.ndarray) -> np.ndarray:
    """Decode a batch of codes in one eager call (a 20x20 grid in ~10 ms, not 400 single calls)."""
    codes = np.asarray(codes, np.float32).reshape((-1, *instance.code_shape))
    return np.asarray(instance.decoder(codes, training=False)).reshape(len(codes), 28, 28)


class LatentMapPage(ExplorePage):
    """Map + decoded point + manifold for models with a 2-value code."""

    help_topic = "latent_map"
    no_model_text = QT_TRANSLATE_NOOP(
        "ExplorePage", "No model with a 2-value code is loaded. The latent map needs the 2-D latent or the "
        "variational model (shipped as latent2 and vae, or trained in the Train tab).")

    def __init__(self, hub: ModelHub, space: CodeSpace, parent: QWidget | None = None):
        super().__init__(hub, space, is_2d, parent=parent)
        self.header.addStretch(1)
        self.header.addWidget(QLabel(self.tr("Click or drag on the map to decode any point.")))
        self.map = DigitScatter()
        self.map.pointPicked.connect(self.decode_point)
        self.decoded = keep_left_to_right(DigitView(140))
        self.point_label = QLabel("—", alignment=Qt.AlignmentFlag.AlignCenter)
        self.manifold = keep_left_to_right(DigitView(200))
        self.grid_size = QSpinBox(minimum=2, maximum=30, value=15)
        self.remembered["grid"] = self.grid_size
        self.grid_size.setToolTip(self.tr("How many decoded digits the grid has along each side."))
        self.ranges = [QDoubleSpinBox(minimum=-1000, maximum=1000, decimals=2, singleStep=0.25) for _ in range(4)]
        for spin, tip in zip(self.ranges, (self.tr("The smallest z₁ the grid decodes."), self.tr("The largest z₁ the grid decodes."),
                                           self.tr("The smallest z₂ the grid decodes."), self.tr("The largest z₂ the grid decodes."))):
            spin.setToolTip(tip)
        fit = QPushButton(self.tr("Fit to the test digits"))
        fit.clicked.connect(self.fit_range)
        for spin in (self.grid_size, *self.ranges):
            spin.setKeyboardTracking(False)
            spin.valueChanged.connect(self.update_manifold)
        self._layout_body(fit)

    def _layout_body(self, fit: QPushButton) -> None:
        manifold_box = QGroupBox(self.tr("Manifold: an n × n grid of decodes over the range"))
        QVBoxLayout(manifold_box).addWidget(self.manifold)
        point_box = QGroupBox(self.tr("Decoded point"))
        point = QVBoxLayout(point_box)
        point.addWidget(self.decoded)
        point.addWidget(self.point_label)
        grid_box = QGroupBox(self.tr("Manifold range"))
        form = QFormLayout(grid_box)
        form.addRow("n", self.grid_size)
        for label, spins in ((self.tr("x from"), self.ranges[0]), (self.tr("x to"), self.ranges[1]),
                             (self.tr("y from"), self.ranges[2]), (self.tr("y to"), self.ranges[3])):
            form.addRow(label, spins)
        form.addRow(fit)
        side = QVBoxLayout()
        side.addWidget(point_box)
        side.addWidget(grid_box)
        side.addStretch(1)
        side_widget = QWidget(maximumWidth=230)
        side_widget.setLayout(side)
        side.setContentsMargins(0, 0, 0, 0)
        body = self.body_layout(horizontal=True)
        body.addWidget(self.map, 1)
        body.addWidget(manifold_box, 1)
        body.addWidget(side_widget)

    def model_changed(self) -> None:
        self.map.set_probe(None)
        self.decoded.set_image(None)
        self.point_label.setText("—")

    def stats_changed(self, stats: CodeStats | None) -> None:
        spec = self.hub.spec_for(self.picker.name())
        title = engine(spec.title) if spec else self.picker.name()
        if stats is None:
            self.map.set_points(None, None)
            if not any(s.value() for s in self.ranges):
                self._set_range((EMPTY_LIMITS, EMPTY_LIMITS))
            return
        self.map.set_points(stats.codes, stats.labels, self.tr("{0}: code value 1").format(title),
                            self.tr("code value 2"))
        self.fit_range()

    @Slot()
    def fit_range(self) -> None:
        """Set the manifold's range to where most test digits lie: the map's own default range."""
        stats = self.stats
        if stats is not None:
            self._set_range(map_range(stats.codes))

    def _set_range(self, limits) -> None:
        for spin, value in zip(self.ranges, (*limits[0], *limits[1])):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self.update_manifold()

    def manifold_range(self) -> tuple[tuple[float, float], tuple[float, float]]:
        x0, x1, y0, y1 = (s.value() for s in self.ranges)
        return (x0, x1), (y0, y1)

    @Slot()
    def update_manifold(self) -> None:
        """Decode the n x n grid (largest y at the top, like the map) and outline its range on the map."""
        instance = self.instance
        if instance is None:
            return
        n = self.grid_size.value()
        x_range, y_range = self.manifold_range()
        images = decode_many(instance, grid_points(x_range, y_range, n))
        self.manifold.set_image(tile(images, n, GRID_GAP))
        self.map.set_frame(x_range, y_range)

    @Slot(float, float)
    def decode_point(self, x: float, y: float) -> None:
        """Decode one point of the code space (a click or drag on the map) into the point view."""
        instance = self.instance
        if instance is None:
            return
        self.decoded.set_image(instance.decode(np.array([x, y], np.float32)))
        self.point_label.setText(self.tr("({0:.2f}, {1:.2f})").format(x, y))
        self.map.set_probe((x, y))
        if self.stats is not None:  # for the lessons: which digits lie where the learner clicked
            near = nearest(self.stats.codes, self.stats.labels, np.array([x, y], np.float32), CLICK_NEIGHBOURS)
            self.hub.events.report("map_click", model=self.picker.name(), digit=int(np.bincount(near.labels).argmax()))

    def input_changed(self, image: np.ndarray) -> None:
        self.map.set_marker(self.instance.encode(image) if image.any() else None)
