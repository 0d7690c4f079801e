"""What the learner does, reported by the tabs for whoever follows along (the lessons)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from ae_models.lessons import Event


class AppEvents(QObject):
    """One signal for every learner action; tabs report, the Lessons tab listens. Main thread only."""

    happened = Signal(object)  # an ae_models.lessons.Event

    def report(self, kind: str, **data: Any) -> None:
        self.happened.emit(Event(kind, data))
