"""The first-start tour: the window dims, one part of it at a time is lit, and a sentence says what it is.

Skippable at any step, shown once (remembered in QSettings), and re-opened from Help › Take the tour.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

MARGIN = 6


@dataclass(frozen=True)
class Stop:
    """One stop of the tour: the widget to light (found when the stop is shown) and its sentence."""

    target: Callable[[], QWidget]
    text: str
    before: Callable[[], None] | None = None  # e.g. show the tab the widget lives on


class Tour(QWidget):
    """An overlay over its parent window; ``finished`` fires when the last stop is passed or it is skipped."""

    finished = Signal()

    def __init__(self, window: QWidget, stops: Sequence[Stop]):
        super().__init__(window)
        self.stops = list(stops)
        self.index = 0
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.bubble = QFrame(self, objectName="tourBubble")
        self.bubble.setStyleSheet("#tourBubble { background: palette(window); border: 2px solid palette(highlight);"
                                  " border-radius: 6px; }")
        self.counter = QLabel(self.bubble)
        self.text = QLabel(self.bubble, wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.text.setMinimumWidth(300)
        self.skip_button = QPushButton(self.tr("Skip the tour"), self.bubble)
        self.next_button = QPushButton(self.tr("Next"), self.bubble)
        self.next_button.setDefault(True)
        self.skip_button.clicked.connect(self.finish)
        self.next_button.clicked.connect(self.advance)
        column = QVBoxLayout(self.bubble)
        column.addWidget(self.counter)
        column.addWidget(self.text)
        row = QHBoxLayout()
        row.addWidget(self.skip_button)
        row.addStretch(1)
        row.addWidget(self.next_button)
        column.addLayout(row)
        window.installEventFilter(self)
        self.hide()

    def start(self) -> None:
        self.index = 0
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self._show_stop()
        self.next_button.setFocus()

    def _show_stop(self) -> None:
        stop = self.stops[self.index]
        if stop.before is not None:
            stop.before()
        self.counter.setText(self.tr("{0} of {1}").format(self.index + 1, len(self.stops)))
        self.text.setText(stop.text)
        last = self.index == len(self.stops) - 1
        self.next_button.setText(self.tr("Done") if last else self.tr("Next"))
        self.bubble.adjustSize()
        self._place_bubble()
        self.update()

    def target_rect(self) -> QRect:
        """The lit part: the current stop's widget, in this overlay's coordinates."""
        widget = self.stops[self.index].target()
        corner = widget.mapTo(self.parentWidget(), QPoint(0, 0))
        return QRect(corner, widget.size()).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)

    def _place_bubble(self) -> None:
        lit, size = self.target_rect(), self.bubble.size()
        x = lit.right() + 12 if lit.right() + 12 + size.width() < self.width() else lit.left() - 12 - size.width()
        x = max(8, min(x, self.width() - size.width() - 8))
        y = max(8, min(lit.top(), self.height() - size.height() - 8))
        self.bubble.move(x, y)

    def advance(self) -> None:
        if self.index + 1 >= len(self.stops):
            self.finish()
            return
        self.index += 1
        self._show_stop()

    def finish(self) -> None:
        self.hide()
        self.finished.emit()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        shade = QPainterPath()
        shade.addRect(self.rect())
        hole = QPainterPath()
        hole.addRoundedRect(self.target_rect(), 6, 6)
        painter.fillPath(shade.subtracted(hole), QColor(0, 0, 0, 140))
        painter.setPen(self.palette().highlight().color())
        painter.drawPath(hole)
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.finish()
        elif event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.advance()
        else:
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.parentWidget().rect())
            self._place_bubble()
        return False
