"""The lesson being followed: which step the learner is on, fed by what they do in any tab, remembered.

One ``LessonGuide`` serves the Lessons tab and the lesson bar under every tab, so both always show the
same step. Progress (the step reached in each lesson, and which lessons are finished) lives in QSettings.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Signal, Slot

from ae_models import lessons
from ae_models.i18n import Text
from ae_models.lessons import Event, Lesson, Walk
from ae_models.resources import LESSONS_DIR
from gui import i18n
from gui.events import AppEvents

log = logging.getLogger(__name__)
SHIPPED_LESSONS = LESSONS_DIR


def user_lessons_folder() -> Path:
    """``<AppDataLocation>/lessons``: where a teacher puts lesson files of their own."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "lessons"


class LessonGuide(QObject):
    """Loads the lessons, follows one of them, and says when anything changed."""

    changed = Signal()
    stepDone = Signal(int)  # the index of the step just finished

    def __init__(self, events: AppEvents, settings: QSettings, folders: list[Path] | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        # A handle of its own on the same store: the window reads and writes tab state inside groups.
        self.settings = QSettings(settings.fileName(), settings.format())
        self.folders = folders if folders is not None else [SHIPPED_LESSONS, user_lessons_folder()]
        self.lessons: list[Lesson] = []
        self.errors: dict[Path, Text] = {}
        self.walk: Walk | None = None
        self.reload()
        events.happened.connect(self._on_event)

    def reload(self) -> None:
        """Read every lesson file again; bad files are listed in ``errors`` and skipped."""
        self.lessons, self.errors = lessons.load_all(self.folders)
        for path, why in self.errors.items():
            log.warning("lesson %s skipped: %s", path, why)
        if self.walk is not None and self.walk.lesson.key not in {lesson.key for lesson in self.lessons}:
            self.walk = None
        self.changed.emit()

    @staticmethod
    def text(text: lessons.Text) -> str:
        """A lesson text in the app's language (in English where the lesson has no text in it)."""
        return lessons.localized(text, i18n.current())

    def lesson(self, key: str) -> Lesson | None:
        return next((lesson for lesson in self.lessons if lesson.key == key), None)

    def saved_step(self, key: str) -> int:
        value = self.settings.value(f"lessons/{key}/step", 0)
        try:
            return max(0, int(value))
        except (TypeError, ValueError):
            return 0

    def finished(self, key: str) -> bool:
        lesson = self.lesson(key)
        return lesson is not None and self.saved_step(key) >= len(lesson.steps)

    def start(self, key: str, restart: bool = False) -> None:
        """Follow lesson ``key`` from where the learner left it (or from its first step)."""
        lesson = self.lesson(key)
        if lesson is None:
            return
        step = 0 if restart else min(self.saved_step(key), len(lesson.steps))
        self.walk = Walk(lesson, step)
        self._save()

    def stop(self) -> None:
        self.walk = None
        self.changed.emit()

    def next(self) -> None:
        if self.walk is not None:
            self.walk.next()
            self._save()

    def back(self) -> None:
        if self.walk is not None:
            self.walk.back()
            self._save()

    @Slot(object)
    def _on_event(self, event: Event) -> None:
        if self.walk is not None and self.walk.feed(event):
            self.stepDone.emit(self.walk.step - 1)
            self._save()

    def _save(self) -> None:
        if self.walk is not None:
            self.settings.setValue(f"lessons/{self.walk.lesson.key}/step", self.walk.step)
        self.changed.emit()
