"""The lesson bar: the current step of the lesson being followed, under every tab, so the learner reads
it while doing it in the Draw, Train or Explore tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from ae_models.lessons import Task
from gui.lessons.guide import LessonGuide

DONE_FLASH_MS = 2500


def waiting_text(task: Task) -> str:
    """What the app is waiting for, in a few words."""
    p = task.params
    if task.kind == "read":
        return QCoreApplication.translate("LessonBar", "Press Next when you are ready.")
    if task.kind == "draw_digit" and "digit" in p:
        return QCoreApplication.translate("LessonBar", "Waiting for a drawing the app reads as a {0}.").format(
            p["digit"])
    texts = {
        "draw_digit": QCoreApplication.translate("LessonBar", "Waiting for a drawing the app reads as a digit."),
        "draw_non_digit": QCoreApplication.translate("LessonBar", "Waiting for a drawing that is not a digit."),
        "open_tab": QCoreApplication.translate("LessonBar", "Waiting for you to open that tab."),
        "select_model": QCoreApplication.translate("LessonBar", "Waiting for you to select that model."),
        "set_noise": QCoreApplication.translate("LessonBar", "Waiting for that noise in the noise demo."),
        "map_click": QCoreApplication.translate("LessonBar", "Waiting for a click on the map in the right place."),
        "train_run": QCoreApplication.translate("LessonBar",
                                                "Waiting for a finished training run with those settings."),
    }
    return texts[task.kind]


class LessonBar(QWidget):
    """Step text, hint, what the app waits for, Back / Next and Stop; hidden when no lesson runs."""

    def __init__(self, guide: LessonGuide, parent: QWidget | None = None):
        super().__init__(parent)
        self.guide = guide
        self.setObjectName("lessonBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet("#lessonBar { background: palette(alternate-base); border-top: 2px solid palette(highlight); }")
        self.title = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-weight: bold")
        self.text = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setToolTip(self.tr("The lesson you are following and which of its steps you are on."))
        self.text.setToolTip(self.tr("What this step explains and asks you to do; the app sees when it is done."))
        self.status = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.hint = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.hint_button = QToolButton(text=self.tr("Hint"), checkable=True)
        self.hint_button.setToolTip(self.tr("Show a hint for this step"))
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.stop_button = QToolButton(text=self.tr("Stop lesson"))
        self.stop_button.setToolTip(self.tr("Hide the lesson bar; the Lessons tab remembers where you are"))
        self.hint_button.toggled.connect(self.hint.setVisible)
        self.back_button.clicked.connect(guide.back)
        self.next_button.clicked.connect(guide.next)
        self.stop_button.clicked.connect(guide.stop)
        self._build_layout()
        self._flash = QTimer(self, singleShot=True, interval=DONE_FLASH_MS)
        self._flash.timeout.connect(self.refresh)
        guide.changed.connect(self.refresh)
        guide.stepDone.connect(self._on_step_done)
        self.refresh()

    def _build_layout(self) -> None:
        words = QVBoxLayout()
        words.addWidget(self.title)
        words.addWidget(self.text)
        words.addWidget(self.hint)
        words.addWidget(self.status)
        buttons = QHBoxLayout()
        for button in (self.hint_button, self.back_button, self.next_button, self.stop_button):
            buttons.addWidget(button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(words, 1)
        layout.addLayout(buttons)

    @Slot()
    def refresh(self) -> None:
        walk = self.guide.walk
        self.setVisible(walk is not None)
        if walk is None:
            return
        lesson, step = walk.lesson, walk.current
        total = len(lesson.steps)
        if step is None:
            self.title.setText(self.tr("{0}: finished").format(self.guide.text(lesson.title)))
            self.text.setText(self.tr("Well done! The lesson's question is waiting in the Lessons tab."))
            self.status.setText("")
            self.hint_button.setVisible(False)
        else:
            self.title.setText(self.tr("{0} · step {1} of {2}").format(
                self.guide.text(lesson.title), walk.step + 1, total))
            self.text.setText(self.guide.text(step.text))
            if not self._flash.isActive():
                self.status.setText(waiting_text(step.task))
            self.hint.setText(self.guide.text(step.hint) if step.hint else "")
            self.hint_button.setVisible(step.hint is not None)
        self.hint.setVisible(self.hint_button.isChecked() and bool(self.hint.text()))
        self.back_button.setEnabled(walk.step > 0)
        self.next_button.setEnabled(step is not None and step.task.kind == "read")

    @Slot(int)
    def _on_step_done(self, index: int) -> None:
        self.hint_button.setChecked(False)
        self.status.setText(self.tr("✓ Step {0} done.").format(index + 1))
        self._flash.start()
