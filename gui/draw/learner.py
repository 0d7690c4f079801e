"""What the learner does in the Draw tab, reported through ``hub.events`` for the lesson being followed:
the model clicked, the noise shown, and what the verdict made of the drawing."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QWidget


class LearnerReporter(QObject):
    """Listens to the Draw tab's views and reports learner actions to the hub's event source."""

    def __init__(self, tab: QWidget):  # the Draw tab: its live panel, noise panel, details and typicality
        super().__init__(tab)
        self.tab = tab
        tab.live.selected.connect(self._selected)
        tab.live.clicked.connect(self._selected)
        tab.noise_panel.changed.connect(self._noise)
        tab.details.currentChanged.connect(self._noise)
        tab.typicality.service.judged.connect(self._verdict)

    @Slot(str)
    def _selected(self, name: str) -> None:
        self.tab.hub.events.report("select_model", model=name)

    @Slot()
    def _noise(self) -> None:
        panel = self.tab.noise_panel
        if self.tab.details.currentWidget() is panel:
            self.tab.hub.events.report("set_noise", noise=panel.kind, level=panel.level)

    @Slot(object, object)
    def _verdict(self, image: np.ndarray, verdict) -> None:
        if verdict.digit is None:
            self.tab.hub.events.report("draw_non_digit")
        else:
            self.tab.hub.events.report("draw_digit", digit=verdict.digit)
