"""Morphing: two slots, A and B, filled from the drawing or from test digits; a slider walks the straight
line between their codes in the chosen model's code space, decoding live, above a strip of N frames."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QSlider, QSpinBox, QVBoxLayout, QWidget

from ae_models.codespace import interpolate, morph
from gui.explore.code_space import CodeSpace
from gui.explore.page import ExplorePage
from gui.hub import ModelHub
from gui.i18n import keep_left_to_right
from gui.widgets.digit_view import DigitView

STEPS = 100
MAX_FRAMES = 16


def any_code(_code_shape: tuple[int, ...]) -> bool:
    return True


def left_to_right_row(*items: QWidget | tuple[QWidget, int]) -> QWidget:
    """A row of widgets (or (widget, stretch) pairs) that stays left to right in a right-to-left layout."""
    row = keep_left_to_right(QWidget())
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for item in items:
        widget, stretch = item if isinstance(item, tuple) else (item, 0)
        layout.addWidget(widget, stretch)
    return row


class MorphEnd(QGroupBox):
    """One morph end: its image, 'From the drawing', and a test digit number."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.view = keep_left_to_right(DigitView(96))
        self.from_drawing = QPushButton(self.tr("From the drawing"))
        self.source = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.source.setToolTip(self.tr("Where this end's digit comes from: the drawing or an MNIST test digit (#number)."))
        self.test_index = QSpinBox(minimum=-1, maximum=9999, prefix="#")
        self.test_index.setSpecialValueText("—")  # -1: the slot shows no test digit (the drawing)
        self.test_index.setKeyboardTracking(False)
        self.test_index.setToolTip(self.tr("Show this MNIST test digit here"))
        self.random = QPushButton(self.tr("Random"))
        self.random.setToolTip(self.tr("A random MNIST test digit"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.source)
        layout.addWidget(self.from_drawing)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Test digit")))
        row.addWidget(self.test_index, 1)
        row.addWidget(self.random)
        layout.addLayout(row)
        self.image: np.ndarray | None = None

    def set_image(self, image: np.ndarray, source: str, test_index: int = -1) -> None:
        """Show ``image``, say where it came from, and show its test digit number (none: "—")."""
        self.test_index.blockSignals(True)
        self.test_index.setValue(test_index)
        self.test_index.blockSignals(False)
        self.image = np.asarray(image, np.float32).copy()
        self.view.set_image(self.image)
        self.view.setToolTip(source)
        self.source.setText(self.tr("Shows: {0}").format(source))


class MorphPage(ExplorePage):
    """Two slots, a live morph, a strip of frames; ``frames()`` is what the strip export writes."""

    no_model_text = QT_TRANSLATE_NOOP("ExplorePage", "No model is loaded yet.")

    def __init__(self, hub: ModelHub, space: CodeSpace, parent: QWidget | None = None):
        super().__init__(hub, space, any_code, parent=parent)
        self.slots = {"A": MorphEnd("A"), "B": MorphEnd("B")}
        self.slider = QSlider(Qt.Orientation.Horizontal, maximum=STEPS)
        self.slider.setToolTip(self.tr("How far along the straight line from A's code to B's the decoded code is."))
        self.slider.valueChanged.connect(self.update_morph)
        self.t_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.t_label.setToolTip(self.slider.toolTip())
        self.morphed = keep_left_to_right(DigitView(160))
        self.frame_count = QSpinBox(minimum=3, maximum=MAX_FRAMES, value=10, suffix=self.tr(" frames"))
        self.frame_count.setToolTip(self.tr("How many images the strip from A to B has."))
        self.frame_count.valueChanged.connect(self.update_strip)
        self.remembered["frames"] = self.frame_count
        self.export_button = QPushButton(self.tr("Export strip…"))
        self.header.addStretch(1)
        self.header.addWidget(QLabel(self.tr("Strip:")))
        self.header.addWidget(self.frame_count)
        self.header.addWidget(self.export_button)
        self.strip = [keep_left_to_right(DigitView(40)) for _ in range(MAX_FRAMES)]
        self._rng = np.random.default_rng()
        self.slots["A"].test_index.setValue(0)
        self.slots["B"].test_index.setValue(1)
        for key, slot in self.slots.items():
            slot.from_drawing.clicked.connect(lambda _=False, k=key: self.fill_from_drawing(k))
            slot.test_index.valueChanged.connect(lambda i, k=key: self.fill_from_test(k, i))
            slot.random.clicked.connect(lambda _=False, k=key: self.slots[k].test_index.setValue(
                int(self._rng.integers(0, 10000))))
        space.datasetReady.connect(self._on_dataset_ready)
        self._layout_body()

    def _layout_body(self) -> None:
        """A on the left and B on the right in every language, like the strip; the words in the slots and
        the morph box still read in the app's direction."""
        middle = QGroupBox(self.tr("Morph"))
        centre = QVBoxLayout(middle)
        centre.addWidget(self.morphed, 1)
        centre.addWidget(left_to_right_row(QLabel("A"), (self.slider, 1), QLabel("B")))
        centre.addWidget(self.t_label)
        ends = left_to_right_row((self.slots["A"], 1), (middle, 2), (self.slots["B"], 1))
        for widget in (self.slots["A"], middle, self.slots["B"]):
            widget.setLayoutDirection(QGuiApplication.layoutDirection())
        strip_box = QGroupBox(self.tr("Strip from A to B"))
        QVBoxLayout(strip_box).addWidget(left_to_right_row(*self.strip))
        body = self.body_layout(horizontal=False)
        body.addWidget(ends, 3)
        body.addWidget(strip_box, 1)
        self._show_frames()

    def _show_frames(self) -> None:
        for i, view in enumerate(self.strip):
            view.setVisible(i < self.frame_count.value())

    @Slot()
    def _on_dataset_ready(self) -> None:
        for key, slot in self.slots.items():
            if slot.image is None:
                self.fill_from_test(key, slot.test_index.value())

    def fill_from_drawing(self, key: str) -> None:
        self.slots[key].set_image(self.hub.current_input, self.tr("the drawing"))
        self.update_all()

    def fill_from_test(self, key: str, index: int) -> None:
        if self.space.ready and index >= 0:
            label = int(self.space.labels[index])
            self.slots[key].set_image(self.space.images[index], self.tr("test digit #{0}, a {1}").format(index, label),
                                      index)
            self.update_all()

    def codes(self) -> tuple[np.ndarray, np.ndarray] | None:
        """The codes of A and B under the chosen model, or None while a slot is empty."""
        a, b = self.slots["A"].image, self.slots["B"].image
        instance = self.instance
        if instance is None or a is None or b is None:
            return None
        return instance.encode(a), instance.encode(b)

    def model_changed(self) -> None:
        self.update_all()

    def update_all(self) -> None:
        self.update_morph()
        self.update_strip()

    @Slot()
    def update_morph(self) -> None:
        """Decode the point a fraction t of the way from A's code to B's."""
        t = self.slider.value() / STEPS
        self.t_label.setText(self.tr("{0:.0%} of the way from A to B").format(t))
        codes = self.codes()
        self.morphed.set_image(None if codes is None else self.instance.decode(interpolate(*codes, t)))

    def frames(self) -> np.ndarray | None:
        """The strip's decoded frames, A first and B last."""
        codes = self.codes()
        return None if codes is None else morph(*codes, self.frame_count.value(), self.instance.decode)

    @Slot()
    def update_strip(self) -> None:
        self._show_frames()
        frames = self.frames()
        for i, view in enumerate(self.strip[: self.frame_count.value()]):
            view.set_image(None if frames is None else frames[i])

    def input_changed(self, image: np.ndarray) -> None:
        """Fill a still-empty slot from the first drawing, so the page is never blank."""
        for key, slot in self.slots.items():
            if slot.image is None and image.any():
                self.fill_from_drawing(key)
                return
