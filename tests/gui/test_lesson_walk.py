"""Every shipped lesson walked end to end, each task done through the widgets of a window running the
shipped models: digits put on the canvas, tiles clicked, the noise slider moved, the latent map clicked,
a short training run started from the Train form."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from ae_models import data
from ae_models.lessons import Task

STEP_TIMEOUT = 120_000  # the first verdict loads its judge
WAIT_TIMEOUT = 300_000  # a lesson's map or training run on a busy machine


@pytest.fixture(scope="module")
def mnist():
    return data.load("mnist")


@pytest.fixture
def window(open_shipped_window):
    return open_shipped_window()


class Learner:
    """Does what a step asks, the way a learner would, and waits for the lesson to move on."""

    def __init__(self, qtbot, window, mnist):
        self.qtbot, self.window, self.mnist = qtbot, window, mnist
        self.draw, self.train, self.explore = window.draw_tab, window.train_tab, window.explore_tab
        self.tabs = {"draw": self.draw, "train": self.train, "explore": self.explore, "lessons": window.lessons_tab}

    def do(self, task: Task) -> None:
        getattr(self, task.kind)(**task.params)

    def open_tab(self, tab: str) -> None:
        self.window.tabs.setCurrentWidget(self.window.lessons_tab if tab != "lessons" else self.draw)
        self.window.tabs.setCurrentWidget(self.tabs[tab])

    def draw_digit(self, digit: int = 3) -> None:
        self.window.tabs.setCurrentWidget(self.draw)
        index = int(np.flatnonzero(self.mnist.y_test == digit)[0])
        self.draw.canvas.set_image(np.pad(self.mnist.x_test[index] / 255.0, 4))

    def draw_non_digit(self) -> None:
        self.window.tabs.setCurrentWidget(self.draw)
        cross = np.zeros((28, 28), np.float32)
        for i in range(4, 24):
            cross[i, i - 1 : i + 2] = cross[i, 26 - i : 29 - i] = 1.0
        self.draw.canvas.set_image(cross)

    def select_model(self, model: str) -> None:
        self.window.tabs.setCurrentWidget(self.draw)
        self.qtbot.mouseClick(self.draw.live.tiles[model], Qt.MouseButton.LeftButton)

    def set_noise(self, noise: str = "gaussian", min_level: float = 0.5) -> None:
        panel = self.draw.noise_panel
        self.draw.details.setCurrentWidget(panel)
        panel.kind_box.setCurrentIndex(panel.kind_box.findData(noise))
        panel.set_level(min_level)

    def map_click(self, model: str = "latent2", digit: int = 0) -> None:
        self.window.tabs.setCurrentWidget(self.explore)
        page = self.explore.latent_map
        self.explore.pages.setCurrentWidget(page)
        page.picker.select(model)
        self.qtbot.waitUntil(lambda: page.stats is not None and page.picker.name() == model, timeout=WAIT_TIMEOUT)
        x, y = np.median(page.stats.codes[page.stats.labels == digit], axis=0)
        page.map.pointPicked.emit(float(x), float(y))  # what a click there sends

    def train_run(self, variant: str, code_size: int, min_epochs: int) -> None:
        self.window.tabs.setCurrentWidget(self.train)
        form = self.train.form
        form.variant.setCurrentIndex(form.variant.findData(variant))
        form.arch_edits["code_size"].setValue(code_size)
        form.epochs.setValue(min_epochs)
        form.digits.setValue(1000)
        assert form.valid, form.problems()
        self.qtbot.mouseClick(self.train.start_button, Qt.MouseButton.LeftButton)
        self.qtbot.waitUntil(lambda: not self.train.running, timeout=WAIT_TIMEOUT)

    def read(self) -> None:
        self.qtbot.mouseClick(self.window.lessons_tab.bar.next_button, Qt.MouseButton.LeftButton)


def test_every_lesson_can_be_walked_to_its_question_through_the_widgets(qtbot, window, mnist):
    learner = Learner(qtbot, window, mnist)
    guide, bar = window.lessons_tab.guide, window.lessons_tab.bar
    assert len(guide.lessons) == 5
    for lesson in guide.lessons:
        guide.start(lesson.key, restart=True)
        for number, step in enumerate(lesson.steps):
            assert bar.isVisible() and f"step {number + 1} of {len(lesson.steps)}" in bar.title.text()
            learner.do(step.task)
            qtbot.waitUntil(lambda n=number: guide.walk.step > n, timeout=STEP_TIMEOUT)
        assert guide.walk.finished and guide.finished(lesson.key), lesson.key
    window.tabs.setCurrentWidget(window.lessons_tab)
    assert all(window.lessons_tab.list.item(i).text().startswith("✓ ") for i in range(5))
