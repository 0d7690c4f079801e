"""The left side of the Draw tab: the canvas with its tool bar, brush controls, toggles and, beside
them, the model input (what every model actually sees after preprocessing)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QSlider, QToolBar, QVBoxLayout, QWidget

from gui.draw.canvas import DrawingCanvas
from gui.help.button import captioned
from gui.i18n import keep_left_to_right
from gui.widgets.digit_view import DigitView

BRUSH_SIZES = (6, 60)  # diameter in canvas pixels (280 across), i.e. 0.6 to 6 model pixels


def action_checkbox(action: QAction) -> QCheckBox:
    """A check box that mirrors a checkable action both ways (the action keeps the shortcut)."""
    box = QCheckBox(action.iconText())
    box.setToolTip(action.toolTip())
    box.setChecked(action.isChecked())
    box.toggled.connect(action.setChecked)
    action.toggled.connect(box.setChecked)
    action.enabledChanged.connect(box.setEnabled)
    return box


def tool_bar(actions: list[QAction]) -> QToolBar:
    """A fixed row of text buttons for ``actions``."""
    bar = QToolBar(movable=False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    bar.layout().setContentsMargins(0, 0, 0, 0)
    bar.addActions(actions)
    return bar


class DrawingPanel(QWidget):
    """Canvas, tools and model input: ``edit`` actions above the canvas, ``files`` and ``toggles`` below."""

    def __init__(self, edit: list[QAction], files: list[QAction], toggles: list[QAction],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.canvas = DrawingCanvas()
        keep_left_to_right(self.canvas)  # a drawing is not mirrored in a right-to-left layout
        self.size_slider = QSlider(Qt.Orientation.Horizontal, minimum=BRUSH_SIZES[0], maximum=BRUSH_SIZES[1])
        self.size_slider.setValue(round(self.canvas.brush_size))
        self.size_slider.setToolTip(self.tr("Brush diameter in model pixels (the canvas is 28 model pixels across)."))
        self.hardness_slider = QSlider(Qt.Orientation.Horizontal, minimum=0, maximum=100)
        self.hardness_slider.setValue(round(self.canvas.hardness * 100))
        self.hardness_slider.setToolTip(self.tr("0 % is a soft airbrush, 100 % a hard round pen."))
        self.size_label, self.hardness_label = QLabel(), QLabel()
        for label in (self.size_label, self.hardness_label):
            label.setMinimumWidth(label.fontMetrics().horizontalAdvance(self.tr("{0} %").format(100)) + 4)
        self.size_label.setToolTip(self.tr("The brush diameter in model pixels."))
        self.hardness_label.setToolTip(self.tr("The brush hardness: 0 % soft airbrush, 100 % hard pen."))
        self.input_view = DigitView(minimum=84)
        keep_left_to_right(self.input_view)
        self.input_view.setAutoFillBackground(True)  # opaque: updates repaint it alone
        self.input_view.setToolTip(self.tr("The model input: the drawing after preprocessing, 28 × 28 pixels."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(tool_bar(edit))
        layout.addWidget(self.canvas)
        layout.addLayout(self._controls(files, toggles))
        layout.addStretch(1)
        self.size_slider.valueChanged.connect(self._on_brush)
        self.hardness_slider.valueChanged.connect(self._on_brush)
        self._on_brush()

    def _controls(self, files: list[QAction], toggles: list[QAction]) -> QGridLayout:
        """Brush sliders, toggles and file buttons, with the model input on the right."""
        controls = QGridLayout()
        controls.addWidget(captioned(QLabel(self.tr("Brush size")), ("brush",)), 0, 0)
        controls.addWidget(self.size_slider, 0, 1)
        controls.addWidget(self.size_label, 0, 2)
        controls.addWidget(QLabel(self.tr("Hardness")), 1, 0)
        controls.addWidget(self.hardness_slider, 1, 1)
        controls.addWidget(self.hardness_label, 1, 2)
        toggle_row = QHBoxLayout()
        for action in toggles:
            toggle_row.addWidget(action_checkbox(action))
        toggle_row.addStretch(1)
        controls.addLayout(toggle_row, 2, 0, 1, 3)
        controls.addWidget(tool_bar(files), 3, 0, 1, 3)
        controls.addWidget(self.input_view, 0, 3, 3, 1)
        controls.addWidget(captioned(QLabel(self.tr("Model input"), alignment=Qt.AlignmentFlag.AlignCenter),
                                     ("model_input",)), 3, 3)
        controls.setColumnStretch(1, 1)
        return controls

    def set_brush(self, size: float, hardness: float) -> None:
        self.size_slider.setValue(round(size))
        self.hardness_slider.setValue(round(hardness * 100))

    def _on_brush(self) -> None:
        size, hardness = self.size_slider.value(), self.hardness_slider.value()
        self.size_label.setText(self.tr("{0:.1f} px").format(size / 10))
        self.hardness_label.setText(self.tr("{0} %").format(hardness))
        self.canvas.set_brush(size, hardness / 100)
