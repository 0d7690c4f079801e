"""The "?" beside every panel and the explanation it opens: what the panel shows, how it is computed, what
to try, with a diagram of the selected model where words are not enough."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ae_models.metrics import bce
from gui.help.diagram import ArchitectureDiagram
from gui.help.topics import TOPICS
from gui.i18n import engine, keep_left_to_right

Context = Callable[[], dict[str, Any]]
"""Returns what the explanation can show about the app's state now: ``spec`` (the selected model's
ModelSpec) and ``input`` (the 28x28 model input), either may be missing."""


def section(heading: str, body: str) -> QLabel:
    label = QLabel(f"<p><b>{heading}</b><br>{body}</p>", wordWrap=True, textFormat=Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class Explanation(QDialog):
    """A short, non-modal explanation of one topic."""

    def __init__(self, key: str, context: dict[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        topic = TOPICS[key].translated()
        self.key = key
        self.setWindowTitle(topic.title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h3>{topic.title}</h3>", textFormat=Qt.TextFormat.RichText)
        layout.addWidget(heading)
        layout.addWidget(section(self.tr("What it shows"), topic.shows))
        spec = context.get("spec")
        if topic.diagram == "architecture" and spec is not None:
            layout.addWidget(keep_left_to_right(ArchitectureDiagram(spec)))
            layout.addWidget(QLabel(self.tr("{0}: 784 values in, {1} in the code: {2:.1f}× compression.").format(
                engine(spec.title), spec.code_size, spec.compression), wordWrap=True))
        layout.addWidget(section(self.tr("How it is computed"), topic.computed))
        image = context.get("input")
        if key == "errors" and image is not None and float(np.max(image)) > 0:
            floor = bce(image, image)
            self.floor = QLabel(self.tr("Your drawing now: its BCE floor (the error of a perfect copy) is "
                                        "{0:.3f}.").format(floor), wordWrap=True)
            self.floor.setToolTip(self.tr("BCE of the model input against itself"))
            layout.addWidget(self.floor)
        layout.addWidget(section(self.tr("What to try"), topic.try_this))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)


class HelpButton(QToolButton):
    """A small "?" that explains the panel beside it."""

    def __init__(self, key: str, context: Context | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        if key not in TOPICS:
            raise KeyError(f"no help topic {key!r}")
        self.key = key
        self.context = context
        self.setText("?")
        self.setAutoRaise(True)
        self.setToolTip(self.tr("Explain: {0}").format(TOPICS[key].translated().title))
        self.setAccessibleName(self.tr("Explain this panel"))
        self.clicked.connect(self.explain)
        self.dialog: Explanation | None = None

    def explain(self) -> Explanation:
        """Open (or raise) this topic's explanation."""
        if self.dialog is None:
            self.dialog = Explanation(self.key, self.context() if self.context else {}, self.window())
            self.dialog.destroyed.connect(self._forget)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def _forget(self) -> None:
        self.dialog = None


def captioned(caption: QLabel | str, keys: tuple[str, ...], context: Context | None = None) -> QWidget:
    """A one-line caption (a label, or rich text for one) with a "?" button per topic, above a panel."""
    row = QWidget()
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    label = caption if isinstance(caption, QLabel) else QLabel(caption, wordWrap=True,
                                                               textFormat=Qt.TextFormat.RichText)
    line.addWidget(label, 1)
    for key in keys:
        line.addWidget(HelpButton(key, context))
    return row
