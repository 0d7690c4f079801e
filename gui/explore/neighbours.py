"""Nearest digits: the k MNIST test digits closest to the drawing in a model's code space, the verdict
(``ae_models.verdict``: which digit it looks like, or none, and why) and a PCA map of all test codes with
the drawing marked. The verdict is judged off the GUI thread and shown when it arrives."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ae_models.codespace import CodeStats, Neighbours, neighbours
from ae_models.verdict import MIN_TYPICALITY, Verdict
from gui.explore.code_space import CodeSpace
from gui.explore.digit_scatter import DigitScatter
from gui.explore.page import ExplorePage
from gui.hub import ModelHub
from gui.i18n import keep_left_to_right
from gui.verdicts import VerdictService
from gui.widgets.digit_view import DigitView

MAX_K = 15


def has_long_code(code_shape: tuple[int, ...]) -> bool:
    """Any model whose code has more than two values (a conv model's image-shaped code is flattened)."""
    return int(np.prod(code_shape)) > 2


def is_vector(code_shape: tuple[int, ...]) -> bool:
    return len(code_shape) == 1


class Thumbnail(QWidget):
    """One neighbour: its image and a caption with its label and distance."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = keep_left_to_right(DigitView(56))
        self.caption = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.caption)

    def show_digit(self, image: np.ndarray, label: int, distance: float, index: int) -> None:
        self.view.set_image(image)
        self.caption.setText(self.tr("<b>{0}</b> · {1:.2f}").format(label, distance))
        self.setToolTip(self.tr("Test digit #{0}: a {1}, at distance {2:.3f} in code space").format(
            index, label, distance))


class NeighboursPage(ExplorePage):
    """Verdict and thumbnails of the k nearest test digits; a PCA map of the code space beside them."""

    help_topic = "neighbours"
    no_model_text = QT_TRANSLATE_NOOP("ExplorePage", "No model with a code of more than two values is loaded (the "
                                      "shipped vanilla, deep and sparse are).")

    def __init__(self, hub: ModelHub, space: CodeSpace, parent: QWidget | None = None):
        super().__init__(hub, space, has_long_code, is_vector, parent=parent)
        self.k = QSpinBox(minimum=1, maximum=MAX_K, value=5, prefix=self.tr("k = "))
        self.k.setToolTip(self.tr("How many nearest test digits to show."))
        self.k.valueChanged.connect(self._on_k)
        self.remembered["k"] = self.k
        self.header.addWidget(QLabel(self.tr("Neighbours:")))
        self.header.addWidget(self.k)
        self.header.addStretch(1)
        self.drawing = keep_left_to_right(DigitView(96))
        self.drawing.setToolTip(self.tr("The drawing, as the models see it"))
        self.verdict = QLabel(self.tr("Draw a digit in the Draw tab."), wordWrap=True)
        self.verdict.setToolTip(self.tr("The verdict: the digit most of the nearest training digits (by distance between "
                                        "codes) are, how many of them agree, and how typical the drawing is."))
        font = QFont(self.verdict.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.verdict.setFont(font)
        self.thumbs = [Thumbnail() for _ in range(MAX_K)]
        self.pca = DigitScatter()
        self.last: Neighbours | None = None
        self.judgement: Verdict | None = None
        self.service = VerdictService(self)
        self.service.judged.connect(self._on_judged)
        self.service.failed.connect(self._on_verdict_failed)
        self._layout_body()

    def _layout_body(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.drawing)
        top.addWidget(self.verdict, 1)
        self.grid = QGridLayout()
        left_box = QGroupBox(self.tr("Nearest MNIST test digits by code direction (label · distance)"))
        left = QVBoxLayout(left_box)
        left.addLayout(top)
        left.addLayout(self.grid)
        left.addStretch(1)
        pca_box = QGroupBox(self.tr("All test codes projected on their two main axes (PCA)"))
        QVBoxLayout(pca_box).addWidget(self.pca)
        body = self.body_layout(horizontal=True)
        body.addWidget(left_box, 2)
        body.addWidget(pca_box, 3)
        self._show_k()

    def _show_k(self) -> None:
        """Lay the k thumbnails out in rows of at least three, so a few neighbours are shown large."""
        k = self.k.value()
        columns = max(3, math.ceil(math.sqrt(k)))
        for i, thumb in enumerate(self.thumbs):
            if i < k:
                self.grid.addWidget(thumb, i // columns, i % columns)
            else:
                self.grid.removeWidget(thumb)
            thumb.setVisible(i < k)

    def _on_k(self) -> None:
        self._show_k()
        self.input_changed(self.hub.current_input)

    def model_changed(self) -> None:
        self.pca.set_marker(None)

    def stats_changed(self, stats: CodeStats | None) -> None:
        if stats is None:
            self.pca.set_points(None, None)
        else:
            share = stats.projection.explained
            self.pca.set_points(stats.projected, stats.labels,
                                self.tr("axis 1 ({0:.0%} of the variance)").format(share[0]),
                                self.tr("axis 2 ({0:.0%})").format(share[1]))
        self.input_changed(self.hub.current_input)

    def input_changed(self, image: np.ndarray) -> None:
        """Encode the drawing, find its neighbours, give the verdict and move the PCA marker."""
        stats, instance = self.stats, self.instance
        self.drawing.set_image(image)
        if instance is None or stats is None or not image.any():
            self.last = None
            self.pca.set_marker(None)
            self._clear_thumbs()
            if not image.any():
                self.verdict.setText(self.tr("Draw a digit in the Draw tab."))
            else:
                self.verdict.setText(self.tr("Encoding the test digits…") if self.space.ready else
                                     self.tr("The nearest digits need the MNIST test digits."))
            return
        code = instance.encode(image).ravel()
        self.last = neighbours(stats, code, self.k.value())
        self.judgement = None
        self.service.request(image)
        for thumb, index, label, distance in zip(self.thumbs, self.last.indices, self.last.labels,
                                                 self.last.distances):
            thumb.show_digit(self.space.images[index], int(label), float(distance), int(index))
        self.pca.set_marker(stats.projection.project(code)[0])

    @Slot(object, object)
    def _on_judged(self, image: np.ndarray, verdict: Verdict) -> None:
        current = self.hub.current_input
        if self.last is not None and current is not None and np.array_equal(image, current):
            self.judgement = verdict
            self.verdict.setText(self.describe(verdict))

    @Slot(str)
    def _on_verdict_failed(self, message: str) -> None:
        self.verdict.setText(self.tr("No verdict: {0}").format(message))

    def describe(self, verdict: Verdict) -> str:
        """The verdict in words; a refusal says why (the nearest digits' distances against the usual ones)."""
        if verdict.digit is not None:
            return self.tr("Looks like a <b>{0}</b>: {1} of {2} nearest training digits agree · typicality {3:.0%}"
                           ).format(verdict.digit, verdict.votes, verdict.k, verdict.typicality)
        found = verdict.neighbours.distances.mean()
        why = [self.tr("its nearest training digits (mostly {0}s) are {1:.2f} away in the judging models' codes, "
                       "where a digit's usually are {2:.2f}–{3:.2f} away").format(
                           verdict.nearest_digit, found, *verdict.usual_distance)]
        reasons = {"shape": self.tr("its code is far from every digit's usual codes"),
                   "error": self.tr("the models cannot redraw it well"),
                   "agreement": self.tr("its nearest digits disagree")}
        why += [text for key, text in reasons.items() if key in verdict.unusual]
        return self.tr("<b>Does not look like any digit</b>: {0}. Typicality {1:.1%}; a digit needs {2:.0%}."
                       ).format(self.tr("; ", "between the reasons a drawing is no digit").join(why),
                                verdict.typicality, MIN_TYPICALITY)

    def shutdown(self) -> None:
        self.service.shutdown()

    def _clear_thumbs(self) -> None:
        for thumb in self.thumbs:
            thumb.view.set_image(None)
            thumb.caption.setText("")
