"""Code editing: one slider per code value, starting at the drawing's code and ordered by how much each
value varies over the test digits; the decoded image follows every slider move."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QScrollArea, QSlider, QVBoxLayout, QWidget

from ae_models.codespace import CodeStats
from gui.explore.code_space import CodeSpace
from gui.explore.page import ExplorePage
from gui.hub import ModelHub
from gui.i18n import keep_left_to_right
from gui.widgets.code_numbering import value_label
from gui.widgets.digit_view import DigitView
from gui.widgets.wheel_guard import guard_wheels

MAX_VALUES = 64
STEPS = 1000


def is_editable(code_shape: tuple[int, ...]) -> bool:
    """A flat code short enough for one slider per value."""
    return len(code_shape) == 1 and code_shape[0] <= MAX_VALUES


def prefers_32(code_shape: tuple[int, ...]) -> bool:
    return len(code_shape) == 1 and code_shape[0] > 2


class CodeEditorPage(ExplorePage):
    """Sliders over the chosen model's code; ``code`` is the edited code, ``decoded`` shows its decoding."""

    help_topic = "code_editor"
    no_model_text = QT_TRANSLATE_NOOP("ExplorePage", "No model with a flat code of at most 64 values is loaded "
                                      "(the shipped vanilla, deep and sparse are).")

    def __init__(self, hub: ModelHub, space: CodeSpace, parent: QWidget | None = None):
        super().__init__(hub, space, is_editable, prefers_32, parent=parent)
        self.reset_button = QPushButton(self.tr("Reset to the drawing"))
        self.reset_button.setToolTip(self.tr("Set every slider back to the drawing's code"))
        self.reset_button.clicked.connect(self.reset)
        self.header.addStretch(1)
        self.header.addWidget(self.reset_button)
        self.code = np.zeros(0, np.float32)
        self.drawing_code = np.zeros(0, np.float32)
        self.low = self.high = np.zeros(0, np.float32)
        self.sliders: list[QSlider] = []
        self.value_labels: list[QLabel] = []
        self.decoded = keep_left_to_right(DigitView(160))
        self.original = keep_left_to_right(DigitView(80))
        self.rows = QWidget()
        self.rows_layout = QGridLayout(self.rows)
        self._layout_body()

    def _layout_body(self) -> None:
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.rows)
        sliders_box = QGroupBox(self.tr("Code values, most varied over the test digits first"))
        QVBoxLayout(sliders_box).addWidget(scroll)
        images_box = QGroupBox(self.tr("Decoded edited code"))
        images = QVBoxLayout(images_box)
        images.addWidget(self.decoded, 3)
        images.addWidget(QLabel(self.tr("The drawing's reconstruction:")))
        images.addWidget(self.original, 1)
        images.addStretch(0)
        body = self.body_layout(horizontal=True)
        body.addWidget(sliders_box, 3)
        body.addWidget(images_box, 2)

    def model_changed(self) -> None:
        size = self.instance.code_size
        self.drawing_code = self.code = np.zeros(size, np.float32)
        self._build_rows(np.arange(size))

    def stats_changed(self, stats: CodeStats | None) -> None:
        if stats is not None:
            self._build_rows(stats.order)
        self.reset()

    def _build_rows(self, order: np.ndarray) -> None:
        """One row per code value in ``order``: its index, spread, slider and current value."""
        while self.rows_layout.count():
            self.rows_layout.takeAt(0).widget().deleteLater()
        self.sliders = [QSlider(Qt.Orientation.Horizontal, maximum=STEPS) for _ in order]
        self.value_labels = [QLabel(alignment=Qt.AlignmentFlag.AlignRight) for _ in order]
        spread = self.stats.codes.std(axis=0) if self.stats is not None else None
        for row, dim in enumerate(order):
            name = QLabel(value_label(dim) if spread is None else
                          self.tr("{0}  (σ {1:.2f})").format(value_label(dim), spread[dim]))
            self.sliders[dim].setToolTip(self.tr("Code {0}").format(value_label(dim)))
            name.setToolTip(self.tr("The code value's number; σ is how much it varies over the MNIST test digits."))
            self.value_labels[dim].setToolTip(self.tr("The value this slider sets in the code."))
            self.sliders[dim].valueChanged.connect(lambda step, d=int(dim): self.set_value(d, step))
            self.value_labels[dim].setMinimumWidth(48)
            self.rows_layout.addWidget(name, row, 0)
            self.rows_layout.addWidget(self.sliders[dim], row, 1)
            self.rows_layout.addWidget(self.value_labels[dim], row, 2)
        self.rows_layout.setRowStretch(len(order), 1)
        guard_wheels(self.rows)

    def _ranges(self, code: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        stats = self.stats
        if stats is not None:
            low, high = stats.low.copy(), stats.high.copy()
        else:
            span = np.maximum(np.abs(code), 1.0) * 2
            low, high = np.minimum(code, 0) - span / 2, np.maximum(code, 0) + span / 2
        low, high = np.minimum(low, code), np.maximum(high, code)
        high = np.where(high - low < 1e-6, low + 1.0, high)
        return low.astype(np.float32), high.astype(np.float32)

    @Slot()
    def reset(self) -> None:
        """Sliders back to the drawing's code."""
        if self.instance is None:
            return
        self.code = self.drawing_code.copy()
        self.low, self.high = self._ranges(self.code)
        for dim, slider in enumerate(self.sliders):
            slider.blockSignals(True)
            slider.setValue(round((self.code[dim] - self.low[dim]) / (self.high[dim] - self.low[dim]) * STEPS))
            slider.blockSignals(False)
            self.value_labels[dim].setText(f"{self.code[dim]:.2f}")
        self.decoded.set_image(self.instance.decode(self.code))

    def set_value(self, dim: int, step: int) -> None:
        """One slider moved: change that code value and decode the edited code."""
        self.code = self.code.copy()
        self.code[dim] = self.low[dim] + (self.high[dim] - self.low[dim]) * step / STEPS
        self.value_labels[dim].setText(f"{self.code[dim]:.2f}")
        self.decoded.set_image(self.instance.decode(self.code))

    def input_changed(self, image: np.ndarray) -> None:
        """A new drawing: its code becomes the sliders' starting point."""
        self.drawing_code = np.asarray(self.instance.encode(image), np.float32).ravel()
        self.original.set_image(self.instance.decode(self.drawing_code))
        self.reset()
