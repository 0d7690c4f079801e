"""The Draw tab's typicality meter: how much the drawing looks like the digits the models learned from.

It asks for the verdict after the reconstructions are shown and fills in when it arrives (judged in a
worker thread, latest drawing wins, at most every ``JUDGE_GAP`` seconds while one draws), so the live update
pays only for handing the drawing over. The bar paints all of itself, and only when its verdict changes:
a repaint reaches no widget behind it.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt, Slot
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ae_models.preprocess import INK_THRESHOLD
from ae_models.verdict import MIN_TYPICALITY, Verdict
from gui.verdicts import VerdictService

JUDGE_GAP = 0.25  # s: a verdict a few times a second while drawing; the last drawing is always judged


class TypicalityBar(QWidget):
    """A thin bar filled to the typicality, a tick where a drawing stops counting as a digit, and the verdict
    in a line below; painted in place at a fixed size, so a new verdict never relays the tab out."""

    BAR = 10
    LINE = 1.5  # the verdict line's height in UI-font lines: Persian and Chinese glyphs stand half a line taller

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.value: float | None = None
        self.message = ""
        self.setFixedHeight(self.BAR + 4 + round(self.LINE * self.fontMetrics().height()))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_verdict(self, value: float | None, message: str) -> None:
        if (value, message) != (self.value, self.message):
            self.value, self.message = value, message
            self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(200, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().color(QPalette.ColorRole.Window))
        box = QRectF(0.5, 0.5, self.width() - 1.0, self.BAR - 1.0)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.drawRect(box)
        if self.value is not None:
            refused = self.value < MIN_TYPICALITY
            fill = QColor("#c0504d") if refused else self.palette().color(QPalette.ColorRole.Highlight)
            # A refused drawing still shows a sliver, so an empty bar always means "nothing to judge".
            width = max(box.width() * self.value, 3.0)  # filled from the start of the line: the right in Persian
            left = box.right() - width if self.isRightToLeft() else box.left()
            painter.fillRect(QRectF(left, box.top(), width, box.height()), fill)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        at = box.width() * MIN_TYPICALITY
        tick = box.right() - at if self.isRightToLeft() else box.left() + at
        painter.drawLine(int(tick), int(box.top()), int(tick), int(box.bottom()))
        text = self.fontMetrics().elidedText(self.message, Qt.TextElideMode.ElideRight, self.width())
        painter.drawText(QRectF(0, self.BAR + 4, self.width(), self.height() - self.BAR - 4),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)


class TypicalityMeter(QWidget):
    """Caption, then bar and verdict line, for the current drawing; ``judge`` asks for the newest one."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.caption = QLabel(self.tr("<b>Typicality</b>"))
        self.bar = TypicalityBar()
        self.verdict: Verdict | None = None
        self._asked: np.ndarray | None = None
        self.setToolTip(self.tr(
            "How typical the drawing is of the handwritten digits the models learned from: the share of "
            "training digits that look less typical to the vanilla, deep and conv models together (how "
            "close their codes come to real digits, how well they redraw it, whether its nearest digits "
            "agree). Below {0:.0%} (the tick), it does not look like any digit.").format(MIN_TYPICALITY))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.bar)
        self.service = VerdictService(self, JUDGE_GAP)
        self.service.judged.connect(self._on_judged)
        self.service.failed.connect(self._on_failed)
        self._show(None)

    def judge(self, model_input: np.ndarray, later: bool = False) -> None:
        """Ask for the verdict of the new model input (cheap: the judging happens in a worker thread), or with
        ``later`` say that it comes once the models have loaded (the next ``judge`` asks)."""
        if model_input.max() <= INK_THRESHOLD:
            self._asked = None
            self._show(None)
            return
        self._asked = model_input
        if later:
            self.verdict = None
            self.bar.set_verdict(None, self.tr("The verdict follows once the models have loaded…"))
        else:
            self.service.request(model_input)

    def shutdown(self) -> None:
        self.service.shutdown()

    @Slot(object, object)
    def _on_judged(self, image: np.ndarray, verdict: Verdict) -> None:
        if self._asked is not None:
            self._show(verdict)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.bar.set_verdict(None, self.tr("No verdict: {0}").format(message))
        self.bar.setToolTip(message)

    def _show(self, verdict: Verdict | None) -> None:
        self.verdict = verdict
        if verdict is None:
            self.bar.set_verdict(None, self.tr("Draw a digit to see how typical it is."))
        elif verdict.digit is None:
            self.bar.set_verdict(verdict.typicality, self.tr("Does not look like any digit (typicality {0:.1%})"
                                                              ).format(verdict.typicality))
        else:
            self.bar.set_verdict(verdict.typicality, self.tr("Looks like a {0} · typicality {1:.0%}").format(
                verdict.digit, verdict.typicality))

    @property
    def message(self) -> str:
        return self.bar.message
