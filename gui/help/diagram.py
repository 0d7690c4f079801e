"""A drawing of encoder → code → decoder with the layer sizes of one model, for the explanations."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ae_models.zoo import IMAGE_SIDE, ModelSpec

ENCODER, CODE, DECODER = QColor("#4c78a8"), QColor("#f58518"), QColor("#54a24b")


def layer_sizes(spec: ModelSpec) -> list[tuple[str, int]]:
    """Label and number of values of each layer from input to output, the code in the middle."""
    if spec.family == "conv":
        side, shapes = IMAGE_SIDE, []
        for filters in spec.arch["filters"]:
            side = math.ceil(side / 2)
            shapes.append((side, side, filters))
        down = [f"{a}×{b}×{c}" for a, b, c in shapes]
        sizes = [a * b * c for a, b, c in shapes]
        encoder = [("28×28", IMAGE_SIDE * IMAGE_SIDE)] + list(zip(down[:-1], sizes[:-1]))
        code = [(down[-1], sizes[-1])]
    else:
        encoder = [("784", IMAGE_SIDE * IMAGE_SIDE)] + [(str(h), int(h)) for h in spec.arch["hidden"]]
        code = [(str(spec.code_size), spec.code_size)]
    return encoder + code + encoder[::-1]


class ArchitectureDiagram(QWidget):
    """Bars as tall as the square root of each layer's size: the encoder narrows to the code, the decoder widens."""

    def __init__(self, spec: ModelSpec, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        self.layers = layer_sizes(spec)
        self.setMinimumSize(360, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(self.tr("Each bar is one layer; its height grows with the number of values it holds "
                                "(with its square root); the label under it is its shape"))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(520, 170)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        n, middle = len(self.layers), len(self.layers) // 2
        slot = self.width() / n
        top, bottom = 24.0, self.height() - 34.0
        biggest = math.sqrt(max(size for _, size in self.layers))
        for i, (label, size) in enumerate(self.layers):
            colour = CODE if i == middle else (ENCODER if i < middle else DECODER)
            height = max(4.0, (bottom - top) * math.sqrt(size) / biggest)
            x = i * slot + slot * 0.3
            bar = QRectF(x, (top + bottom - height) / 2, slot * 0.4, height)
            painter.fillRect(bar, colour)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(i * slot, bottom + 4, slot, 16), Qt.AlignmentFlag.AlignCenter, label)
        painter.setPen(self.palette().text().color())
        words = ((0, middle, self.tr("encoder"), ENCODER), (middle, middle + 1, self.tr("code"), CODE),
                 (middle + 1, n, self.tr("decoder"), DECODER))
        for start, end, word, colour in words:
            painter.setPen(colour.darker(130))
            painter.drawText(QRectF(start * slot, 2, (end - start) * slot, 18), Qt.AlignmentFlag.AlignCenter, word)
        painter.end()
