"""The live zoo: one tile per variant with its reconstruction, name, description and error.

Each tile is one painted widget of fixed size, so a new reconstruction repaints that tile alone and never
triggers a relayout. A variant that cannot run shows why in its place. Clicking a tile selects it.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

import numpy as np
from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from ae_models.zoo import IMAGE_SIDE as DIGIT_SIDE
from gui.widgets.digit_view import to_screen_qimage

SCALE = 3  # three screen pixels per model pixel: enlarged without blur
IMAGE_SIDE = DIGIT_SIDE * SCALE
PAD = 6
MIN_ERRORS_SCALE = 0.7  # the smallest the error line's font gets on a narrow tile
SELECTED_TINT = 60 / 255  # how much of the highlight colour a selected tile's background takes


@dataclass(frozen=True)
class Entry:
    """What a tile names: the variant's key, title and one-line description."""

    name: str
    title: str
    description: str


class ModelTile(QWidget):
    """A variant's reconstruction and error, or the reason it is unavailable."""

    clicked = Signal(str)

    def __init__(self, entry: Entry, parent: QWidget | None = None):
        super().__init__(parent)
        self.entry = entry
        self.selected = False
        self._image: QImage | None = None
        self._errors = ""
        self.message = self.tr("Loading…")
        self.neutral = True  # the message is a state (loading, nothing drawn), not a failure
        self.setFixedHeight(IMAGE_SIDE + 2 * PAD)
        self.setMinimumWidth(240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # paints all of itself: nothing behind repaints
        self.setToolTip(f"<b>{escape(entry.title)}</b><br>{escape(entry.description)}")
        self._title_font = QFont(self.font())
        self._title_font.setBold(True)
        self._small_font = QFont(self.font())
        self._small_font.setPointSizeF(self.font().pointSizeF() * 0.9)
        self._mono = QFont("monospace")
        self._mono.setStyleHint(QFont.StyleHint.TypeWriter)
        self._mono.setPointSizeF(self._small_font.pointSizeF())
        self._errors_format = self.tr("BCE {0:.4f}   MSE {1:.4f}")  # the app's language is set before any tile
        self._line = QFontMetrics(self._mono).height()
        self._image_area = QRectF(PAD + 4, PAD, IMAGE_SIDE, IMAGE_SIDE)
        self._image_pixels = self._image_area.toAlignedRect()
        self._frame = self._image_area.adjusted(0, 0, -1, -1)
        self._areas: tuple[QRect, QRect, QRect] | None = None
        self._errors_font = self._mono  # made to fit with the areas
        self._look: tuple[QColor, QColor, QPen, QPen, QColor] | None = None

    @property
    def available(self) -> bool:
        return not self.message

    @property
    def errors(self) -> str:
        return self._errors

    def set_result(self, reconstruction: np.ndarray, bce: float, mse: float) -> None:
        """Show a new reconstruction; only the image and the error line repaint."""
        was_available = self.available
        self._image = to_screen_qimage(reconstruction, IMAGE_SIDE, IMAGE_SIDE)
        self._errors = self._errors_format.format(bce, mse)
        self.message = ""
        if was_available:
            self.update(self._image_pixels)
            self.update(self._geometry()[1])
        else:
            self.update()

    def set_ready(self) -> None:
        """Loaded, waiting for its first input."""
        self._image, self._errors, self.message = None, "", ""
        self.update()

    def set_message(self, text: str, neutral: bool = False) -> None:
        """Show why there is no reconstruction: a missing or damaged file (in red), or a ``neutral`` state."""
        self._image, self._errors, self.message, self.neutral = None, "", text, neutral
        self.setToolTip(f"<b>{escape(self.entry.title)}</b><br>{escape(self.entry.description)}<br><br>{escape(text)}")
        self.update()

    def set_selected(self, selected: bool) -> None:
        if selected != self.selected:
            self.selected, self._look = selected, None
            self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(340, IMAGE_SIDE + 2 * PAD)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.entry.name)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._areas = None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._look = None

    def _geometry(self) -> tuple[QRect, QRect, QRect]:
        """The text area, the error line at its foot and the part above that line (kept until a resize:
        a stroke repaints seven tiles). On a narrow tile the error line's font shrinks until the line fits
        (its digits are as wide whatever the errors), down to MIN_ERRORS_SCALE of its size."""
        if self._areas is None:
            left = PAD + 4 + IMAGE_SIDE + PAD + 2
            area = QRect(left, PAD - 2, self.width() - left - PAD, IMAGE_SIDE + 4)
            errors = QRect(area.x(), area.bottom() - self._line, area.width(), self._line + 1)
            self._areas = area, errors, area.adjusted(0, 0, 0, -errors.height())
            wide = QFontMetrics(self._mono).horizontalAdvance(self._errors_format.format(0.0, 0.0))
            self._errors_font = QFont(self._mono)
            if wide > errors.width() > 0:
                scale = max(MIN_ERRORS_SCALE, (errors.width() - 1) / wide)
                self._errors_font.setPointSizeF(self._mono.pointSizeF() * scale)
        return self._areas

    def _colours(self) -> tuple[QColor, QColor, QPen, QPen, QColor]:
        """Background, highlight bar, frame pen, dashed frame pen and text colour (kept until the palette or
        the selection changes). The background is the window colour, tinted with the highlight when
        selected: mixed here, so that a repaint fills with one opaque colour instead of blending a
        translucent one over every pixel (three times slower)."""
        if self._look is None:
            palette = self.palette()
            window, highlight = palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Highlight)
            if self.selected:
                window = QColor(*(round(a + (b - a) * SELECTED_TINT)
                                  for a, b in zip(window.getRgb()[:3], highlight.getRgb()[:3])))
            frame = QPen(palette.color(QPalette.ColorRole.Mid))
            dashed = QPen(frame)
            dashed.setStyle(Qt.PenStyle.DashLine)
            self._look = window, highlight, frame, dashed, palette.color(QPalette.ColorRole.WindowText)
        return self._look

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        background, highlight, frame, dashed, text = self._colours()
        painter.fillRect(event.rect(), background)
        if self.selected:
            painter.fillRect(QRect(0, 0, 4, self.height()), highlight)
        image_rect = self._image_area
        if self.message:  # nothing to show: an empty dashed frame
            frame = dashed
        elif self._image is not None:  # opaque and already at its size: a plain copy
            painter.drawImage(image_rect.topLeft(), self._image)
        else:
            painter.fillRect(image_rect, QColor(0, 0, 0))
        painter.setPen(frame)
        painter.drawRect(self._frame)
        area, errors, words = self._geometry()
        if event.region().intersects(words):
            self._paint_words(painter, area)
        if self._errors:
            painter.setFont(self._errors_font)
            painter.setPen(text)
            painter.drawText(errors, Qt.TextFlag.TextSingleLine, self._errors)

    def _paint_words(self, painter: QPainter, area: QRect) -> None:
        """The title and the description (or the reason the model is unavailable)."""
        painter.setFont(self._title_font)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        title = painter.fontMetrics().elidedText(self.entry.title, Qt.TextElideMode.ElideRight, area.width())
        # The script font's glyphs (Persian, Chinese) can stand taller than the UI font's line: measure the text.
        line = max(painter.fontMetrics().height(), painter.fontMetrics().boundingRect(title).height())
        painter.drawText(QRect(area.x(), area.y(), area.width(), line), Qt.TextFlag.TextSingleLine, title)
        painter.setFont(self._small_font)
        failure = self.message and not self.neutral
        painter.setPen(QColor(200, 70, 50) if failure else self.palette().color(QPalette.ColorRole.PlaceholderText))
        below = area.height() - line - painter.fontMetrics().height() - 4  # under the title, above the errors
        body = QRect(area.x(), area.y() + line + 2, area.width(), below)
        painter.drawText(body, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop,
                         self.message or self.entry.description)


