"""What the Train form says about its preset: still the preset or edited, its stages, and a learning rate
far above the preset's (allowed, since the optimizers need a wide range, but worth a warning)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from ae_models.zoo import ModelSpec, TrainConfig

RATE_WARN_FACTOR = 10  # a rate more than ten times the preset's usually makes the loss blow up


def edited(base: ModelSpec, arch: Mapping[str, Any], train: Mapping[str, Any], refine: bool) -> bool:
    """True when the form's values differ from the preset's in any architecture or training setting."""
    if any(base.arch.get(key) != value for key, value in arch.items()):
        return True
    if any(getattr(base.train, key) != value for key, value in train.items()):
        return True
    return refine != (base.refine is not None)


def edited_title(title: str) -> str:
    """'Shipped model's recipe (edited)'."""
    return QCoreApplication.translate("TrainForm", "{0} (edited)").format(title)


def rate_warning(rate: float, base: ModelSpec) -> str:
    """A warning when ``rate`` is far above the preset's learning rate; empty otherwise."""
    preset = base.train.learning_rate
    if rate <= RATE_WARN_FACTOR * preset:
        return ""
    return QCoreApplication.translate("TrainForm", "{0:g} is {1:.0f}× the preset's {2:g}: the loss may blow up "
                                      "(diverge). Lower it unless you want to see that happen.").format(
        rate, rate / preset, preset)


def warning_line() -> QLabel:
    """An amber line for under a field: a value that is allowed but probably not meant."""
    return QLabel(objectName="fieldWarning", wordWrap=True, styleSheet="color: #8a5a00; font-size: 11px;")


def refine_row() -> tuple[QWidget, QCheckBox, QLabel]:
    """The form row of a refine stage: a check box (on) and a wrapped line saying what the stage runs."""
    check = QCheckBox(QCoreApplication.translate("TrainForm", "Refine afterwards"), checked=True)
    check.setToolTip(QCoreApplication.translate("TrainForm", "Train further with a second, gentler cosine cycle "
                                                "after the first."))
    hint = QLabel(wordWrap=True, styleSheet="color: #555; font-size: 11px;")
    row = QWidget()
    column = QVBoxLayout(row)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(check)
    column.addWidget(hint)
    return row, check, hint


class StageText(QObject):
    """The context of a stage's description: lupdate takes a plural only from a class's ``tr``."""


def describe_stage(cfg: TrainConfig) -> str:
    """'20 epochs from 0.0005, cosine decay'."""
    text = StageText.tr("%n epochs from {0:g}, {1}", "", cfg.epochs)  # first: lupdate misreads a tr after a translate
    if cfg.schedule == "cosine":
        return text.format(cfg.learning_rate, QCoreApplication.translate("TrainForm", "cosine decay"))
    return text.format(cfg.learning_rate, QCoreApplication.translate("TrainForm", "constant rate"))


def refine_text(spec: ModelSpec) -> str:
    """What a preset's refine stage runs after the stage the fields above describe."""
    return QCoreApplication.translate("TrainForm", "{0}, from the first stage's weights (as the shipped model "
                                      "was trained).").format(describe_stage(spec.stages[1]))
