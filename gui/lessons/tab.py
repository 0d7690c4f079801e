"""The Lessons tab: the list of lessons with the learner's progress, a lesson's steps, and its question."""

from __future__ import annotations

import html

from PySide6.QtCore import QSettings, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui.hub import ModelHub
from gui.i18n import text
from gui.lessons.bar import LessonBar
from gui.lessons.guide import LessonGuide, user_lessons_folder

KEY_ROLE = Qt.ItemDataRole.UserRole


class LessonsTab(QWidget):
    """Pick a lesson, start or restart it; the lesson bar (``bar``) follows it in every tab."""

    def __init__(self, hub: ModelHub, settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.guide = LessonGuide(hub.events, settings or QSettings(), parent=self)
        self.bar = LessonBar(self.guide)
        self.list = QListWidget()
        self.list.setToolTip(self.tr("Each lesson follows a tutorial; ✓ marks the ones you finished"))
        self.title = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-weight: bold; font-size: 14pt")
        self.title.setToolTip(self.tr("The lesson's number in the list and its title."))
        self.steps = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.steps.setToolTip(self.tr("The lesson's steps in order; ▶ marks the one to do now."))
        self.steps.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.question = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.answer = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.problems = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.problems.setStyleSheet("color: palette(highlight)")
        self.start_button = QPushButton(self.tr("Start lesson"))
        self.restart_button = QPushButton(self.tr("Restart"))
        self.answer_button = QPushButton(self.tr("Show the answer"))
        self.folder_button = QPushButton(self.tr("Open my lessons folder"))
        self.folder_button.setToolTip(self.tr("Put lesson files of your own here (see docs/LESSONS.md), then "
                                              "reload; a lesson with the same file name replaces the shipped one"))
        self.reload_button = QPushButton(self.tr("Reload lessons"))
        self._build_layout()
        self.list.currentItemChanged.connect(self._show_selected)
        self.start_button.clicked.connect(self._start)
        self.restart_button.clicked.connect(lambda: self._start(restart=True))
        self.answer_button.clicked.connect(self._reveal)
        self.folder_button.clicked.connect(self._open_folder)
        self.reload_button.clicked.connect(self.guide.reload)
        self.guide.changed.connect(self._refresh)
        self._refresh()

    def _build_layout(self) -> None:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("<b>Lessons</b>")))
        column.addWidget(self.list, 1)
        column.addWidget(self.problems)
        column.addWidget(self.folder_button)
        column.addWidget(self.reload_button)
        detail = QWidget()
        body = QVBoxLayout(detail)
        body.addWidget(self.title)
        body.addWidget(self.steps, 1)
        body.addWidget(self.question)
        body.addWidget(self.answer_button, 0, Qt.AlignmentFlag.AlignLeft)
        body.addWidget(self.answer)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.restart_button)
        buttons.addStretch(1)
        body.addLayout(buttons)
        splitter = QSplitter(childrenCollapsible=False)
        splitter.addWidget(side)
        splitter.addWidget(detail)
        splitter.setSizes([280, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

    def selected_key(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else item.data(KEY_ROLE)

    @Slot()
    def _refresh(self) -> None:
        key = self.selected_key() or (self.guide.walk.lesson.key if self.guide.walk else None)
        self.list.blockSignals(True)
        self.list.clear()
        for lesson in self.guide.lessons:
            mark = "✓ " if self.guide.finished(lesson.key) else ""
            item = QListWidgetItem(mark + self.guide.text(lesson.title))
            item.setData(KEY_ROLE, lesson.key)
            self.list.addItem(item)
            if lesson.key == key:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        names = ", ".join(sorted(path.name for path in self.guide.errors))
        self.problems.setText(self.tr("Skipped (damaged): {0}. Details are in the log.").format(names)
                              if names else "")
        self.problems.setToolTip("\n".join(text(why) for why in self.guide.errors.values()))
        self._show_selected()

    @Slot()
    def _show_selected(self) -> None:
        lesson = self.guide.lesson(self.selected_key() or "")
        for widget in (self.start_button, self.restart_button, self.answer_button):
            widget.setVisible(lesson is not None)
        if lesson is None:
            self.title.setText(self.tr("No lessons found"))
            self.steps.setText("")
            self.question.setText("")
            self.answer.setText("")
            return
        reached = self.guide.saved_step(lesson.key)
        following = self.guide.walk is not None and self.guide.walk.lesson.key == lesson.key
        if following:
            reached = self.guide.walk.step
        self.title.setText(self.guide.text(lesson.title))
        rows = []
        for i, step in enumerate(lesson.steps):
            mark = "✓" if i < reached else ("▶" if i == reached else "·")
            text = html.escape(self.guide.text(step.text), quote=False)
            rows.append(f"<p>{mark} <b>{i + 1}.</b> {text}</p>")
        self.steps.setText("".join(rows))
        done = reached >= len(lesson.steps)
        self.question.setText(self.tr("Question: {0}").format(self.guide.text(lesson.question)))
        self.answer.setText(self.guide.text(lesson.answer))
        self.answer.setVisible(False)
        self.answer_button.setVisible(True)
        self.start_button.setText(self.tr("Continue lesson") if 0 < reached < len(lesson.steps)
                                  else self.tr("Start lesson"))
        self.start_button.setEnabled(not following and not done)
        self.restart_button.setEnabled(reached > 0)

    def _start(self, restart: bool = False) -> None:
        key = self.selected_key()
        if key is not None:
            self.guide.start(key, restart=restart)

    def _reveal(self) -> None:
        self.answer.setVisible(True)
        self.answer_button.setVisible(False)

    def _open_folder(self) -> None:
        folder = user_lessons_folder()
        folder.mkdir(parents=True, exist_ok=True)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.problems.setText(self.tr("Could not open a file manager. The folder is: {0}").format(folder))

    # -- the tab contract ----------------------------------------------------------------------------
    def menu_actions(self) -> list[QAction]:
        return []

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("following", self.guide.walk.lesson.key if self.guide.walk else "")

    def restore_state(self, settings: QSettings) -> None:
        key = settings.value("following", "")
        if isinstance(key, str) and self.guide.lesson(key) is not None:
            self.guide.start(key)

    def confirm_close(self) -> bool:
        return True

    def shutdown(self) -> None:
        """Nothing runs in the background."""