class LivePanel(QScrollArea):
    """A scrolling column of model tiles; ``selected`` says which one the user picked, ``clicked`` that a
    tile was clicked (also the one already selected)."""

    selected = Signal(str)
    clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self._column = QVBoxLayout(body)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(2)
        self._column.addStretch(1)
        self.setWidget(body)
        self.tiles: dict[str, ModelTile] = {}
        self.current: str | None = None

    def set_entries(self, entries: list[Entry]) -> None:
        """Show exactly these variants, in this order (tiles are kept for names already shown)."""
        old, self.tiles = self.tiles, {}
        for tile in old.values():
            self._column.removeWidget(tile)
        for index, entry in enumerate(entries):
            tile = old.pop(entry.name, None)
            if tile is not None and tile.entry != entry:
                tile.deleteLater()
                tile = None
            if tile is None:
                tile = ModelTile(entry)
                tile.clicked.connect(self.select)
                tile.clicked.connect(self.clicked)
                tile.set_selected(entry.name == self.current)
            self.tiles[entry.name] = tile
            self._column.insertWidget(index, tile)
        for tile in old.values():
            tile.deleteLater()

    def select(self, name: str) -> None:
        """Highlight ``name`` and announce it (also when picked in code)."""
        if name not in self.tiles:
            return
        for tile_name, tile in self.tiles.items():
            tile.set_selected(tile_name == name)
        if name != self.current:
            self.current = name
            self.selected.emit(name)
