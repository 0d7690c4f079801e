"""The controls under the Draw tab's code view: compare the selected code with the vanilla model's on one
scale, and count the code's values that are exactly zero (what a sparse code is about).

Both read codes the tab has already computed (its results from ``score_views``): no model call of their own,
so they are as cheap as the code view on every stroke.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from ae_models.scoring import Result
from gui.draw.code_view import CodeView
from gui.draw.noise_panel import ErrorText

REFERENCE = "vanilla"  # the plain model every other code is compared with


def zero_count(code: np.ndarray) -> int:
    """How many of the code's values are exactly zero."""
    return int(np.count_nonzero(np.asarray(code) == 0))


class CodeCompare(QWidget):
    """A 'Compare with vanilla' toggle and the zero count, feeding ``view`` the codes to draw."""

    def __init__(self, view: CodeView, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self.toggle = QCheckBox(self.tr("Compare with vanilla"))
        self.toggle.setToolTip(self.tr("Draw the vanilla model's code for the same drawing below the selected "
                                       "code, on one common scale."))
        self.note = ErrorText(lines=2, alignment=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # painted, not a QLabel: the count changes on every stroke and must not relayout the window
        self.note.setToolTip(self.tr("How many of the code's values are exactly zero: a sparse code switches "
                                     "most of its values off."))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.toggle)
        row.addWidget(self.note, 1)
        self._name: str | None = None
        self._results: Mapping[str, Result] = {}
        self.toggle.toggled.connect(self._again)

    def why_off(self, name: str | None) -> str:
        """Why the comparison cannot be shown for ``name`` ('' when it can)."""
        if name == REFERENCE:
            return self.tr("The selected model is the vanilla model.")
        if self.view.kind != "bars":
            return self.tr("Only a flat code of many values can be compared as bars.")
        if REFERENCE not in self._results:
            return self.tr("The vanilla model's code is not available.")
        return ""

    def show_codes(self, name: str | None, results: Mapping[str, Result]) -> None:
        """Show the code of ``name`` from ``results`` (if there) and, when asked, the vanilla code with it."""
        self._name, self._results = name, results
        selected = results.get(name) if name else None
        if selected is None:
            self.note.setText("")  # no code shown (a blank canvas, a model not loaded): nothing to count
            return
        reason = self.why_off(name)
        compare = self.toggle.isChecked() and not reason
        reference = results[REFERENCE].code if compare else None
        self.view.set_code(selected.code, reference)
        self.note.setText(self._describe(selected.code, reference, reason if self.toggle.isChecked() else ""))

    def _describe(self, code: np.ndarray, reference: np.ndarray | None, reason: str) -> str:
        if len(self.view.shape) != 1:
            return reason
        text = self.tr("{0} of %n values are zero", "", np.size(code)).format(zero_count(code))
        if reference is not None:
            text = self.tr("{0} (vanilla: {1} of %n)", "", np.size(reference)).format(text, zero_count(reference))
        return self.tr("{0} · {1}").format(text, reason) if reason else text

    @Slot()
    def _again(self) -> None:
        self.show_codes(self._name, self._results)
