"""Field definitions of the training form: how each architecture parameter is edited and checked, and
the titles of the optimizer, loss and schedule choices (the keys come from ``ae_models.zoo``)."""

from __future__ import annotations

import importlib.util
import math
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from ae_models import zoo

TRAIN_DIGITS = 60_000  # both registry datasets have 60,000 training images
MAX_CONV_BLOCKS = 4


@dataclass(frozen=True)
class ArchField:
    """How one architecture parameter is edited: a label, a kind ("int", "ints" or "float") and limits."""

    label: str
    kind: str
    tip: str
    low: float = 0
    high: float = zoo.PIXELS
    min_count: int = 0
    max_count: int = 8


ARCH_FIELDS: dict[str, ArchField] = {
    "code_size": ArchField("Code size", "int", "Values in the code (the bottleneck).", low=1),
    "hidden": ArchField("Hidden sizes", "ints", "Encoder layer widths before the code, e.g. 128, 64 "
                        "(mirrored in the decoder); leave empty for none.", low=1, high=4096),
    "filters": ArchField("Filters", "ints", "Filters per conv + pooling block, e.g. 16, 8, 8 "
                         "(mirrored in the decoder).", low=1, high=256, min_count=1, max_count=MAX_CONV_BLOCKS),
    "l1": ArchField("L1 on the code", "float", "Strength of the sparsity penalty on the code (0 for none).",
                    high=10),
}
OPTIMIZER_TITLES = {"adam": "Adam", "adadelta": "Adadelta", "rmsprop": "RMSprop", "sgd": "SGD"}
LOSS_TITLES = {"bce": "Binary cross-entropy", "mse": "Mean squared error"}
SCHEDULE_TITLES = {"constant": "Constant", "cosine": "Cosine decay"}


def parse_field(field: ArchField, text: str) -> tuple[Any, str | None]:
    """The value typed for an architecture field, or the reason it is invalid."""
    try:
        if field.kind == "float":
            value = float(text)
            ok = field.low <= value <= field.high and math.isfinite(value)
            return value, None if ok else f"a number from {field.low:g} to {field.high:g}"
        values = tuple(int(p) for p in text.replace(",", " ").split())
    except ValueError:
        return None, "whole numbers separated by commas" if field.kind == "ints" else "a number"
    if not field.min_count <= len(values) <= field.max_count:
        return None, f"{field.min_count} to {field.max_count} numbers"
    if any(not field.low <= v <= field.high for v in values):
        return None, f"each from {field.low:g} to {field.high:g}"
    return values, None


def combo(titles: dict[str, str]) -> QComboBox:
    """A combo box showing ``titles`` with their keys as item data."""
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(12)
    for key, title in titles.items():
        box.addItem(title, key)
    return box


def spin(low: int, high: int, step: int = 1) -> QSpinBox:
    """An integer spin box with thousands separators."""
    box = QSpinBox(minimum=low, maximum=high, singleStep=step)
    box.setGroupSeparatorShown(True)
    return box


def tensorboard_missing() -> str | None:
    """Why TensorBoard logs cannot be written (the package is optional), or None when they can."""
    if importlib.util.find_spec("tensorboard") is None:
        return "TensorBoard is not installed. To log runs, install it into the app's environment: pip install tensorboard."
    return None


def field_with_error(editor: QWidget, tip: str = "") -> tuple[QWidget, QLabel]:
    """``editor`` with a hidden red line under it for what is wrong with its value."""
    error = QLabel(objectName="fieldError", wordWrap=True, styleSheet="color: #c62828; font-size: 11px;")
    error.hide()
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(1)
    column.addWidget(editor)
    column.addWidget(error)
    editor.setToolTip(tip)
    return box, error
