"""The denoising demo: a noise slider, a noise type and a 'new noise' button over three images side by
side: the noisy input, the denoising model's output and a plain model's output, each with its error
against the clean drawing.

The panel owns the noise pattern: it is drawn once per drawing (or on 'new noise', from a counter, so
runs repeat) and moving the slider scales that same noise.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from ae_models import noise
from ae_models.scoring import Result
from ae_models.zoo import IMAGE_SIDE
from gui.help.button import HelpButton
from gui.i18n import engine, keep_left_to_right
from gui.widgets.digit_view import DigitView

STEPS = 100


class ErrorText(QWidget):
    """A few lines of numbers that change on every stroke (centred unless told). Painted rather than a
    QLabel, whose new text would relayout (and repaint) the whole window each time."""

    def __init__(self, parent: QWidget | None = None, lines: int = 2,
                 alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter):
        super().__init__(parent)
        self._text = ""
        self._flags = alignment | Qt.TextFlag.TextWordWrap
        self.setFixedHeight(lines * self.fontMetrics().lineSpacing() + 4)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setAutoFillBackground(True)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 (QLabel's name)
        if text != self._text:
            self._text = text
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        QPainter(self).drawText(self.rect(), self._flags, self._text)


class NoisePanel(QWidget):
    """Noise controls and the three result views; ``changed`` fires when the noise itself changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAutoFillBackground(True)  # the same plain background as its opaque views and numbers
        self.seed = 0
        self.pattern = noise.NoisePattern.draw((IMAGE_SIDE, IMAGE_SIDE), self.seed)
        self.slider = QSlider(Qt.Orientation.Horizontal, minimum=0, maximum=STEPS, value=STEPS // 2)
        self.slider.setToolTip(self.tr("Noise factor: 0 is the clean drawing, 1 the strongest noise."))
        self.level_label = QLabel()
        self.level_label.setToolTip(self.tr("The noise factor: 0 is the clean drawing, 1 the strongest noise."))
        self.level_label.setMinimumWidth(self.level_label.fontMetrics().horizontalAdvance("0.00") + 4)
        self.kind_box = QComboBox()
        for kind, title in noise.TITLES.items():
            self.kind_box.addItem(engine(title), kind)
        self.new_button = QPushButton(self.tr("New noise"))
        self.new_button.setToolTip(self.tr("Draw a new random noise pattern."))
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Noise")))
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.level_label)
        controls.addWidget(self.kind_box)
        controls.addWidget(self.new_button)
        controls.addWidget(HelpButton("noise"))
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(self._build_views())
        layout.addStretch(1)
        self.slider.valueChanged.connect(self._on_level)
        self.kind_box.currentIndexChanged.connect(self.changed)
        self.new_button.clicked.connect(self.new_noise)
        self._on_level(self.slider.value())

    def _build_views(self) -> QGridLayout:
        """Three columns: caption, image, errors."""
        self.captions = [QLabel() for _ in range(3)]
        self.views = [DigitView(minimum=84) for _ in self.captions]
        self.error_labels = [ErrorText() for _ in self.captions]
        grid = QGridLayout()
        for column, (caption, view, errors) in enumerate(zip(self.captions, self.views, self.error_labels)):
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setWordWrap(True)
            caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            keep_left_to_right(view)
            view.setAutoFillBackground(True)  # opaque: a new image repaints the view, not the panel behind it
            grid.addWidget(caption, 0, column)
            grid.addWidget(view, 1, column)
            grid.addWidget(errors, 2, column)
            grid.setColumnStretch(column, 1)
            errors.setToolTip(self.tr("The errors of the image above against the clean drawing: binary cross-entropy "
                                      "(BCE) and mean squared error (MSE) over its 784 pixels; lower is closer."))
        return grid

    @property
    def level(self) -> float:
        return self.slider.value() / STEPS

    @property
    def kind(self) -> str:
        return self.kind_box.currentData()

    def set_level(self, level: float) -> None:
        self.slider.setValue(round(float(level) * STEPS))

    def set_kind(self, kind: str) -> None:
        index = self.kind_box.findData(kind)
        if index >= 0:
            self.kind_box.setCurrentIndex(index)

    def new_noise(self) -> None:
        """Draw the next noise pattern (seeds count up, so a session's patterns repeat across runs)."""
        self.seed += 1
        self.pattern = noise.NoisePattern.draw((IMAGE_SIDE, IMAGE_SIDE), self.seed)
        self.changed.emit()

    def noisy(self, clean: np.ndarray) -> np.ndarray:
        """The clean model input with this panel's noise at its level and kind."""
        return self.pattern.apply(clean, self.level, self.kind)

    def show_results(self, noisy: Result, outputs: list[Result | None], titles: list[str]) -> None:
        """The noisy input and the models' outputs, each scored against the clean input, under ``titles``
        (rich text, one per view)."""
        for view, label, caption, result, title in zip(self.views, self.error_labels, self.captions,
                                                       [noisy, *outputs], titles):
            if caption.text() != title:  # unchanged text would still relayout the panel
                caption.setText(title)
            if result is None:
                view.set_message(self.tr("Not loaded"))
                label.setText("")
            else:
                view.set_image(result.reconstruction)
                label.setText(self.tr("BCE {0:.3f}\nMSE {1:.3f}").format(result.bce, result.mse))

    def show_empty(self) -> None:
        """A blank canvas: nothing to add noise to, so no stale images or errors."""
        for view, label in zip(self.views, self.error_labels):
            view.set_message(self.tr("Draw a digit"))
            label.setText("")

    def _on_level(self, value: int) -> None:
        self.level_label.setText(f"{value / STEPS:.2f}")
        self.changed.emit()
