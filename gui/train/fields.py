"""Field definitions of the training form: how each architecture parameter is edited and checked, and
the titles of the optimizer, loss and schedule choices (the keys come from ``ae_models.zoo``)."""

from __future__ import annotations

import importlib.util
import math
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from ae_models import zoo

TRAIN_DIGITS = 60_000  # both registry datasets have 60,000 training images
MAX_CONV_BLOCKS = 4


@dataclass(frozen=True)
class ArchField:
    """How one architecture parameter is edited: a label, a kind ("int", "ints" or "float") and limits
    (``label`` and ``tip`` are marked for translation in the "TrainForm" context)."""

    label: str
    kind: str
    tip: str
    low: float = 0
    high: float = zoo.PIXELS
    min_count: int = 0
    max_count: int = 8


ARCH_FIELDS: dict[str, ArchField] = {
    "code_size": ArchField(QT_TRANSLATE_NOOP("TrainForm", "Code size"), "int",
                           QT_TRANSLATE_NOOP("TrainForm", "Values in the code (the bottleneck)."), low=1),
    "hidden": ArchField(QT_TRANSLATE_NOOP("TrainForm", "Hidden sizes"), "ints",
                        QT_TRANSLATE_NOOP("TrainForm", "Encoder layer widths before the code, e.g. 128, 64 "
                                          "(mirrored in the decoder); leave empty for none."), low=1, high=4096),
    "filters": ArchField(QT_TRANSLATE_NOOP("TrainForm", "Filters"), "ints",
                         QT_TRANSLATE_NOOP("TrainForm", "Filters per conv + pooling block, e.g. 16, 8, 8 "
                                           "(mirrored in the decoder)."),
                         low=1, high=256, min_count=1, max_count=MAX_CONV_BLOCKS),
    "l1": ArchField(QT_TRANSLATE_NOOP("TrainForm", "L1 on the code"), "float",
                    QT_TRANSLATE_NOOP("TrainForm", "Strength of the sparsity penalty on the code (0 for none)."),
                    high=10),
}
# Titles shown in the combo boxes, translated there ("TrainForm" context); optimizer names stay as Keras has them.
OPTIMIZER_TITLES = {"adam": "Adam", "adadelta": "Adadelta", "rmsprop": "RMSprop", "sgd": "SGD"}
LOSS_TITLES = {"bce": QT_TRANSLATE_NOOP("TrainForm", "Binary cross-entropy"),
               "mse": QT_TRANSLATE_NOOP("TrainForm", "Mean squared error")}
SCHEDULE_TITLES = {"constant": QT_TRANSLATE_NOOP("TrainForm", "Constant"),
                   "cosine": QT_TRANSLATE_NOOP("TrainForm", "Cosine decay")}


def parse_field(field: ArchField, text: str) -> tuple[Any, str | None]:
    """The value typed for an architecture field, or the reason it is invalid (translated)."""
    try:
        if field.kind == "float":
            value = float(text)
            ok = field.low <= value <= field.high and math.isfinite(value)
            return value, None if ok else QCoreApplication.translate(
                "TrainForm", "a number from {0:g} to {1:g}").format(field.low, field.high)
        values = tuple(int(p) for p in text.replace(",", " ").split())
    except ValueError:
        if field.kind == "ints":
            return None, QCoreApplication.translate("TrainForm", "whole numbers separated by commas")
        return None, QCoreApplication.translate("TrainForm", "a number")
    if not field.min_count <= len(values) <= field.max_count:
        return None, QCoreApplication.translate("TrainForm", "{0} to {1} numbers").format(
            field.min_count, field.max_count)
    if any(not field.low <= v <= field.high for v in values):
        return None, QCoreApplication.translate("TrainForm", "each from {0:g} to {1:g}").format(
            field.low, field.high)
    return values, None


def combo(titles: dict[str, str]) -> QComboBox:
    """A combo box showing ``titles`` (already translated) with their keys as item data."""
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(12)
    for key, title in titles.items():
        box.addItem(title, key)
    return box


def translated(titles: dict[str, str]) -> dict[str, str]:
    """``titles`` marked in the "TrainForm" context, in the app's language."""
    return {key: QCoreApplication.translate("TrainForm", title) for key, title in titles.items()}


def spin(low: int, high: int, step: int = 1) -> QSpinBox:
    """An integer spin box with thousands separators."""
    box = QSpinBox(minimum=low, maximum=high, singleStep=step)
    box.setGroupSeparatorShown(True)
    return box


def tensorboard_missing() -> str | None:
    """Why TensorBoard logs cannot be written (the package is optional), or None when they can."""
    if importlib.util.find_spec("tensorboard") is None:
        return QCoreApplication.translate("TrainForm", "TensorBoard is not installed. To log runs, install it into "
                                          "the app's environment: pip install tensorboard.")
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
